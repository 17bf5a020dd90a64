// The PDF reader: layout of header columns, the text layer with its page map, the same
// document as text and as PDF, OCR of a scanned page, and bad PDFs. Fixtures are made
// here from text this file writes (tests/make_pdf_fixture.py: reportlab for text PDFs,
// PIL + img2pdf for a scan), so a missing tool fails the test instead of skipping it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "read/document_reader.h"
#include "core/text.h"
#include "read/pdf_layout.h"
#include "read/pdf_reader.h"
#include "pdf_fixture.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

namespace fs = std::filesystem;

using testing::make_pdf;

// A plan in the form of Nghị định 30: issuer | motto, number | place and date side by side.
const char* kHeader =
    "L: ỦY BAN NHÂN DÂN\n"
    "R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "L: TỈNH LAI CHÂU\n"
    "R: Độc lập - Tự do - Hạnh phúc\n"
    "L: Số: 148/KH-UBND\n"
    "R: Lai Châu, ngày 15 tháng 3 năm 2024\n"
    "C: KẾ HOẠCH\n"
    "C: Thực hiện chuyển đổi số tỉnh Lai Châu năm 2024\n";
const char* kPageOne =
    "Căn cứ Nghị quyết số 52/NQ-HĐND ngày 09/12/2022 của Hội đồng nhân dân tỉnh Lai Châu về nhiệm vụ "
    "phát triển kinh tế - xã hội năm 2023; Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính "
    "phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    "I. MỤC TIÊU\n"
    "1. Phấn đấu năm 2024 tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt 80%; tốc độ "
    "tăng trưởng kinh tế đạt 7,5%.\n";
const char* kPageTwo =
    "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
    "1. Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành xây dựng nền tảng chia sẻ dữ "
    "liệu của tỉnh, hoàn thành trước ngày 30/6/2024.\n"
    "2. Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh rà soát quy trình nội bộ, hoàn "
    "thành trong quý III năm 2024.\n";

std::string two_page_spec() { return std::string(kHeader) + kPageOne + "=\n" + kPageTwo; }

// The same plan typed as text: header fields one a line, each paragraph on one line.
std::string as_text() {
  std::string s =
      "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 148/KH-UBND\nLai Châu, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\n"
      "Thực hiện chuyển đổi số tỉnh Lai Châu năm 2024\n";
  return s + kPageOne + kPageTwo;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  for (auto l : split(text, '\n')) out.emplace_back(l);
  return out;
}

int line_of(const std::string& text, std::string_view needle) {
  auto lines = lines_of(text);
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i].find(needle) != std::string::npos) return static_cast<int>(i) + 1;
  return 0;
}

// --- layout, on hand-made words ------------------------------------------------------

PdfWord word(std::string text, double x0, double y0, double x1, bool space = true) {
  return {std::move(text), x0, y0, x1, y0 + 12, space};
}

TEST(PdfLayout, TwoColumnHeaderComesColumnByColumnInNd30Order) {
  // Poppler's reading order interleaves the columns; the stamped number "351" is a
  // separate word drawn after the rest.
  std::vector<PdfWord> words = {
      word("UBND", 90, 60, 130), word("TỈNH", 134, 60, 170), word("CỘNG", 320, 60, 360), word("HÒA", 364, 60, 400),
      word("SỞ", 100, 76, 118), word("NỘI", 122, 76, 150), word("VỤ", 154, 76, 170),
      word("Độc", 330, 76, 356), word("lập", 360, 76, 385),
      word("Số:", 90, 100, 110), word("/TTr-SNV", 140, 100, 200),
      word("Lâm", 320, 100, 345), word("Đồng,", 349, 100, 385), word("ngày", 389, 100, 420), word("02/4/2026", 424, 100, 500),
      word("351", 114, 99, 134),
      word("TỜ", 270, 140, 290), word("TRÌNH", 294, 140, 340),
      word("Kính", 90, 170, 120), word("gửi", 124, 170, 150), word("sở", 154, 170, 170), word("ngành", 174, 170, 210),
  };
  auto lines = layout_page_lines(words, {595, 842, true});
  std::vector<std::string> expected = {"UBND TỈNH", "SỞ NỘI VỤ", "",  "CỘNG HÒA", "Độc lập", "", "Số: 351 /TTr-SNV", "",
                                       "Lâm Đồng, ngày 02/4/2026", "", "TỜ TRÌNH", "", "Kính gửi sở ngành"};
  EXPECT_EQ(lines, expected);
  // Not the first page with text: no header, poppler's order.
  auto plain = layout_page_lines(words, {595, 842, false});
  EXPECT_EQ(plain.front(), "UBND TỈNH CỘNG HÒA");
}

