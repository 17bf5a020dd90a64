#include "extract/indicator_table_text.h"

#include <cctype>

#include "core/text.h"
#include "extract/target_text.h"
#include "extract/vietnamese_number.h"
#include "normalize/unicode.h"

namespace vnpolicy::table_text {

std::string key(std::string_view s) { return to_lower(normalize_tone_marks(collapse_whitespace(s))); }

bool starts_with_any(const std::string& s, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (starts_with_phrase(s, w)) return true;
  return false;
}
bool ends_with_any(const std::string& s, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (ends_with_phrase(s, w)) return true;
  return false;
}
bool contains_any(const std::string& s, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (contains_phrase(s, w)) return true;
  return false;
}

// The last year written in a title: "KH 2024" -> 2024, "Giai đoạn 2021-2025" -> 2025;
// `first` gets the first one.
std::optional<int> last_year(std::string_view t, std::optional<int>* first) {
  std::optional<int> y;
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    bool digits = true;
    for (size_t k = 0; k < 4 && digits; ++k) digits = std::isdigit(static_cast<unsigned char>(t[i + k]));
    bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1]))) &&
                 (i + 4 == t.size() || !std::isdigit(static_cast<unsigned char>(t[i + 4])));
    if (digits && alone && looks_like_year(t.substr(i, 4))) {
      y = std::stoi(std::string(t.substr(i, 4)));
      if (first && !*first) *first = y;
    }
  }
  return y;
}

// "1", "2.", "1.2", "II", "IV.", "a)": the number of a row, alone on its line.
bool is_row_mark(std::string_view t) {
  t = trim(t);
  if (t.empty() || t.size() > 8) return false;
  size_t i = 0;
  if (std::isdigit(static_cast<unsigned char>(t[0]))) {
    // "1", "12.", "1.2.3": parts of one or two digits ("8.500" is a value).
    for (size_t digits = 0; i < t.size(); ++i) {
      if (std::isdigit(static_cast<unsigned char>(t[i]))) {
        if (++digits > 2) return false;
      } else if (t[i] == '.' && digits > 0) {
        digits = 0;
      } else {
        return false;
      }
    }
    return true;
  }
  while (i < t.size() && std::string_view("IVXLC").find(t[i]) != std::string_view::npos) ++i;
  if (i > 0) return i == t.size() || (i + 1 == t.size() && t[i] == '.');
  return t.size() == 2 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')';
}

size_t letters(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) n += is_letter_cp(next_code_point(s, i));
  return n;
}

// "1. Tốc độ tăng trưởng", "- Nông nghiệp", "**GRDP**": the name without its marker and markup.
std::string clean_name(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '*') out += c;
  std::string_view t = trim(out);
  size_t i = 0;
  while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.')) ++i;
  if (i > 0 && i < t.size() && t[i] == ' ') t = t.substr(i);
  else if (!t.empty() && (t[0] == '-' || t[0] == '+')) t = t.substr(1);
  else if (size_t sp = t.find(' '); sp != std::string_view::npos && sp <= 6 && is_row_mark(t.substr(0, sp))) t = t.substr(sp);  // "II Chỉ tiêu xã hội"
  return collapse_whitespace(trim(t));
}

std::string without_brackets(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(') ++depth;
    else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0) out += c;
  }
  return collapse_whitespace(trim(out));
}

// A pipe row: the segmenter gives its cells.
bool pipe_like(std::string_view t) { return t.find('|') != std::string_view::npos; }

}  // namespace vnpolicy::table_text
