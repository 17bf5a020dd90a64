// A report recounts work that was given ("Ủy ban nhân dân tỉnh đã chỉ đạo Sở X chủ trì …"): an account, not an
// assignment. The tasks it sets for the coming year are assignments.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kReportHead =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BÌNH AN\n"
    "Số: 210/BC-UBND\n"
    "Bình An, ngày 10 tháng 11 năm 2025\n"
    "\n"
    "BÁO CÁO\n"
    "Kết quả công tác phòng, chống thiên tai năm 2025\n"
    "\n";

TEST(ReportNarration, WorkAlreadyDirectedOrGivenIsNoTask) {
  auto ts = tasks_of(std::string(kReportHead) +
                     "I. KẾT QUẢ THỰC HIỆN\n"
                     "Ủy ban nhân dân tỉnh đã chỉ đạo Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các địa phương "
                     "rà soát các công trình đê điều.\n"
                     "Trong năm 2025, Ủy ban nhân dân tỉnh đã giao Sở Tài chính chủ trì bố trí kinh phí khắc phục hậu quả thiên tai.\n"
                     "II. NHIỆM VỤ NĂM 2026\n"
                     "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các địa phương xây dựng phương án ứng phó thiên tai.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].line, 13);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
}

// A later clause that asks for new work is read as before: the account does not swallow it.
TEST(ReportNarration, ARequestAfterTheAccountStaysATask) {
  auto ts = tasks_of(std::string(kReportHead) +
                     "I. KẾT QUẢ THỰC HIỆN\n"
                     "Ủy ban nhân dân tỉnh đã chỉ đạo Sở Y tế kiểm tra các bệnh viện; đề nghị Sở Y tế chủ trì báo cáo kết quả "
                     "trước ngày 15/12/2025.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_NE(work_of(ts[0]).find("báo cáo kết quả"), std::string::npos);
}

}  // namespace
}  // namespace vnpolicy
