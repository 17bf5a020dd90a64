// Stage segment: headings, list items, section tree, table cells, sentences.
#include <gtest/gtest.h>

#include "read/document_reader.h"
#include "segment/segmenter.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

SegmentedDocument segment_corpus(const char* prefix) {
  return testing::project_extractor().segment(read_document(testing::corpus_file(prefix)).text);
}

int find_block(const SegmentedDocument& s, std::string_view starts_with) {
  for (size_t i = 0; i < s.blocks.size(); ++i)
    if (s.text(s.blocks[i].span).substr(0, starts_with.size()) == starts_with) return static_cast<int>(i);
  return -1;
}

TEST(Segmenter, HeadingsAndItemsFormASectionTree) {
  SegmentedDocument s = segment_corpus("000");
  int a = find_block(s, "A. MỤC ĐÍCH, YÊU CẦU");
  int item = find_block(s, "1. Quán triệt sâu rộng");
  int roman = find_block(s, "I. NHỮNG NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU");
  int letter = find_block(s, "a) Theo dõi sát diễn biến");
  ASSERT_GE(a, 0);
  ASSERT_GE(item, 0);
  ASSERT_GE(roman, 0);
  ASSERT_GE(letter, 0);
  const Block& ab = s.blocks[static_cast<size_t>(a)];
  EXPECT_EQ(ab.kind, BlockKind::Heading);
  EXPECT_EQ(ab.marker_kind, MarkerKind::UpperLetter);
  EXPECT_EQ(ab.marker, "A");
  EXPECT_EQ(ab.line, 31);
  EXPECT_EQ(s.blocks[static_cast<size_t>(item)].parent, a);
  EXPECT_EQ(s.blocks[static_cast<size_t>(item)].marker_kind, MarkerKind::Arabic);
  // a) sits under "1. Tiếp tục ưu tiên ...", which sits under I.
  const Block& lb = s.blocks[static_cast<size_t>(letter)];
  EXPECT_EQ(lb.marker, "a");
  auto up = s.ancestors(letter);
  ASSERT_GE(up.size(), 2u);
  EXPECT_EQ(s.text(s.blocks[static_cast<size_t>(up[0])].span).rfind("1. Tiếp tục ưu tiên", 0), 0u);
  EXPECT_EQ(up[1], roman);
}

TEST(Segmenter, HeadingWithoutFullStopDoesNotSwallowTheNextLine) {
  SegmentedDocument s = segment_corpus("000");
  int h = find_block(s, "2. Tiếp tục tập trung phòng, chống, kiểm soát dịch bệnh");
  ASSERT_GE(h, 0);
  EXPECT_EQ(s.text(s.blocks[static_cast<size_t>(h)].span), "2. Tiếp tục tập trung phòng, chống, kiểm soát dịch bệnh");
  EXPECT_TRUE(s.blocks[static_cast<size_t>(h)].heading_like);
}

// "(1) Bộ Y tế …" items are sub-items of the "2." they follow; a row of column numbers
// "(1) (2) (3)" opens no item.
TEST(Segmenter, NumbersInBracketsOpenItemsBeforeWordsOnly) {
  SegmentedDocument s = testing::project_extractor().segment(
      "2. Để hoàn thành dự án, yêu cầu các bộ thực hiện như sau:\n"
      "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án hoàn thành hồ sơ.\n"
      "(2) Bộ Công an hướng dẫn Bộ Y tế.\n\n"
      "(1) (2) (3) (4)\n");
  int two = find_block(s, "2. Để hoàn thành");
  int first = find_block(s, "(1) Bộ Y tế");
  int second = find_block(s, "(2) Bộ Công an");
  int columns = find_block(s, "(1) (2)");
  ASSERT_GE(two, 0);
  ASSERT_GE(first, 0);
  ASSERT_GE(second, 0);
  ASSERT_GE(columns, 0);
  EXPECT_EQ(s.blocks[static_cast<size_t>(first)].kind, BlockKind::ListItem);
  EXPECT_EQ(s.blocks[static_cast<size_t>(first)].marker, "1");
  EXPECT_EQ(s.blocks[static_cast<size_t>(first)].parent, two);
  EXPECT_EQ(s.blocks[static_cast<size_t>(second)].parent, two);
  EXPECT_EQ(s.blocks[static_cast<size_t>(columns)].marker_kind, MarkerKind::None);
}

