// Indicator tables whose unit is written once, in a caption above the table ("ĐVT: tỷ
// đồng", "(Đơn vị tính: %)") instead of in a unit column: every figure whose row and cell
// name no unit takes the caption's.
#include <gtest/gtest.h>

#include "figures_support.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figure_of_value;
using testing::figures;


const std::string kReport =
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 300/BC-UBND\n\nHà Giang, ngày 10 tháng 12 năm 2024\n\n"
    "BÁO CÁO\nTình hình thực hiện dự toán ngân sách năm 2024\n\n";  // lines 1-10

TEST(IndicatorTableCaption, CaptionUnitAbovePipeTableWithoutUnitColumn) {
  auto ts = figures(kReport +
                    "Biểu 01. Thu ngân sách nhà nước năm 2024\n"                         // 11
                    "ĐVT: tỷ đồng\n\n"                                                   // 12-13
                    "| STT | Chỉ tiêu | Dự toán 2024 | Thực hiện 2024 |\n"                // 14
                    "|---|---|---|---|\n"                                                 // 15
                    "| 1 | Thu nội địa | 2.300 | 2.410 |\n"                                 // 16
                    "| 2 | Thu xuất nhập khẩu (triệu USD) | 120 | 131 |\n"                  // 17
                    "| 3 | Tỷ lệ điều tiết | 35% | 36% |\n");                               // 18
  ASSERT_EQ(ts.size(), 6u);
  ASSERT_TRUE(figure_of_value(ts, 2410));
  EXPECT_EQ(figure_of_value(ts, 2410)->unit, "tỷ đồng");
  EXPECT_EQ(figure_of_value(ts, 2410)->unit_base, "đồng");
  EXPECT_EQ(figure_of_value(ts, 2300)->kind, "target");
  EXPECT_EQ(figure_of_value(ts, 131)->unit, "triệu USD");  // the row names its own unit
  EXPECT_EQ(figure_of_value(ts, 36)->unit, "%");            // and so does the cell
}

