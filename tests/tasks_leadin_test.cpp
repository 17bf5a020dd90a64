// Lead-ins and closings around lists of work: a role written after a unit's name, the execution
// clause, the closing "Trên đây là …" paragraph, a lead-in that names who does the items of its list
// (and who supports them), and lead-ins whose items are no tasks.
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

TEST(ListLeadIn, ARequestOverTitlesOfPartsIsItselfTheTask) {
  auto ts = tasks_of(
      "Điều 2. Nhiệm vụ và giải pháp chủ yếu\n"
      "\n"
      "Hội đồng nhân dân tỉnh tán thành các giải pháp do Ủy ban nhân dân tỉnh trình, đồng thời, đề nghị "
      "Ủy ban nhân dân tỉnh và các cơ quan liên quan tập trung thực hiện các nhiệm vụ, giải pháp chủ yếu sau đây:\n"
      "\n"
      "2.1. Đẩy mạnh cải cách thủ tục hành chính\n"
      "\n"
      "Rà soát, cắt giảm các thủ tục không cần thiết.\n"
      "\n"
      "2.2. Tập trung phát triển hạ tầng giao thông\n"
      "\n"
      "Hoàn thành các tuyến đường kết nối vùng.\n");
  // The numbered lines are titles of parts with text of their own: the request itself is the task.
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Ủy ban nhân dân tỉnh", "các cơ quan liên quan"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tập trung thực hiện các nhiệm vụ"));
}

TEST(ListLeadIn, UnitsOpeningALaterClauseLeadTheBracketedItems) {
  auto ts = tasks_of(
      "II. NHIỆM VỤ THỜI GIAN TỚI\n"
      "\n"
      "Thời gian tới, nhiệm vụ rất nặng nề. Căn cứ kết luận của Hội nghị, Văn phòng Tỉnh ủy và các văn phòng huyện ủy, thị ủy "
      "cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:\n"
      "\n"
      "(1) Nâng cao chất lượng công tác tham mưu, tổng hợp.\n"
      "\n"
      "(2) Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Văn phòng Tỉnh ủy", "các văn phòng huyện ủy, thị ủy"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Nâng cao chất lượng"));
  EXPECT_EQ(ts[1].lead, ts[0].lead);
}

TEST(ListLeadIn, ALeadInThatOpensWithItsRequestHandsItsUnitsEachLetteredItem) {
  auto ts = tasks_of(
      "Năm 2026, tình hình kinh tế của tỉnh tiếp tục phục hồi.\n"
      "\n"
      "Yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nội dung sau:\n"
      "\n"
      "a) Tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng.\n"
      "\n"
      "b) Nâng cao chất lượng sinh hoạt chi bộ.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"các cấp ủy, tổ chức đảng"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Tăng cường công tác"));
  EXPECT_EQ(ts[1].lead, ts[0].lead);
  EXPECT_TRUE(work_opens_with(ts[1], "Nâng cao chất lượng"));
}

TEST(ListLeadIn, TheSubjectOfTheLeadInLeadsEachDecimalItem) {
  auto ts = tasks_of(
      "III. NHIỆM VỤ, GIẢI PHÁP\n"
      "\n"
      "Ban Cán sự đảng Ủy ban nhân dân tỉnh cần tập trung một số nhiệm vụ trọng tâm sau:\n"
      "\n"
      "2.1. Đẩy mạnh cải cách thủ tục hành chính.\n"
      "\n"
      "2.2. Tập trung phát triển hạ tầng giao thông.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Ban Cán sự đảng Ủy ban nhân dân tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Tập trung phát triển"));
}

TEST(ListLeadIn, ALeadInThatNamesNoUnitAnAimsListAndAReportsListGiveNoTasks) {
  auto ts = tasks_of(
      "I. MỤC TIÊU\n"
      "\n"
      "Mục tiêu của Kế hoạch gồm các nội dung sau:\n"
      "\n"
      "1. Nâng tỷ lệ hộ dân được dùng nước sạch.\n"
      "\n"
      "2. Giảm tỷ lệ hộ nghèo.\n"
      "\n"
      "II. KẾT QUẢ ĐẠT ĐƯỢC\n"
      "\n"
      "Trong năm, Ủy ban nhân dân tỉnh đã thực hiện các nhiệm vụ sau:\n"
      "\n"
      "1. Tổ chức tập huấn cho cán bộ cơ sở.\n"
      "\n"
      "2. Ban hành quy chế phối hợp.\n"
      "\n"
      "III. NHIỆM VỤ\n"
      "\n"
      "Cần tập trung thực hiện một số nhiệm vụ trọng tâm sau:\n"
      "\n"
      "1. Đẩy mạnh chuyển đổi số.\n");
  EXPECT_TRUE(ts.empty()) << ts.size() << " tasks, the first at line " << (ts.empty() ? 0 : ts[0].line);
}

