// Indicator tables as offices publish them in Word: a statistics form whose name column
// carries a long note in brackets, a header of two rows (a title merged over "Đơn vị tính |
// Số liệu"), and answers coded in the unit column ("Có = 1; Không = 0"). The DOCX is made
// at test time by python3-docx from the rows this file writes.
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

const Target* find(const std::vector<Target>& ts, double value) {
  for (const auto& t : ts)
    if (t.value == value) return &t;
  return nullptr;
}

TEST(IndicatorTableDocx, StatisticsFormWithBracketNoteAndTwoHeaderRows) {
  fs::path dir = fs::temp_directory_path() / ("vnpolicy-tabledocx-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "make.py") << kMakeDocx;
  // Debian's python3, where python3-docx lives.
  ASSERT_EQ(std::system(("/usr/bin/python3 '" + (dir / "make.py").string() + "' '" + (dir / "form.docx").string() + "'").c_str()), 0);
  ReadOutcome in = read_document(dir / "form.docx");
  fs::remove_all(dir);
  ASSERT_FALSE(in.error) << *in.error;
  auto ts = testing::project_extractor().extract(in).targets;
  ASSERT_EQ(ts.size(), 3u);  // the coded answer (Có = 1) is no figure
  ASSERT_TRUE(find(ts, 82));
  EXPECT_EQ(find(ts, 82)->indicator, "Số văn bản chỉ đạo đã ban hành");
  EXPECT_EQ(find(ts, 82)->unit, "Văn bản");
  EXPECT_EQ(find(ts, 82)->kind, "actual");  // "Số liệu", "Kết quả thống kê": what was done
  ASSERT_TRUE(find(ts, 97.5));
  EXPECT_EQ(find(ts, 97.5)->unit, "%");
  ASSERT_TRUE(find(ts, 25898));
  EXPECT_EQ(find(ts, 25898)->indicator, "Số lượng phiếu khảo sát");
  EXPECT_FALSE(find(ts, 1));
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
  ASSERT_TRUE(find(ts, 250));
  EXPECT_EQ(find(ts, 250)->indicator, "Xây dựng cơ sở dữ liệu dùng chung");
  EXPECT_EQ(find(ts, 250)->year, 2025);
  EXPECT_EQ(find(ts, 250)->unit, "triệu đồng");
  EXPECT_EQ(find(ts, 250)->kind, "target");
  EXPECT_EQ(find(ts, 45)->year, 2026);
  EXPECT_FALSE(find(ts, 2024));
}

}  // namespace
}  // namespace vnpolicy
