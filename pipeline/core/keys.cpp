#include "core/keys.h"

#include <cctype>

#include "core/text.h"

namespace vnpolicy {

std::string reference_number_key(std::string_view number) {
  std::string up = to_upper(collapse_whitespace(number));
  if (up.rfind("SỐ", 0) == 0) up = up.substr(std::string("SỐ").size());
  std::string out;
  for (size_t i = 0; i < up.size();) {
    size_t start = i;
    char32_t cp = next_code_point(up, i);
    if (is_space_cp(cp) || cp == ':') continue;
    out.append(up, start, i - start);
  }
  return out;
}

std::optional<int> year_in_number(std::string_view number) {
  // A four-digit group between separators: 39/2021/QH15, 67/2022/NQ-HĐND.
  for (size_t i = 0; i + 4 <= number.size(); ++i) {
    if (i == 0 || (number[i - 1] != '/' && number[i - 1] != '-')) continue;
    bool digits = true;
    for (size_t k = 0; k < 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(number[i + k]));
    if (!digits) continue;
    if (i + 4 < number.size() && number[i + 4] != '/' && number[i + 4] != '-') continue;
    int y = std::stoi(std::string(number.substr(i, 4)));
    if (y >= 1945 && y <= 2100) return y;
  }
  return std::nullopt;
}

}  // namespace vnpolicy