TEST(LeadInWithSupport, AUnitThatLeadsWithSupportHandsBothToEachItem) {
  auto ts = tasks_of(
      "IV. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Cục Kế hoạch có trách nhiệm chủ trì, phối hợp với Cục Tài chính, Văn phòng Bộ:\n"
      "\n"
      "- Tổng hợp kế hoạch vốn đầu tư công năm 2026.\n"
      "\n"
      "- Theo dõi, đôn đốc việc giải ngân vốn.\n"
      "\n"
      "2. Sở Y tế chủ trì, phối hợp với Sở Tài chính:\n"
      "\n"
      "+ Tổ chức tiêm chủng mở rộng cho trẻ em.\n"
      "\n"
      "3. Giao Cục Pháp chế:\n"
      "\n"
      "- Rà soát các văn bản quy phạm pháp luật.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].lead, (Units{"Cục Kế hoạch"}));
  EXPECT_EQ(ts[0].support, (Units{"Cục Tài chính", "Văn phòng Bộ"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Tổng hợp kế hoạch"));
  EXPECT_EQ(ts[1].support, ts[0].support);
  EXPECT_EQ(ts[2].lead, (Units{"Sở Y tế"}));
  EXPECT_EQ(ts[2].support, (Units{"Sở Tài chính"}));
  EXPECT_EQ(ts[3].lead, (Units{"Cục Pháp chế"}));
  EXPECT_TRUE(ts[3].support.empty());
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

// A unit heading over lettered items, one of which announces "-" sub-items: each lowest item is a
// task of the heading's unit; the item that announces them is none. A 2025 tax body heads as a unit.
TEST(UnitHeadingItems, SubItemsOfAnAnnouncingItemAreTheUnitsTasks) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các sở, ban, ngành, địa phương:\n"
      "a) Phối hợp kiểm tra các dự án đầu tư.\n"
      "b) Thực hiện các nhiệm vụ sau:\n"
      "- Báo cáo tình hình thực hiện dự án.\n"
      "- Đề xuất xử lý các dự án vi phạm.\n"
      "2. Thuế tỉnh Nghệ An:\n"
      "a) Tăng cường quản lý thuế đối với các dự án.\n"
      "3. Thuế cơ sở:\n"
      "a) Đôn đốc nộp thuế.\n");
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(task_at(ts, 5), nullptr);
  for (int line : {4, 6, 7}) {
    ASSERT_NE(task_at(ts, line), nullptr) << line;
    EXPECT_EQ(task_at(ts, line)->lead, (Units{"Các sở, ban, ngành, địa phương"})) << line;
  }
  EXPECT_TRUE(work_opens_with(*task_at(ts, 6), "Báo cáo tình hình"));
  EXPECT_EQ(task_at(ts, 9)->lead, (Units{"Thuế tỉnh Nghệ An"}));
  EXPECT_EQ(task_at(ts, 11)->lead, (Units{"Thuế cơ sở"}));
}

// In a letter, "Đề nghị <units>:" / "Yêu cầu <units>:" over "-" or "+" items: one task per item, the
// request's units leading; the request line is none.
TEST(UnitHeadingItems, ARequestLineOverItemsHandsThemItsUnits) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 500/UBND-KT\nV/v triển khai thực hiện Nghị định số 10/2025/NĐ-CP\n\n"
      "Kính gửi: Các sở, ban, ngành cấp tỉnh.\n\n"
      "Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
      "Đề nghị các sở, ban, ngành, Ủy ban nhân dân các xã, phường:\n"
      "- Tổ chức phổ biến nội dung Nghị định đến cán bộ, công chức.\n"
      "- Rà soát các văn bản quy phạm pháp luật thuộc lĩnh vực quản lý.\n"
      "\n"
      "Yêu cầu Sở Tài chính, Sở Nội vụ:\n"
      "+ Hướng dẫn các địa phương lập dự toán kinh phí.\n"
      "\n"
      "Nếu phát sinh vướng mắc, cơ quan, đơn vị chủ động liên hệ với Sở Tài chính để được hướng dẫn.\n");
  ASSERT_EQ(ts.size(), 4u);
  // The closing request after a condition is a task of the units it names.
  EXPECT_EQ(ts[3].lead, (Units{"cơ quan, đơn vị"}));
  EXPECT_TRUE(work_opens_with(ts[3], "chủ động liên hệ"));
  EXPECT_EQ(ts[0].line, 11);
  EXPECT_EQ(ts[0].lead, (Units{"các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Rà soát"));
  EXPECT_EQ(ts[2].lead, (Units{"Sở Tài chính", "Sở Nội vụ"}));
  EXPECT_TRUE(work_opens_with(ts[2], "Hướng dẫn"));

}

// Where a list of units splits (the guide: only where each part is a unit) and where a name ends.
TEST(UnitNames, KindsThatGoTogetherAndTitlesOverPlacesStayOne) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các Bộ, ngành, các địa phương theo dõi việc thực hiện.\n"
      "2. Các cơ quan truyền thông, báo chí đẩy mạnh tuyên truyền.\n"
      "3. Các Tổng công ty, công ty trực thuộc Thành phố rà soát phương án sản xuất.\n"
      "4. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo khắc phục hậu quả bão.\n"
      "5. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa trực tiếp chỉ đạo công tác ứng phó.\n"
      "6. Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Nghệ An rà soát quỹ đất.\n"
      "7. Thuế thành phố Huế đối chiếu với quy định của pháp luật để xử lý.\n");
  ASSERT_EQ(ts.size(), 7u);
  EXPECT_EQ(ts[0].lead, (Units{"Các Bộ, ngành", "các địa phương"}));
  EXPECT_EQ(ts[1].lead, (Units{"Các cơ quan truyền thông, báo chí"}));
  EXPECT_EQ(ts[2].lead, (Units{"Các Tổng công ty, công ty trực thuộc Thành phố"}));
  EXPECT_EQ(ts[3].lead, (Units{"Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"}));
  EXPECT_EQ(ts[4].lead, (Units{"Bí thư tỉnh ủy", "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa"}));
  EXPECT_EQ(ts[5].lead, (Units{"Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Nghệ An"}));
  EXPECT_EQ(ts[6].lead, (Units{"Thuế thành phố Huế"}));
  EXPECT_TRUE(work_opens_with(ts[6], "đối chiếu"));
  // A bare kind after a list of kinds goes on it.
  EXPECT_EQ(agencies().split_units("các sở, ngành, các đơn vị"), (Units{"các sở, ngành, các đơn vị"}));
}

