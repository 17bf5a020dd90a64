// Assignments inside paragraphs of prose (Government resolutions, Party conclusions, notices of
// conclusions): a clause after a topic or condition that hands work to a named unit, a unit subject
// told to hurry or to act within its duties, and requests to officers addressed as "các đồng chí".
#include <algorithm>

#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

TEST(ProseClauses, AnAssignmentAfterATopicOrConditionIsATask) {
  auto ts = tasks_of(
      "Điều 1. Các chi phí khám bệnh vượt dự toán được thanh toán từ nguồn dự phòng, trong đó:\n"
      "1. Đối với các chi phí khám bệnh, chữa bệnh vượt dự toán năm 2022, giao Bảo hiểm xã hội Việt Nam tổ chức\n"
      "thực hiện thanh toán cho cơ sở khám bệnh, chữa bệnh.\n"
      "2. Đối với chi phí năm 2023, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện theo\n"
      "đúng thẩm quyền, xong trước ngày 01 tháng 5 năm 2026.\n"
      "3. Chính phủ thành lập Quỹ nhà ở trung ương, giao Bộ Xây dựng quản lý.\n"
      "4. Bộ trưởng có quyền thu hồi giấy phép do Bộ cấp; yêu cầu Sở Xây dựng thu hồi giấy phép do Sở cấp.\n");
  const Task* insurance = task_at(ts, 2);
  ASSERT_NE(insurance, nullptr);
  EXPECT_EQ(insurance->lead, (Units{"Bảo hiểm xã hội Việt Nam"}));
  EXPECT_TRUE(work_opens_with(*insurance, "tổ chức thực hiện thanh toán"));
  const Task* finance = task_at(ts, 4);
  ASSERT_NE(finance, nullptr);
  EXPECT_EQ(finance->lead, (Units{"Bộ Tài chính", "Bảo hiểm xã hội Việt Nam"}));
  EXPECT_TRUE(work_opens_with(*finance, "khẩn trương thực hiện"));
  ASSERT_TRUE(finance->deadline.has_value());
  EXPECT_EQ(finance->deadline->end, "2026-05-01");
  // A sentence with a subject of its own, or a list of powers, hands no work by its later clause.
  EXPECT_EQ(task_at(ts, 6), nullptr);
  EXPECT_EQ(task_at(ts, 7), nullptr);
  EXPECT_EQ(ts.size(), 2u);
}

TEST(ProseClauses, AUnitToldToHurryOrToActWithinItsDutiesIsATaskMidParagraph) {
  auto ts = tasks_of(
      "3. Về kiến nghị liên quan đến tổ chức bộ máy:\n"
      "\n"
      "Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu, xử lý kiến nghị của tỉnh.\n"
      "\n"
      "Các Bộ, cơ quan liên quan theo chức năng, nhiệm vụ được giao nghiên cứu kỹ nội dung kiến nghị của tỉnh.\n"
      "\n"
      "Yêu cầu các cấp ủy, cơ quan, đơn vị đẩy mạnh việc rà soát. Các tỉnh ủy, thành ủy phối hợp Bộ Y tế, Bộ\n"
      "Giáo dục và Đào tạo khẩn trương sắp xếp các trạm y tế cấp xã, hoàn thành trước ngày 31/12/2025.\n"
      "\n"
      "Năm 2024, Sở Y tế đã khẩn trương triển khai các biện pháp. Các sở, ngành theo chức năng, nhiệm vụ được\n"
      "giao đã triển khai kế hoạch. Cơ quan thi hành án hình sự phải thông báo cho Tòa án đã ra quyết định.\n");
  const Task* home = task_at(ts, 3);
  ASSERT_NE(home, nullptr);
  EXPECT_EQ(home->lead, (Units{"Bộ Nội vụ"}));
  // The scope of duties is neither unit nor work.
  EXPECT_TRUE(work_opens_with(*home, "khẩn trương nghiên cứu"));
  const Task* ministries = task_at(ts, 5);
  ASSERT_NE(ministries, nullptr);
  EXPECT_TRUE(work_opens_with(*ministries, "nghiên cứu kỹ"));
  // The second sentence of a paragraph; its support is read as in any subject sentence.
  // Kinds of units asked to act ("Yêu cầu các cấp ủy, cơ quan, đơn vị …") are its first task.
  ASSERT_NE(task_at(ts, 7), nullptr);
  EXPECT_EQ(task_at(ts, 7)->lead, (Units{"các cấp ủy, cơ quan, đơn vị"}));
  auto second = std::find_if(ts.begin(), ts.end(), [](const Task& t) { return t.line == 7 && t.lead != Units{"các cấp ủy, cơ quan, đơn vị"}; });
  ASSERT_NE(second, ts.end());
  const Task* party = &*second;
  EXPECT_EQ(party->lead, (Units{"Các tỉnh ủy, thành ủy"}));
  EXPECT_EQ(party->support, (Units{"Bộ Y tế", "Bộ Giáo dục và Đào tạo"}));
  ASSERT_TRUE(party->deadline.has_value());
  EXPECT_EQ(party->deadline->end, "2025-12-31");
  // What was done ("đã"), and a regulation's duty of a kind of body, are no tasks.
  EXPECT_EQ(task_at(ts, 10), nullptr);
  EXPECT_EQ(task_at(ts, 11), nullptr);
  EXPECT_EQ(ts.size(), 4u);
}

