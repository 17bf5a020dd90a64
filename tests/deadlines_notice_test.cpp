// Deadlines in a notice of a meeting's conclusions and in a Công điện: limits counted from the
// meeting, event days, a year after a completion verb, reviews that end a campaign, fixed days
// within each month or quarter; and the reported work ("Trong năm 2025 đã …") that limits nothing.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

// Issued five days after the meeting it reports.
const std::string kNotice =
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 901/TB-VPCP\nHà Nội, ngày 20 tháng 11 năm 2025\n\n"
    "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại cuộc họp về các dự án giao thông\n\n"
    "Ngày 15 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì cuộc họp về các dự án giao thông.\n";

std::vector<Deadline> with_end(const std::vector<Deadline>& ds, const std::string& end) {
  std::vector<Deadline> out;
  for (const Deadline& d : ds)
    if (d.end == end) out.push_back(d);
  return out;
}

// A limit the meeting set is a limit though the notice came out after it; a day before the
// meeting is still a past date.
TEST(DeadlinesNotice, ALimitSetAtTheMeetingCountsFromTheMeeting) {
  auto ds = deadlines_of(kNotice +
                         "1. Bộ Xây dựng hoàn thành giải phóng mặt bằng trước ngày 18 tháng 11 năm 2025.\n"
                         "2. Bộ Tài chính báo cáo trước ngày 10/11/2025.\n");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].kind, "date");
  EXPECT_EQ(ds[0].end, "2025-11-18");
  // Without a notice title the issue date stays the line.
  std::string plan = kNotice;
  plan.replace(plan.find("Kết luận của"), std::string("Kết luận của").size(), "Về việc của");
  EXPECT_TRUE(deadlines_of(plan + "1. Bộ Xây dựng hoàn thành trước ngày 18 tháng 11 năm 2025.\n").empty());
}

// The day set for an event the notice orders is a date limit; an event held is not.
TEST(DeadlinesNotice, TheDaySetForAnEventIsADate) {
  auto ds = deadlines_of(kNotice +
                         "1. Bộ Xây dựng tổ chức khởi công, khánh thành đồng loạt các công trình vào ngày 19 tháng 12 năm 2025.\n"
                         "2. Bộ Giao thông đã tổ chức hội nghị sơ kết vào ngày 12/12/2025.\n");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].kind, "date");
  EXPECT_EQ(ds[0].end, "2025-12-19");
  EXPECT_EQ(ds[0].text, "vào ngày 19 tháng 12 năm 2025");
}

// A bare year after a completion verb is when the work is due; "Trong năm 2025 đã …" reports.
TEST(DeadlinesNotice, AYearAfterACompletionVerbIsDueButAYearOfWorkDoneIsNot) {
  auto ds = deadlines_of(kNotice +
                         "Trong năm 2025 đã hoàn thành 1.200 km đường bộ cao tốc.\n"
                         "1. Ủy ban nhân dân tỉnh Nghệ An phấn đấu thông xe kỹ thuật năm 2025 tuyến tránh phía Tây.\n"
                         "2. Bộ Xây dựng chỉ đạo hoàn thành năm 2026 các dự án còn lại.\n"
                         "3. Ủy ban nhân dân tỉnh hoàn thành kế hoạch năm 2025 về giải ngân.\n");
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].kind, "year");
  EXPECT_EQ(ds[0].end, "2025-12-31");
  EXPECT_EQ(ds[1].end, "2026-12-31");
}

// "khi tổng kết Đợt thi đua" is a conditional limit; "đến khi kết thúc" ends a span instead.
TEST(DeadlinesNotice, AReviewOfTheCampaignIsAConditionalLimit) {
  auto ds = deadlines_of(kNotice +
                         "1. Sở Nội vụ tổng hợp, đề xuất khen thưởng khi tổng kết Đợt thi đua.\n"
                         "2. Các sở báo cáo kết quả khi kết thúc đợt cao điểm.\n"
                         "3. Thẩm phán tuyên án khi kết thúc phiên tòa.\n");
  ASSERT_EQ(ds.size(), 2u);
  for (const Deadline& d : ds) {
    EXPECT_EQ(d.kind, "conditional");
    EXPECT_FALSE(d.end);
  }
  EXPECT_EQ(ds[0].text, "khi tổng kết Đợt thi đua");
  EXPECT_EQ(ds[1].text, "khi kết thúc đợt cao điểm");
}

// A fixed day or week of each month or quarter is recurring; a day that opens or closes a
// counted span is not.
TEST(DeadlinesNotice, AFixedDayOfEachMonthOrQuarterRecurs) {
  auto ds = deadlines_of(kNotice +
                         "1. Các địa phương gửi báo cáo vào ngày 15 của tháng trước đó.\n"
                         "2. Bộ Xây dựng tổ chức giao ban vào tuần cuối cùng của tháng thứ 3 trong quý.\n"
                         "3. Kỳ báo cáo được tính từ ngày 01 của tháng đầu tiên đến ngày 14 của tháng cuối quý.\n");
  ASSERT_EQ(ds.size(), 2u);
  for (const Deadline& d : ds) EXPECT_EQ(d.kind, "recurring") << d.text;
  EXPECT_EQ(ds[1].text, "vào tuần cuối cùng của tháng thứ 3 trong quý");
  EXPECT_TRUE(with_end(ds, "2025-12-31").empty());
}

// A Công điện on a disaster sets its limits by the flood: as soon as it passes, before it comes, or
// within a given day; a flood of the past is no limit.
TEST(DeadlinesNotice, LimitsSetByAFloodAndWithinTheDay) {
  auto ds = deadlines_of(kNotice +
                         "1. Các địa phương khôi phục sản xuất ngay sau lũ; phun khử khuẩn sau khi nước rút.\n"
                         "2. Bộ Xây dựng hoàn thành các hạng mục thi công trước khi có lũ tràn về.\n"
                         "3. Bộ Tài chính phân bổ kinh phí ngay trong ngày 21 tháng 11 năm 2025.\n"
                         "4. Sau lũ lịch sử năm 2020, tỉnh đã xây dựng lại đê.\n");
  std::vector<std::string> got;
  for (const Deadline& d : ds) got.push_back(d.text + ":" + d.kind);
  EXPECT_EQ(got, (std::vector<std::string>{"ngay sau lũ:conditional", "sau khi nước rút:conditional",
                                           "trước khi có lũ tràn về:conditional",
                                           "ngay trong ngày 21 tháng 11 năm 2025:date"}));
}

}  // namespace
}  // namespace vnpolicy
