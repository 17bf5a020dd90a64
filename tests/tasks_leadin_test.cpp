// Lead-ins and closings around lists of work: a role written after a unit's name, the execution
// clause, the closing "Trên đây là …" paragraph, a lead-in whose last clause points at its list.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

TEST(UnitRole, ARoleAfterADashIsNoPartOfTheUnitsName) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Nội vụ - Cơ quan thường trực Hội đồng Thi đua tỉnh\n"
      "\n"
      "- Tổng hợp kết quả thi đua của các đơn vị trong tỉnh.\n"
      "\n"
      "- Tham mưu khen thưởng cho các tập thể có thành tích xuất sắc.\n"
      "\n"
      "2. Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam\n"
      "\n"
      "- Bảo đảm cung ứng đủ xăng dầu cho thị trường trong nước.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
  // A dash inside a name is followed by more of the name.
  EXPECT_EQ(ts[2].lead, (Units{"Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"}));
}

TEST(ExecutionClause, ResponsibleForCarryingOutThisPlanIsNoTask) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Y tế chủ trì tổ chức tiêm chủng cho trẻ em trên địa bàn.\n"
      "\n"
      "2. Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thực hiện Kế hoạch này.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Y tế"}));
}

TEST(ClosingParagraph, TheClosingFormulaNoLongerStandsUnderTheLastUnitHeading) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Y tế\n"
      "\n"
      "Chủ trì tổ chức tiêm chủng cho trẻ em trên địa bàn.\n"
      "\n"
      "2. Các sở, ban, ngành tỉnh\n"
      "\n"
      "Căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện Kế hoạch.\n"
      "\n"
      "Trên đây là Kế hoạch phòng, chống dịch bệnh năm 2026 của tỉnh.\n"
      "\n"
      "Nơi nhận:\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Y tế"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Căn cứ chức năng"));
  EXPECT_EQ(task_at(ts, 11), nullptr);
}

TEST(ListLeadIn, AClosingClauseThatPointsAtTheListLeavesTheLeadInNoTaskOfItsOwn) {
  auto ts = tasks_of(
      "II. NHIỆM VỤ TRỌNG TÂM\n"
      "\n"
      "Đề nghị Ủy ban nhân dân tỉnh tập trung chỉ đạo thực hiện các giải pháp phát triển "
      "kinh tế trong năm 2026; trong đó lưu ý một số nội dung trọng tâm sau:\n"
      "\n"
      "1. Đẩy mạnh cải cách thủ tục hành chính, cải thiện môi trường đầu tư.\n"
      "\n"
      "2. Chú trọng bảo vệ môi trường, phát triển bền vững.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Ủy ban nhân dân tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Đẩy mạnh cải cách"));
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban nhân dân tỉnh"}));
}

}  // namespace
}  // namespace vnpolicy
