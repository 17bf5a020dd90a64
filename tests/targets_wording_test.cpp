// Words next to a number that decide what it is: the counted noun it is a figure of, the
// bound it is, or a condition of a procedure that makes it no figure at all. Texts the
// tests write, in the conventions of Vietnamese administrative writing.
#include <gtest/gtest.h>

#include "resolve/units.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figures;

TEST(Units, ACompoundOpenedByACountingSyllableIsTheNounAndVerbsCountNothing) {
  UnitLexicon units(*testing::project_rules());
  // "vị", "khu", "giải", "điều" count alone, but the compound they open is the noun.
  EXPECT_EQ(units.match(" vị trí tại khu vực nước cấp")->written, "vị trí");
  EXPECT_EQ(units.match(" vị đại biểu")->written, "vị");
  EXPECT_EQ(units.match(" khu vực biên giới")->written, "khu vực");
  EXPECT_EQ(units.match(" Giải pháp trọng tâm")->written, "Giải pháp");
  EXPECT_EQ(units.match(" điều kiện kinh doanh")->written, "điều kiện");
  // "phần trăm" spelled out is the percent sign.
  auto pct = units.match(" phần trăm số hộ");
  ASSERT_TRUE(pct);
  EXPECT_EQ(pct->written, "%");
  EXPECT_EQ(pct->base, "%");
  EXPECT_EQ(units.match(" điểm phần trăm")->written, "điểm %");
  // A verb or adjective after the number is no counted noun.
  EXPECT_FALSE(units.match(" phù hợp với quy định"));
  EXPECT_FALSE(units.match(" đính kèm"));
  EXPECT_FALSE(units.match(" kèm hồ sơ"));
  EXPECT_EQ(units.match(" thương vụ xuất khẩu")->written, "thương vụ");
  // The longer written form wins over a measure it begins with: "8 đồng chí" counts comrades.
  auto comrades = units.match(" đồng chí phát biểu tại Hội nghị");
  ASSERT_TRUE(comrades);
  EXPECT_EQ(comrades->written, "đồng chí");
  EXPECT_FALSE(comrades->measure);
  EXPECT_EQ(units.match(" đồng, tăng 5%")->written, "đồng");
}

