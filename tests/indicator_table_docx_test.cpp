// Indicator tables as offices publish them in Word: a statistics form whose name column
// carries a long note in brackets, a header of two rows (a title merged over "Đơn vị tính |
// Số liệu"), and answers coded in the unit column ("Có = 1; Không = 0"). The DOCX is made
// at test time by python3-docx from the rows this file writes. Group rows ("Năm 2026") give
// the year of the rows under them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "read/document_reader.h"
#include "figures_support.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

namespace fs = std::filesystem;
using testing::figure_of_value;

const char* kMakeDocx = R"PY(
import sys
from docx import Document
d = Document()
d.add_paragraph("BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH")
d.add_paragraph("Biểu mẫu 1. Công tác chỉ đạo điều hành")
note = "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)"
rows = [("STT", note, "Kết quả thống kê", "", "Ghi chú"),
        ("STT", note, "Đơn vị tính", "Số liệu", "Ghi chú"),
        ("1.", "Số văn bản chỉ đạo đã ban hành", "Văn bản", "82", ""),
        ("2.", "Tỷ lệ hoàn thành kế hoạch năm", "%", "97,5", ""),
        ("3.", "Khảo sát sự hài lòng của người dân", "Có = 1; Không = 0", "1", ""),
        ("4.", "Số lượng phiếu khảo sát", "Phiếu", "25.898", "")]
t = d.add_table(rows=len(rows), cols=5)
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        if v: t.cell(i, j).text = v
t.cell(0, 2).merge(t.cell(0, 3))
t.cell(0, 2).text = "Kết quả thống kê"
for j in (0, 1, 4):
    t.cell(0, j).merge(t.cell(1, j))
d.save(sys.argv[1])
)PY";