// Crawled text breaks an item after its first words: a title at the line's end goes on into its
// agency on the next line ("2. Bộ trưởng" / "Bộ Y tế chỉ đạo …").
TEST(Segmenter, ATitleAtALineEndGoesOnIntoItsAgency) {
  SegmentedDocument s = testing::project_extractor().segment(
      "1. Các bộ khẩn trương khắc phục hậu quả mưa lũ.\n\n"
      "2. Bộ trưởng\nBộ Y tế chỉ đạo ngành y tế xử lý vệ sinh môi trường.\n");
  int item = find_block(s, "2. Bộ trưởng");
  ASSERT_GE(item, 0);
  EXPECT_EQ(s.text(s.blocks[static_cast<size_t>(item)].content), "Bộ trưởng Bộ Y tế chỉ đạo ngành y tế xử lý vệ sinh môi trường.");
  EXPECT_EQ(s.blocks[static_cast<size_t>(item)].kind, BlockKind::ListItem);
}

TEST(Segmenter, TabTableRowsHaveCells) {
  SegmentedDocument s = segment_corpus("003");
  int header = find_block(s, "STT\tNhiệm vụ");
  ASSERT_GE(header, 0);
  const Block& hb = s.blocks[static_cast<size_t>(header)];
  EXPECT_EQ(hb.kind, BlockKind::TableRow);
  ASSERT_EQ(hb.cells.size(), 5u);
  EXPECT_EQ(s.text(hb.cells[2]), "Đơn vị chủ trì thực hiện");
  EXPECT_EQ(s.text(hb.cells[4]), "Thời gian thực hiện");
  int row = find_block(s, "-\tDự án hầm đường bộ qua đèo Hoàng Liên");
  ASSERT_GE(row, 0);
  const Block& rb = s.blocks[static_cast<size_t>(row)];
  ASSERT_EQ(rb.cells.size(), 5u);
  EXPECT_EQ(s.text(rb.cells[2]), "Ban cán sự đảng UBND tỉnh");
  EXPECT_EQ(s.text(rb.cells[4]), "2022-2025");
}

TEST(Segmenter, PipeTableRowsHaveCells) {
  SegmentedDocument s = testing::project_extractor().segment(
      "| TT | Nhiệm vụ | Chủ trì |\n|---|---|---|\n| 1 | Xây dựng kế hoạch | Sở Y tế |\n");
  ASSERT_EQ(s.blocks.size(), 2u);
  ASSERT_EQ(s.blocks[1].cells.size(), 3u);
  EXPECT_EQ(s.text(s.blocks[1].cells[2]), "Sở Y tế");
  EXPECT_EQ(s.blocks[1].line, 3);
}

TEST(Segmenter, MarkdownHeadingsFromReportLayout) {
  SegmentedDocument s = segment_corpus("002");
  int h = find_block(s, "II- KINH TẾ - XÃ HỘI");
  ASSERT_GE(h, 0);
  EXPECT_EQ(s.blocks[static_cast<size_t>(h)].kind, BlockKind::Heading);
  EXPECT_EQ(s.blocks[static_cast<size_t>(h)].marker, "II");
  int part = find_block(s, "Phần thứ nhất");
  ASSERT_GE(part, 0);
  EXPECT_EQ(s.blocks[static_cast<size_t>(part)].marker_kind, MarkerKind::Part);
}

TEST(Segmenter, AWrappedAcronymIsNoHeadingAndRomanClosesItems) {
  SegmentedDocument s = testing::project_extractor().segment(
      "V. NHIỆM VỤ\n\n1. Phát triển kinh tế số\n\na) Ứng dụng trí tuệ nhân tạo\nAI\ntrong sản xuất.\n\n"
      "VI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\na) Bố trí kinh phí.\n");
  int vi = find_block(s, "VI. TỔ CHỨC THỰC HIỆN");
  int item = find_block(s, "a) Bố trí kinh phí.");
  ASSERT_GE(vi, 0);
  ASSERT_GE(item, 0);
  EXPECT_EQ(s.blocks[static_cast<size_t>(vi)].parent, -1);
  auto up = s.ancestors(item);
  ASSERT_EQ(up.size(), 2u);
  EXPECT_EQ(up[1], vi);
  EXPECT_EQ(s.text(s.blocks[static_cast<size_t>(up[0])].span), "1. Sở Tài chính");
}

TEST(SplitSentences, SplitsAtFullStopsOnly) {
  std::string t = "Tỷ lệ che phủ rừng đạt 56%. Tỷ lệ dân số đô thị đạt 100%; chất thải rắn đạt 100%.";
  auto s = split_sentences(t, 0, t.size());
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(t.substr(s[0].begin, s[0].end - s[0].begin), "Tỷ lệ che phủ rừng đạt 56%.");
  EXPECT_EQ(t.substr(s[1].begin, s[1].end - s[1].begin), "Tỷ lệ dân số đô thị đạt 100%; chất thải rắn đạt 100%.");
}

