#include "core/dates.h"

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

int quarter_from_roman(const std::string& roman) {
  std::string r = to_upper(roman);
  if (r == "I" || r == "1") return 1;
  if (r == "II" || r == "2") return 2;
  if (r == "III" || r == "3") return 3;
  if (r == "IV" || r == "4") return 4;
  return 0;
}

}  // namespace vnpolicy