TEST(PdfLayout, WrappedLinesStayApartAndBlocksGetAnEmptyLine) {
  std::vector<PdfWord> words = {word("Dòng", 90, 300, 120), word("một", 124, 300, 150), word("dòng", 90, 316, 120),
                                word("hai", 124, 316, 150), word("Khối", 90, 360, 120), word("mới", 124, 360, 150)};
  auto lines = layout_page_lines(words, {595, 842, true});
  EXPECT_EQ(lines, (std::vector<std::string>{"Dòng một", "dòng hai", "", "Khối mới"}));
}

TEST(PdfText, GarbledOcrLayerIsToldFromVietnamese) {
  EXPECT_FALSE(text_looks_garbled(as_text()));
  EXPECT_TRUE(text_looks_garbled(
      "CQNG nO.q. XA Hgr CHU NGHIA VIET NAM Doc lap Tu do Hanh phuc So 12 KE HOACH thuc hien chuyen doi so "
      "nam 2024 cua tinh Lai Chau ve viec trien khai cac nhiem vu giai phap chu yeu nam 2024"));
  // A font mapped to the wrong code points: accented Latin that Vietnamese does not use.
  EXPECT_TRUE(text_looks_garbled(
      "BØCÔNG AN CÔNG AN TÈNH LÂM ÒNG CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM SÑg8 Lâm ông ngày24 tháng 10 nm "
      "Ùc l-p Tå do H¡nh phúc TÜTRÌNH V/vxin chçtr°¡ng tri¿n khai thñce hiÇn công tác cai nghiÇn ma túy"));
}

// --- text PDFs -----------------------------------------------------------------------

TEST(PdfReader, TextPdfGivesHeaderColumnsTextAndPageMap) {
  fs::path pdf = make_pdf("plan", "text", two_page_spec());
  ReadOutcome r = read_document(pdf);
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_EQ(r.source.format, "pdf");
  EXPECT_FALSE(r.source.ocr);
  // Left column (issuer, number), then right (motto, date), then the title.
  int issuer = line_of(r.text, "ỦY BAN NHÂN DÂN"), area = line_of(r.text, "TỈNH LAI CHÂU");
  int motto = line_of(r.text, "CỘNG HÒA XÃ HỘI"), number = line_of(r.text, "Số: 148/KH-UBND");
  int date = line_of(r.text, "Lai Châu, ngày 15 tháng 3 năm 2024"), title = line_of(r.text, "KẾ HOẠCH");
  ASSERT_GT(issuer, 0);
  EXPECT_EQ(area, issuer + 1);
  EXPECT_LT(area, motto);
  EXPECT_LT(motto, date);
  EXPECT_LT(number, date);
  EXPECT_LT(date, title);
  EXPECT_NE(r.text.find("tăng trưởng kinh tế đạt 7,5%"), std::string::npos);
  // Page 2 starts at the line of its first heading.
  ASSERT_EQ(r.source.pages.size(), 2u);
  EXPECT_EQ(r.source.pages[0].page, 1);
  EXPECT_EQ(r.source.pages[0].first_line, 1);
  EXPECT_EQ(r.source.pages[1].page, 2);
  EXPECT_EQ(r.source.pages[1].first_line, line_of(r.text, "II. NHIỆM VỤ VÀ GIẢI PHÁP"));
  EXPECT_FALSE(r.source.pages[0].ocr_confidence);
  EXPECT_EQ(page_of_line(r.source, line_of(r.text, "Sở Nội vụ chủ trì")), 2);
  EXPECT_EQ(page_of_line(r.source, number), 1);
}

// An assignment table with ruled cells, each cell wrapped over lines and centred in its row:
// one row per line of text, so each task keeps its own units and time.
TEST(PdfReader, AnAssignmentTableGivesOneTaskPerRow) {
  const std::string spec = std::string(kHeader) +
      "II. NHIỆM VỤ CỤ THỂ\n"
      "T: STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Kết quả\n"
      "T: 1 | Xây dựng đề án phát triển nguồn nhân lực chất lượng cao giai đoạn 2026-2030 | Sở Nội vụ | "
      "Sở Giáo dục và Đào tạo; Sở Tài chính | Tháng 10/2026 | Đề án được phê duyệt\n"
      "T: 2 | Rà soát quy hoạch sử dụng đất cấp xã | Sở Nông nghiệp và Môi trường | Ủy ban nhân dân các xã, phường | "
      "Quý III/2026 | Báo cáo\n"
      "T: 3 | Tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp | Sở Tài chính | Các sở, ngành | Thường xuyên | "
      "Hội nghị\n";
  ReadOutcome r = read_document(make_pdf("table", "text", spec));
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_GT(line_of(r.text, "| 2 | Rà soát quy hoạch sử dụng đất cấp xã | Sở Nông nghiệp và Môi trường |"), 0) << r.text;
  Record rec = testing::project_extractor().extract(std::move(r));
  ASSERT_EQ(rec.tasks.size(), 3u);
  EXPECT_EQ(rec.tasks[0].lead, (std::vector<std::string>{"Sở Nội vụ"}));
  EXPECT_EQ(rec.tasks[0].support, (std::vector<std::string>{"Sở Giáo dục và Đào tạo", "Sở Tài chính"}));
  ASSERT_TRUE(rec.tasks[0].deadline);
  EXPECT_EQ(rec.tasks[0].deadline->end, "2026-10-31");
  EXPECT_EQ(rec.tasks[1].lead, (std::vector<std::string>{"Sở Nông nghiệp và Môi trường"}));
  EXPECT_EQ(rec.tasks[2].description.value_or("").rfind("Tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp", 0), 0u);
}

