// Deadlines: limits that wait for an event told in prose (the end of the document's own scheme, the
// adoption of a text, a result, a session to submit to): conditional, no end; the same words in
// narration or in the steps of a procedure are no limit.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 45/KH-UBND\nHà Nam, ngày 12 tháng 5 năm 2025\n\n"
    "KẾ HOẠCH\nTriển khai Đề án phát triển nguồn nhân lực năm 2025\n\nII. NHIỆM VỤ\n";

std::vector<std::string> conditional_texts(const std::string& body) {
  std::vector<std::string> out;
  for (const Deadline& d : deadlines_of(kPlan + body)) {
    EXPECT_EQ(d.kind, "conditional") << d.text;
    EXPECT_FALSE(d.end) << d.text;
    out.push_back(d.text);
  }
  return out;
}

TEST(DeadlinesConditional, TheEndOfTheDocumentsOwnSchemeLimitsItsReview) {
  EXPECT_EQ(conditional_texts("1. Sở Nội vụ tổ chức tổng kết, đánh giá kết quả sau khi kết thúc Đề án.\n"),
            std::vector<std::string>{"sau khi kết thúc Đề án"});
  EXPECT_EQ(conditional_texts("2. Sau khi kết thúc Chương trình, Sở Y tế tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n"),
            std::vector<std::string>{"Sau khi kết thúc Chương trình"});
  // What was done once a scheme ended, and the steps of a procedure, limit no work.
  EXPECT_TRUE(conditional_texts("Sau khi kết thúc Đề án, tỉnh đã đào tạo được 500 cán bộ.\n").empty());
  EXPECT_TRUE(conditional_texts("Người lao động sau khi kết thúc hợp đồng được hỗ trợ học nghề.\n").empty());
}

TEST(DeadlinesConditional, WorkDueOnceATextIsAdoptedOrAResultIsKnown) {
  EXPECT_EQ(conditional_texts("3. Các sở, ngành tổ chức triển khai ngay khi văn bản được thông qua.\n"),
            std::vector<std::string>{"ngay khi văn bản được thông qua"});
  EXPECT_EQ(conditional_texts("4. Khi có kết quả thẩm định, Sở Tài chính báo cáo Ủy ban nhân dân tỉnh xem xét.\n"),
            std::vector<std::string>{"Khi có kết quả thẩm định"});
  EXPECT_EQ(conditional_texts("5. Sở Nội vụ theo dõi, báo cáo Ủy ban nhân dân tỉnh ngay khi có kết quả.\n"),
            std::vector<std::string>{"ngay khi có kết quả"});
  // A span's end and a criterion are no limit.
  EXPECT_TRUE(conditional_texts("Học viên được công nhận đạt yêu cầu khi có kết quả kiểm tra từ 5 điểm trở lên.\n").empty());
  EXPECT_TRUE(conditional_texts("Hồ sơ được lưu giữ đến khi có kết quả.\n").empty());
}

TEST(DeadlinesConditional, WorkReadyInTimeForASessionWaitsForIt) {
  EXPECT_EQ(conditional_texts("6. Sở Tư pháp hoàn thiện dự thảo Nghị quyết để kịp trình Hội đồng nhân dân tỉnh tại Kỳ họp thứ 5.\n"),
            std::vector<std::string>{"để kịp trình Hội đồng nhân dân tỉnh tại Kỳ họp thứ 5"});
  // A session dated in brackets gives its month instead.
  auto ds = deadlines_of(kPlan + "7. Hoàn thiện hồ sơ để kịp trình tại kỳ họp thường lệ (tháng 7/2025).\n");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].kind, "month");
  EXPECT_EQ(ds[0].end, "2025-07-31");
}

}  // namespace
}  // namespace vnpolicy
