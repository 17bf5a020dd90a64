// AccentFolder: NFD + nonspacing marks dropped + lower case + đ -> d, memoised per code
// point, must give what the ICU transliterator it replaced gave, on every code point.
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy::testing {
namespace {

TEST(AccentFolder, SameAsTheIcuTransliteratorOnEveryCodePoint) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr;
  std::unique_ptr<icu::Transliterator> reference(icu::Transliterator::createFromRules(
      "vnpolicy-fold", ":: NFD; :: [:Nonspacing Mark:] Remove; :: NFC; :: Lower; [\\u0111\\u0110] > d;",
      UTRANS_FORWARD, perr, status));
  ASSERT_TRUE(U_SUCCESS(status) && reference);
  AccentFolder folder;
  int differences = 0, checked = 0;
  for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string utf8;
    append_utf8(utf8, cp);
    icu::UnicodeString u(static_cast<UChar32>(cp));
    reference->transliterate(u);
    std::string expected;
    u.toUTF8String(expected);
    ++checked;
    if (folder.fold(utf8) != expected && ++differences <= 10)
      ADD_FAILURE() << "U+" << std::hex << static_cast<uint32_t>(cp) << ": " << folder.fold(utf8) << " != "
                    << expected;
  }
  EXPECT_EQ(differences, 0);
  EXPECT_EQ(checked, 0x10FFFF - 0x800);
}

TEST(AccentFolder, FoldsVietnameseWordsAndSentences) {
  AccentFolder f;
  EXPECT_EQ(f.fold("Tỷ lệ che phủ RỪNG đạt 50%"), "ty le che phu rung dat 50%");
  EXPECT_EQ(f.fold("ĐẦU TƯ công, Lai Châu; Điện Biên"), "dau tu cong, lai chau; dien bien");
  EXPECT_EQ(f.fold("hoá"), "hoa");
  EXPECT_EQ(f.fold("hóa"), "hoa");
  EXPECT_EQ(f.fold("Thuỷ lợi, thủy sản"), "thuy loi, thuy san");
  // Decomposed input (combining marks) folds like the precomposed form.
  EXPECT_EQ(f.fold("Vie\u0302\u0323t Nam"), "viet nam");
  EXPECT_EQ(f.fold(""), "");
  // Memoised results are the same the second time, and appending keeps what was there.
  std::string out = "x:";
  f.fold_append("Ưu TIÊN", out);
  f.fold_append("Ưu TIÊN", out);
  EXPECT_EQ(out, "x:uu tienuu tien");
  // Beyond the flat table: Greek Extended, fullwidth, Hangul (recomposed after NFD).
  EXPECT_EQ(f.fold("ἈΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(f.fold("ＡＢＣ"), "ａｂｃ");
  EXPECT_EQ(f.fold("한국"), "한국");
}

TEST(AccentFolder, IndependentInstancesAgree) {
  AccentFolder a, b;
  const std::string text = "Ủy ban nhân dân tỉnh Đắk Lắk, Quảng Ngãi";
  EXPECT_EQ(a.fold(text), b.fold(text));
  EXPECT_EQ(a.fold(text), "uy ban nhan dan tinh dak lak, quang ngai");
}

}  // namespace
}  // namespace vnpolicy::testing