TEST(ProseClauses, RequestsToOfficersAddressedAsComradesAreTasks) {
  auto ts = tasks_of(
      "2. Yêu cầu các cấp ủy, tổ chức đảng nghiêm túc triển khai các kết luận của Bộ Chính trị.\n"
      "\n"
      "Yêu cầu các đồng chí bí thư tỉnh ủy, thành ủy, các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ phải\n"
      "quán xuyến và trực tiếp chỉ đạo những nhiệm vụ được phân công.\n"
      "\n"
      "14. Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi thường xuyên tình hình.\n");
  const Task* secretaries = task_at(ts, 3);
  ASSERT_NE(secretaries, nullptr);
  EXPECT_EQ(secretaries->lead, (Units{"các bí thư tỉnh ủy, thành ủy", "các bộ trưởng", "thủ trưởng cơ quan ngang bộ"}));
  EXPECT_TRUE(work_opens_with(*secretaries, "phải quán xuyến"));
  const Task* deputies = task_at(ts, 6);
  ASSERT_NE(deputies, nullptr);
  EXPECT_EQ(deputies->lead, (Units{"các Phó Thủ tướng Chính phủ"}));
  EXPECT_TRUE(work_opens_with(*deputies, "tiếp tục theo dõi"));
  // Kinds of units asked to act are told to act, as named ones are.
  const Task* committees = task_at(ts, 1);
  ASSERT_NE(committees, nullptr);
  EXPECT_EQ(committees->lead, (Units{"các cấp ủy, tổ chức đảng"}));
  EXPECT_TRUE(work_opens_with(*committees, "nghiêm túc triển khai"));
  EXPECT_EQ(ts.size(), 3u);
}

