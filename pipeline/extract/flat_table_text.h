// Shared by the readers of flattened assignment tables (flat_table.cpp: rows; flat_table_cells.cpp: cells).
#pragma once
#include <string>
#include <string_view>

#include "core/text.h"
#include "extract/assignment_table.h"
#include "normalize/unicode.h"

namespace vnpolicy {

// A line's piece of table text, or a mark that a line the normaliser dropped left.
struct AssignmentTableReader::Piece {
  Span span;              // empty for a mark
  int line = 0;
  int block = -1;
  int number = -1;        // a row number alone or opening the piece
  bool separator = false; // a "|" line between cells
  bool group = false;     // a heading row ("II. Hoàn thiện thể chế …"): ends the row above
  bool header = false;    // the column titles, repeated on a new page
  bool elision = false;   // "….....": rows left out; the rows after it go on with their own numbers
};

namespace flat_table {

inline constexpr size_t kMaxRowNumberDigits = 3;

inline bool starts_upper_or_digit(std::string_view s) {
  size_t i = 0;
  if (s.empty()) return false;
  char32_t c = next_code_point(s, i);
  return is_upper_cp(c) || (c >= '0' && c <= '9');
}

inline Span trimmed(const std::string& text, Span s) {
  while (s.begin < s.end && (text[s.begin] == ' ' || text[s.begin] == '\n')) ++s.begin;
  while (s.end > s.begin && (text[s.end - 1] == ' ' || text[s.end - 1] == '\n')) --s.end;
  return s;
}

}  // namespace flat_table

}  // namespace vnpolicy
