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

// "3. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp" among unit headings: the verb inside
// the name of a kind of party does not end it; the whole heading leads its items and is no task.
TEST(PlanUnits, AKindNamedByItsActivityLeadsWhole) {
  std::string text = std::string(kPlanProse) +
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Công Thương\n\n"
      "- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n"
      "2. Ban Quản lý các khu công nghiệp\n\n"
      "- Hướng dẫn các doanh nghiệp trong khu công nghiệp thực hiện quy định về môi trường.\n\n"
      "3. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp\n\n"
      "- Đầu tư hoàn thiện hệ thống xử lý nước thải tập trung.\n\n"
      "- Báo cáo tình hình thu hút đầu tư về Ban Quản lý các khu công nghiệp.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 4u);
  for (int k = 2; k < 4; ++k)
    EXPECT_EQ(ts[k].lead, (Units{"Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp"})) << work_of(ts[k]);
  EXPECT_TRUE(work_opens_with(ts[2], "Đầu tư hoàn thiện"));
}

// A unit heading with work of its own stays a unit and its work: "Các sở, ngành" is an administrative kind.
TEST(PlanUnits, AnAdministrativeKindWithWorkIsNoName) {
  std::string text = std::string(kPlanProse) +
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Công Thương\n\n"
      "- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n"
      "2. Các sở, ngành tăng cường phối hợp\n\n"
      "- Chia sẻ thông tin về doanh nghiệp vi phạm pháp luật.\n";
  for (const auto& t : tasks_of(text))
    for (const auto& u : t.lead) EXPECT_EQ(u.find("tăng cường"), std::string::npos) << u;
}

// One block of labels serves every plain item beside it, above or below: each item is a task with the
// block's lead, support and time; the item's heading only titles them.
TEST(PlanUnits, OneLabelBlockServesThePlainItemsBesideIt) {
  std::string text =
      "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"                                                        // 1
      "1. Tuyên truyền, phổ biến pháp luật về an toàn thực phẩm\n\n"                           // 3
      "- Xây dựng tài liệu tuyên truyền cho người sản xuất, kinh doanh thực phẩm.\n\n"        // 5
      "- Tổ chức hội nghị phổ biến pháp luật tại các xã, phường.\n\n"                          // 7
      "- Cơ quan chủ trì: Sở Y tế.\n\n"                                                         // 9
      "- Cơ quan phối hợp: Sở Công Thương, Ủy ban nhân dân các xã.\n\n"                         // 11
      "- Thời gian thực hiện: Quý III/2025.\n\n"                                                 // 13
      "2. Kiểm tra an toàn thực phẩm\n\n"                                                       // 15
      "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n\n"                                    // 17
      "- Thời gian thực hiện: Năm 2026.\n\n"                                                     // 19
      "- Kiểm tra các cơ sở sản xuất, chế biến nông sản.\n\n"                                    // 21
      "- Xử lý nghiêm các vi phạm về an toàn thực phẩm.\n";                                     // 23
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 4u);
  for (int k = 0; k < 2; ++k) {
    EXPECT_EQ(ts[k].line, 5 + 2 * k);
    EXPECT_EQ(ts[k].lead, (Units{"Sở Y tế"}));
    EXPECT_EQ(ts[k].support, (Units{"Sở Công Thương", "Ủy ban nhân dân các xã"}));
    ASSERT_TRUE(ts[k].deadline);
    EXPECT_EQ(ts[k].deadline->end, "2025-09-30");
  }
  EXPECT_TRUE(work_opens_with(ts[0], "Xây dựng tài liệu"));
  for (int k = 2; k < 4; ++k) {
    EXPECT_EQ(ts[k].line, 21 + 2 * (k - 2));
    EXPECT_EQ(ts[k].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
    ASSERT_TRUE(ts[k].deadline);
    EXPECT_EQ(ts[k].deadline->end, "2026-12-31");
  }
}

// A plan's closing parts: a later sentence of a paragraph in the organising section whose subject is a
// plural kind of units, and the funding section after it, assign work; the issuer asking others does not lead.
TEST(PlanUnits, ClosingPartsWithPluralUnitsGiveTasks) {
  std::string text = std::string(kPlanProse) +
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Y tế\n\n"
      "- Chủ trì, phối hợp với các sở, ngành triển khai thực hiện Kế hoạch này.\n\n"
      "2. Chế độ thông tin báo cáo\n\n"
      "Sở Y tế là cơ quan thường trực. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã báo cáo kết quả thực hiện "
      "Kế hoạch về Sở Y tế trước ngày 15/12 hằng năm. Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai thực hiện.\n\n"
      "V. KINH PHÍ THỰC HIỆN\n\n"
      "Các sở, ban, ngành tỉnh chủ động bố trí kinh phí thực hiện Kế hoạch trong dự toán được giao hằng năm.\n";
  std::vector<Task> ts = tasks_of(text);
  std::vector<std::string> works;
  for (const auto& t : ts) works.push_back(work_of(t));
  ASSERT_EQ(ts.size(), 3u) << ::testing::PrintToString(works);
  EXPECT_EQ(ts[1].lead, (Units{"Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã"}));
  EXPECT_TRUE(work_opens_with(ts[1], "báo cáo kết quả"));
  EXPECT_EQ(ts[2].lead, (Units{"Các sở, ban, ngành tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[2], "chủ động bố trí kinh phí"));
}

// "Các doanh nghiệp … trên địa bàn có trách nhiệm:": the duty cue is no part of the kind's name.
// (Private persons, "Các tổ chức, cá nhân …", are no unit given work: KindLists.PrivatePersonsAsSubjectGiveNoTask.)
TEST(PlanUnits, AKindsNameEndsBeforeItsDutyCue) {
  std::string text = std::string(kPlanProse) +
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Nông nghiệp và Môi trường\n\n"
      "- Chủ trì kiểm tra việc khai thác nước dưới đất.\n\n"
      "2. Các doanh nghiệp khai thác nước dưới đất trên địa bàn có trách nhiệm:\n\n"
      "- Thực hiện các quy định về khai thác, sử dụng tài nguyên nước.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[1].lead, (Units{"Các doanh nghiệp khai thác nước dưới đất trên địa bàn"}));
}

// Items that say how the owner's work is done ("- Đa dạng, phong phú …") are no tasks: the owner is.
TEST(PlanUnits, ItemsThatDescribeTheWorkLeaveTheOwnerTheTask) {
  std::string text =
      "II. NHIỆM VỤ CỤ THỂ\n\n"                                                               // 1
      "1. Tổ chức tuyên truyền về bầu cử\n\n"                                                  // 3
      "- Đa dạng, phong phú, phù hợp với từng nhóm đối tượng cử tri.\n\n"                      // 5
      "- Cơ quan chủ trì: Ban Tuyên giáo và Dân vận.\n\n"                                      // 7
      "- Thời gian thực hiện: Quý I/2026.\n";                                                   // 9
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].line, 3);
  EXPECT_EQ(ts[0].lead, (Units{"Ban Tuyên giáo và Dân vận"}));
}

}  // namespace
}  // namespace vnpolicy