// The same sentences in a law state duties and powers, not assignments; in a Government resolution
// they assign.
TEST(ProseClauses, ALawStatesDutiesWhereAResolutionAssigns) {
  const std::string body =
      "\n"
      "Điều 5. Trách nhiệm phòng bệnh\n"
      "1. Trường hợp có dịch bệnh, Bộ Y tế khẩn trương công bố dịch và hướng dẫn các biện pháp phòng, chống dịch.\n"
      "2. Khi cần thiết, giao Bộ Tài chính bảo đảm kinh phí phòng, chống dịch.\n";
  EXPECT_TRUE(tasks_of("QUỐC HỘI\n\nLuật số: 15/2025/QH15\n\nLUẬT\nPHÒNG BỆNH\n" + body).empty());
  auto ts = tasks_of("CHÍNH PHỦ\n\nSố: 15/NQ-CP\n\nNGHỊ QUYẾT\nPHÒNG BỆNH\n" + body);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Y tế"}));
  EXPECT_TRUE(work_opens_with(ts[0], "khẩn trương công bố dịch"));
  EXPECT_EQ(ts[1].lead, (Units{"Bộ Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[1], "bảo đảm kinh phí"));
}

// "UBND Thành phố yêu cầu các sở, … khẩn trương …" after an opener: those asked act, not the one asking.
TEST(ProseClauses, TheUnitsAskedByASubjectAreTheLead) {
  auto ts = tasks_of(
      "Để giảm rác thải nhựa, Ủy ban nhân dân Thành phố yêu cầu các sở, ban, ngành Thành phố, Ủy ban\n"
      "nhân dân các phường, xã khẩn trương thực hiện đồng bộ các giải pháp.\n"
      "\n"
      "Trên cơ sở những vấn đề Bộ Chính trị, Ban Bí thư đã chỉ ra, các bộ, ngành khẩn trương giải quyết dứt điểm.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"các sở, ban, ngành Thành phố", "Ủy ban nhân dân các phường, xã"}));
  EXPECT_TRUE(work_opens_with(ts[0], "khẩn trương thực hiện"));
  // What was done ("đã chỉ ra") is no unit.
  EXPECT_EQ(ts[1].lead, (Units{"các bộ, ngành"}));
}

// The closing formula of an HĐND resolution names its delegates as units of their own.
TEST(ProseClauses, DelegatesAfterTheirGroupsAreAUnitOfTheirOwn) {
  auto ts = tasks_of(
      "1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.\n"
      "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân\n"
      "tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n"
      "3. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân\n"
      "dân Thành phố giám sát việc thực hiện Nghị quyết.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[1].lead, (Units{"Thường trực Hội đồng nhân dân tỉnh", "các Ban của Hội đồng nhân dân tỉnh",
                               "Tổ đại biểu Hội đồng nhân dân tỉnh", "đại biểu Hội đồng nhân dân tỉnh"}));
  EXPECT_EQ(ts[2].lead, (Units{"Thường trực Hội đồng nhân dân", "các Ban của Hội đồng nhân dân", "các Tổ đại biểu",
                               "đại biểu Hội đồng nhân dân Thành phố"}));
}

// Support units run on through a verb the lexicon lacks as leads do; the work starts after the name.
TEST(SupportRunOn, ASupportListEndsAtAKnownNameBeforeWordsTheLexiconLacks) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Công Thương chủ trì, phối hợp với Sở Tư pháp giới thiệu doanh nghiệp với các đối tác nước ngoài.\n"
      "\n"
      "2. Sở Nội vụ phối hợp với Sở Tài chính, Công an tỉnh điều tra, khảo sát và đánh giá nhu cầu lao động.\n"
      "\n"
      "3. Sở Y tế chủ trì, phối hợp với các cơ quan báo chí đóng trên địa bàn tuyên truyền về phòng bệnh.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Công Thương"}));
  EXPECT_EQ(ts[0].support, (Units{"Sở Tư pháp"}));
  EXPECT_TRUE(work_opens_with(ts[0], "giới thiệu doanh nghiệp"));
  EXPECT_EQ(ts[1].support, (Units{"Sở Tài chính", "Công an tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[1], "điều tra, khảo sát và đánh giá"));
  // Words that qualify a name stay on it.
  EXPECT_EQ(ts[2].support, (Units{"các cơ quan báo chí đóng trên địa bàn"}));
  EXPECT_TRUE(work_opens_with(ts[2], "tuyên truyền"));
}

// A report's finding is followed by a labelled proposal; the assignment after the label is the task,
// and a label that is itself a unit stays a heading of its own.
TEST(LabelledProposal, TheAssignmentAfterAReportsLabelIsATask) {
  auto ts = tasks_of(
      "BÁO CÁO\n"
      "Kết quả thực hiện các chỉ số cải cách hành chính năm 2025\n"
      "\n"
      "1. Tồn tại, hạn chế\n"
      "a) Một số hồ sơ giải quyết trễ hạn.\n"
      "Đề xuất giải pháp khắc phục: Giao Văn phòng Ủy ban nhân dân tỉnh rà soát, thống kê hồ sơ trễ hạn.\n"
      "b) Chưa tổ chức đủ các cuộc đối thoại với doanh nghiệp.\n"
      "Giải pháp khắc phục: Giao Sở Công Thương tham mưu tổ chức đối thoại, hoàn thành trong tháng 12/2025.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 6);
  EXPECT_EQ(ts[0].lead, (Units{"Văn phòng Ủy ban nhân dân tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[0], "rà soát, thống kê"));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Công Thương"}));
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->end, "2025-12-31");
}

// "6. Đề nghị: Hiệp hội …, Hội …" over lettered items: the colon after the request word changes nothing;
// the units it names lead each item.
TEST(RequestHeading, AColonAfterTheRequestWordStillNamesTheUnits) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "5. Sở Tài chính\n"
      "\n"
      "Bố trí kinh phí thực hiện Kế hoạch.\n"
      "\n"
      "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh\n"
      "\n"
      "a) Tuyên truyền, vận động hội viên tham gia chuyển đổi số.\n"
      "\n"
      "b) Phối hợp với Sở Khoa học và Công nghệ đánh giá nhu cầu ứng dụng công nghệ thông tin.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[1].lead, (Units{"Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Tuyên truyền"));
  EXPECT_EQ(ts[2].support, (Units{"Sở Khoa học và Công nghệ"}));
}

}  // namespace
}  // namespace vnpolicy
