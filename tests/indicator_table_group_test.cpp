// Group rows inside indicator tables: a row of one cell ("Năm 2026", "Giai đoạn 2027-2028",
// "Mục tiêu đến năm 2030") gives the year of the figures under it whose column names none.
// In Word the group row is one cell merged across the table; the reader keeps it in the
// table so the rows under it keep their titles. The DOCX is made at test time by
// python3-docx from the rows this file writes.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "read/document_reader.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

namespace fs = std::filesystem;

const char* kMakeDocx = R"PY(
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

const Target* find(const std::vector<Target>& ts, double value) {
  for (const auto& t : ts)
    if (t.value == value) return &t;
  return nullptr;
}

TEST(IndicatorTableGroup, MergedGroupRowsInDocxGiveTheYearOfTheRowsUnderThem) {
  fs::path dir = fs::temp_directory_path() / ("vnpolicy-tablegroup-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "make.py") << kMakeDocx;
  // Debian's python3, where python3-docx lives.
  ASSERT_EQ(std::system(("/usr/bin/python3 '" + (dir / "make.py").string() + "' '" + (dir / "plan.docx").string() + "'").c_str()), 0);
  ReadOutcome in = read_document(dir / "plan.docx");
  fs::remove_all(dir);
  ASSERT_FALSE(in.error) << *in.error;
  // A short merged row stays a row of the table; a long one (the note) is a paragraph.
  EXPECT_NE(in.text.find("| Năm 2026 |  |  |  |\n| 1 |"), std::string::npos) << in.text;
  EXPECT_NE(in.text.find("\n\nGhi chú: số liệu"), std::string::npos) << in.text;
  auto ts = testing::project_extractor().extract(in).targets;
  ASSERT_EQ(ts.size(), 4u);  // the rows after a group row keep the table's titles
  ASSERT_TRUE(find(ts, 3.5));
  EXPECT_EQ(find(ts, 3.5)->year, 2026);
  EXPECT_EQ(find(ts, 3.5)->indicator, "Tỷ lệ hộ nghèo");
  ASSERT_TRUE(find(ts, 450));
  EXPECT_EQ(find(ts, 450)->year, 2026);
  EXPECT_EQ(find(ts, 450)->unit, "doanh nghiệp");
  ASSERT_TRUE(find(ts, 58.5));
  EXPECT_EQ(find(ts, 58.5)->year, 2028);  // a period gives its last year
  ASSERT_TRUE(find(ts, 42));
  EXPECT_EQ(find(ts, 42)->year, 2030);
  EXPECT_EQ(find(ts, 42)->kind, "target");
}

TEST(IndicatorTableGroup, GroupRowsOfTextTableAndColumnsThatNameTheirYear) {
  // A column that names its year keeps it; a group row without a year ("II. Xã hội") leaves
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
  ASSERT_TRUE(find(ts, 8));
  EXPECT_EQ(find(ts, 8)->year, 2026);
  EXPECT_EQ(find(ts, 8)->kind, "target");
  ASSERT_TRUE(find(ts, 7.1));
  EXPECT_EQ(find(ts, 7.1)->year, 2025);  // its column's year
  EXPECT_EQ(find(ts, 7.1)->kind, "actual");
  ASSERT_TRUE(find(ts, 72));
  EXPECT_EQ(find(ts, 72)->year, 2026);
  ASSERT_TRUE(find(ts, 95));
  EXPECT_EQ(find(ts, 95)->year, 2028);
  EXPECT_EQ(find(ts, 95)->unit, "xã");
}

}  // namespace
}  // namespace vnpolicy
