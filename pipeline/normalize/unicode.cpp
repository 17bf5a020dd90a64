#include "normalize/unicode.h"

#include <array>
#include <stdexcept>
#include <unordered_map>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "core/text.h"

namespace vnpolicy {

std::string to_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normaliser unavailable");
  // The UTF-8 entry points check and normalise without a UTF-16 copy of the text.
  const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalisation failed");
  return out;
}

namespace {

// The precomposed forms of the six plain vowels under the five tones
// (sắc, huyền, hỏi, ngã, nặng), lower then upper case.
constexpr std::array<std::array<char32_t, 6>, 12> kToned = {{
    {U'a', U'á', U'à', U'ả', U'ã', U'ạ'}, {U'e', U'é', U'è', U'ẻ', U'ẽ', U'ẹ'},
    {U'i', U'í', U'ì', U'ỉ', U'ĩ', U'ị'}, {U'o', U'ó', U'ò', U'ỏ', U'õ', U'ọ'},
    {U'u', U'ú', U'ù', U'ủ', U'ũ', U'ụ'}, {U'y', U'ý', U'ỳ', U'ỷ', U'ỹ', U'ỵ'},
    {U'A', U'Á', U'À', U'Ả', U'Ã', U'Ạ'}, {U'E', U'É', U'È', U'Ẻ', U'Ẽ', U'Ẹ'},
    {U'I', U'Í', U'Ì', U'Ỉ', U'Ĩ', U'Ị'}, {U'O', U'Ó', U'Ò', U'Ỏ', U'Õ', U'Ọ'},
    {U'U', U'Ú', U'Ù', U'Ủ', U'Ũ', U'Ụ'}, {U'Y', U'Ý', U'Ỳ', U'Ỷ', U'Ỹ', U'Ỵ'},
}};

struct Toned { char32_t base = 0; int tone = -1; };  // tone 0 = none, -1 = not a plain vowel

Toned split_tone(char32_t cp) {
  for (const auto& row : kToned)
    for (int t = 0; t < 6; ++t)
      if (row[t] == cp) return {row[0], t};
  return {};
}
char32_t with_tone(char32_t base, int tone) {
  for (const auto& row : kToned)
    if (row[0] == base) return row[tone];
  return base;
}
bool is_vowel_letter(char32_t cp) {
  static const std::u32string vowels = U"aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
  if (vowels.find(cp) != std::u32string::npos) return true;
  // Toned forms of any vowel: decompose cheaply through the plain table or accept
  // the Latin Extended Additional block, which holds the toned Vietnamese vowels.
  return split_tone(cp).tone >= 0 || (cp >= 0x1EA0 && cp <= 0x1EF9);
}
char32_t lower_ascii(char32_t c) { return c < 0x80 ? static_cast<char32_t>(c | 0x20) : c; }

// Rewrites one word (code points) in place; returns true when it changed.
bool fix_word(std::u32string& w) {
  const size_t n = w.size();
  if (n >= 2) {
    // Word-final oa / oe / uy with the tone on the second vowel.
    Toned first = split_tone(w[n - 2]), second = split_tone(w[n - 1]);
    char32_t f = lower_ascii(first.base), s = lower_ascii(second.base);
    bool nucleus = (f == 'o' && (s == 'a' || s == 'e')) || (f == 'u' && s == 'y');
    bool onset_ok = n == 2 || !is_vowel_letter(w[n - 3]);
    bool after_q = n >= 3 && lower_ascii(w[n - 3]) == 'q';
    if (nucleus && first.tone == 0 && second.tone > 0 && onset_ok && !after_q) {
      w[n - 2] = with_tone(first.base, second.tone);
      w[n - 1] = second.base;
      return true;
    }
  }
  // "qu" + vowel with the tone on the u.
  for (size_t i = 0; i + 2 < n; ++i) {
    if (lower_ascii(w[i]) != 'q') continue;
    Toned u = split_tone(w[i + 1]), v = split_tone(w[i + 2]);
    if (lower_ascii(u.base) == 'u' && u.tone > 0 && v.tone == 0) {
      w[i + 2] = with_tone(v.base, u.tone);
      w[i + 1] = u.base;
      return true;
    }
  }
  return false;
}

}  // namespace

namespace {
bool is_ascii_letter(unsigned char b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; }
bool is_plain_o_or_u(char32_t c) { return c == 'o' || c == 'O' || c == 'u' || c == 'U'; }
}  // namespace

