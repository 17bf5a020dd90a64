#include "core/text.h"

#include <array>

#include <unicode/uchar.h>

namespace vnpolicy {

size_t code_point_boundary(std::string_view s, size_t i) {
  if (i >= s.size()) return s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

char32_t cp_before(std::string_view s, size_t i, size_t* start) {
  if (i == 0) return 0;
  size_t j = code_point_boundary(s, i - 1);
  if (start) *start = j;
  return next_code_point(s, j);
}

char32_t cp_at(std::string_view s, size_t i) { return i >= s.size() ? 0 : next_code_point(s, i); }

char32_t next_code_point(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  auto cont = [&](size_t k) { return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
  auto at = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  char32_t cp;
  if (b < 0x80) { i += 1; return b; }
  if (b >= 0xC2 && b < 0xE0 && cont(1)) {
    cp = (static_cast<char32_t>(b & 0x1F) << 6) | at(1);
    i += 2; return cp;
  }
  if (b >= 0xE0 && b < 0xF0 && cont(1) && cont(2)) {
    cp = (static_cast<char32_t>(b & 0x0F) << 12) | (at(1) << 6) | at(2);
    if (cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF)) { i += 3; return cp; }
  } else if (b >= 0xF0 && b < 0xF5 && cont(1) && cont(2) && cont(3)) {
    cp = (static_cast<char32_t>(b & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) { i += 4; return cp; }
  }
  i += 1;
  return 0xFFFD;
}

size_t code_point_count(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
  return n;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    size_t start = i;
    char32_t cp = next_code_point(s, i);
    // U+FFFD written as its 3 bytes is valid; a decoding failure consumes one byte.
    if (cp == 0xFFFD && i - start == 1) return start;
  }
  return std::string_view::npos;
}

bool is_space_cp(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || (cp > 0x7F && u_isUWhiteSpace(cp)); }
bool is_letter_cp(char32_t cp) { return cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') : u_isalpha(cp); }
bool is_upper_cp(char32_t cp) { return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u_isupper(cp); }
bool is_lower_cp(char32_t cp) { return cp < 0x80 ? (cp >= 'a' && cp <= 'z') : u_islower(cp); }

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t i = b;
    if (!is_space_cp(next_code_point(s, i))) break;
    b = i;
  }
  while (e > b) {
    size_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    size_t i = k;
    if (!is_space_cp(next_code_point(s, i))) break;
    e = k;
  }
  return s.substr(b, e - b);
}

namespace {
// What collapse_whitespace does with a byte: copy it, or look closer. White space is
// ASCII or a code point led by C2 (U+0085, U+00A0) or E1..E3 (U+1680, U+2000.., U+3000);
// no other byte (continuation bytes included) can start one, so runs of them are copied
// whole, and the text splits into code points at the same places either way.
enum class ByteKind : unsigned char { Copy, AsciiSpace, MaybeSpace };
constexpr std::array<ByteKind, 256> kByteKinds = [] {
  std::array<ByteKind, 256> k{};
  for (unsigned char c : {' ', '\t', '\n', '\r'}) k[c] = ByteKind::AsciiSpace;
  for (unsigned char c : {0xC2, 0xE1, 0xE2, 0xE3}) k[c] = ByteKind::MaybeSpace;
  return k;
}();
}  // namespace

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    const ByteKind kind = kByteKinds[static_cast<unsigned char>(s[i])];
    if (kind == ByteKind::AsciiSpace) {
      ++i;
      pending = !out.empty();
      continue;
    }
    size_t start = i;
    if (kind == ByteKind::Copy) {
      while (i < s.size() && kByteKinds[static_cast<unsigned char>(s[i])] == ByteKind::Copy) ++i;
    } else {
      char32_t cp = next_code_point(s, i);
      if (is_space_cp(cp)) { pending = !out.empty(); continue; }
    }
    if (pending) { out += ' '; pending = false; }
    out.append(s.substr(start, i - start));
  }
  return out;
}

namespace {
// Simple (one code point to one) case mapping straight on UTF-8: no UTF-16 round trip.
// For Vietnamese it equals ICU's full mapping; the few letters whose full mapping
// differs (ß, İ, final sigma) do not occur in the documents.
template <char32_t (*Map)(char32_t), char kFrom, char kTo>
std::string map_case(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out += static_cast<char>(b >= kFrom && b <= kTo ? b ^ 0x20 : b);
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = next_code_point(s, i);
    char32_t mapped = cp == 0xFFFD ? cp : Map(cp);
    if (mapped == cp) out.append(s.substr(start, i - start)); else append_utf8(out, mapped);
  }
  return out;
}
char32_t lower_cp(char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); }
char32_t upper_cp(char32_t c) { return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))); }
}  // namespace

std::string to_lower(std::string_view s) { return map_case<lower_cp, 'A', 'Z'>(s); }
std::string to_upper(std::string_view s) { return map_case<upper_cp, 'a', 'z'>(s); }

std::string sentence_case(std::string_view s) {
  std::string lower = to_lower(s);
  if (lower.empty()) return lower;
  size_t i = 0;
  char32_t first = next_code_point(lower, i);
  return to_upper(std::string_view(lower).substr(0, i)) + lower.substr(i);
  (void)first;
}

std::string title_case_words(std::string_view s) {
  std::string lower = to_lower(s), out;
  bool at_start = true;
  for (size_t i = 0; i < lower.size();) {
    size_t start = i;
    char32_t cp = next_code_point(lower, i);
    auto piece = std::string_view(lower).substr(start, i - start);
    if (at_start && is_letter_cp(cp)) out += to_upper(piece); else out.append(piece);
    at_start = is_space_cp(cp) || cp == '-' || cp == '(';
  }
  return out;
}

bool is_all_caps(std::string_view s) {
  bool letters = false;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    if (is_lower_cp(cp)) return false;
    if (is_upper_cp(cp)) letters = true;
  }
  return letters;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) { out.push_back(s.substr(start, i - start)); start = i + 1; }
  return out;
}

void append_word(std::string& s, std::string_view w) {
  if (!s.empty()) s += ' ';
  s.append(w);
}

}  // namespace vnpolicy
