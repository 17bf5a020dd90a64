#include "read/legacy_encoding.h"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <vector>

#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

// What one byte (or one U+0080..U+00FF character) of an encoding stands for: up to three
// code points (VNI marks are a circumflex or breve plus a tone); empty = kept as it is.
using Unit = std::u32string;
using Table = std::array<Unit, 256>;

// A single byte through glibc iconv; empty when iconv has no mapping for it.
Unit iconv_byte(const char* charset, unsigned char byte) {
  iconv_t cd = iconv_open("UTF-32LE", charset);
  if (cd == reinterpret_cast<iconv_t>(-1)) return {};
  char in[1] = {static_cast<char>(byte)};
  char out[32];
  char* inp = in;
  char* outp = out;
  size_t inleft = 1, outleft = sizeof out;
  Unit u;
  if (iconv(cd, &inp, &inleft, &outp, &outleft) != static_cast<size_t>(-1) &&
      iconv(cd, nullptr, nullptr, &outp, &outleft) != static_cast<size_t>(-1)) {
    for (char* p = out; p + 4 <= outp; p += 4) {
      auto b = [&](int k) { return static_cast<char32_t>(static_cast<unsigned char>(p[k])); };
      u += b(0) | b(1) << 8 | b(2) << 16 | b(3) << 24;
    }
  }
  iconv_close(cd);
  return u;
}

// Bytes 0x80..0xFF as glibc maps them. Bytes below 0x80 are ASCII in all four encodings,
// except VISCII's six letters in C0 positions (kept: glibc maps them) and TCVN5712-1's
// VN1 capitals in C0 positions (left out: VN3, the ABC fonts, has them as controls).
Table glibc_table(const char* charset, bool with_c0_letters) {
  Table t;
  for (int b = with_c0_letters ? 0 : 0x80; b < 256; ++b) {
    if (b < 0x80 && (b < 0x01 || b >= 0x20)) continue;
    Unit u = iconv_byte(charset, static_cast<unsigned char>(b));
    if (b < 0x80 && (u.size() != 1 || u[0] == static_cast<char32_t>(b))) continue;
    t[b] = u.empty() ? Unit(1, U'\uFFFD') : u;
  }
  return t;
}

// VNI-Windows: a base letter followed by mark bytes (upper- and lower-case forms of each
// mark byte mean the same mark), and nine bytes that are letters of their own.
Table vni_table() {
  Table t;
  struct Mark { unsigned char lower; Unit marks; };
  const Mark marks[] = {
      {0xF9, U"\u0301"}, {0xF8, U"\u0300"}, {0xFB, U"\u0309"}, {0xF5, U"\u0303"}, {0xEF, U"\u0323"},
      {0xE2, U"\u0302"}, {0xE1, U"\u0302\u0301"}, {0xE0, U"\u0302\u0300"}, {0xE5, U"\u0302\u0309"},
      {0xE3, U"\u0302\u0303"}, {0xE4, U"\u0302\u0323"},
      {0xEA, U"\u0306"}, {0xE9, U"\u0306\u0301"}, {0xE8, U"\u0306\u0300"}, {0xFA, U"\u0306\u0309"},
      {0xFC, U"\u0306\u0303"}, {0xEB, U"\u0306\u0323"},
  };
  for (const auto& m : marks) t[m.lower] = t[m.lower - 0x20] = m.marks;
  struct Letter { unsigned char lower; char32_t lower_cp, upper_cp; };
  const Letter letters[] = {
      {0xF4, U'ơ', U'Ơ'}, {0xF6, U'ư', U'Ư'}, {0xED, U'í', U'Í'}, {0xEC, U'ì', U'Ì'}, {0xE6, U'ỉ', U'Ỉ'},
      {0xF3, U'ĩ', U'Ĩ'}, {0xF2, U'ị', U'Ị'}, {0xEE, U'ỵ', U'Ỵ'}, {0xF1, U'đ', U'Đ'},
  };
  for (const auto& l : letters) {
    t[l.lower] = Unit(1, l.lower_cp);
    t[l.lower - 0x20] = Unit(1, l.upper_cp);
  }
  return t;
}

