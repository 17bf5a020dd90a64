#include "extract/header_text.h"

#include <algorithm>

#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy::header_text {

// Markdown emphasis removed; "BÁO CÁO****tình hình" keeps a space where the stars were. A '#'
// glued to a figure is no markup but a figure a scan garbled ("Số: #40 /TCT-CS"): it stays, so
// the digits after it are never read as a whole number.
std::string strip_markup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto is_mark = [&](size_t k) {
    return s[k] == '*' || (s[k] == '#' && !(k + 1 < s.size() && s[k + 1] >= '0' && s[k + 1] <= '9'));
  };
  for (size_t i = 0; i < s.size();) {
    size_t mark = i;  // copy the run up to the next '*' or '#' whole
    while (mark < s.size() && !is_mark(mark)) ++mark;
    out.append(s.substr(i, mark - i));
    if (mark == s.size()) break;
    if (!out.empty() && out.back() != ' ') out += ' ';
    i = mark + 1;
  }
  return collapse_whitespace(out);
}

namespace {
bool is_rule_char(char32_t cp) { return cp == '-' || cp == '_' || cp == '=' || cp == '~' || cp == U'–' || cp == U'—'; }
}  // namespace

// The cells of a flattened table row: split at '|', tabs, three or more spaces and rules of
// three or more dashes ("VIỆT NAMĐộc lập - Tự do - Hạnh phúc-----").
std::vector<std::string> split_cells(std::string_view raw) {
  std::vector<std::string> cells;
  std::string cur;
  auto flush = [&] {
    std::string c = strip_markup(cur);
    if (!c.empty()) cells.push_back(std::move(c));
    cur.clear();
  };
  for (size_t i = 0; i < raw.size();) {
    size_t start = i;
    char32_t cp = next_code_point(raw, i);
    if (cp == '|' || cp == '\t') { flush(); continue; }
    if (cp == ' ' || is_rule_char(cp)) {
      size_t j = i, n = 1;
      while (j < raw.size()) {
        size_t k = j;
        char32_t next = next_code_point(raw, k);
        if ((cp == ' ') ? next != ' ' : !is_rule_char(next)) break;
        j = k;
        ++n;
      }
      if (n >= 3) {
        flush();
      } else {
        cur.append(raw.substr(start, j - start));
      }
      i = j;
      continue;
    }
    cur.append(raw.substr(start, i - start));
  }
  flush();
  return cells;
}

bool starts_with_word(const std::string& s, const std::string& w) {
  if (s.compare(0, w.size(), w) != 0) return false;
  if (s.size() == w.size()) return true;
  size_t i = w.size();
  char32_t next = next_code_point(s, i);
  return !is_letter_cp(next);
}

bool any_match(const RuleGroup& rules, std::string_view s) { return rules.first_matching(s) != nullptr; }

// Code points of `prefix_caps` counted off the front of `text` (the two have as many code
// points, not always as many bytes: "Uỷ" / "ỦY"); returns the byte length in `text`.
size_t prefix_bytes(const std::string& text, const std::string& prefix_caps) {
  size_t cps = 0, cut = 0;
  for (size_t k = 0; k < prefix_caps.size(); ++cps) next_code_point(prefix_caps, k);
  for (size_t n = 0; n < cps && cut < text.size(); ++n) next_code_point(text, cut);
  return cut;
}

bool has_lower(std::string_view s) {
  for (size_t i = 0; i < s.size();)
    if (is_lower_cp(next_code_point(s, i))) return true;
  return false;
}

bool has_letter_or_digit(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    if (is_letter_cp(cp) || (cp >= '0' && cp <= '9')) return true;
  }
  return false;
}

bool has_digit(std::string_view s) { return s.find_first_of("0123456789") != std::string_view::npos; }

Found earliest(const RuleGroup& group, std::string_view s) {
  Found best;
  for (const Rule* r : group) {
    auto m = match_once(*r, s);
    if (m.empty()) continue;
    size_t b = static_cast<size_t>(m[0].data() - s.data());
    if (!best.rule || b < best.begin) best = {r, m, b, b + m[0].size()};
  }
  return best;
}

re2::StringPiece named_group_piece(const Rule& r, const std::vector<re2::StringPiece>& m, std::string_view name) {
  int g = r.group_index(name);
  return g >= 0 && static_cast<size_t>(g) < m.size() ? m[static_cast<size_t>(g)] : re2::StringPiece();
}

// The place as the cell that holds "ngày" writes it. A place name split over lines ("Tây" /
// "Ninh, ngày") is one name when its first part is a cell of its own; capitals that end a
// longer cell before it ("V/v ... qua Nam Định, Thái Bình" / "Hà Nội, ngày") are no part of it.
std::string place_in_cell(re2::StringPiece place, const std::string& text, const std::vector<size_t>& starts) {
  if (!place.data()) return {};
  size_t b = static_cast<size_t>(place.data() - text.data()), e = b + place.size();
  auto next = std::upper_bound(starts.begin(), starts.end(), b);
  if (next != starts.end() && *next < e && next != starts.begin() && *std::prev(next) < b) b = *next;
  return collapse_whitespace(std::string_view(text).substr(b, e - b));
}

}  // namespace vnpolicy::header_text
