// Text helpers of the header reader (HeaderExtractor's files only): header lines cut into
// cells, markup removed, and the rule matches the header is read with.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace vnpolicy::header_text {

// Markdown emphasis removed; "BÁO CÁO****tình hình" keeps a space where the stars were.
std::string strip_markup(std::string_view s);
// The cells of a flattened table row: split at '|', tabs, three or more spaces and rules of
// three or more dashes ("VIỆT NAMĐộc lập - Tự do - Hạnh phúc-----").
std::vector<std::string> split_cells(std::string_view raw);
bool starts_with_word(const std::string& s, const std::string& w);
bool any_match(const RuleGroup& rules, std::string_view s);
// Code points of `prefix_caps` counted off the front of `text` (the two have as many code
// points, not always as many bytes: "Uỷ" / "ỦY"); returns the byte length in `text`.
size_t prefix_bytes(const std::string& text, const std::string& prefix_caps);
bool has_lower(std::string_view s);
bool has_letter_or_digit(std::string_view s);
bool has_digit(std::string_view s);

// The earliest match of any rule of the group in s.
struct Found {
  const Rule* rule = nullptr;
  std::vector<re2::StringPiece> m;
  size_t begin = 0, end = 0;
};
Found earliest(const RuleGroup& group, std::string_view s);
re2::StringPiece named_group_piece(const Rule& r, const std::vector<re2::StringPiece>& m, std::string_view name);
// The place as the cell that holds "ngày" writes it (see the definition).
std::string place_in_cell(re2::StringPiece place, const std::string& text, const std::vector<size_t>& starts);

}  // namespace vnpolicy::header_text
