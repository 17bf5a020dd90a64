// Who leads a prose task: member lists written without a colon ("Các Bộ Xây dựng, Công an"),
// the unit a delegating verb names ("UBND tỉnh chỉ đạo Sở Y tế chủ trì"), and work verbs that
// end the list of units.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

std::string work_of(const Task& t) { return t.description.value_or(""); }

TEST(MemberListsWithoutColon, AKindWordBeforeSeveralNamesGivesOneUnitPerName) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các Bộ Xây dựng, Công an, Kế hoạch và Đầu tư theo dõi, hướng dẫn các địa phương thực hiện.\n"
      "2. Giám đốc các Sở Tài chính, Ủy ban nhân dân các huyện bố trí kinh phí thực hiện.\n"
      "3. Các Sở Tài chính tổng hợp dự toán kinh phí.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Xây dựng", "Bộ Công an", "Bộ Kế hoạch và Đầu tư"}));
  EXPECT_EQ(work_of(ts[0]).rfind("theo dõi, hướng dẫn", 0), 0u) << work_of(ts[0]);
  // A name that is a unit of its own is no member of the kind before it.
  EXPECT_EQ(ts[1].lead, (Units{"Giám đốc Sở Tài chính", "Ủy ban nhân dân các huyện"}));
  // One name only: no member list, the unit stays as written.
  ASSERT_EQ(ts[2].lead.size(), 1u);
  EXPECT_NE(ts[2].lead[0].find("Tài chính"), std::string::npos) << ts[2].lead[0];
}

TEST(Delegation, TheUnitToldToLeadIsTheLeadNotTheOneThatTellsIt) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức tiêm chủng cho trẻ em.\n"
      "2. Ủy ban nhân dân tỉnh giao Công an tỉnh chủ trì, phối hợp với các địa phương bảo đảm an ninh trật tự.\n"
      "3. Sở Nội vụ thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, chủ trì tổng hợp kết quả.\n");
  const Task* health = task_at(ts, 3);
  ASSERT_NE(health, nullptr);
  EXPECT_EQ(health->lead, (Units{"Sở Y tế"}));
  EXPECT_EQ(health->support, (Units{"Sở Tài chính"}));
  const Task* police = task_at(ts, 4);
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->lead, (Units{"Công an tỉnh"}));
  // "chỉ đạo của …" is the direction followed, not a unit handing down the lead.
  const Task* home = task_at(ts, 5);
  ASSERT_NE(home, nullptr);
  EXPECT_EQ(home->lead, (Units{"Sở Nội vụ"}));
}

TEST(WorkVerbs, IssuingFromReservesEndsTheUnit) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Bộ Tài chính xuất cấp hàng dự trữ quốc gia hỗ trợ các địa phương bị thiệt hại.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Tài chính"}));
  EXPECT_EQ(work_of(ts[0]).rfind("xuất cấp hàng dự trữ quốc gia", 0), 0u) << work_of(ts[0]);
}

TEST(WorkVerbs, TakingPartAndConsideringEndTheUnits) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các tổ chức thành viên của Mặt trận Tổ quốc xã tham gia kiểm tra, giám sát công tác bầu cử.\n"
      "2. Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ, Bộ Y tế xem xét, trình Thủ tướng Chính phủ quyết định.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Các tổ chức thành viên của Mặt trận Tổ quốc xã"}));
  EXPECT_EQ(work_of(ts[0]).rfind("tham gia kiểm tra", 0), 0u) << work_of(ts[0]);
  EXPECT_EQ(ts[1].support, (Units{"Bộ Nội vụ", "Bộ Y tế"}));
  EXPECT_EQ(work_of(ts[1]).rfind("xem xét, trình", 0), 0u) << work_of(ts[1]);
}

}  // namespace
}  // namespace vnpolicy
