#include "core/dates.h"

#include <cctype>
#include <algorithm>
#include <cstdio>

#include "core/text.h"

namespace vnpolicy {

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

bool is_valid_date(int y, int m, int d) { return y >= 1900 && y <= 2200 && d >= 1 && d <= days_in_month(y, m); }

std::optional<std::string> iso_date(int y, int m, int d) {
  if (!is_valid_date(y, m, d)) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

std::optional<std::string> month_end(int y, int m) { return iso_date(y, m, days_in_month(y, m)); }
std::optional<std::string> quarter_end(int y, int q) { return q >= 1 && q <= 4 ? month_end(y, q * 3) : std::nullopt; }
std::optional<std::string> quarter_start(int y, int q) { return q >= 1 && q <= 4 ? iso_date(y, q * 3 - 2, 1) : std::nullopt; }

size_t clause_start(std::string_view text, size_t at, size_t floor) {
  auto digit = [&](size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
  for (size_t i = std::min(at, text.size()); i > floor; --i) {
    const char ch = text[i - 1];
    if (ch == ';' || (ch == '.' && !(i >= 2 && digit(i - 2) && digit(i)))) return i;
  }
  return floor;
}

int year_at(std::string_view s, size_t i) {
  auto digit = [&](size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); };
  if (i + 4 > s.size() || (i > 0 && digit(i - 1)) || digit(i + 4)) return 0;
  int y = 0;
  for (size_t k = i; k < i + 4; ++k) {
    if (!digit(k)) return 0;
    y = y * 10 + (s[k] - '0');
  }
  return y;
}

int quarter_from_roman(const std::string& roman) {
  std::string r = to_upper(roman);
  if (r == "I" || r == "1") return 1;
  if (r == "II" || r == "2") return 2;
  if (r == "III" || r == "3") return 3;
  if (r == "IV" || r == "4") return 4;
  return 0;
}

std::optional<std::string> parse_user_date(const std::string& text) {
  int a = 0, b = 0, c = 0;
  char s1 = 0, s2 = 0;
  int used = 0;
  const char* t = text.c_str();
  auto digits = [](const std::string& s) {
    for (char ch : s)
      if (!std::isdigit(static_cast<unsigned char>(ch)) && ch != '-' && ch != '/' && ch != '.') return false;
    return true;
  };
  if (!digits(text) || std::sscanf(t, "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &used) != 5 ||
      used != static_cast<int>(text.size()) || s1 != s2)
    return std::nullopt;
  const size_t first = text.find(s1);
  if (s1 == '-' && first == 4) return iso_date(a, b, c);            // 2023-12-31
  if (first <= 2 && text.size() - text.rfind(s2) == 5) return iso_date(c, b, a);  // 31/12/2023
  return std::nullopt;
}

}  // namespace vnpolicy
