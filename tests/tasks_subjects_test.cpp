// Who an item's work belongs to: a regulation's article titled by a unit and its part, officers
// addressed as "đồng chí" or by their share of the work, a name whose own word is the verb,
// paragraphs that go on with an item's unit, and the sentence that only says whom units answer to.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kRegulationHeader =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH HÒA BÌNH\n"
    "Số: 21/2026/QĐ-UBND\n"
    "QUYẾT ĐỊNH\n"
    "Ban hành Quy chế phối hợp quản lý nhà nước về tín ngưỡng, tôn giáo\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
    "Điều 2. Quyết định này có hiệu lực từ ngày 01/02/2026.\n"
    "QUY CHẾ\n"
    "Phối hợp quản lý nhà nước về tín ngưỡng, tôn giáo\n"
    "Chương II\n"
    "NỘI DUNG PHỐI HỢP\n";

TEST(RegulationPart, AnArticleTitledByAUnitAndItsPartGivesOneTaskPerItem) {
  auto ts = tasks_of(std::string(kRegulationHeader) +
                     "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì\n"
                     "1. Tham mưu Ủy ban nhân dân tỉnh ban hành văn bản chỉ đạo về công tác tôn giáo.\n"
                     "2. Hướng dẫn, kiểm tra việc thực hiện chính sách tôn giáo trên địa bàn tỉnh.\n"
                     "Điều 6. Nội dung Công an tỉnh phối hợp\n"
                     "1. Phối hợp với Sở Dân tộc và Tôn giáo nắm tình hình hoạt động tôn giáo.\n"
                     "Điều 7. Trách nhiệm của tổ chức tôn giáo\n"
                     "1. Chấp hành quy định của pháp luật về tín ngưỡng, tôn giáo.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Dân tộc và Tôn giáo"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Tham mưu"));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Dân tộc và Tôn giáo"}));
  // The unit whose part is to cooperate acts in its items; whom it works with is the support.
  EXPECT_EQ(ts[2].lead, (Units{"Công an tỉnh"}));
  EXPECT_EQ(ts[2].support, (Units{"Sở Dân tộc và Tôn giáo"}));
}

TEST(RegulationPart, ATitleThatNamesNoPartHandsNothingDown) {
  auto ts = tasks_of(std::string(kRegulationHeader) +
                     "Điều 5. Nội dung Kế hoạch phối hợp hằng năm\n"
                     "1. Danh mục các hoạt động tôn giáo trên địa bàn tỉnh.\n"
                     "2. Thời gian tổ chức các lễ hội tôn giáo.\n");
  EXPECT_TRUE(ts.empty());
}

TEST(OfficerSubject, AComradeAddressedByTitleAndOfficersByTheirShareLead) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Giao đồng chí Bộ trưởng Bộ Xây dựng chỉ đạo hoàn thiện hồ sơ dự án.\n"
      "\n"
      "2. Giao các Phó Thủ tướng theo lĩnh vực được phân công chỉ đạo các bộ, ngành tháo gỡ vướng mắc.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ trưởng Bộ Xây dựng"}));  // the honorific is no part of the unit
  EXPECT_EQ(ts[1].lead, (Units{"các Phó Thủ tướng"}));
  EXPECT_TRUE(work_opens_with(ts[1], "chỉ đạo các bộ"));
}

TEST(PlaceSubject, NamedProvincesActAndALevelAloneNamesNoOne) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương hoàn thành việc sắp xếp đơn vị hành chính.\n"
      "\n"
      "2. Thành phố Hà Nội và các tỉnh Bắc Ninh, Hưng Yên tập trung giải ngân vốn đầu tư công.\n"
      "\n"
      "3. Tỉnh cần tập trung lãnh đạo, chỉ đạo khắc phục hậu quả mưa lũ.\n"
      "\n"
      "4. Tỉnh Nghệ An có diện tích tự nhiên lớn nhất cả nước.\n");
  // "Tỉnh" alone names no body (Ủy ban nhân dân, Tỉnh ủy): no one is given the work.
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 3);
  EXPECT_TRUE(work_opens_with(ts[0], "khẩn trương"));
  EXPECT_EQ(ts[1].lead.front(), "Thành phố Hà Nội");
}

TEST(NameWithItsVerb, AVerbInsideANameIsTheNamesWordWhenTheSameVerbActsAfterIt) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Hội đồng thẩm định Nhà nước thẩm định báo cáo nghiên cứu khả thi dự án.\n"
      "\n"
      "2. Sở Tài chính hướng dẫn Ủy ban nhân dân các xã lập dự toán.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Hội đồng thẩm định Nhà nước"}));
  EXPECT_TRUE(work_opens_with(ts[0], "thẩm định báo cáo"));
  // The verb acts once: the unit after it is whom the work is for.
  EXPECT_EQ(ts[1].lead, (Units{"Sở Tài chính"}));
}

TEST(FollowOnParagraph, AParagraphUnderAnItemGoesOnWithTheItemsUnit) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các tỉnh ủy, thành ủy chỉ đạo rà soát, sắp xếp tổ chức bộ máy.\n"
      "   Bố trí kinh phí thực hiện từ nguồn ngân sách địa phương.\n"
      "   Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan báo cáo Ban Tổ chức Trung ương.\n"
      "   Hướng dẫn này thay thế Hướng dẫn số 12-HD/BTCTW.\n"
      "\n"
      "2. Đơn vị báo cáo\n"
      "   Quy định tại góc trên bên phải của từng biểu mẫu.\n");
  const Task* more = task_at(ts, 4);
  ASSERT_NE(more, nullptr);
  EXPECT_EQ(more->lead, (Units{"Các tỉnh ủy, thành ủy"}));
  EXPECT_TRUE(work_opens_with(*more, "Bố trí kinh phí"));
  // A condition that names its own actors, the document speaking of itself, and the text under a
  // title are no more of a unit's work.
  EXPECT_EQ(task_at(ts, 5), nullptr);
  EXPECT_EQ(task_at(ts, 6), nullptr);
  EXPECT_EQ(task_at(ts, 9), nullptr);
}

TEST(AnswersTo, UnitsThatAnswerForResultsAreGivenNoWork) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
      "\n"
      "2. Các bộ, cơ quan liên quan chịu trách nhiệm trước Đảng, Nhà nước về kết quả thực hiện.\n"
      "\n"
      "3. Sở Nội vụ chịu trách nhiệm về việc báo cáo kết quả thực hiện Kế hoạch.\n"
      "\n"
      "4. Ủy ban nhân dân các tỉnh chịu trách nhiệm toàn diện trước Chính phủ về các nội dung sau:\n"
      "\n"
      "a) Rà soát quy hoạch tỉnh.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Văn phòng Chính phủ"}));
  // What a unit answers for by doing it is its work; the items below a lead-in are theirs.
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[2].lead, (Units{"Ủy ban nhân dân các tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[2], "Rà soát"));
}

}  // namespace
}  // namespace vnpolicy
