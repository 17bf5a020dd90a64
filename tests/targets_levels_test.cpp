// Caps and levels a text sets on a spending rate for a named year or period are targets, even in a
// normative text or a section of rates; fee schedules, prices and shares set for good are not.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figures;

const std::string kResolutionHead =
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/2026/UBTVQH15\nHà Nội, ngày 10 tháng 7 năm 2026\n\nNGHỊ QUYẾT\n"
    "Về mức chi phí quản lý quỹ bảo hiểm giai đoạn 2026 - 2028\n\n";

TEST(TargetsLevels, ACapOnASpendingRateForAPeriodAndItsYearsIsATarget) {
  auto t = figures(kResolutionHead +
                   "Điều 1. Mức chi phí quản lý quỹ bảo hiểm giai đoạn 2026 - 2028\n\n"
                   "1. Mức chi phí quản lý quỹ bảo hiểm bình quân giai đoạn 2026 - 2028 tối đa 1,5% dự toán thu; "
                   "trong đó, năm 2026 tối đa 1,6%, năm 2027 tối đa 1,5% và năm 2028 tối đa 1,4%.\n\n"
                   "2. Tổ chức thu được để lại 85% số tiền thu được.\n");
  ASSERT_EQ(t.size(), 4u);
  const double values[] = {1.5, 1.6, 1.5, 1.4};
  const int years[] = {2028, 2026, 2027, 2028};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_DOUBLE_EQ(t[i].value, values[i]);
    EXPECT_EQ(t[i].kind, "target");
    EXPECT_EQ(t[i].comparator, "lte");
    EXPECT_EQ(t[i].year, years[i]);
  }
  // The measure is named, and the years of the breakdown carry it.
  ASSERT_TRUE(t[0].indicator.has_value());
  EXPECT_NE(t[0].indicator->find("Mức chi phí quản lý quỹ bảo hiểm"), std::string::npos) << *t[0].indicator;
  for (size_t i = 1; i < 4; ++i) {
    ASSERT_TRUE(t[i].indicator.has_value()) << t[i].text;
    EXPECT_NE(t[i].indicator->find("Mức chi phí quản lý quỹ bảo hiểm"), std::string::npos) << *t[i].indicator;
  }
}

TEST(TargetsLevels, ALevelForOneYearIsATargetOfThatYear) {
  auto t = figures(kResolutionHead + "Điều 1. Mức chi phí quản lý\n\nNăm 2026, mức chi phí quản lý bằng 1,7% dự toán thu.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_DOUBLE_EQ(t[0].value, 1.7);
  EXPECT_EQ(t[0].comparator, "eq");
  EXPECT_EQ(t[0].year, 2026);
  EXPECT_EQ(t[0].kind, "target");
}

TEST(TargetsLevels, FeesPricesAndSharesSetForGoodStayOut) {
  const std::string head =
      "BỘ TÀI CHÍNH\nSố: 45/2026/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2026\n\nTHÔNG TƯ\n"
      "Quy định mức thu, chế độ thu, nộp phí thẩm định\n\n";
  // A fee for a year is a schedule; a price per act is no rate; a share with no period is a rule.
  EXPECT_TRUE(figures(head + "Điều 3. Mức thu phí\n\nTrong năm 2026, mức thu phí bằng 50% mức thu quy định tại Biểu phí.\n").empty());
  EXPECT_TRUE(figures(head + "Điều 4. Mức thu\n\nMức thu năm 2026 là 200.000 đồng/lần/người.\n").empty());
  EXPECT_TRUE(figures(head + "Điều 5. Quản lý phí\n\nTổ chức thu phí được để lại 85% số tiền phí thu được.\n").empty());
  // A rate set from a year on, with no period of its own, stays a rule.
  EXPECT_TRUE(figures(head + "Điều 6. Chi phí\n\nTừ năm 2026, mức chi phí quản lý bằng 1,7% số thu.\n").empty());
}

TEST(TargetsLevels, OutsideANormativeTextARateSectionKeepsOnlyItsCapsForAYear) {
  const std::string head =
      "ỦY BAN NHÂN DÂN\nTỈNH NAM HÀ\nSố: 88/KH-UBND\nNam Hà, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
      "Thực hiện dự toán năm 2026\n\nII. MỨC CHI\n\n";
  auto t = figures(head + "1. Mức chi hỗ trợ là 500.000 đồng/người.\n\n"
                          "2. Mức chi quản lý năm 2026 không quá 3% tổng dự toán.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_DOUBLE_EQ(t[0].value, 3);
  EXPECT_EQ(t[0].comparator, "lte");
  EXPECT_EQ(t[0].year, 2026);
}

}  // namespace
}  // namespace vnpolicy