// A table that runs on to the next page without its title row there keeps its columns.
TEST(PdfReader, ATableContinuedOnTheNextPageKeepsItsColumns) {
  const std::string spec = std::string(kHeader) +
      "II. NHIỆM VỤ CỤ THỂ\n"
      "T: STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Kết quả\n"
      "T: 1 | Xây dựng đề án phát triển nguồn nhân lực chất lượng cao | Sở Nội vụ | Sở Tài chính | Tháng 10/2026 | Đề án\n"
      "T: 2 | Rà soát quy hoạch sử dụng đất cấp xã | Sở Nông nghiệp và Môi trường | Ủy ban nhân dân các xã | "
      "Quý III/2026 | Báo cáo\n"
      "=\n"
      "T: 3 | Tổ chức hội nghị xúc tiến đầu tư | Sở Tài chính | Các sở, ngành | Quý IV/2026 | Hội nghị\n"
      "T: 4 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Sở Khoa học và Công nghệ | Tháng 6/2026 | Dữ liệu\n";
  ReadOutcome r = read_document(make_pdf("table2", "text", spec));
  ASSERT_FALSE(r.error) << *r.error;
  Record rec = testing::project_extractor().extract(std::move(r));
  ASSERT_EQ(rec.tasks.size(), 4u);
  EXPECT_EQ(rec.tasks[2].lead, (std::vector<std::string>{"Sở Tài chính"}));
  EXPECT_EQ(rec.tasks[3].support, (std::vector<std::string>{"Sở Khoa học và Công nghệ"}));
  ASSERT_TRUE(rec.tasks[3].deadline);
  EXPECT_EQ(rec.tasks[3].deadline->end, "2026-06-30");
}

// Lines of one cell only beside a table's rows (a signature block: "Nơi nhận:" | "KT. CHỦ TỊCH")
// make no table: it needs three columns on two lines at least.
TEST(PdfLayout, TwoColumnsMakeNoTable) {
  std::vector<PdfWord> words = {word("Nơi", 85, 600, 105), word("nhận:", 108, 600, 140), word("KT.", 380, 600, 400),
                                word("CHỦ", 403, 600, 430), word("TỊCH", 433, 600, 460), word("-", 85, 616, 90),
                                word("Như", 93, 616, 115), word("trên;", 118, 616, 145), word("PHÓ", 380, 616, 405),
                                word("CHỦ", 408, 616, 435), word("TỊCH", 438, 616, 465)};
  auto lines = layout_page_lines(words, {595, 842, false});
  for (const auto& l : lines) EXPECT_EQ(l.find('|'), std::string::npos) << l;
}

TEST(PdfReader, SamePlanAsTextAndAsPdfGivesTheSameItems) {
  const auto& extractor = testing::project_extractor();
  Record from_pdf = extractor.extract(read_document(make_pdf("same", "text", two_page_spec())));
  Record from_text = extractor.extract(decode_document("same.txt", as_text()));
  ASSERT_FALSE(from_pdf.error);
  const DocumentHeader &a = from_pdf.document, &b = from_text.document;
  EXPECT_EQ(a.number, b.number);
  EXPECT_EQ(a.number, "148/KH-UBND");
  EXPECT_EQ(a.doc_type, b.doc_type);
  EXPECT_EQ(a.issuer, b.issuer);
  EXPECT_EQ(a.issued_date, b.issued_date);
  EXPECT_EQ(a.issued_date, "2024-03-15");
  EXPECT_EQ(a.title, b.title);
  // Items: equal but for line numbers (the PDF wraps paragraphs).
  auto refs = [](const Record& r) {
    std::vector<std::string> v;
    for (const auto& x : r.references) v.push_back(x.number + "|" + x.relation);
    return v;
  };
  auto targets = [](const Record& r) {
    std::vector<std::string> v;
    for (const auto& x : r.targets) v.push_back(std::to_string(x.value) + "|" + x.unit.value_or("") + "|" + x.indicator.value_or(""));
    return v;
  };
  auto deadlines = [](const Record& r) {
    std::vector<std::string> v;
    for (const auto& x : r.deadlines) v.push_back(x.text + "|" + x.end.value_or(""));
    return v;
  };
  auto tasks = [](const Record& r) {
    std::vector<std::string> v;
    for (const auto& t : r.tasks) {
      std::string s;
      for (const auto& l : t.lead) s += l + ";";
      s += "|";
      for (const auto& l : t.support) s += l + ";";
      v.push_back(s);
    }
    return v;
  };
  EXPECT_EQ(refs(from_pdf), refs(from_text));
  EXPECT_GE(from_pdf.references.size(), 2u);
  EXPECT_EQ(targets(from_pdf), targets(from_text));
  EXPECT_GE(from_pdf.targets.size(), 2u);
  EXPECT_EQ(deadlines(from_pdf), deadlines(from_text));
  EXPECT_GE(from_pdf.deadlines.size(), 2u);
  EXPECT_EQ(tasks(from_pdf), tasks(from_text));
  EXPECT_EQ(from_pdf.tasks.size(), 2u);
  // Provenance: every item's line is on the page the text puts it.
  for (const auto& d : from_pdf.deadlines) EXPECT_EQ(page_of_line(from_pdf.source, d.line), 2) << d.text;
}

