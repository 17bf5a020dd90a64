// Items numbered inline in one paragraph ("Giao X: (i) …; (ii) …", "a) …; b) …"): each is a task of the unit
// the paragraph names, when each opens with work; a list of contents or a cited point is not split.
#include <gtest/gtest.h>

#include "extract/task_text.h"
#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

const char* kPlanHead =
    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n"
    "Số: 40/KH-UBND\n"
    "Điện Biên, ngày 10 tháng 3 năm 2025\n"
    "\n"
    "KẾ HOẠCH\n"
    "Triển khai công tác chuyển đổi số năm 2025\n"
    "\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "\n";

TEST(InlineItems, EachItemNumberedInlineIsATaskOfTheUnit) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "1. Giao Đảng ủy Ủy ban nhân dân tỉnh: (i) Chỉ đạo các chi bộ trực thuộc quán triệt Kế hoạch; (ii) Chỉ "
                     "đạo các cơ quan kiểm tra việc thực hiện; (iii) Tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy.\n");
  ASSERT_EQ(ts.size(), 3u);
  for (const Task& t : ts) EXPECT_EQ(t.lead, (Units{"Đảng ủy Ủy ban nhân dân tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Chỉ đạo các chi bộ"));
  EXPECT_TRUE(work_opens_with(ts[1], "Chỉ đạo các cơ quan"));
  EXPECT_TRUE(work_opens_with(ts[2], "Tổng hợp kết quả"));
}

TEST(InlineItems, OnlyASequenceAfterTheFirstMarkerSplits) {
  using task_text::inline_items;
  EXPECT_EQ(inline_items("Giao Sở Y tế: a)", "Rà soát cơ sở; b) Kiểm tra thuốc").size(), 2u);
  // No first marker before the work: the work is one.
  EXPECT_TRUE(inline_items("Giao Sở Y tế", "Rà soát cơ sở; b) Kiểm tra thuốc").empty());
  // Out of sequence ("c)" after "a)"): a cited point, not the next item.
  EXPECT_TRUE(inline_items("Giao Sở Y tế: a)", "Rà soát theo quy định; c) Kiểm tra").empty());
  // Markers of another kind do not continue the list.
  EXPECT_TRUE(inline_items("Giao Sở Y tế: (i)", "Rà soát; b) Kiểm tra").empty());
}

TEST(InlineItems, ContentsNumberedInlineStayOneTask) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "1. Sở Nội vụ chủ trì tổng hợp báo cáo gồm: (1) kết quả thực hiện; (2) khó khăn, vướng mắc.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
}

}  // namespace
}  // namespace vnpolicy
