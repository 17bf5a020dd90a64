// Deadlines: a day of a year or quarter named by its place relative to another ("năm liền kề",
// "năm trước năm kế hoạch", "tháng cuối quý") recurs, unless the clause fixes the year it follows.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

const std::string kCircular =
    "BỘ TÀI CHÍNH\nSố: 21/2025/TT-BTC\nHà Nội, ngày 14 tháng 4 năm 2025\n\n"
    "THÔNG TƯ\nHướng dẫn chế độ báo cáo tài chính\n\nĐiều 5. Chế độ báo cáo\n";

Deadline only(const std::string& body) {
  auto ds = deadlines_of(kCircular + body);
  EXPECT_EQ(ds.size(), 1u) << body;
  return ds.empty() ? Deadline{} : ds.front();
}

TEST(DeadlinesRelative, ADayOfTheYearAfterRecursUnlessTheYearIsFixed) {
  Deadline next = only("1. Các đơn vị gửi báo cáo năm về Bộ Tài chính trước ngày 31/01 năm liền kề.\n");
  EXPECT_EQ(next.kind, "recurring");
  EXPECT_FALSE(next.end);
  EXPECT_EQ(next.text, "trước ngày 31/01 năm liền kề");
  EXPECT_EQ(only("2. Sở Tài chính lập báo cáo, gửi Bộ chậm nhất là ngày 15 tháng 8 năm sau.\n").kind, "recurring");
  Deadline fixed = only("3. Báo cáo kết quả thực hiện năm 2025 gửi Bộ Tài chính trước ngày 31/01 năm liền kề.\n");
  EXPECT_EQ(fixed.kind, "date");
  EXPECT_EQ(fixed.end, "2026-01-31");
  // The year of a written date is not the year the clause is about.
  EXPECT_EQ(only("4. Theo Quyết định ban hành ngày 10 tháng 3 năm 2025, các đơn vị báo cáo trước ngày 20/01 năm sau.\n").kind,
            "recurring");
  // A decimal point inside a figure does not end the clause that fixes the year.
  Deadline decimal = only("5. Báo cáo kết quả trồng rừng năm 2025 trên 2.500 ha gửi Bộ trước ngày 31/01 năm liền kề.\n");
  EXPECT_EQ(decimal.kind, "date");
  EXPECT_EQ(decimal.end, "2026-01-31");
}

TEST(DeadlinesRelative, ADayOfTheYearBeforeThePlanYear) {
  Deadline each = only("5. Các bộ gửi dự toán trước ngày 15/12 của năm trước năm kế hoạch.\n");
  EXPECT_EQ(each.kind, "recurring");
  EXPECT_FALSE(each.end);
  Deadline fixed = only("6. Dự toán ngân sách năm 2026 gửi Bộ Tài chính trước ngày 15/12 của năm trước năm kế hoạch.\n");
  EXPECT_EQ(fixed.kind, "date");
  EXPECT_EQ(fixed.end, "2025-12-15");
}

TEST(DeadlinesRelative, ADayOfAQuartersMonthRecurs) {
  Deadline q = only("7. Doanh nghiệp báo cáo quý trước ngày 20 tháng cuối quý.\n");
  EXPECT_EQ(q.kind, "recurring");
  EXPECT_FALSE(q.end);
  EXPECT_EQ(only("8. Các sở gửi báo cáo trước ngày 15 tháng đầu quý tiếp theo.\n").kind, "recurring");
  // A span's end is no limit.
  EXPECT_TRUE(deadlines_of(kCircular + "Năm học được tính từ ngày 01 tháng 7 năm trước đến hết ngày 30 tháng 6 của năm liền kề.\n").empty());
}

}  // namespace
}  // namespace vnpolicy
