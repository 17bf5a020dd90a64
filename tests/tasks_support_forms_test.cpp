// How the supporting units of a lead sentence are written besides "phối hợp với <units>": named before a
// bare "phối hợp" ("Vụ A chủ trì, Vụ B và Văn phòng phối hợp …"), straight after "phối hợp" with no "với",
// with an adverb before "với", and ending at the first verb of the work.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kSection = "III. TỔ CHỨC THỰC HIỆN\n\n";

TEST(SupportForms, UnitsBeforeABarePhoiHopSupportTheLead) {
  auto ts = tasks_of(std::string(kSection) +
                     "1. Vụ Kế hoạch chủ trì, Vụ Tài chính và Vụ Pháp chế phối hợp thực hiện việc tổng kết.\n"
                     "2. Vụ Pháp chế chủ tri, Cục Tin học và Thống kê, Vụ Tổng hợp phối hợp rà soát văn bản.\n");
  const Task* a = task_at(ts, 3);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->lead, (Units{"Vụ Kế hoạch"}));
  EXPECT_EQ(a->support, (Units{"Vụ Tài chính", "Vụ Pháp chế"}));
  EXPECT_TRUE(work_opens_with(*a, "thực hiện việc tổng kết"));
  // The OCR-damaged cue reads as "chủ trì"; the units after it support all the same.
  const Task* b = task_at(ts, 4);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->lead, (Units{"Vụ Pháp chế"}));
  EXPECT_EQ(b->support, (Units{"Cục Tin học và Thống kê", "Vụ Tổng hợp"}));
  EXPECT_TRUE(work_opens_with(*b, "rà soát văn bản"));
}

TEST(SupportForms, UnitsThatActWithOthersAreNoSupportOfTheLead) {
  // "các địa phương phối hợp với Sở Tài chính": those units act with another; no role towards the lead.
  auto ts = tasks_of(std::string(kSection) +
                     "1. Sở Y tế chủ trì, các địa phương phối hợp với Sở Tài chính kiểm tra giá thuốc.\n");
  const Task* a = task_at(ts, 3);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->lead, (Units{"Sở Y tế"}));
  EXPECT_TRUE(a->support.empty());
}

}  // namespace
}  // namespace vnpolicy