struct Tables {
  Table tcvn3 = glibc_table("TCVN5712-1", false);
  Table vni = vni_table();
  Table viscii = glibc_table("VISCII", true);
  Table cp1258 = glibc_table("CP1258", false);
  const Table& of(LegacyEncoding e) const {
    switch (e) {
      case LegacyEncoding::Tcvn3: return tcvn3;
      case LegacyEncoding::Vni: return vni;
      case LegacyEncoding::Viscii: return viscii;
      case LegacyEncoding::Cp1258: break;
    }
    return cp1258;
  }
};

// Built once, never changed: safe to share between threads.
const Tables& tables() {
  static const Tables t;
  return t;
}

constexpr LegacyEncoding kAll[] = {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viscii,
                                   LegacyEncoding::Cp1258};

// Decodes a sequence where code points below 0x100 are bytes of the encoding (those
// with an entry in the table are replaced) and larger ones are kept.
std::string decode_units(const std::u32string& units, const Table& table, bool upper) {
  std::string out;
  out.reserve(units.size() + units.size() / 2);
  for (char32_t u : units) {
    if (u < 0x100 && !table[u].empty())
      for (char32_t c : table[u]) append_utf8(out, c);
    else
      append_utf8(out, u);
  }
  std::string nfc = to_nfc(out);
  return upper ? to_upper(nfc) : nfc;
}

std::u32string units_of_utf8(std::string_view s) {
  std::u32string u;
  u.reserve(s.size());
  for (size_t i = 0; i < s.size();) u += next_code_point(s, i);
  return u;
}

std::u32string units_of_bytes(std::string_view s) {
  std::u32string u(s.size(), 0);
  for (size_t i = 0; i < s.size(); ++i) u[i] = static_cast<unsigned char>(s[i]);
  return u;
}

// Letters that only Vietnamese Unicode text has (none of them is in Latin-1).
bool is_vietnamese_only_letter(char32_t c) {
  switch (c) {
    case 0x102: case 0x103: case 0x110: case 0x111: case 0x128: case 0x129: case 0x168: case 0x169:
    case 0x1A0: case 0x1A1: case 0x1AF: case 0x1B0:
      return true;
    default:
      return c >= 0x1EA0 && c <= 0x1EF9;
  }
}

struct WordCount {
  int vietnamese = 0;
  int other = 0;
};

// Words (runs between white space, trimmed of punctuation) that hold a non-ASCII
// character: how many are Vietnamese syllables.
WordCount count_words(std::string_view text) {
  WordCount n;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    size_t start = i;
    while (i < text.size() && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    std::string_view w = text.substr(start, i - start);
    // Trim ASCII punctuation and digits at both ends ("(Phát", "triển,").
    auto is_edge = [](char c) { return static_cast<unsigned char>(c) < 0x80 && !std::isalpha(static_cast<unsigned char>(c)); };
    while (!w.empty() && is_edge(w.front())) w.remove_prefix(1);
    while (!w.empty() && is_edge(w.back())) w.remove_suffix(1);
    bool non_ascii = false;
    for (char c : w) non_ascii |= static_cast<unsigned char>(c) >= 0x80;
    if (!non_ascii) continue;
    if (is_vietnamese_syllable(w))
      ++n.vietnamese;
    else
      ++n.other;
  }
  return n;
}

// A guess is taken only when the decoded text is clearly Vietnamese: several syllables,
// and nearly every word with a non-ASCII character a syllable.
bool convincing(const WordCount& n) { return n.vietnamese >= 3 && n.vietnamese >= 6 * n.other; }

std::optional<LegacyGuess> best_guess(const std::u32string& units, const WordCount& as_is) {
  std::optional<LegacyGuess> best;
  for (LegacyEncoding e : kAll) {
    WordCount n = count_words(decode_units(units, tables().of(e), false));
    if (!convincing(n)) continue;
    // It must read far better than the text as it stands.
    if (n.vietnamese < 2 * as_is.vietnamese + 3) continue;
    if (!best || n.vietnamese - n.other > best->vietnamese_words - best->other_words)
      best = LegacyGuess{e, n.vietnamese, n.other};
  }
  return best;
}

}  // namespace

bool has_vietnamese_only_letter(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();)
    if (is_vietnamese_only_letter(next_code_point(utf8, i))) return true;
  return false;
}

