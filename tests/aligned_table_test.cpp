// Column-aligned tables (pdftotext -layout, portal text dumps): one row per line, cells
// apart by runs of spaces. They are read like TAB tables: indicator figures with their
// column's year and kind, assignment rows with lead, support and deadline.
#include <gtest/gtest.h>

#include "normalize/aligned_table.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 12/KH-UBND\n\nHà Giang, ngày 10 tháng 01 năm 2025\n\n"
    "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025\n\n";  // lines 1-10

TEST(AlignedTable, CellGapsBecomeTabsOnlyInBlocksOfRows) {
  EXPECT_EQ(tabs_for_aligned_tables("STT   Chỉ tiêu   Năm 2025\n 1    Tỷ lệ hộ nghèo   3,5\n\n 2    Tỷ lệ che phủ rừng   58\n"),
            "STT\tChỉ tiêu\tNăm 2025\n1\tTỷ lệ hộ nghèo\t3,5\n\n2\tTỷ lệ che phủ rừng\t58\n");
  // A form line, a date line, a formula: not three rows of a table.
  const std::string form = "- Điện thoại:      Fax:       Email:\nHà Nội, ngày    tháng    năm\nMột câu văn bình thường.\n";
  EXPECT_EQ(tabs_for_aligned_tables(form), form);
  // A header whose cells are not all words ("1  2  3") opens no table.
  const std::string numbers = "1    2    3\n4    5    6\n7    8    9\n";
  EXPECT_EQ(tabs_for_aligned_tables(numbers), numbers);
}

TEST(AlignedTable, IndicatorTableFigures) {
  auto ts = testing::project_extractor().extract_text(kPlan +
      "I. CÁC CHỈ TIÊU CHỦ YẾU\n"                                               // 11
      "STT   Chỉ tiêu                         ĐVT           Năm 2025    Năm 2030\n"  // 12
      " 1    Tốc độ tăng trưởng GRDP          %             7,5         8 - 8,5\n"   // 13
      " 2    GRDP bình quân đầu người         triệu đồng    65          ≥ 110\n"     // 14
      " 3    Tỷ lệ che phủ rừng               %             58          60\n"        // 15
      "\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n").targets;
  auto find = [&](double v) -> const Target* {
    for (const auto& t : ts)
      if (t.value == v) return &t;
    return nullptr;
  };
  ASSERT_TRUE(find(7.5));
  EXPECT_EQ(find(7.5)->indicator, "Tốc độ tăng trưởng GRDP");
  EXPECT_EQ(find(7.5)->year, 2025);
  EXPECT_EQ(find(7.5)->line, 13);
  ASSERT_TRUE(find(110));
  EXPECT_EQ(find(110)->comparator, "gte");
  EXPECT_EQ(find(110)->unit, "triệu đồng");
  EXPECT_EQ(find(110)->year, 2030);
  ASSERT_TRUE(find(60));
  EXPECT_EQ(find(60)->indicator, "Tỷ lệ che phủ rừng");
}

TEST(AlignedTable, AssignmentTableRows) {
  auto tasks = testing::project_extractor().extract_text(kPlan +
      "III. TỔ CHỨC THỰC HIỆN\n"                                                                          // 11
      "STT   Nhiệm vụ                                Cơ quan chủ trì       Cơ quan phối hợp    Thời gian hoàn thành\n"  // 12
      " 1    Xây dựng kho dữ liệu dùng chung         Sở Khoa học và Công nghệ   Các sở, ngành       Quý II/2026\n"        // 13
      " 2    Rà soát thủ tục hành chính              Sở Tư pháp            Văn phòng UBND tỉnh   Tháng 10/2025\n"     // 14
      ).tasks;
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(tasks[0].description, "Xây dựng kho dữ liệu dùng chung");
  ASSERT_EQ(tasks[0].lead.size(), 1u);
  EXPECT_EQ(tasks[0].lead[0], "Sở Khoa học và Công nghệ");
  ASSERT_TRUE(tasks[0].deadline.has_value());
  EXPECT_EQ(tasks[0].deadline->end, "2026-06-30");
  EXPECT_EQ(tasks[1].lead[0], "Sở Tư pháp");
  EXPECT_EQ(tasks[1].line, 14);
}

}  // namespace
}  // namespace vnpolicy
