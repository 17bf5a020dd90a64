// Unicode normalisation for matching: ICU NFC, one tone-mark convention, and
// accent/case folding for search keys.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "normalize/offset_map.h"

namespace vnpolicy {

// ICU NFC. Input must be valid UTF-8.
std::string to_nfc(std::string_view utf8);

// Puts Vietnamese tone marks in one place so that spellings of the two conventions
// read alike: word-final oa/oe/uy carry the tone on the first vowel (hoá -> hóa,
// khoẻ -> khỏe, thuỷ -> thủy, uỷ -> ủy) and a tone written on the u of "qu" moves to
// the vowel after it (Qúy -> Quý). Input must be NFC. Appends to `out`; when `map`
// is given, anchors are added so that offsets in `out` map back to `in` (+in_offset).
void normalize_tone_marks(std::string_view in, std::string& out, OffsetMap* map = nullptr,
                          size_t in_offset = 0, size_t out_offset = 0);
std::string normalize_tone_marks(std::string_view in);

// Lower case, diacritics removed (so tone placement does not matter) and đ -> d:
// "Che phủ RỪNG" -> "che phu rung". Used for accent-insensitive keys and search.
// ICU NFD + dropping nonspacing marks + lower case, memoised per code point (no
// transliterator: constructing one is cheap). One instance per thread (the memo is
// not synchronised).
class AccentFolder {
 public:
  AccentFolder();
  ~AccentFolder();
  AccentFolder(const AccentFolder&) = delete;
  AccentFolder& operator=(const AccentFolder&) = delete;
  std::string fold(std::string_view utf8) const;
  // fold(), appended to `out` (no allocation when `out` has room).
  void fold_append(std::string_view utf8, std::string& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Tone-insensitive, case-insensitive key that keeps the letters' accents: used to
// compare names (agencies, doc types) the way the scorer does.
std::string fold_case_and_tones(std::string_view utf8);

}  // namespace vnpolicy
