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

std::string catalog_number_key(std::string_view number) {
  const std::string key = reference_number_key(number);
  std::string out;
  out.reserve(key.size());
  for (size_t i = 0; i < key.size(); ++i) {
    const auto prev = i ? static_cast<unsigned char>(key[i - 1]) : 0;
    const bool group_start = i == 0 || !(std::isalnum(prev) || prev >= 0x80);  // not inside a word
    // A zero that opens a digit group and is followed by another digit adds nothing.
    if (group_start && key[i] == '0') {
      size_t j = i;
      while (j + 1 < key.size() && key[j] == '0' && std::isdigit(static_cast<unsigned char>(key[j + 1]))) ++j;
      i = j;
    }
    out += key[i];
  }
  return out;
}

std::string typed_number_key(std::string_view typed) {
  // The first word that opens with a digit starts the number.
  size_t at = 0;
  for (size_t i = 0; i < typed.size(); ++i) {
    const bool word_start = i == 0 || std::isspace(static_cast<unsigned char>(typed[i - 1]));
    if (word_start && std::isdigit(static_cast<unsigned char>(typed[i]))) {
      at = i;
      break;
    }
  }
  return catalog_number_key(typed.substr(at));
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