TEST(SplitSentences, KeepsNumbersAbbreviationsAndEllipses) {
  for (std::string t : {"tổng vốn 3.505,826 tỷ đồng. Kế hoạch", "tại TP. Hồ Chí Minh đã tổ chức",
                        "Tuần Văn hóa... Tiếp tục", "theo Quyết định số 12/QĐ-UBND. Tiếp"}) {
    auto s = split_sentences(t, 0, t.size());
    if (t.find("TP.") != std::string::npos) EXPECT_EQ(s.size(), 1u) << t;
    else EXPECT_EQ(s.size(), 2u) << t;
  }
}

// Crawled HTML puts a short first line in every paragraph; a line ending in a function
// word ("với các") goes on even when the next line starts with a capital, so the item keeps
// its lead and the units after "với các" stay its support.
TEST(Segmenter, LineEndingInAFunctionWordContinuesOnTheNext) {
  const std::string text =
      "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Chủ trì, phối hợp với các\n"
      "Sở, ban, ngành liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch này.\n"
      "- Hướng dẫn thanh quyết toán kinh phí theo quy định hiện hành của\n\nNhà nước.\n"
      "2. Sở Nội vụ\nTổng hợp, báo cáo kết quả.\nSở Y tế thực hiện.\n";
  SegmentedDocument s = testing::project_extractor().segment(text);
  int item = find_block(s, "- Chủ trì, phối hợp với các Sở, ban, ngành liên quan tham mưu");
  ASSERT_GE(item, 0);
  EXPECT_EQ(s.blocks[static_cast<size_t>(item)].kind, BlockKind::ListItem);
  EXPECT_GE(find_block(s, "- Hướng dẫn thanh quyết toán kinh phí theo quy định hiện hành của Nhà nước."), 0);
  // A line closed by its full stop still ends the paragraph.
  EXPECT_GE(find_block(s, "Sở Y tế thực hiện."), 0);

  auto tasks = testing::project_extractor().extract_text(text, "t.txt").tasks;
  ASSERT_FALSE(tasks.empty());
  EXPECT_EQ(tasks[0].lead, (std::vector<std::string>{"Sở Tài chính"}));
  EXPECT_EQ(tasks[0].support, (std::vector<std::string>{"các Sở, ban, ngành liên quan"}));
}

// When a document breaks most items after a short first line that goes on in lower case
// (crawled HTML), a short item line that meets a capital goes on too: the capital starts
// a name. A table flattened one cell per line (short lines meeting short lines) stays apart,
// and so does a document written with full-width lines.
TEST(Segmenter, ACrawledItemsShortFirstLineGoesOnIntoAName) {
  const std::string filler =
      "các cơ quan, đơn vị và địa phương triển khai đầy đủ, kịp thời các nội dung được giao tại Kế hoạch này.\n\n";
  std::string text = "IV. PHÂN CÔNG NHIỆM VỤ\n\n1. Sở Công Thương:\n\n";
  for (int i = 0; i < 5; ++i) text += "- Chủ trì hướng dẫn\n" + filler;
  text += "- Phối hợp Bộ Chỉ huy\nQuân sự tỉnh, Công an tỉnh và UBND các xã, phường tổ chức vận chuyển hàng đến các cụm dân cư.\n\n";
  text += "- Số lượt người được tư vấn\nNgười\n";
  SegmentedDocument s = testing::project_extractor().segment(text);
  EXPECT_GE(find_block(s, "- Phối hợp Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và UBND"), 0);
  EXPECT_GE(find_block(s, "Người"), 0);

  // The same item in a document whose lines run to full width ends at its short line.
  const std::string plain =
      "IV. PHÂN CÔNG NHIỆM VỤ\n- Phối hợp Bộ Chỉ huy\nQuân sự tỉnh, Công an tỉnh và UBND các xã, phường tổ chức vận chuyển hàng đến các cụm dân cư.\n";
  SegmentedDocument p = testing::project_extractor().segment(plain);
  EXPECT_GE(find_block(p, "Quân sự tỉnh, Công an tỉnh"), 0);
}

