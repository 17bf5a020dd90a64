// Deadlines in the prose of notices: a span of days given as the time of the work, a report due at once
// when an event occurs, and work recounted as done in a year (no deadline).
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

TEST(DeadlineSpans, DaysOfAMonthAfterThoiGianEndOnTheLastDay) {
  auto ds = deadlines_of("Cục Đường thủy tổ chức diễn tập ứng phó sự cố, thời gian trong tuần ngày 08 đến ngày 14 tháng 9 năm 2026.");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].kind, "date");
  EXPECT_EQ(ds[0].end, "2026-09-14");
  EXPECT_EQ(ds[0].text, "trong tuần ngày 08 đến ngày 14 tháng 9 năm 2026");
  // Without "thời gian" a span of days is the validity of a rate, no limit on work.
  EXPECT_TRUE(deadlines_of("Mức thu áp dụng từ ngày 01 đến ngày 30 tháng 9 năm 2026.").empty());
}

TEST(DeadlineSpans, AReportDueAtOnceWhenAnEventOccursIsConditional) {
  auto ds = deadlines_of("Các trạm quan trắc theo dõi mực nước; khi phát hiện sạt lở bờ sông, báo cáo ngay Ủy ban nhân dân tỉnh.");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].kind, "conditional");
  EXPECT_FALSE(ds[0].end);
  EXPECT_EQ(ds[0].text, "khi phát hiện sạt lở bờ sông");
}

TEST(DeadlineSpans, WorkRecountedAsDoneInAYearHasNoDeadline) {
  EXPECT_TRUE(deadlines_of("Đến nay, các địa phương đã cấp 2.300 giấy chứng nhận trong năm 2025.").empty());
  auto ds = deadlines_of("Sở Tài nguyên đã lập danh mục, hoàn thành cấp giấy chứng nhận trong năm 2026.");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].end, "2026-12-31");
}

}  // namespace
}  // namespace vnpolicy
