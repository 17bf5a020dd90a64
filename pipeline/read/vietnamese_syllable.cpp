// is_vietnamese_syllable: the shape of a written Vietnamese syllable, used to tell
// decoded legacy text from mojibake. Orthography only (no dictionary): initial
// consonant, a nucleus of one to three vowels, an optional final consonant, one tone.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <string>

#include "read/legacy_encoding.h"

namespace vnpolicy {
namespace {

// Letters after the tone is taken off, one char32_t each: the 12 vowels and đ are
// their own symbols.
std::u32string skeleton_of(std::string_view word, bool& ok) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString d = nfd->normalize(s, status);
  ok = U_SUCCESS(status);
  std::u32string out;
  int tones = 0;
  bool has_upper = false, has_lower = false, upper_after_lower = false;
  for (int32_t i = 0; ok && i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    switch (c) {
      case 0x0300: case 0x0301: case 0x0303: case 0x0309: case 0x0323:
        ok = ++tones <= 1 && !out.empty();
        continue;
      case 0x0302: case 0x0306: case 0x031B: {
        if (out.empty()) { ok = false; continue; }
        char32_t& base = out.back();
        if (c == 0x0302 && (base == U'a' || base == U'e' || base == U'o')) base = base == U'a' ? U'â' : base == U'e' ? U'ê' : U'ô';
        else if (c == 0x0306 && base == U'a') base = U'ă';
        else if (c == 0x031B && (base == U'o' || base == U'u')) base = base == U'o' ? U'ơ' : U'ư';
        else ok = false;
        continue;
      }
      default: break;
    }
    if (u_isupper(c)) {
      has_upper = true;
      if (has_lower) upper_after_lower = true;
    } else if (u_islower(c)) {
      has_lower = true;
    }
    UChar32 l = u_tolower(c);
    if ((l >= U'a' && l <= U'z') || l == U'đ') out += static_cast<char32_t>(l);
    else ok = false;
  }
  // "Phát", "PHÁT", "phát"; never "triÓn".
  if (upper_after_lower) ok = false;
  (void)has_upper;
  return out;
}

bool is_vowel(char32_t c) {
  static constexpr std::u32string_view vowels = U"aăâeêioôơuưy";
  return vowels.find(c) != std::u32string_view::npos;
}

bool one_of(std::u32string_view s, std::initializer_list<std::u32string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

}  // namespace

bool is_vietnamese_syllable(std::string_view word) {
  bool ok = true;
  std::u32string s = skeleton_of(word, ok);
  if (!ok || s.empty()) return false;
  std::u32string_view v(s);
  // Initial consonant, longest first; "gi" and "qu" take their vowel letter along.
  static constexpr std::array<std::u32string_view, 27> initials = {
      U"ngh", U"ng", U"gh", U"gi", U"kh", U"nh", U"ph", U"qu", U"th", U"tr", U"ch",
      U"b", U"c", U"d", U"đ", U"g", U"h", U"k", U"l", U"m", U"n", U"p", U"r", U"s", U"t", U"v", U"x"};
  for (auto ini : initials) {
    if (v.substr(0, ini.size()) != ini) continue;
    // "gì", "gìn": the i is the vowel when no other vowel follows.
    if (ini == U"gi" && (v.size() == 2 || !is_vowel(v[2]))) continue;
    v.remove_prefix(ini.size());
    break;
  }
  if (!v.empty() && v[0] == U'q') return false;
  size_t n = 0;
  while (n < v.size() && is_vowel(v[n])) ++n;
  if (n == 0 || n > 3) return false;
  std::u32string_view nucleus = v.substr(0, n), final = v.substr(n);
  // Nuclei that end in a glide take no final consonant.
  bool open_only = one_of(nucleus, {U"ai", U"ao", U"au", U"ay", U"âu", U"ây", U"eo", U"êu", U"ia", U"iu", U"oi",
                                    U"ôi", U"ơi", U"ua", U"ui", U"ưa", U"ưi", U"ưu", U"iêu", U"oai", U"oao", U"oay",
                                    U"oeo", U"uây", U"uôi", U"uya", U"uyu", U"ươi", U"ươu", U"yêu", U"uơ"});
  bool closable = one_of(nucleus, {U"a", U"ă", U"â", U"e", U"ê", U"i", U"o", U"ô", U"ơ", U"u", U"ư", U"y", U"iê",
                                   U"oa", U"oă", U"oe", U"oo", U"uâ", U"uê", U"uô", U"uy", U"ươ", U"yê", U"uyê"});
  if (!open_only && !closable) return false;
  if (final.empty()) return true;
  if (open_only) return false;
  return one_of(final, {U"c", U"ch", U"m", U"n", U"ng", U"nh", U"p", U"t"});
}

}  // namespace vnpolicy
