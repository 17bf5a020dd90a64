// Index tables of reports (PCI, PAPI, PAR INDEX) printed as PDF: a group title per province or
// year over "Điểm số | Thứ hạng" bridges the white strip between its two columns, and names
// wrap in their cell with the row's values centred beside them. The reader gives one "|" row
// per table row, a column per score and rank, so the scores are read as figures and the
// ranks as ordinals.
#include <gtest/gtest.h>

#include "core/text.h"
#include "figures_support.h"
#include "pdf_fixture.h"
#include "read/document_reader.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figure_of_value;
using testing::make_pdf;

const char* kReportHeader =
    "L: ỦY BAN NHÂN DÂN\n"
    "R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "L: TỈNH BÌNH AN\n"
    "R: Độc lập - Tự do - Hạnh phúc\n"
    "L: Số: 45/BC-UBND\n"
    "R: Bình An, ngày 15 tháng 11 năm 2025\n"
    "C: BÁO CÁO\n"
    "C: Kết quả chỉ số năng lực cạnh tranh cấp tỉnh\n";

bool has_line(const std::string& text, std::string_view needle) {
  for (auto l : split(text, '\n'))
    if (l.find(needle) != std::string_view::npos) return true;
  return false;
}

TEST(PdfIndexTable, ProvinceGroupsOverScoreAndRankGiveTheScores) {
  const std::string spec = std::string(kReportHeader) +
      "1. Các chỉ số thành phần PCI năm 2024 của tỉnh so với các tỉnh lân cận như sau:\n"
      "W: 0.34 0.11 0.11 0.11 0.11 0.11 0.11\n"
      "T: Chỉ số thành phần | Bình An | < | Bình Minh | < | Bình Sơn | <\n"
      "T: | Điểm số | Thứ hạng | Điểm số | Thứ hạng | Điểm số | Thứ hạng\n"
      "T: Chi phí gia nhập thị trường | 6,74 | 58 | 7,68 | 38 | 8,78 | 2\n"
      "T: Tiếp cận đất đai | 5,90 | 41 | 6,12 | 30 | 7,05 | 5\n"
      "T: Chi phí không chính thức | 7,15 | 19 | 6,03 | 44 | 7,72 | 8\n";
  ReadOutcome r = read_document(make_pdf("pci_provinces", "text", spec));
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_TRUE(has_line(r.text, "| Chỉ số thành phần | Bình An |  | Bình Minh |  | Bình Sơn |  |")) << r.text;
  EXPECT_TRUE(has_line(r.text, "| Chi phí gia nhập thị trường | 6,74 | 58 | 7,68 | 38 | 8,78 | 2 |")) << r.text;
  Record rec = testing::project_extractor().extract(std::move(r));
  EXPECT_EQ(rec.targets.size(), 9u);
  const Target* t = figure_of_value(rec.targets, 7.68);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->indicator, "Chi phí gia nhập thị trường");
  EXPECT_EQ(t->kind, "actual");
  EXPECT_EQ(t->year, 2024);  // the heading's year: the groups are provinces
  ASSERT_TRUE(figure_of_value(rec.targets, 6.03));
  EXPECT_EQ(figure_of_value(rec.targets, 6.03)->indicator, "Chi phí không chính thức");
  EXPECT_FALSE(figure_of_value(rec.targets, 58));  // ranks are ordinals
  EXPECT_FALSE(figure_of_value(rec.targets, 44));
}

TEST(PdfIndexTable, YearGroupsGiveEachScoreItsYearAndWrappedNamesStayWhole) {
  const std::string spec = std::string(kReportHeader) +
      "1. Kết quả các chỉ số thành phần của tỉnh qua các năm:\n"
      "W: 0.34 0.11 0.11 0.11 0.11 0.11 0.11\n"
      "T: Chỉ số thành phần | Năm 2022 | < | Năm 2023 | < | Năm 2024 | <\n"
      "T: | Điểm số | Thứ hạng | Điểm số | Thứ hạng | Điểm số | Thứ hạng\n"
      "T: Tính năng động và tiên phong của chính quyền tỉnh | 6,12 | 33 | 6,45 | 21 | 6,90 | 9\n"
      "T: Đào tạo lao động | 5,80 | 40 | 6,02 | 35 | 6,31 | 27\n";
  ReadOutcome r = read_document(make_pdf("pci_years", "text", spec));
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_TRUE(has_line(r.text, "| Tính năng động và tiên phong của chính quyền tỉnh | 6,12 | 33 | 6,45 | 21 | 6,90 | 9 |"))
      << r.text;
  Record rec = testing::project_extractor().extract(std::move(r));
  EXPECT_EQ(rec.targets.size(), 6u);
  ASSERT_TRUE(figure_of_value(rec.targets, 6.45));
  EXPECT_EQ(figure_of_value(rec.targets, 6.45)->year, 2023);
  EXPECT_EQ(figure_of_value(rec.targets, 6.45)->indicator, "Tính năng động và tiên phong của chính quyền tỉnh");
  ASSERT_TRUE(figure_of_value(rec.targets, 5.8));
  EXPECT_EQ(figure_of_value(rec.targets, 5.8)->year, 2022);
  EXPECT_EQ(figure_of_value(rec.targets, 6.31)->year, 2024);
  EXPECT_FALSE(figure_of_value(rec.targets, 27));
}

// A table of one line per row keeps a row per line.
TEST(PdfIndexTable, EvenlySpacedRowsStayOneRowEach) {
  const std::string spec = std::string(kReportHeader) +
      "T: Chỉ tiêu | Năm 2024 | Năm 2025\n"
      "T: Tỷ lệ hồ sơ trực tuyến (%) | 62 | 80\n"
      "T: | Trong đó cấp xã | 55\n"
      "T: Tỷ lệ số hóa hồ sơ (%) | 70 | 90\n";
  ReadOutcome r = read_document(make_pdf("even_rows", "text", spec));
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_TRUE(has_line(r.text, "| Tỷ lệ hồ sơ trực tuyến (%) | 62 | 80 |")) << r.text;
  EXPECT_TRUE(has_line(r.text, "| Tỷ lệ số hóa hồ sơ (%) | 70 | 90 |")) << r.text;
}

}  // namespace
}  // namespace vnpolicy