TEST(IndicatorTableCaption, CaptionUnitInParenthesesAboveFlattenedTable) {
  auto ts = figures(kReport +
                    "(Đơn vị tính: %)\n"                                                  // 11
                    "STT\nChỉ tiêu\nKế hoạch\n2024\nThực hiện\n2024\n"                    // 12-17
                    "1\nTỷ lệ hộ nghèo\n12,5\n11,9\n"                                     // 18-21
                    "2\nTỷ lệ che phủ rừng\n58\n58,2\n"                                   // 22-25
                    "\nII. NHIỆM VỤ NĂM 2025\n\nTiếp tục thực hiện các chương trình mục tiêu.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(figure_of_value(ts, 11.9)->unit, "%");
  EXPECT_EQ(figure_of_value(ts, 11.9)->indicator, "Tỷ lệ hộ nghèo");
  EXPECT_EQ(figure_of_value(ts, 58.2)->unit, "%");
}

TEST(IndicatorTableCaption, CaptionThatNamesNoUnitAndUnitColumnsWin) {
  // "Đơn vị: Sở Tài chính" names who reports, not a unit; a unit column is the row's own.
  auto ts = figures(kReport +
                    "Đơn vị: Sở Tài chính\n\n"                                            // 11-12
                    "| STT | Chỉ tiêu | Năm 2024 |\n|---|---|---|\n"                       // 13-14
                    "| 1 | Số dự án được phê duyệt | 14 |\n\n"                             // 15-16
                    "ĐVT: tỷ đồng\n\n"                                                    // 17-18
                    "| STT | Chỉ tiêu | ĐVT | Năm 2024 |\n|---|---|---|---|\n"              // 19-20
                    "| 1 | Số doanh nghiệp thành lập mới | doanh nghiệp | 320 |\n");       // 21
  ASSERT_TRUE(figure_of_value(ts, 14));
  EXPECT_FALSE(figure_of_value(ts, 14)->unit.has_value());
  ASSERT_TRUE(figure_of_value(ts, 320));
  EXPECT_EQ(figure_of_value(ts, 320)->unit, "doanh nghiệp");
}

TEST(IndicatorTableCaption, TwoHeaderRowsFlattenedSplitTheYearAboveThem) {
  // "Năm hiện hành 2025" over "Dự toán | Ước thực hiện", a column of ratios between the
  // years, the row that numbers the columns ("4=3/2": a computed column) confirming the
  // seven columns; the caption wrapped over two lines in its corner.
  auto ts = figures(kReport +
                    "Đơn\nvị: Triệu đồng.\n"                                                       // 11-12
                    "STT\nNội dung\nNăm hiện hành 2025\nDự kiến dự toán năm 2026\n"                 // 13-16
                    "So sánh năm 2026 với ƯTH năm 2025\nDự kiến năm 2027\nDự toán\nƯớc thực hiện\n"  // 17-20
                    "A\nB\n1\n2\n3\n4=3/2\n5\n"                                                 // 21-27
                    "I\nThu nội địa\n9.400\n10.600\n10.630\n100,3\n10.170\n"                    // 28-34
                    "1\nThuế thu nhập cá nhân\n1.010\n1.150\n1.200\n104,3\n1.300\n"             // 35-41
                    "\nII. NHIỆM VỤ NĂM 2026\n\nTiếp tục thực hiện các chương trình mục tiêu.\n");
  ASSERT_EQ(ts.size(), 8u);  // the ratios 100,3 and 104,3 are no figures
  ASSERT_TRUE(figure_of_value(ts, 9400));
  EXPECT_EQ(figure_of_value(ts, 9400)->year, 2025);
  EXPECT_EQ(figure_of_value(ts, 9400)->kind, "target");
  EXPECT_EQ(figure_of_value(ts, 9400)->unit, "triệu đồng");
  EXPECT_EQ(figure_of_value(ts, 10600)->year, 2025);
  EXPECT_EQ(figure_of_value(ts, 10600)->kind, "actual");
  EXPECT_EQ(figure_of_value(ts, 10600)->comparator, "approx");
  EXPECT_EQ(figure_of_value(ts, 10630)->year, 2026);
  EXPECT_EQ(figure_of_value(ts, 10170)->year, 2027);
  EXPECT_EQ(figure_of_value(ts, 1300)->indicator, "Thuế thu nhập cá nhân");
  EXPECT_EQ(figure_of_value(ts, 1300)->line, 41);
  EXPECT_FALSE(figure_of_value(ts, 100.3));
}

TEST(IndicatorTableCaption, TwoHeaderRowsThatDoNotAddUpAreRefused) {
  // Without the row numbering the columns nothing confirms which title the second row
  // splits; with two titles that could be split, neither is chosen.
  const std::string rows = "1\nThu nội địa\n9.400\n10.600\n10.630\n10.170\n"
                           "2\nThu xổ số kiến thiết\n300\n320\n330\n340\n"
                           "\nII. NHIỆM VỤ NĂM 2026\n\nTiếp tục thực hiện các chương trình mục tiêu.\n";
  auto unnumbered = figures(kReport + "STT\nNội dung\nNăm 2025\nDự kiến năm 2026\nDự kiến năm 2027\nDự toán\nƯớc thực hiện\n" + rows);
  EXPECT_FALSE(figure_of_value(unnumbered, 10600));
  EXPECT_FALSE(figure_of_value(unnumbered, 320));
  auto two_groups = figures(kReport + "STT\nNội dung\nNăm 2025\nNăm 2026\nDự toán\nƯớc thực hiện\nA\nB\n1\n2\n3\n4\n" + rows);
  EXPECT_FALSE(figure_of_value(two_groups, 10600));
  EXPECT_FALSE(figure_of_value(two_groups, 320));
}

TEST(IndicatorTableCaption, CountColumnsAndRowsDoNotTakeTheCaptionsMoneyUnit) {
  // "Đơn vị tính: đồng" is the unit of the sums; a column or row that counts persons or
  // things ("Số học viên 2025", "Số lượng", "Số người …") keeps its own noun, or none.
  auto ts = figures(kReport +
                    "Bảng kinh phí đào tạo\n"                                                     // 11
                    "Đơn vị tính: đồng\n\n"                                                      // 12-13
                    "| STT | Nội dung đào tạo | Số học viên 2025 | Thành tiền 2025 |\n"              // 14
                    "| 1 | Tin học căn bản | 12 | 1.800.000 |\n"                                    // 15
                    "| 2 | Khai thác cơ sở dữ liệu | 15 | 2.700.000 |\n\n"                        // 16
                    "Đơn vị tính: đồng\n\n"
                    "| STT | Chỉ tiêu | Kế hoạch 2025 |\n"
                    "| 1 | Số người được bồi dưỡng | 40 |\n"
                    "| 2 | Số lượng phiếu khảo sát | 77 |\n"
                    "| 3 | Số tiền hỗ trợ | 5.000.000 |\n"
                    "| 4 | Số liệu chi thường xuyên | 900.000 |\n");
  ASSERT_TRUE(figure_of_value(ts, 12));
  EXPECT_EQ(figure_of_value(ts, 12)->unit, "học viên");
  EXPECT_EQ(figure_of_value(ts, 12)->year, 2025);
  EXPECT_EQ(figure_of_value(ts, 1800000)->unit, "đồng");
  ASSERT_TRUE(figure_of_value(ts, 40));
  EXPECT_EQ(figure_of_value(ts, 40)->unit, "người");
  ASSERT_TRUE(figure_of_value(ts, 77));
  EXPECT_EQ(figure_of_value(ts, 77)->unit, "phiếu");     // the counted noun, not "đồng"
  EXPECT_EQ(figure_of_value(ts, 5000000)->unit, "đồng");  // "Số tiền" is a sum of money
  EXPECT_EQ(figure_of_value(ts, 900000)->unit, "đồng");
}

}  // namespace
}  // namespace vnpolicy
