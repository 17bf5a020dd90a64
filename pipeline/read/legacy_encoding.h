// Pre-Unicode Vietnamese encodings: TCVN3 (TCVN 5712:1993 VN3, the ABC ".VnTime"
// fonts), VNI (VNI-Windows, "VNI-Times"), VISCII and Windows-1258. Detection from the
// text itself (is it Vietnamese once decoded, and was it not before?), conversion to
// Unicode NFC.
//
// Where the tables come from: TCVN3, VISCII and CP1258 are glibc iconv's own tables
// (TCVN5712-1, VISCII, CP1258), read once at first use; TCVN3 is the VN3 subset of
// glibc's TCVN5712-1 (same codes for every lower-case and plain upper-case letter, see
// legacy_encoding.cpp). VNI has no iconv converter: its table is compiled in, checked
// by tests letter by letter against Unicode.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy {

enum class LegacyEncoding { Tcvn3, Vni, Viscii, Cp1258 };

const char* encoding_name(LegacyEncoding e);  // "tcvn3" | "vni" | "viscii" | "cp1258"

// Bytes (one character each) decoded to UTF-8 NFC.
std::string decode_legacy_bytes(std::string_view bytes, LegacyEncoding e);
// UTF-8 text whose U+0080..U+00FF characters stand for the bytes of a legacy encoding
// (a Word run in a .VnTime font; a legacy page read as Windows-1252): those characters
// are decoded, every other one kept. `upper`: the run's font draws every letter as a
// capital (".VnTimeH"), so the decoded letters are upper-cased.
std::string decode_legacy_chars(std::string_view utf8, LegacyEncoding e, bool upper = false);

// The encoding a Word font name implies: ".VnTime", ".VnArialH" (TCVN3; `upper` when the
// name ends in H), "VNI-Times" (VNI); nothing for Unicode fonts.
struct FontEncoding {
  LegacyEncoding encoding;
  bool upper = false;
  bool operator==(const FontEncoding&) const = default;
};
std::optional<FontEncoding> encoding_of_font(std::string_view font_name);

struct LegacyGuess {
  LegacyEncoding encoding;
  int vietnamese_words = 0;  // words with a non-ASCII letter that are Vietnamese syllables once decoded
  int other_words = 0;       // words with a non-ASCII character that are not
};
// Bytes that are not valid UTF-8: the legacy encoding under which they read as
// Vietnamese, if one clearly does.
std::optional<LegacyGuess> detect_legacy_bytes(std::string_view bytes);
// Valid UTF-8 that may be legacy text read as Latin-1/Windows-1252 ("Ph¸t triÓn",
// "Phaùt trieån"). Never for text that is Vietnamese as it stands: any letter that only
// Vietnamese Unicode text has (ơ, ư, ă, đ, ạ, ...) rules a guess out.
std::optional<LegacyGuess> detect_legacy_mojibake(std::string_view utf8);

// Text typed in a legacy font (a Word .VnTime/VNI run): true when it holds legacy
// bytes, false when it is Unicode text that merely names the font (it has letters only
// Vietnamese Unicode has, or it reads no better decoded).
bool font_text_is_legacy(std::string_view utf8, LegacyEncoding e);

// Whether the text has a letter only Vietnamese Unicode text has (ơ, ư, ă, đ, ạ, ...):
// then it is not legacy text read as Latin-1.
bool has_vietnamese_only_letter(std::string_view utf8);

// Of `candidates`, the encoding under which the text (legacy characters read as
// Latin-1) reads as the most Vietnamese syllables, when one reads better than the others
// and than the text as it stands. For text too short for detect_legacy_mojibake, once
// the document has shown which encodings it uses.
std::optional<LegacyEncoding> best_reading(std::string_view utf8, const std::vector<LegacyEncoding>& candidates);

// Whether a word (UTF-8, any case, any normalisation) is a well-formed Vietnamese
// syllable: initial consonant, vowel nucleus, final consonant, at most one tone mark.
bool is_vietnamese_syllable(std::string_view word);

}  // namespace vnpolicy
