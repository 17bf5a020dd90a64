// Deadlines: "hằng năm" that names a yearly plan, estimate, amount or training, and the year a source of
// money belongs to, are no limit on work; the same words saying how often a duty comes back stay recurring.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 88/KH-UBND\nNam Định, ngày 20 tháng 6 năm 2025\n\n"
    "KẾ HOẠCH\nPhát triển nguồn nhân lực\n\nII. NHIỆM VỤ\n";

size_t count(const std::string& body) { return deadlines_of(kPlan + body).size(); }

TEST(DeadlinesYearlyNoun, AYearlyPlanOrEstimateIsNoLimit) {
  EXPECT_EQ(count("1. Các đơn vị xây dựng kế hoạch tuyển dụng hằng năm làm cơ sở để bố trí nhân lực.\n"), 0u);
  EXPECT_EQ(count("2. Kinh phí được bố trí trong dự toán chi thường xuyên hàng năm của các sở.\n"), 0u);
  EXPECT_EQ(count("3. Sở Tài chính chủ trì lập dự trù kinh phí hàng năm để duy trì hệ thống.\n"), 0u);
  // The document's own plan reviewed each year, and a yearly report beside a plan, recur.
  EXPECT_EQ(count("4. Sở Nội vụ đánh giá kết quả thực hiện Kế hoạch hằng năm.\n"), 1u);
  EXPECT_EQ(count("5. Các sở xây dựng kế hoạch và báo cáo hằng năm về Sở Nội vụ.\n"), 1u);
}

TEST(DeadlinesYearlyNoun, AYearlyAmountOrTrainingIsNoLimit) {
  EXPECT_EQ(count("6. Phấn đấu tổng sản phẩm tăng bình quân hằng năm khoảng 7%.\n"), 0u);
  EXPECT_EQ(count("7. Kết quả được tổng hợp trong báo cáo quyết toán hằng năm của cơ quan.\n"), 0u);
  EXPECT_EQ(count("8. Trường tổ chức đào tạo hằng năm cho cán bộ quản lý.\n"), 0u);
  EXPECT_EQ(count("9. Trường tổ chức kiểm tra hằng năm.\n"), 1u);
}

// The year or period a source of money belongs to says whose budget pays, not when work is due;
// spending the money by a year is a limit.
TEST(DeadlinesYearlyNoun, TheYearOfASourceOfMoneyIsNoLimit) {
  EXPECT_EQ(count("10. Ưu tiên bố trí vốn trong giai đoạn 2021-2025 để hoàn thành các dự án.\n"), 0u);
  EXPECT_EQ(count("11. Lồng ghép nguồn kinh phí trong năm 2026 để thực hiện.\n"), 0u);
  auto ds = deadlines_of(kPlan + "12. Các chủ đầu tư giải ngân hết kế hoạch vốn được giao trong năm 2025.\n");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].end, "2025-12-31");
}

}  // namespace
}  // namespace vnpolicy