// "X giao Y …": the units given the work lead it. "X chỉ đạo Y …" stays X's task.
TEST(GivenWork, TheUnitsAfterGiaoLeadNotTheBodyThatGivesIt) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Y tế chủ trì tổ chức tiêm chủng.\n"
      "\n"
      "Ủy ban nhân dân tỉnh giao Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường "
      "tổ chức thực hiện.\n");
  const Task* given = task_at(ts, 5);
  ASSERT_NE(given, nullptr);
  EXPECT_EQ(given->lead, (Units{"Giám đốc các sở", "Thủ trưởng các ban, ngành cấp tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"}));
  EXPECT_TRUE(work_opens_with(*given, "tổ chức thực hiện"));
}

// "các đơn vị được giao làm Bên mời thầu …": the passive verb narrows the kind; the unit acts after it.
// An item number alone on its line is no task.
TEST(GivenWork, APassiveAfterAKindGoesOnTheNameAndANumberAloneIsNoWork) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các đơn vị được giao làm Bên mời thầu dự án đường bộ cao tốc khẩn trương hoàn thành lựa chọn nhà thầu.\n"
      "2.\n"
      "3. Ủy ban nhân dân cấp tỉnh có Dự án đi qua chịu trách nhiệm bàn giao mặt bằng.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Các đơn vị được giao làm Bên mời thầu dự án đường bộ cao tốc"}));
  EXPECT_TRUE(work_opens_with(ts[0], "khẩn trương hoàn thành"));
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban nhân dân cấp tỉnh có Dự án đi qua"}));
}

}  // namespace
}  // namespace vnpolicy