// The DOCX `script` makes (python3-docx), as the reader reads it.
ReadOutcome read_made_docx(const char* script) {
  fs::path dir = fs::temp_directory_path() / ("vnpolicy-tabledocx-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "make.py") << script;
  // Debian's python3, where python3-docx lives.
  int rc = std::system(("/usr/bin/python3 '" + (dir / "make.py").string() + "' '" + (dir / "made.docx").string() + "'").c_str());
  ReadOutcome in;
  if (rc == 0) in = read_document(dir / "made.docx");
  else in.error = "python3-docx failed to make the fixture";
  fs::remove_all(dir);
  return in;
}

TEST(IndicatorTableDocx, StatisticsFormWithBracketNoteAndTwoHeaderRows) {
  ReadOutcome in = read_made_docx(kMakeDocx);
  ASSERT_FALSE(in.error) << *in.error;
  auto ts = testing::project_extractor().extract(in).targets;
  ASSERT_EQ(ts.size(), 3u);  // the coded answer (Có = 1) is no figure
  ASSERT_TRUE(figure_of_value(ts, 82));
  EXPECT_EQ(figure_of_value(ts, 82)->indicator, "Số văn bản chỉ đạo đã ban hành");
  EXPECT_EQ(figure_of_value(ts, 82)->unit, "Văn bản");
  EXPECT_EQ(figure_of_value(ts, 82)->kind, "actual");  // "Số liệu", "Kết quả thống kê": what was done
  ASSERT_TRUE(figure_of_value(ts, 97.5));
  EXPECT_EQ(figure_of_value(ts, 97.5)->unit, "%");
  ASSERT_TRUE(figure_of_value(ts, 25898));
  EXPECT_EQ(figure_of_value(ts, 25898)->indicator, "Số lượng phiếu khảo sát");
  EXPECT_FALSE(figure_of_value(ts, 1));
}

TEST(IndicatorTableDocx, YearsUnderSpanningTitleAreTitlesNotFigures) {
  // "Kinh phí dự kiến" spans three columns; the row under it gives each its year (and a
  // group heading in the name column), so the figures take those years.
  auto ts = testing::project_extractor()
                .extract_text("BẢNG 1. KẾ HOẠCH TỔNG THỂ GIAI ĐOẠN 2024-2026\n\n(Đơn vị tính: triệu đồng)\n\n"
                              "| Số TT | Nội dung (Tên các dự án và các hoạt động khác) | Kết quả dự kiến | Kinh phí dự kiến |  |  |\n"
                              "|  | A. QUẢN LÝ NGHIỆP VỤ |  | 2024 | 2025 | 2026 |\n"
                              "| 1 | Xây dựng cơ sở dữ liệu dùng chung | Hình thành kho dữ liệu | 100 | 250 | 350 |\n"
                              "| 2 | Đào tạo kỹ năng số | Cán bộ được đào tạo |  | 35 | 45 |\n")
                .targets;
  ASSERT_EQ(ts.size(), 5u);
  ASSERT_TRUE(figure_of_value(ts, 250));
  EXPECT_EQ(figure_of_value(ts, 250)->indicator, "Xây dựng cơ sở dữ liệu dùng chung");
  EXPECT_EQ(figure_of_value(ts, 250)->year, 2025);
  EXPECT_EQ(figure_of_value(ts, 250)->unit, "triệu đồng");
  EXPECT_EQ(figure_of_value(ts, 250)->kind, "target");
  EXPECT_EQ(figure_of_value(ts, 45)->year, 2026);
  EXPECT_FALSE(figure_of_value(ts, 2024));
}

// Group rows: a row of one cell ("Năm 2026", "Giai đoạn 2027-2028", "Mục tiêu đến năm
// 2030") gives the year of the figures under it whose column names none. In Word it is one
// cell merged across the table; the reader keeps it in the table so the rows under it keep
// their titles.
const char* kMakeGroupDocx = R"PY(
import sys
from docx import Document
d = Document()
d.add_paragraph("Phụ lục. CÁC CHỈ TIÊU CHỦ YẾU")
rows = [("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"),
        ("Năm 2026",),
        ("1", "Tỷ lệ hộ nghèo", "%", "3,5"),
        ("2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "450"),
        ("Giai đoạn 2027-2028",),
        ("3", "Tỷ lệ che phủ rừng", "%", "58,5"),
        ("Mục tiêu đến năm 2030",),
        ("4", "Tỷ lệ đô thị hóa", "%", "42"),
        ("Ghi chú: số liệu của các chỉ tiêu trên được tổng hợp từ báo cáo của các sở, ngành và "
         "Ủy ban nhân dân các huyện, thị xã, thành phố gửi về trước ngày 15 tháng 12 hằng năm.",)]
t = d.add_table(rows=len(rows), cols=4)
for i, r in enumerate(rows):
    if len(r) == 1:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        c.text = r[0]
        continue
    for j, v in enumerate(r):
        t.cell(i, j).text = v
d.save(sys.argv[1])
)PY";

TEST(IndicatorTableGroup, MergedGroupRowsInDocxGiveTheYearOfTheRowsUnderThem) {
  ReadOutcome in = read_made_docx(kMakeGroupDocx);
  ASSERT_FALSE(in.error) << *in.error;
  // A short merged row stays a row of the table; a long one (the note) is a paragraph.
  EXPECT_NE(in.text.find("| Năm 2026 |  |  |  |\n| 1 |"), std::string::npos) << in.text;
  EXPECT_NE(in.text.find("\n\nGhi chú: số liệu"), std::string::npos) << in.text;
  auto ts = testing::project_extractor().extract(in).targets;
  ASSERT_EQ(ts.size(), 4u);  // the rows after a group row keep the table's titles
  ASSERT_TRUE(figure_of_value(ts, 3.5));
  EXPECT_EQ(figure_of_value(ts, 3.5)->year, 2026);
  EXPECT_EQ(figure_of_value(ts, 3.5)->indicator, "Tỷ lệ hộ nghèo");
  ASSERT_TRUE(figure_of_value(ts, 450));
  EXPECT_EQ(figure_of_value(ts, 450)->year, 2026);
  EXPECT_EQ(figure_of_value(ts, 450)->unit, "doanh nghiệp");
  ASSERT_TRUE(figure_of_value(ts, 58.5));
  EXPECT_EQ(figure_of_value(ts, 58.5)->year, 2028);  // a period gives its last year
  ASSERT_TRUE(figure_of_value(ts, 42));
  EXPECT_EQ(figure_of_value(ts, 42)->year, 2030);
  EXPECT_EQ(figure_of_value(ts, 42)->kind, "target");
}

TEST(IndicatorTableGroup, GroupRowsOfTextTableAndColumnsThatNameTheirYear) {
  // A column that names its year keeps it; a section row without a year ("II | Xã hội") leaves
  // the group's year in force; a row that holds a figure is no group row.
  auto ts = testing::project_extractor()
                .extract_text("BIỂU CHỈ TIÊU KẾ HOẠCH\n\n"
                              "| STT | Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Kế hoạch |\n"
                              "|  | Năm 2026 |  |  |  |\n"
                              "| 1 | Tốc độ tăng trưởng kinh tế | % | 7,1 | 8,0 |\n"
                              "| II | Xã hội |  |  |  |\n"
                              "| 2 | Tỷ lệ lao động qua đào tạo | % | 70 | 72 |\n"
                              "|  | Giai đoạn 2026 - 2028 |  |  |  |\n"
                              "| 3 | Số xã đạt chuẩn nông thôn mới | xã |  | 95 |\n")
                .targets;
  ASSERT_EQ(ts.size(), 5u);
  ASSERT_TRUE(figure_of_value(ts, 8));
  EXPECT_EQ(figure_of_value(ts, 8)->year, 2026);
  EXPECT_EQ(figure_of_value(ts, 8)->kind, "target");
  ASSERT_TRUE(figure_of_value(ts, 7.1));
  EXPECT_EQ(figure_of_value(ts, 7.1)->year, 2025);  // its column's year
  EXPECT_EQ(figure_of_value(ts, 7.1)->kind, "actual");
  ASSERT_TRUE(figure_of_value(ts, 72));
  EXPECT_EQ(figure_of_value(ts, 72)->year, 2026);
  ASSERT_TRUE(figure_of_value(ts, 95));
  EXPECT_EQ(figure_of_value(ts, 95)->year, 2028);
  EXPECT_EQ(figure_of_value(ts, 95)->unit, "xã");
}

}  // namespace
}  // namespace vnpolicy