// --- scans ---------------------------------------------------------------------------

TEST(PdfReader, ScannedPageIsOcrdWithItsConfidence) {
  fs::path pdf = make_pdf("scan", "scan", std::string(kHeader) + kPageOne);
  ReadOptions options;
  options.ocr_progress = false;
  ReadOutcome r = read_document(pdf, options);
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_TRUE(r.source.ocr);
  ASSERT_EQ(r.source.pages.size(), 1u);
  ASSERT_TRUE(r.source.pages[0].ocr_confidence);
  EXPECT_GT(*r.source.pages[0].ocr_confidence, 60);
  EXPECT_NE(r.text.find("148/KH-UBND"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("tỷ lệ hồ sơ thủ tục hành chính"), std::string::npos) << r.text;
  Record rec = testing::project_extractor().extract(r);
  EXPECT_EQ(rec.document.number, "148/KH-UBND");
  EXPECT_TRUE(rec.source.ocr);

  options.ocr = false;
  ReadOutcome off = read_document(pdf, options);
  ASSERT_TRUE(off.error);
  EXPECT_NE(off.error->find("OCR is off"), std::string::npos) << *off.error;
}

// --- bad PDFs ------------------------------------------------------------------------

TEST(PdfReader, EncryptedPdfIsRefusedWithTheReason) {
  ReadOutcome r = read_document(make_pdf("locked", "encrypted", two_page_spec()));
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->find("encrypted"), std::string::npos) << *r.error;
  EXPECT_EQ(r.source.format, "pdf");
}

TEST(PdfReader, PdfWithoutPagesAndGarbageAreErrors) {
  const std::string no_pages =
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
      "trailer << /Root 1 0 R >>\n%%EOF\n";
  ReadOutcome r = decode_document("empty.pdf", no_pages);
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->find("no pages"), std::string::npos) << *r.error;

  ReadOutcome g = decode_document("junk.pdf", "%PDF-1.7\n\x01\x02 this is not a PDF body at all");
  ASSERT_TRUE(g.error);
  EXPECT_NE(g.error->find("PDF"), std::string::npos) << *g.error;
}

TEST(PdfReader, TruncatedPdfIsReadAsFarAsItGoesOrRefused) {
  std::string bytes = testing::read_file(make_pdf("whole", "text", two_page_spec()));
  for (size_t keep : {bytes.size() / 2, bytes.size() - 40, size_t{200}}) {
    ReadOutcome r = decode_document("cut.pdf", std::string_view(bytes).substr(0, keep));
    if (r.error) {
      EXPECT_NE(r.error->find("PDF"), std::string::npos) << keep << ": " << *r.error;
    } else {
      EXPECT_FALSE(r.text.empty()) << keep;
      EXPECT_FALSE(r.source.pages.empty()) << keep;
    }
  }
}

TEST(PdfReader, CliExtractNamesTheBadFileAndGoesOn) {
  fs::path good = make_pdf("cli_good", "text", two_page_spec());
  fs::path locked = make_pdf("cli_locked", "encrypted", two_page_spec());
  int status = -1;
  std::string out = testing::run_cli("extract --no-ocr '" + locked.string() + "' '" + good.string() + "'", &status, true);
  EXPECT_EQ(status, 1);
  EXPECT_NE(out.find(locked.string() + ": encrypted PDF"), std::string::npos) << out;
  EXPECT_NE(out.find("\"148/KH-UBND\""), std::string::npos) << out;
}

}  // namespace
}  // namespace vnpolicy
