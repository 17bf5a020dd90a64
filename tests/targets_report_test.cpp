// Figures in a report: part/whole pairs written with thousands groups or decimals and the share
// that follows them, a score over its scale, clock times and a building's storeys (no figures),
// and what a report says must be or is planned (goals, not results).
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::figures;

const std::string kReport = "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 15/BC-UBND\n\nBÁO CÁO\nKết quả công tác năm 2024\n\n";

TEST(TargetsReport, PairWithThousandsGroupsGivesTwoFiguresAndTheShareTakesItsIndicator) {
  auto ts = figures(kReport + "1. Năm 2024, toàn tỉnh sử dụng 9.548/9.976 biên chế công chức, đạt 95,7%.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_DOUBLE_EQ(ts[0].value, 9548);
  EXPECT_DOUBLE_EQ(ts[1].value, 9976);
  EXPECT_EQ(ts[1].unit, "biên chế");
  EXPECT_DOUBLE_EQ(ts[2].value, 95.7);
  EXPECT_EQ(ts[2].unit, "%");
  EXPECT_EQ(ts[2].indicator, ts[0].indicator);
  EXPECT_EQ(ts[2].kind, "actual");
}

TEST(TargetsReport, PairWithDecimalsGivesTwoFiguresWithTheUnit) {
  auto ts = figures(kReport + "1. Năm 2024, giải ngân vốn đầu tư công 698,445/871,321 triệu đồng, đạt 80,2%.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_DOUBLE_EQ(ts[0].value, 698.445);
  EXPECT_EQ(ts[0].unit, "triệu đồng");
  EXPECT_DOUBLE_EQ(ts[1].value, 871.321);
  EXPECT_EQ(ts[1].unit, "triệu đồng");
  ASSERT_TRUE(ts[2].indicator.has_value());
  EXPECT_EQ(*ts[2].indicator, "giải ngân vốn đầu tư công");
}

// "vượt 21,3% kế hoạch" after a pair is the change over the plan, named by its own verb.
TEST(TargetsReport, ChangeAfterAPairKeepsItsOwnVerb) {
  auto ts = figures(kReport + "1. Năm 2024, vận động Quỹ được 12.375,3/10.200 triệu đồng, vượt 21,3% kế hoạch.\n");
  ASSERT_EQ(ts.size(), 3u);
  ASSERT_TRUE(ts[2].indicator.has_value());
  EXPECT_NE(ts[2].indicator->find("vượt kế hoạch"), std::string::npos) << *ts[2].indicator;
}

TEST(TargetsReport, DatesStayNoPairs) {
  auto ts = figures(kReport + "1. Từ ngày 15/11/2024 đến 20/12/2024 đã họp 22 cuộc, vào 12/2024 họp thêm 3 cuộc.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_DOUBLE_EQ(ts[0].value, 22);
  EXPECT_DOUBLE_EQ(ts[1].value, 3);
}

TEST(TargetsReport, ScoreOverItsScaleIsOneFigure) {
  auto ts = figures(kReport + "1. Năm 2024, Chỉ số hài lòng của người dân đạt 90,09/100 điểm.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_DOUBLE_EQ(ts[0].value, 90.09);
  EXPECT_EQ(ts[0].unit, "điểm");
}

TEST(TargetsReport, ClockTimesAndStoreysAreNoFigures) {
  auto ts = figures(kReport +
                    "1. Nhận hồ sơ từ 07 giờ 30 phút đến trước 17 giờ 00 phút các ngày làm việc.\n"
                    "2. Hoàn thành xây dựng nhà 9 tầng của cơ quan.\n");
  for (const Target& t : ts) ADD_FAILURE() << t.text;
}

TEST(TargetsReport, WhatMustBeIsAGoalWhatWasIsAResult) {
  auto ts = figures(kReport +
                    "1. Mỗi năm phải có 03 cuộc đối thoại với người dân.\n"
                    "2. Học viên phải bảo đảm tham dự tối thiểu 80% số buổi học.\n"
                    "3. Năm 2024, do bão lũ, đã phải di dời 300 hộ dân.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_DOUBLE_EQ(ts[0].value, 3);
  EXPECT_EQ(ts[0].kind, "target");
  EXPECT_DOUBLE_EQ(ts[1].value, 80);
  EXPECT_EQ(ts[1].kind, "target");
  EXPECT_DOUBLE_EQ(ts[2].value, 300);
  EXPECT_EQ(ts[2].kind, "actual");
}

}  // namespace
}  // namespace vnpolicy
