#include "core/keys.h"

#include <cctype>
#include <stdexcept>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "core/text.h"

namespace vnpolicy {
namespace {

// Upper-case ASCII letter for a letter of any script that decomposes to one (Ế -> E, đ -> D),
// or the upper-cased code point itself.
char32_t key_letter(char32_t cp) {
  if (cp == U'đ' || cp == U'Đ') return U'D';
  if (cp < 0x80) return static_cast<char32_t>(std::toupper(static_cast<int>(cp)));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normaliser unavailable");
  UChar32 base = static_cast<UChar32>(cp);
  icu::UnicodeString d;
  if (nfd->getDecomposition(base, d) && d.length() > 0) base = d.char32At(0);
  return static_cast<char32_t>(u_toupper(base));
}

bool is_joiner(char32_t cp) {
  return cp == '-' || cp == U'–' || cp == U'—' || cp == '_' || cp == ':' || cp == '.';
}

}  // namespace

std::string reference_number_key(std::string_view number) {
  std::string out;
  bool started = false, in_first_digits = false;
  for (size_t i = 0; i < number.size();) {
    char32_t cp = next_code_point(number, i);
    bool digit = cp >= '0' && cp <= '9';
    if (!started) {
      if (!digit) continue;
      started = in_first_digits = true;
    }
    if (in_first_digits && !digit) in_first_digits = false;
    if (is_space_cp(cp) || is_joiner(cp)) continue;
    if (digit) {
      // "007" -> "7": a leading zero of the first run goes unless it is the run's last digit.
      if (in_first_digits && cp == '0' && out.empty() && i < number.size() && number[i] >= '0' && number[i] <= '9')
        continue;
      out += static_cast<char>(cp);
    } else if (is_letter_cp(cp)) {
      append_utf8(out, key_letter(cp));
    } else {
      append_utf8(out, cp);
    }
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

std::string ascii_key(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    append_utf8(out, is_letter_cp(cp) ? key_letter(cp) : cp);
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
