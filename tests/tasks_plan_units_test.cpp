// Tasks of a plan's organising section laid out by unit: unit headings whose names wrap or
// run on, and label lines that serve the plain items beside them.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

// "2. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam tỉnh, Hội Liên hiệp" / "" / "Phụ nữ tỉnh, Tỉnh đoàn:":
// the blank line inside the list of units breaks neither the heading nor its units.
TEST(PlanUnits, AHeadingsUnitListWrappedOverABlankLineIsWhole) {
  std::string text = std::string(kPlanProse) +
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Văn hóa, Thể thao và Du lịch\n\n"
      "- Chủ trì, hướng dẫn các xã, phường triển khai thực hiện Kế hoạch này.\n\n"
      "2. Đề nghị Ủy ban Mặt trận\n"
      "Tổ quốc Việt Nam tỉnh, Hội Liên hiệp\n\n"
      "Phụ nữ tỉnh, Tỉnh đoàn:\n\n"
      "- Phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia phòng, chống bạo lực gia đình.\n\n"
      "- Giám sát việc thực hiện chính sách về bình đẳng giới tại cơ sở.\n";
  std::vector<Task> ts = tasks_of(text);
  std::vector<const Task*> asked;
  for (const auto& t : ts)
    if (work_of(t).rfind("Phối hợp tuyên truyền", 0) == 0 || work_of(t).rfind("Giám sát", 0) == 0) asked.push_back(&t);
  ASSERT_EQ(asked.size(), 2u);
  for (const Task* t : asked)
    EXPECT_EQ(t->lead, (Units{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"}));
  for (const auto& t : ts) EXPECT_EQ(work_of(t).find("Phụ nữ tỉnh"), std::string::npos) << work_of(t);
}

// A heading's short first line before a blank line and a lead-in paragraph is no list of units.
TEST(PlanUnits, AHeadingBeforeALeadInParagraphStaysAHeading) {
  std::string text = std::string(kPlanProse) +
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Y tế\n\n"
      "Căn cứ nội dung, nhiệm vụ được giao:\n\n"
      "- Chủ trì kiểm tra an toàn thực phẩm tại các cơ sở sản xuất, kinh doanh trên địa bàn.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_FALSE(ts.empty());
  for (const auto& t : ts) EXPECT_EQ(t.lead, (Units{"Sở Y tế"})) << work_of(t);
}

}  // namespace
}  // namespace vnpolicy
