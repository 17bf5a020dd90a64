// Text tables that fit the terminal. Widths are display columns (a combining mark
// takes none, a wide CJK character two). When the natural widths do not fit, the
// widest columns give up room first, down to each column's minimum; their long cells
// then wrap at spaces onto more lines, or are cut with "…".
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy::views {

// Terminal columns taken by a UTF-8 string.
size_t display_width(std::string_view s);

// The width to fit: $COLUMNS when it is a positive number, else the width of the
// terminal on `fd` (ioctl TIOCGWINSZ), else nullopt (not a terminal: no fitting).
std::optional<size_t> terminal_width(int fd);

enum class Overflow { Wrap, Cut };

inline constexpr size_t kWholeTokenWidth = 24;

struct TableLayout {
  std::optional<size_t> width;  // nullopt: every column at its natural width
  Overflow overflow = Overflow::Wrap;
  size_t gap = 2;               // spaces between columns
  // Per column, in header order (missing: 0): 0 = always shown; otherwise the column
  // may be left out when the table cannot fit `width` with every column at its minimum,
  // the highest rank first. A short list of what was left out ends the table.
  std::vector<int> drop_rank;
};

// Column widths whose sum plus gaps is at most `width`: natural widths when they fit,
// else the widest columns are capped at one common width (never below `minimum`);
// room left over goes to the capped columns. When even the minimums do not fit, the
// minimums (the line will be longer than `width`).
std::vector<size_t> fit_columns(const std::vector<size_t>& natural, const std::vector<size_t>& minimum, size_t width,
                                size_t gap);

// The text cut to `width` display columns, ending in "…" when cut.
std::string cut_to_width(std::string_view text, size_t width);
// The text in lines of at most `width` columns, broken at spaces (a word longer than
// a line is broken inside).
std::vector<std::string> wrap_to_width(std::string_view text, size_t width);

// Header, a rule of dashes, then the rows; columns separated by `gap` spaces, no
// trailing spaces. Cells must be single-line (collapse newlines before). A column of
// single tokens (numbers, symbols, dates: no cell holds a space) is never cut below
// kWholeTokenWidth, so that a document number stays whole and can be typed back.
std::string render_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                         const TableLayout& layout);

}  // namespace vnpolicy::views