bool font_text_is_legacy(std::string_view utf8, LegacyEncoding e) {
  if (has_vietnamese_only_letter(utf8)) return false;
  WordCount as_is = count_words(utf8);
  WordCount decoded = count_words(decode_legacy_chars(utf8, e));
  return decoded.vietnamese > as_is.vietnamese && decoded.vietnamese >= decoded.other;
}

const char* encoding_name(LegacyEncoding e) {
  switch (e) {
    case LegacyEncoding::Tcvn3: return "tcvn3";
    case LegacyEncoding::Vni: return "vni";
    case LegacyEncoding::Viscii: return "viscii";
    case LegacyEncoding::Cp1258: break;
  }
  return "cp1258";
}

namespace {

// TCVN3 (VN3) has no capitals with a tone mark: a title typed in capitals uses the
// lower-case codes for those letters and a font that draws them as capitals
// (".VnTimeH"), and where the font name is lost or names no encoding, "MôC LôC"
// decodes to "MụC LụC". A word whose Latin letters are all capitals (two or more) is a
// word in capitals, so its decoded letters are made capitals too.
std::string capitalise_all_caps_words(std::string text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find_first_of(" \t\n\r", i);
    if (j == std::string::npos) j = text.size();
    std::string_view w(text.data() + i, j - i);
    int upper = 0, lower = 0;
    bool other = false;
    for (char c : w) {
      upper += c >= 'A' && c <= 'Z';
      lower += c >= 'a' && c <= 'z';
      other |= static_cast<unsigned char>(c) >= 0x80;
    }
    if (other && upper >= 2 && lower == 0)
      out += to_upper(w);
    else
      out += w;
    if (j < text.size()) out += text[j];
    i = j + 1;
  }
  return out;
}

std::string decode(const std::u32string& units, LegacyEncoding e, bool upper) {
  std::string s = decode_units(units, tables().of(e), upper);
  return e == LegacyEncoding::Tcvn3 && !upper ? capitalise_all_caps_words(std::move(s)) : s;
}

}  // namespace

std::string decode_legacy_bytes(std::string_view bytes, LegacyEncoding e) {
  return decode(units_of_bytes(bytes), e, false);
}

std::string decode_legacy_chars(std::string_view utf8, LegacyEncoding e, bool upper) {
  return decode(units_of_utf8(utf8), e, upper);
}

std::optional<LegacyEncoding> best_reading(std::string_view utf8, const std::vector<LegacyEncoding>& candidates) {
  if (has_vietnamese_only_letter(utf8)) return std::nullopt;
  WordCount as_is = count_words(utf8);
  std::optional<LegacyEncoding> best;
  int best_score = as_is.vietnamese - as_is.other;
  bool tie = false;
  for (LegacyEncoding e : candidates) {
    WordCount n = count_words(decode_legacy_chars(utf8, e));
    int score = n.vietnamese - n.other;
    if (score > best_score) {
      best = e;
      best_score = score;
      tie = false;
    } else if (best && score == best_score) {
      tie = true;
    }
  }
  if (tie) return std::nullopt;
  return best;
}

std::optional<FontEncoding> encoding_of_font(std::string_view name) {
  name = trim(name);
  auto lower = to_lower(name);
  if (lower.rfind(".vn", 0) == 0) {
    std::string_view n = trim(name);
    return FontEncoding{LegacyEncoding::Tcvn3, !n.empty() && n.back() == 'H'};
  }
  if (lower.rfind("vni-", 0) == 0 || lower.rfind("vni ", 0) == 0) return FontEncoding{LegacyEncoding::Vni, false};
  return std::nullopt;
}

std::optional<LegacyGuess> detect_legacy_bytes(std::string_view bytes) {
  return best_guess(units_of_bytes(bytes), WordCount{});
}

std::optional<LegacyGuess> detect_legacy_mojibake(std::string_view utf8) {
  bool latin1 = false;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = next_code_point(utf8, i);
    if (is_vietnamese_only_letter(c)) return std::nullopt;
    latin1 |= c >= 0x80 && c <= 0xFF;
  }
  if (!latin1) return std::nullopt;
  return best_guess(units_of_utf8(utf8), count_words(utf8));
}

}  // namespace vnpolicy
