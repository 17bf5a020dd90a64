// Years and cadences that name what a sentence is about, not when work is due: a campaign's or the
// plan's own year, what a proposal covers, the yearly budget, the kinds of report.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 15/KH-UBND\nĐiện Biên, ngày 12 tháng 01 năm 2026\n\n"
    "KẾ HOẠCH\nTổ chức phong trào thi đua xây dựng nông thôn mới\n\n";

std::vector<std::string> texts(const std::vector<Deadline>& ds) {
  std::vector<std::string> out;
  for (const Deadline& d : ds) out.push_back(d.text + "@" + std::to_string(d.line) + ":" + d.kind);
  return out;
}

// The campaign's own year, also as a "Thời gian:" label read as prose, and the plan's own span are
// no limits; finishing within the year is.
TEST(DeadlinesScope, ACampaignsOwnYearIsNoLimitButFinishingWithinItIs) {
  auto ds = deadlines_of(kPlan +
                         "1. Phong trào thi đua trong năm 2026 và tính đến hết ngày 31/12/2026.\n"
                         "2. Thời gian: Phong trào thi đua được phát động trong năm 2026.\n"
                         "3. Kế hoạch này được triển khai thực hiện trong năm 2026.\n"
                         "4. Sở Nông nghiệp và Môi trường tổ chức sơ kết phong trào, hoàn thành trong năm 2026.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"hoàn thành trong năm 2026@12:year"}));
}

// What a proposal covers is no limit; a submission within the year is.
TEST(DeadlinesScope, TheYearAProposalCoversIsNoLimit) {
  auto ds = deadlines_of(kPlan +
                         "- Các sở, ngành đề xuất các nội dung cần sửa đổi, bổ sung trong năm 2026.\n"
                         "- Sở Tư pháp nghiên cứu, đề xuất và trình Ủy ban nhân dân tỉnh trong năm 2026.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"trong năm 2026@10:year"}));
}

// A budget "được duyệt hằng năm", whatever names it, and reports "định kỳ và năm" are things, not
// cadences; a report due every quarter recurs.
TEST(DeadlinesScope, TheYearlyBudgetAndKindsOfReportAreNoCadence) {
  auto ds = deadlines_of(kPlan +
                         "1. Kinh phí thực hiện bố trí trong dự toán ngân sách nhà nước (NSNN) được duyệt hằng năm.\n"
                         "2. Các xã thực hiện báo cáo sơ kết, tổng kết, báo cáo định kỳ và năm theo quy định.\n"
                         "3. Các xã báo cáo kết quả định kỳ hằng quý về Sở Nội vụ.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"định kỳ hằng quý@11:recurring"}));
}

}  // namespace
}  // namespace vnpolicy
