// Stage normalize: NFC, tone placement, folding, joined lines mapped to original lines.
#include <gtest/gtest.h>

#include "core/text.h"
#include "normalize/normalized_document.h"
#include "normalize/unicode.h"
#include "read/document_reader.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

TEST(Unicode, NfcComposesDecomposedVietnamese) {
  // "Việt" written with combining marks: e + circumflex + dot below.
  EXPECT_EQ(to_nfc("Vi\x65\xCC\x82\xCC\xA3t"), "Việt");
}

TEST(Unicode, CutsAndStepsBackOnlyAtCodePointBoundaries) {
  const std::string s = "Việt";  // V i ệ(3 bytes: 2..4) t
  EXPECT_EQ(code_point_boundary(s, 3), 2u);
  EXPECT_EQ(code_point_boundary(s, 4), 2u);
  EXPECT_EQ(code_point_boundary(s, 5), 5u);
  EXPECT_EQ(code_point_boundary(s, 99), s.size());
  size_t start = 99;
  EXPECT_EQ(cp_before(s, 5, &start), U'\u1EC7');
  EXPECT_EQ(start, 2u);
  EXPECT_EQ(cp_before(s, 0), 0u);
  EXPECT_EQ(cp_at(s, 2), U'\u1EC7');
  EXPECT_EQ(cp_at(s, s.size()), 0u);
}

TEST(Unicode, CollapseWhitespaceSeesEveryUnicodeSpace) {
  // collapse_whitespace decodes only code points whose lead byte may start white space:
  // every White_Space code point must collapse, every other one stay as written.
  for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s = "a";
    append_utf8(s, cp);
    s += "b";
    const bool space = is_space_cp(cp);
    ASSERT_EQ(collapse_whitespace(s), space ? "a b" : s) << "U+" << std::hex << static_cast<uint32_t>(cp);
  }
  EXPECT_EQ(collapse_whitespace("  Sở\u00A0 Y\t\ttế \u3000"), "Sở Y tế");
  EXPECT_EQ(collapse_whitespace("x\xC3 y\xE1\x9A"), "x\xC3 y\xE1\x9A");  // broken UTF-8 is copied
}

TEST(Unicode, ToneMarksReadAlike) {
  EXPECT_EQ(normalize_tone_marks("hoá"), "hóa");
  EXPECT_EQ(normalize_tone_marks("Thuỷ lợi, thủy điện"), "Thủy lợi, thủy điện");
  EXPECT_EQ(normalize_tone_marks("Uỷ ban nhân dân"), "Ủy ban nhân dân");
  EXPECT_EQ(normalize_tone_marks("khoẻ, hoà, toạ"), "khỏe, hòa, tọa");
  EXPECT_EQ(normalize_tone_marks("Tết Nguyên đán Qúy Mão"), "Tết Nguyên đán Quý Mão");
  // Already in the convention, or a syllable where the rule does not apply: unchanged.
  for (const char* s : {"quý", "quá", "hoàng", "thuyền", "huỳnh", "hóa", "ủy", "Ủy ban"})
    EXPECT_EQ(normalize_tone_marks(s), s);
}

TEST(Unicode, AccentFolderStripsMarksCaseAndDStroke) {
  AccentFolder f;
  EXPECT_EQ(f.fold("Tỷ lệ che phủ RỪNG"), "ty le che phu rung");
  EXPECT_EQ(f.fold("Đầu tư Lai Châu"), "dau tu lai chau");
  EXPECT_EQ(f.fold("hoá"), f.fold("hóa"));
}

TEST(Unicode, FoldCaseAndTonesKeepsAccents) {
  EXPECT_EQ(fold_case_and_tones("UỶ BAN  nhân dân"), "ủy ban nhân dân");
}

class NormalizedCorpus : public ::testing::Test {
 protected:
  static NormalizedDocument load(const char* prefix) {
    return normalize_document(read_document(testing::corpus_file(prefix)).text, *testing::project_rules());
  }
};

TEST_F(NormalizedCorpus, WrappedLinesJoinAndMapBackToTheirLine) {
  NormalizedDocument d = load("000");
  EXPECT_TRUE(d.double_spaced);
  EXPECT_EQ(d.line_count(), 1160);
  // "Nghị quyết \n\n số 52/NQ-HĐND": joined in the matching text, number on line 21.
  size_t at = d.text.find("và Nghị quyết số 52/NQ-HĐND ngày 09/12/2022");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(d.line_of(at), 19);
  EXPECT_EQ(d.line_of(d.text.find("52/NQ-HĐND")), 21);
  // The title paragraph spans lines 3..9.
  int p = d.paragraph_at(d.text.find("Thực hiện Nghị quyết 01/NQ-CP"));
  ASSERT_GE(p, 0);
  EXPECT_EQ(d.paragraphs[static_cast<size_t>(p)].first_line, 3);
  EXPECT_EQ(d.paragraphs[static_cast<size_t>(p)].last_line, 9);
}

TEST_F(NormalizedCorpus, PrintedFootnoteIsItsOwnParagraph) {
  NormalizedDocument d = load("000");
  size_t at = d.text.find("Kế hoạch 363/KH-TTCP");
  ASSERT_NE(at, std::string::npos);
  const Paragraph& p = d.paragraphs[static_cast<size_t>(d.paragraph_at(at))];
  EXPECT_TRUE(p.has(kFootnote));
  EXPECT_EQ(p.first_line, 281);
  EXPECT_EQ(p.last_line, 285);
}