// Markdown bullets ("* Tổ chức …") are list items, and a bold heading ends its paragraph even
// when its last word is one that usually carries a sentence on ("**1. Các chi bộ trực thuộc**").
TEST(Segmenter, MarkdownBulletsAreItemsUnderABoldHeading) {
  const std::string text =
      "**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Các chi bộ trực thuộc**\n\n"
      "* Tổ chức quán triệt Kế hoạch đến toàn thể đảng viên, hoàn thành trong quý I/2026.\n"
      "* Hằng năm, xây dựng kế hoạch học tập.\n\n* *\n";
  SegmentedDocument s = testing::project_extractor().segment(text);
  int heading = find_block(s, "1. Các chi bộ trực thuộc");
  ASSERT_GE(heading, 0);
  EXPECT_EQ(s.text(s.blocks[static_cast<size_t>(heading)].span), "1. Các chi bộ trực thuộc");
  int item = find_block(s, "* Tổ chức quán triệt");
  ASSERT_GE(item, 0);
  EXPECT_EQ(s.blocks[static_cast<size_t>(item)].kind, BlockKind::ListItem);
  EXPECT_EQ(s.blocks[static_cast<size_t>(item)].parent, heading);
  EXPECT_GE(find_block(s, "* Hằng năm, xây dựng"), 0);

  auto tasks = testing::project_extractor().extract_text(text, "t.txt").tasks;
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(tasks[0].lead, (std::vector<std::string>{"Các chi bộ trực thuộc"}));
  EXPECT_EQ(tasks[1].lead, (std::vector<std::string>{"Các chi bộ trực thuộc"}));
}

// Crawled HTML may put each item's dash on a line of its own. Where a document does so more than
// once, the dash marks the full line after it as an item, so the time label under the item is the
// item's own and its task carries that deadline. A dash alone before a short line (a rule under
// a header) is no item.
TEST(Segmenter, ADashOnALineOfItsOwnMarksTheItemBelowIt) {
  const std::string text =
      "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\n"
      "-\nTuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị, doanh nghiệp thuộc phạm vi\n"
      "quản lý thực hiện nghiêm túc các quy định về quản lý, sử dụng tài sản công.\n\n"
      "Thời gian thực hiện: Tháng 12/2025.\n\n"
      "-\nTham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho các thành viên Ban\n"
      "Chỉ đạo, các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý để triển khai thực hiện.\n\n"
      "Thời gian hoàn thành: Trước ngày 31/3/2026.\n";
  SegmentedDocument s = testing::project_extractor().segment(text);
  int item = find_block(s, "- Tuyên truyền, phổ biến, quán triệt");
  ASSERT_GE(item, 0);
  EXPECT_EQ(s.blocks[static_cast<size_t>(item)].kind, BlockKind::ListItem);
  EXPECT_GE(find_block(s, "- Tham mưu triển khai"), 0);

  auto tasks = testing::project_extractor().extract_text(text, "t.txt").tasks;
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(tasks[0].lead, (std::vector<std::string>{"Sở Tài chính"}));
  ASSERT_TRUE(tasks[0].deadline.has_value());
  EXPECT_EQ(tasks[0].deadline->end, "2025-12-31");
  ASSERT_TRUE(tasks[1].deadline.has_value());
  EXPECT_EQ(tasks[1].deadline->end, "2026-03-31");

  SegmentedDocument once = testing::project_extractor().segment("ỦY BAN NHÂN DÂN\nTỈNH A\n-\nSố: 12/KH-UBND\n");
  EXPECT_GE(find_block(once, "Số: 12/KH-UBND"), 0);
}

// No paragraph ends in a comma: a line cut after one goes on in the next even when that line
// opens with a capital (a name in a list), so the whole list of units leads.
TEST(Segmenter, ALineEndingInACommaGoesOnIntoTheNext) {
  const std::string text =
      "Để khắc phục hậu quả mưa lũ, bảo đảm chỗ ở ổn định cho Nhân dân trước Tết, tiếp theo Công điện số 227/CĐ-TTg,\n"
      "Thủ tướng Chính phủ yêu cầu:\n"
      "1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,\n"
      "Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính quyền cơ sở\n"
      "khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về số hộ dân có nhà bị sập.\n";
  SegmentedDocument s = testing::project_extractor().segment(text);
  EXPECT_GE(find_block(s, "1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo"), 0);
  auto tasks = testing::project_extractor().extract_text(text, "t.txt").tasks;
  ASSERT_EQ(tasks.size(), 1u);
  // A title over a list of places is one name, as written.
  ASSERT_EQ(tasks[0].lead.size(), 1u);
  EXPECT_EQ(tasks[0].lead[0], "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng");
}

}  // namespace
}  // namespace vnpolicy
