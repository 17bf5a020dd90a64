// Statistics tables of reports: a group title ("Kết quả thống kê") over "Đơn vị tính | Số
// liệu" joins each sub-title when the two title rows are read as one, and the unit column
// stays the unit column.
#include <gtest/gtest.h>

#include "figures_support.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figure_of_value;
using testing::figures;

const std::string kReport =
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: 45/BC-UBND\n\nBình An, ngày 15 tháng 11 năm 2025\n\n"
    "BÁO CÁO\nKết quả cải cách hành chính năm 2025\n\n";  // lines 1-10

TEST(IndicatorTableGroup, GroupTitleOverUnitAndFigure) {
  auto ts = figures(kReport +
                    "| STT | Chỉ tiêu thống kê | Kết quả thống kê | | Ghi chú |\n"       // 11
                    "| | | Đơn vị tính | Số liệu | |\n"                                   // 12
                    "| 1. | Số văn bản chỉ đạo đã ban hành | Văn bản | 82 | |\n"          // 13
                    "| 2. | Tỷ lệ hoàn thành kế hoạch | % | 96 | |\n");                   // 14
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(figure_of_value(ts, 82)->unit, "Văn bản");
  EXPECT_EQ(figure_of_value(ts, 82)->kind, "actual");
  EXPECT_EQ(figure_of_value(ts, 96)->unit, "%");
  EXPECT_EQ(figure_of_value(ts, 96)->indicator, "Tỷ lệ hoàn thành kế hoạch");
}

TEST(IndicatorTableGroup, TitlesJoinedInOneRow) {
  auto ts = figures(kReport +
                    "| STT | Chỉ tiêu thống kê | Kết quả thống kê Đơn vị tính | Số liệu | Ghi chú |\n"  // 11
                    "| 1. | Số văn bản chỉ đạo đã ban hành | Văn bản | 82 | |\n");                          // 12
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].unit, "Văn bản");
  EXPECT_EQ(ts[0].year, 2025);
}

// "Chỉ tiêu" over "Lĩnh vực | Tên chỉ tiêu", or a first name column titled by its groups: the
// group cells ("Kinh tế") name no row; the indicator's own column does.
TEST(IndicatorTableGroup, AGroupsNameColumnGivesWayToTheIndicators) {
  auto ts = figures(kReport +
                    "| Chỉ tiêu | | Đơn vị tính | Năm 2025 |\n"                          // 11
                    "| Lĩnh vực | Tên chỉ tiêu | | |\n"                                  // 12
                    "| Kinh tế | Tốc độ tăng trưởng kinh tế | % | 8,2 |\n"                // 13
                    "| | Thu nhập bình quân đầu người | triệu đồng | 75 |\n\n"           // 14
                    "| STT | Chỉ tiêu theo lĩnh vực | Chỉ tiêu | Đơn vị tính | Năm 2025 |\n"  // 16
                    "| 1 | Xã hội | Tỷ lệ hộ nghèo | % | 2,1 |\n");                        // 17
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(figure_of_value(ts, 8.2)->indicator, "Tốc độ tăng trưởng kinh tế");
  EXPECT_EQ(figure_of_value(ts, 75)->indicator, "Thu nhập bình quân đầu người");
  EXPECT_EQ(figure_of_value(ts, 2.1)->indicator, "Tỷ lệ hộ nghèo");
}

}  // namespace
}  // namespace vnpolicy
