// A place among the first N ("vào top 30", "thuộc 10 tỉnh dẫn đầu", "và 30 quốc gia hàng
// đầu") is an ordinal, no figure; a count beside it stays one.
#include <gtest/gtest.h>

#include "figures_support.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::figure_of_value;
using ::vnpolicy::testing::figures;

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: 12/KH-UBND\n\nBình An, ngày 10 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nPhát triển khoa học, công nghệ và đổi mới sáng tạo\n\nI. MỤC TIÊU\n";

TEST(TargetsRankTop, TopAndLeadingPlacesAreNoFigures) {
  auto ts = figures(kPlan +
                    "Đến năm 2030, phấn đấu đưa tỉnh vào top 10 địa phương về đổi mới sáng tạo, "
                    "thuộc 5 tỉnh dẫn đầu khu vực và có 300 doanh nghiệp khoa học và công nghệ.\n");
  EXPECT_FALSE(figure_of_value(ts, 10));
  EXPECT_FALSE(figure_of_value(ts, 5));
  ASSERT_TRUE(figure_of_value(ts, 300));
  EXPECT_EQ(figure_of_value(ts, 300)->kind, "target");
}

TEST(TargetsRankTop, CountWithoutRankCueStays) {
  auto ts = figures(kPlan + "Đến năm 2030, phấn đấu có 30 doanh nghiệp và 20 hợp tác xã ứng dụng công nghệ số.\n");
  EXPECT_TRUE(figure_of_value(ts, 30));
  EXPECT_TRUE(figure_of_value(ts, 20));
}

}  // namespace
}  // namespace vnpolicy
