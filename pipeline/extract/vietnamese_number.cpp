#include "extract/vietnamese_number.h"

#include <cstdlib>
#include <string>

namespace vnpolicy {

std::optional<double> parse_vietnamese_number(std::string_view token) {
  std::string plain;
  bool seen_digit = false, seen_comma = false;
  for (char c : token) {
    if (c >= '0' && c <= '9') {
      plain += c;
      seen_digit = true;
    } else if (c == '.') {
      if (seen_comma) return std::nullopt;  // thousands groups come before the decimal mark
    } else if (c == ',') {
      if (seen_comma) return std::nullopt;
      seen_comma = true;
      plain += '.';
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return std::strtod(plain.c_str(), nullptr);
}

bool looks_like_year(std::string_view token) {
  if (token.size() != 4) return false;
  for (char c : token)
    if (c < '0' || c > '9') return false;
  int y = std::atoi(std::string(token).c_str());
  return y >= 1900 && y <= 2100;
}

}  // namespace vnpolicy