void normalize_tone_marks(std::string_view in, std::string& out, OffsetMap* map, size_t in_offset,
                          size_t out_offset) {
  size_t i = 0;
  const size_t out_base = out.size();
  auto out_pos = [&] { return out_offset + (out.size() - out_base); };
  // Almost every word stays as it is: text is copied in runs up to a word that changes.
  size_t copied = 0;  // in[0, copied) is in out
  while (i < in.size()) {
    // Non-letters go straight through; ASCII ones without decoding.
    const auto b = static_cast<unsigned char>(in[i]);
    if (b < 0x80 && !is_ascii_letter(b)) {
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = next_code_point(in, i);
    if (!is_letter_cp(cp)) continue;
    // Scan the word, keeping only what the two rewrites look at: whether it has a q,
    // and its last two code points. Only a word that could change is decoded whole.
    bool has_q = (cp | 0x20) == 'q', ascii = cp < 0x80;
    char32_t last = cp, before_last = 0;
    size_t end = i;
    while (end < in.size()) {
      const auto c0 = static_cast<unsigned char>(in[end]);
      char32_t c;
      size_t k = end;
      if (c0 < 0x80) {
        if (!is_ascii_letter(c0)) break;
        c = c0;
        k = end + 1;
      } else {
        c = next_code_point(in, k);
        if (!is_letter_cp(c)) break;
        ascii = false;
      }
      has_q = has_q || (c | 0x20) == 'q';
      before_last = last;
      last = c;
      end = k;
    }
    i = end;
    const bool may_change = !ascii && (has_q || (last >= 0x80 && is_plain_o_or_u(before_last)));
    if (!may_change) continue;
    std::u32string word;
    for (size_t k = start; k < end;) word += next_code_point(in, k);
    if (!fix_word(word)) continue;
    out.append(in.substr(copied, start - copied));
    std::string fixed;
    for (char32_t c : word) append_utf8(fixed, c);
    if (map) map->add(out_pos(), in_offset + start);
    out += fixed;
    if (map && fixed.size() != end - start) map->add(out_pos(), in_offset + end);
    copied = end;
  }
  out.append(in.substr(copied));
}

std::string normalize_tone_marks(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  normalize_tone_marks(in, out);
  return out;
}

// Folding one code point: NFD, nonspacing marks (gc=Mn) dropped, NFC again (so that
// what remains recomposes, e.g. Hangul), full lower case (root locale), then đ -> d.
// That is what the ICU transliterator rules
//   ":: NFD; :: [:Nonspacing Mark:] Remove; :: NFC; :: Lower; [\\u0111\\u0110] > d;"
// give for a code point (tests/accent_folder_test.cpp compares them on every code point),
// without building a transliterator, which costs tens of milliseconds per process.
// Results are memoised per code point: a flat table below kFlat (Latin, Vietnamese,
// Greek, Cyrillic, ...), a map above.
struct AccentFolder::Impl {
  static constexpr char32_t kFlat = 0x2000;
  struct Entry {
    uint8_t len = 0xFF;  // 0xFF = not computed yet
    char bytes[7];
  };
  const icu::Normalizer2* nfd = nullptr;
  const icu::Normalizer2* nfc = nullptr;
  std::unique_ptr<Entry[]> flat;                     // kFlat entries, made on first use
  std::unordered_map<char32_t, std::string> others;  // the rest, and results over 7 bytes

  std::string compute(char32_t cp) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalisation failed");
    icu::UnicodeString kept;
    for (int32_t k = 0; k < decomposed.length();) {
      UChar32 c = decomposed.char32At(k);
      k += U16_LENGTH(c);
      if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    }
    icu::UnicodeString composed = nfc->normalize(kept, status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalisation failed");
    std::string utf8;
    composed.toUTF8String(utf8);
    std::string lower = to_lower(utf8), out;
    for (size_t i = 0; i < lower.size();) {
      size_t start = i;
      char32_t c = next_code_point(lower, i);
      if (c == 0x0111 || c == 0x0110)
        out += 'd';
      else
        out.append(lower, start, i - start);
    }
    return out;
  }

  // Appends the folded form of a non-ASCII code point.
  void append(char32_t cp, std::string& out) {
    if (cp < kFlat) {
      if (!flat) flat = std::make_unique<Entry[]>(kFlat);
      Entry& e = flat[cp];
      if (e.len == 0xFF) {
        std::string s = compute(cp);
        if (s.size() > sizeof e.bytes) {
          e.len = 0xFE;  // in `others`
          out += others.emplace(cp, std::move(s)).first->second;
          return;
        }
        s.copy(e.bytes, s.size());
        e.len = static_cast<uint8_t>(s.size());
      } else if (e.len == 0xFE) {
        out += others.find(cp)->second;
        return;
      }
      out.append(e.bytes, e.len);
      return;
    }
    auto it = others.find(cp);
    if (it == others.end()) it = others.emplace(cp, compute(cp)).first;
    out += it->second;
  }
};

AccentFolder::AccentFolder() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->nfd = icu::Normalizer2::getNFDInstance(status);
  impl_->nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || !impl_->nfd || !impl_->nfc) throw std::runtime_error("ICU normalisers for folding unavailable");
}
AccentFolder::~AccentFolder() = default;

void AccentFolder::fold_append(std::string_view utf8, std::string& out) const {
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
      ++i;
      continue;
    }
    impl_->append(next_code_point(utf8, i), out);
  }
}

std::string AccentFolder::fold(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size());
  fold_append(utf8, out);
  return out;
}

std::string fold_case_and_tones(std::string_view utf8) {
  return collapse_whitespace(normalize_tone_marks(to_lower(utf8)));
}

}  // namespace vnpolicy