TEST(Targets, ACountOfDosesIsAFigureADoseScheduleIsNot) {
  auto ts = figures("KẾ HOẠCH\nTiêm chủng mở rộng năm 2026\n\n"
                    "- Tiêm 5.000 liều vắc xin sởi cho trẻ.\n"
                    "- Tỷ lệ trẻ em được tiêm đủ 2 liều vắc xin đạt 95%.\n"
                    "- Hồ sơ đề nghị phải có số 02 phù hợp với quy định.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 5000);
  EXPECT_EQ(ts[0].unit, "liều");
  EXPECT_EQ(ts[1].value, 95);
  EXPECT_EQ(ts[1].unit, "%");
}

TEST(Targets, ABoundWithItsModalVerbKeepsItsComparator) {
  auto ts = figures("KẾ HOẠCH\n\nTỷ lệ hồ sơ trễ hạn không được vượt quá 2%; tỷ lệ giải ngân không được thấp hơn 95%; "
                    "số cuộc kiểm tra không được quá 01 cuộc.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].comparator, "lte");
  EXPECT_EQ(ts[1].comparator, "gte");
  EXPECT_EQ(ts[2].comparator, "lte");
}

// The majority or quorum an election rule requires is a condition, not a goal; a turnout
// or a share of candidates the plan aims at is a goal.
TEST(Targets, AShareOfVotesOrVotersCalledIsAConditionNotAGoal) {
  auto ts = figures("KẾ HOẠCH\nBầu cử năm 2026\n\n"
                    "- Người được giới thiệu ứng cử là người được trên 50% tổng số cử tri có mặt tại hội nghị.\n"
                    "- Hội nghị phải bảo đảm số cử tri tham dự đạt ít nhất là 50% tổng số cử tri được triệu tập.\n"
                    "- Người được chọn phải đạt trên 50% số phiếu tín nhiệm của cử tri có mặt.\n"
                    "- Phấn đấu tỷ lệ cử tri đi bầu đạt từ 98% trở lên.\n"
                    "- Phấn đấu đạt tỷ lệ không dưới 15% trong danh sách chính thức những người ứng cử.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 98);
  EXPECT_EQ(ts[0].comparator, "gte");
  EXPECT_EQ(ts[0].year, 2026);
  EXPECT_EQ(ts[1].value, 15);
  EXPECT_EQ(ts[1].comparator, "gte");
}

// A bound on an amount that says which persons, goods or bids a rule is about is a
// condition; the count it qualifies is the figure.
TEST(Targets, AThresholdThatQualifiesANounIsAConditionNotAFigure) {
  auto ts = figures("KẾ HOẠCH\nPhát triển doanh nghiệp năm 2026\n\n"
                    "- Cá nhân có thu nhập bình quân tháng không vượt quá 1.000.000 đồng được miễn thuế.\n"
                    "- Gói thầu có giá gói thầu không quá 05 tỷ đồng áp dụng chỉ định thầu.\n"
                    "- Phấn đấu có 50 doanh nghiệp có doanh thu trên 100 tỷ đồng.\n"
                    "- Tổng doanh thu du lịch đạt trên 2.000 tỷ đồng.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 50);
  EXPECT_EQ(ts[0].unit, "doanh nghiệp");
  EXPECT_EQ(ts[1].value, 2000);
  EXPECT_EQ(ts[1].comparator, "gt");
}

// A figure set against the same period a year before is a result even in a dispatch, which sets
// goals by default; a goal word ("Phấn đấu … tăng 10% so với cùng kỳ") keeps it a goal.
TEST(Targets, AFigureSetAgainstTheSamePeriodIsAResult) {
  auto ts = figures("CÔNG ĐIỆN\nVề thúc đẩy xuất khẩu\n\n"
                    "Trong 10 tháng năm 2025, tổng kim ngạch xuất nhập khẩu cả nước đạt 762,4 tỷ USD, tăng 17,4% so với cùng kỳ "
                    "năm trước.\n\nPhấn đấu kim ngạch xuất khẩu năm 2026 tăng 10% so với cùng kỳ.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].kind, "actual");
  EXPECT_EQ(ts[1].kind, "actual");
  EXPECT_EQ(ts[2].kind, "target");
}

TEST(Targets, ARangeWhoseEndsBothCarryTheUnitIsOneFigure) {
  auto ts = figures("KẾ HOẠCH\nThực hiện quy hoạch\n\nII. NGUỒN VỐN\n\n"
                    "Nhu cầu vốn giai đoạn 2026-2030 khoảng 91.299 tỷ đồng - 97.386 tỷ đồng; vốn ngoài ngân sách từ "
                    "12.173 tỷ đồng đến 18.260 tỷ đồng.\n\n"
                    "Chênh lệch: 630 triệu đồng - 81 triệu đồng = 549 triệu đồng.\n");
  ASSERT_GE(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 91299);
  EXPECT_EQ(ts[0].value_max, 97386);
  EXPECT_EQ(ts[0].comparator, "range");
  EXPECT_EQ(ts[0].text, "Nhu cầu vốn giai đoạn 2026-2030 khoảng 91.299 tỷ đồng - 97.386 tỷ đồng");
  EXPECT_EQ(ts[1].value, 12173);
  EXPECT_EQ(ts[1].value_max, 18260);
  for (const auto& t : ts) EXPECT_NE(t.comparator == "range" ? *t.value_max : 0, 81) << "a subtraction is no range";
}

TEST(Targets, TheListOfRecipientsCountsNoFigures) {
  auto ts = figures("KẾ HOẠCH\nPhát triển văn hóa\n\nI. MỤC TIÊU\n\nĐến năm 2030, 100% xã có nhà văn hóa.\n\n"
                    "Nơi nhận:\n- Văn phòng Chính phủ 02 bản (để đăng Công báo);\n- UBND 34 tỉnh, thành phố;\n"
                    "- Lưu: VT, KHTC (03 bản).\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].value, 100);
}

// "ước đạt", "ước thực hiện": an estimate of a result, also under a lead-in that names tasks
// ("triển khai thực hiện nhiệm vụ … như:"); "Phấn đấu … ước đạt" and a later year stay goals.
TEST(Targets, AnEstimateIsAResultNotAGoal) {
  auto ts = figures("TỔNG CỤC THUẾ\nSố: 990/TB-TCT\nHà Nội, ngày 14 tháng 10 năm 2024\n\nTHÔNG BÁO\n"
                    "Về triển khai nhiệm vụ quý IV năm 2024\n\n"
                    "Trong 9 tháng đầu năm, ngành Thuế đã triển khai thực hiện nhiệm vụ và đạt được như:\n\n"
                    "- Thu nợ 9 tháng ước đạt 56.092 tỷ đồng, bằng 101,7% so với dự toán.\n"
                    "- Số tiền thuế được miễn, giảm ước thực hiện 102.676 tỷ đồng.\n"
                    "- Phấn đấu thu ngân sách quý IV ước đạt 400.000 tỷ đồng.\n"
                    "- Số thu năm 2025 ước đạt 2.000.000 tỷ đồng.\n");
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(ts[0].kind, "actual");
  EXPECT_EQ(ts[0].comparator, "approx");
  EXPECT_EQ(ts[1].kind, "actual");  // the second figure of the estimate's item
  EXPECT_EQ(ts[2].kind, "actual");
  EXPECT_EQ(ts[3].kind, "target");
  EXPECT_EQ(ts[4].kind, "target");  // a year after the issue year
}

// "lớn hơn 10%", "ít hơn 03 nhà thầu" bound the figure; with a comparison after it ("cao hơn 0,7
// điểm % so với cả nước") the figure is the difference; "không thấp hơn" is at least.
TEST(Targets, MoreOrLessThanIsABoundUnlessAComparisonFollows) {
  auto ts = figures("KẾ HOẠCH\nPhát triển doanh nghiệp năm 2026\n\n"
                    "- Giá trị bảo đảm thực hiện hợp đồng lớn hơn 10% nhưng không quá 30% giá hợp đồng.\n"
                    "- Có nhiều hơn 50 doanh nghiệp tham gia chương trình.\n"
                    "- Tỷ lệ hộ nghèo thấp hơn 2%.\n"
                    "- Tốc độ tăng trưởng cao hơn 0,7 điểm phần trăm so với bình quân cả nước.\n"
                    "- Tỷ lệ huy động vào ngân sách không thấp hơn 16%.\n");
  ASSERT_EQ(ts.size(), 6u);
  EXPECT_EQ(ts[0].comparator, "gt");
  EXPECT_EQ(ts[1].comparator, "lte");
  EXPECT_EQ(ts[2].comparator, "gt");
  EXPECT_EQ(ts[3].comparator, "lt");
  EXPECT_EQ(ts[4].value, 0.7);
  EXPECT_EQ(ts[4].comparator, "eq");
  EXPECT_EQ(ts[5].comparator, "gte");
  // "gần" before a multiple: about three times, not a difference.
  auto near = figures("BÁO CÁO\nTình hình kinh tế năm 2025\n\nVốn thu hút cao hơn gần gấp 3 lần so với cùng kỳ.\n");
  ASSERT_EQ(near.size(), 1u);
  EXPECT_EQ(near[0].value, 3);
  EXPECT_EQ(near[0].comparator, "approx");
}

}  // namespace
}  // namespace vnpolicy