TEST_F(NormalizedCorpus, SupMarkersLeaveTheSentence) {
  NormalizedDocument d = load("002");
  EXPECT_FALSE(d.double_spaced);
  EXPECT_NE(d.text.find("ngành công nghiệp thủy điện, giá trị sản xuất"), std::string::npos);
  EXPECT_EQ(d.text.find("<sup>"), std::string::npos);
  // The footnote line "<sup>1</sup>Trong năm thêm 16 dự án ..." is a footnote paragraph.
  size_t at = d.text.find("Trong năm thêm 16 dự án thủy điện");
  ASSERT_NE(at, std::string::npos);
  EXPECT_TRUE(d.paragraphs[static_cast<size_t>(d.paragraph_at(at))].has(kFootnote));
  EXPECT_EQ(d.line_of(at), 63);
}

TEST_F(NormalizedCorpus, MatchingTextIsToneNormalisedButSourceTextIsAsWritten) {
  NormalizedDocument d = load("004");
  size_t at = d.text.find("Quý Mão");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(d.source_text(at, at + std::string("Quý Mão").size()), "Qúy Mão");
  EXPECT_EQ(d.line_of(at), 46);
}

TEST(NormalizeDocument, LineEndsDoNotChangeLineNumbers) {
  auto rules = testing::project_rules();
  std::string lf = "KẾ HOẠCH\nThực hiện Nghị quyết số\n01/NQ-CP của Chính phủ\n";
  std::string crlf = "KẾ HOẠCH\r\nThực hiện Nghị quyết số\r\n01/NQ-CP của Chính phủ\r\n";
  NormalizedDocument a = normalize_document(lf, *rules);
  NormalizedDocument b = normalize_document(decode_document("x", crlf).text, *rules);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.line_of(a.text.find("01/NQ-CP")), 3);
  EXPECT_EQ(b.line_of(b.text.find("01/NQ-CP")), 3);
  EXPECT_NE(a.text.find("Nghị quyết số 01/NQ-CP"), std::string::npos);
}

TEST(NormalizeDocument, GazettePageFurnitureIsDropped) {
  auto rules = testing::project_rules();
  std::string text =
      "Các bộ, ngành tiếp tục triển khai quyết liệt các nhiệm vụ được giao theo đúng kế hoạch đã đề ra\n"
      "CÔNG BÁO/Số 281/Ngày 21-05-2026 \n79\n"
      "và báo cáo kết quả trước ngày 15 tháng 6 năm 2026.\n";
  NormalizedDocument d = normalize_document(text, *rules);
  ASSERT_EQ(d.paragraphs.size(), 1u);
  EXPECT_NE(d.text.find("đã đề ra và báo cáo kết quả"), std::string::npos);
  EXPECT_EQ(d.line_of(d.text.find("báo cáo kết quả")), 4);
}

TEST(NormalizeDocument, NumberedLineIsAFootnoteOnlyInSequence) {
  auto rules = testing::project_rules();
  // "3 Chương trình" at a line start continues the sentence: no footnotes 1 and 2 came first.
  std::string text = "tập trung thực hiện hiệu quả\n3 Chương trình mục tiêu quốc gia.\n";
  NormalizedDocument d = normalize_document(text, *rules);
  ASSERT_EQ(d.paragraphs.size(), 1u);
  EXPECT_FALSE(d.paragraphs[0].has(kFootnote));
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

TEST(NormalizeDocument, SentenceGoesOnAcrossAGazettePageBreak) {
  auto rules = testing::project_rules();
  std::string text =
      "Kinh tế nhà nước\n\nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
      "Ngày ký: 2026-05-21 08:05:34 +07:00\n\nCÔNG BÁO/Số 281/Ngày 21-05-2026 \n79\n\n"
      "giữ vai trò chủ đạo.\n\nĐoạn mới.\n";
  NormalizedDocument d = normalize_document(text, *rules);
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_EQ(d.paragraph_text(d.paragraphs[0]), "Kinh tế nhà nước giữ vai trò chủ đạo.");
  EXPECT_EQ(d.line_of(d.text.find("giữ vai trò")), 10);
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

TEST(NormalizeDocument, MarkdownWrapsJoinButBlankLinesBreak) {
  auto rules = testing::project_rules();
  std::string text =
      "Thực hiện Nghị quyết số\n163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt chủ trương đầu tư Chương\n"
      "trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030;\n\n"
      "**I. MỤC ĐÍCH,\nYÊU CẦU**\n\n**6. Chỉ tiêu chủ yếu đến năm\n2030**\n\nĐoạn khác viết tiếp theo đây.\n";
  NormalizedDocument d = normalize_document(text, *rules);
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(d.paragraph_text(d.paragraphs[0]).rfind("Thực hiện Nghị quyết số 163/2024/QH15 ngày", 0), 0u);
  EXPECT_EQ(d.paragraph_text(d.paragraphs[1]), "I. MỤC ĐÍCH, YÊU CẦU");
  EXPECT_EQ(d.paragraph_text(d.paragraphs[2]), "6. Chỉ tiêu chủ yếu đến năm 2030");
  EXPECT_EQ(d.paragraphs[2].first_line, 8);
  EXPECT_EQ(d.paragraphs[2].last_line, 9);
}

}  // namespace
}  // namespace vnpolicy
