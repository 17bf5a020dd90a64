// How the supporting units of a lead sentence are written besides "phối hợp với <units>": named before a
// bare "phối hợp" ("Vụ A chủ trì, Vụ B và Văn phòng phối hợp …"), straight after "phối hợp" with no "với",
// with an adverb before "với", and ending at the first verb of the work; and an item under a unit's heading
// whose own subject is given the duty.
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

TEST(SupportForms, AMinistrysOfficeNamedByItsHeadAloneIsAUnitOfTheList) {
  // "Văn phòng" after "và" is the ministry's office, not the end of the name before it.
  auto ts = tasks_of(std::string(kSection) +
                     "1. Vụ Pháp chế chủ trì, Vụ Tổng hợp và Văn phòng phối hợp rà soát văn bản quy phạm pháp luật.\n");
  const Task* a = task_at(ts, 3);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->lead, (Units{"Vụ Pháp chế"}));
  EXPECT_EQ(a->support, (Units{"Vụ Tổng hợp", "Văn phòng"}));
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

TEST(SupportForms, PhoiHopWithoutVoiAndWithAnAdverbOpensTheSupport) {
  auto ts = tasks_of(std::string(kSection) +
                     "1. Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính "
                     "công) và các cơ quan liên quan xây dựng nền tảng số dùng chung.\n"
                     "2. Sở Nội vụ chủ trì, phối hợp các sở, ngành rà soát thủ tục hành chính nội bộ.\n"
                     "3. Sở Y tế phối hợp thường xuyên với Sở Tài chính theo dõi giá thuốc.\n"
                     "4. Sở Tư pháp chủ trì, phối hợp chặt chẽ, thường xuyên với Sở Nội vụ kiểm tra việc thực hiện.\n");
  const Task* a = task_at(ts, 3);
  ASSERT_NE(a, nullptr);
  // The list goes on past the aside on one unit; the unit is named without it.
  EXPECT_EQ(a->support, (Units{"Văn phòng UBND tỉnh", "các cơ quan liên quan"}));
  EXPECT_TRUE(work_opens_with(*a, "xây dựng nền tảng"));
  const Task* b = task_at(ts, 4);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->support, (Units{"các sở, ngành"}));
  const Task* c = task_at(ts, 5);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->lead, (Units{"Sở Y tế"}));
  EXPECT_EQ(c->support, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(*c, "theo dõi"));
  const Task* d = task_at(ts, 6);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->support, (Units{"Sở Nội vụ"}));
  EXPECT_TRUE(work_opens_with(*d, "kiểm tra"));
}

TEST(SupportForms, AnAsideBeforeTheWorkEndsTheSupport) {
  // "(…)" followed by the work, not by more units: the list ends at the bracket as before.
  auto ts = tasks_of(std::string(kSection) +
                     "1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ (nếu cần) thẩm định dự toán.\n");
  const Task* a = task_at(ts, 3);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->support, (Units{"Sở Nội vụ"}));
}

TEST(SupportForms, AnItemWithAKindOfBodyGivenADutyIsThatBodysTask) {
  // Under a unit's heading, "- Ủy ban nhân dân các huyện có trách nhiệm …" names its own subject.
  auto ts = tasks_of(std::string(kSection) +
                     "1. Sở Văn hóa, Thể thao và Du lịch:\n"
                     "- Xây dựng kế hoạch tuyên truyền về du lịch.\n"
                     "- Ủy ban nhân dân các huyện có trách nhiệm tổ chức các sự kiện văn hóa tại địa phương.\n");
  const Task* a = task_at(ts, 4);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->lead, (Units{"Sở Văn hóa, Thể thao và Du lịch"}));
  const Task* b = task_at(ts, 5);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->lead, (Units{"Ủy ban nhân dân các huyện"}));
}

TEST(SupportForms, KindWordsWithTheirMarksLostStillOpenTheSupport) {
  // OCR drops the marks of "cơ quan, đơn vị"; the units after "phối hợp" support all the same, named as written.
  auto ts = tasks_of(std::string(kSection) +
                     "1. Sở Xây dựng chủ trì, phối hợp các co quan, don vi liên quan hướng dẫn thực hiện quy hoạch.\n");
  const Task* a = task_at(ts, 3);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->support, (Units{"các co quan, don vi liên quan"}));
  EXPECT_TRUE(work_opens_with(*a, "hướng dẫn"));
}

// The chair who concludes a meeting takes no work: the items of the conclusion name their own units.
TEST(SupportForms, AChairsLeadInToTheConclusionsIsNoTask) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN\nTỈNH AN KHÁNH\n\nSố: 45/TB-UBND\nAn Khánh, ngày 20 tháng 4 năm 2026\n\n"
      "THÔNG BÁO\nKết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Khoa học và Công nghệ\n\n"
      "Sau khi nghe lãnh đạo Sở Khoa học và Công nghệ báo cáo, trên cơ sở trao đổi, thảo luận; đồng chí Nguyễn Văn A - "
      "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:\n\n"
      "1. Đối với phần mềm chuyên ngành\n\n"
      "a) Giao Sở Tài chính chủ trì thẩm định dự toán kinh phí, hoàn thành trước ngày 10/5/2026.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[0], "thẩm định dự toán kinh phí"));
}

}  // namespace
}  // namespace vnpolicy
