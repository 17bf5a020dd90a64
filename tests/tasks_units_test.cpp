// Who leads a prose task: member lists written without a colon ("Các Bộ Xây dựng, Công an"),
// the unit a delegating verb names ("UBND tỉnh chỉ đạo Sở Y tế chủ trì"), and work verbs that
// end the list of units.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

TEST(MemberListsWithoutColon, AKindWordBeforeSeveralNamesGivesOneUnitPerName) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các Bộ Xây dựng, Công an, Kế hoạch và Đầu tư theo dõi, hướng dẫn các địa phương thực hiện.\n"
      "2. Giám đốc các Sở Tài chính, Ủy ban nhân dân các huyện bố trí kinh phí thực hiện.\n"
      "3. Các Sở Tài chính tổng hợp dự toán kinh phí.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Xây dựng", "Bộ Công an", "Bộ Kế hoạch và Đầu tư"}));
  EXPECT_TRUE(work_opens_with(ts[0], "theo dõi, hướng dẫn"));
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
  EXPECT_TRUE(work_opens_with(ts[0], "xuất cấp hàng dự trữ quốc gia"));
}

TEST(WorkVerbs, TakingPartAndConsideringEndTheUnits) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các tổ chức thành viên của Mặt trận Tổ quốc xã tham gia kiểm tra, giám sát công tác bầu cử.\n"
      "2. Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ, Bộ Y tế xem xét, trình Thủ tướng Chính phủ quyết định.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Các tổ chức thành viên của Mặt trận Tổ quốc xã"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tham gia kiểm tra"));
  EXPECT_EQ(ts[1].support, (Units{"Bộ Nội vụ", "Bộ Y tế"}));
  EXPECT_TRUE(work_opens_with(ts[1], "xem xét, trình"));
}

// Work verbs that end a list of units: publishing, laying down rules, meeting.
TEST(WorkVerbs, PublishingRulingAndMeetingEndTheUnits) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Văn hóa và Thể thao chủ trì, phối hợp với Báo Nghệ An đăng tải thông tin về kết quả thực hiện.\n"
      "2. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp quy định cụ thể tiêu chí đánh giá.\n"
      "3. Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Tài chính làm việc với các địa phương.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].support, (Units{"Báo Nghệ An"}));
  EXPECT_TRUE(work_opens_with(ts[0], "đăng tải thông tin"));
  EXPECT_EQ(ts[1].support, (Units{"Sở Tư pháp"}));
  EXPECT_TRUE(work_opens_with(ts[1], "quy định cụ thể"));
  EXPECT_EQ(ts[2].support, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[2], "làm việc với"));
}

// "phối hợp với nhau": the units work together; "nhau" (each other) is no supporting unit.
TEST(SupportLists, WorkingWithEachOtherNamesNoSupport) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các sở, ban, ngành phối hợp với nhau trong việc chia sẻ dữ liệu.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Các sở, ban, ngành"}));
  EXPECT_TRUE(ts[0].support.empty());
  EXPECT_TRUE(work_opens_with(ts[0], "phối hợp với nhau"));
}

// "phối hợp với nhau, phối hợp với Bộ X …": after working together, the second list supports,
// in a sentence that names its lead and in an item under a unit heading alike.
TEST(SupportLists, ASecondListAfterEachOtherSupports) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các sở, ban, ngành phối hợp với nhau, phối hợp với Sở Tư pháp, Sở Nội vụ trong việc chia sẻ dữ liệu.\n"
      "2. Ủy ban nhân dân các huyện có trách nhiệm:\n"
      "a) Phối hợp với nhau, phối hợp với Công an tỉnh trong quản lý về an ninh trật tự.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Các sở, ban, ngành"}));
  EXPECT_EQ(ts[0].support, (Units{"Sở Tư pháp", "Sở Nội vụ"}));
  EXPECT_TRUE(work_opens_with(ts[0], "phối hợp với nhau"));
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban nhân dân các huyện"}));
  EXPECT_EQ(ts[1].support, (Units{"Công an tỉnh"}));
}

// "Cơ quan quản lý trực tiếp …" names the agency that directly manages; the verbs in it do not act.
TEST(WorkVerbs, TheDirectlyManagingAgencyIsOneName) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Cơ quan quản lý trực tiếp cơ sở giáo dục nghề nghiệp có trách nhiệm kiểm tra việc thực hiện Thông tư này.\n"
      "2. Sở Y tế quản lý trực tiếp các cơ sở khám bệnh, chữa bệnh trên địa bàn.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Cơ quan quản lý trực tiếp cơ sở giáo dục nghề nghiệp"}));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Y tế"}));
  EXPECT_TRUE(work_opens_with(ts[1], "quản lý trực tiếp"));
}

// A công văn's numbered requests: "Đề nghị <agency> <work>" is a task outside any organising section;
// a request to an unnamed "Công ty" is not.
TEST(Requests, ARequestToANamedAgencyInALetterIsATask) {
  auto ts = tasks_of(
      "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 2254/TCT-DNNCN\n\n"
      "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
      "1. Thông tư số 40/2021/TT-BTC có hiệu lực thi hành từ ngày 01/8/2021.\n\n"
      "2. Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương triển khai tuyên truyền, phổ biến nội dung Thông tư.\n\n"
      "3. Đề nghị Công ty thực hiện theo đúng quy định.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].line, 9);
  EXPECT_EQ(ts[0].lead, (Units{"Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"}));
  EXPECT_TRUE(work_opens_with(ts[0], "triển khai tuyên truyền"));
}

// A lettered point of a law's clause lists powers ("d) Đề nghị Chủ tịch … bổ nhiệm …"); a request that
// only announces its items hands them its unit.
TEST(Requests, PowersToProposeAndAnnouncedRequestsAreNoTasksOfTheirOwn) {
  auto ts = tasks_of(
      "Điều 12. Nhiệm vụ, quyền hạn của Sở Tư pháp\n"
      "1. Sở Tư pháp có các quyền sau đây:\n"
      "a) Kiểm tra hoạt động công chứng trên địa bàn;\n"
      "b) Đề nghị Chủ tịch Ủy ban nhân dân tỉnh bổ nhiệm, miễn nhiệm công chứng viên.\n"
      "\n"
      "Giao Giám đốc Công an tỉnh thực hiện các nhiệm vụ sau:\n"
      "- Cập nhật công khai đầy đủ danh mục thủ tục hành chính trên Cổng dịch vụ công;\n"
      "- Hướng dẫn tổ chức, cá nhân thực hiện thủ tục hành chính.\n");
  for (const auto& t : ts) {
    EXPECT_EQ(work_of(t).find("bổ nhiệm, miễn nhiệm"), std::string::npos) << t.line;
    EXPECT_EQ(work_of(t).find("các nhiệm vụ sau"), std::string::npos) << t.line;
  }
  const Task* update = task_at(ts, 7);
  ASSERT_NE(update, nullptr);
  EXPECT_EQ(update->lead, (Units{"Giám đốc Công an tỉnh"}));
  EXPECT_TRUE(work_opens_with(*update, "Cập nhật công khai"));
}

// "Bộ X có trách nhiệm:" announces the duties listed under it: the items are the tasks.
TEST(NoWork, ADutyAnnouncementIsNoTaskButItsItemsAre) {
  auto ts = tasks_of(
      "Điều 31. Tổ chức thực hiện\n"
      "1. Bộ Tài chính có trách nhiệm:\n"
      "a) Hướng dẫn, kiểm tra việc thực hiện Thông tư này;\n"
      "b) Tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện.\n"
      "2. Bộ Y tế có trách nhiệm sau đây:\n"
      "a) Chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện Thông tư này.\n");
  for (const auto& t : ts) EXPECT_EQ(work_of(t).find("có trách nhiệm"), std::string::npos) << t.line << " " << work_of(t);
  const Task* guide = task_at(ts, 3);
  ASSERT_NE(guide, nullptr);
  EXPECT_EQ(guide->lead, (Units{"Bộ Tài chính"}));
  EXPECT_TRUE(work_opens_with(*guide, "Hướng dẫn, kiểm tra"));
  const Task* direct = task_at(ts, 6);
  ASSERT_NE(direct, nullptr);
  EXPECT_EQ(direct->lead, (Units{"Bộ Y tế"}));
  EXPECT_EQ(ts.size(), 3u);
}

// A unit's name cut at a line end before a capital ("Sở Công" / "Thương"): a short line would end
// the paragraph, so the lead lost the end of its name and the work lost its addressee.
TEST(NamesCutByALineBreak, TheNameGoesOnInTheNextLine) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Công\n"
      "Thương có trách nhiệm kiểm tra, giám sát các đơn vị bán lẻ điện trên địa bàn tỉnh.\n"
      "2. Cục Điện lực có trách nhiệm:\n"
      "a) Trình Bộ\n"
      "Công Thương ban hành Quyết định quy định về giá bán điện cho các nhóm khách hàng;\n");
  const Task* check = task_at(ts, 3);
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(check->lead, (Units{"Sở Công Thương"}));
  const Task* submit = task_at(ts, 6);
  ASSERT_NE(submit, nullptr);
  EXPECT_EQ(submit->lead, (Units{"Cục Điện lực"}));
  EXPECT_TRUE(work_opens_with(*submit, "Trình Bộ Công Thương ban hành"));
}

// A law's article on a unit's duties or powers: the sentence before the list gives the unit's scope
// or function and announces the items; it names no work, even when the items are set apart by a blank line.
TEST(NoWork, AListOfDutiesOrPowersAfterAScopeIsNoTask) {
  auto ts = tasks_of(
      "Điều 70. Trách nhiệm của Ủy ban nhân dân các cấp\n"
      "1. Ủy ban nhân dân cấp tỉnh, trong phạm vi nhiệm vụ, quyền hạn của mình, có trách nhiệm sau đây:\n\n"
      "a) Tổ chức thực hiện pháp luật về hộ tịch tại địa phương;\n\n"
      "Điều 71. Quyền của Sở Tư pháp\n"
      "Sở Tư pháp có các quyền sau đây:\n\n"
      "a) Yêu cầu cơ quan đăng ký hộ tịch báo cáo;\n\n"
      "Điều 72. Trách nhiệm của Bộ Tư pháp\n"
      "Bộ Tư pháp thực hiện quản lý nhà nước về hộ tịch và có nhiệm vụ, quyền hạn sau đây:\n\n"
      "a) Ban hành văn bản hướng dẫn về hộ tịch.\n");
  for (const auto& t : ts) EXPECT_EQ(work_of(t).find("sau đây:"), std::string::npos) << t.line << " " << work_of(t);
  const Task* guide = task_at(ts, 14);
  ASSERT_NE(guide, nullptr);
  EXPECT_EQ(guide->lead, (Units{"Bộ Tư pháp"}));
  EXPECT_TRUE(work_opens_with(*guide, "Ban hành văn bản hướng dẫn"));
}

// A decree's list of the papers for a procedure: the agency named receives the file; nobody is given work.
TEST(NoWork, ADossierForAProcedureIsNoTask) {
  auto ts = tasks_of(
      "Điều 9. Hồ sơ đề nghị\n"
      "3. Hồ sơ đề nghị Bộ Văn hóa, Thể thao và Du lịch thẩm định hồ sơ khoa học, bao gồm:\n\n"
      "a) Hồ sơ đề nghị Bộ Văn hóa, Thể thao và Du lịch xem xét, trình Thủ tướng Chính phủ: Tờ trình của Ủy ban nhân dân cấp tỉnh;\n\n"
      "b) Hồ sơ đề nghị Bộ Văn hóa, Thể thao và Du lịch thẩm định: Văn bản đề nghị thẩm định.\n\n"
      "Điều 10. Trách nhiệm thi hành\n"
      "Bộ Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn thực hiện Nghị định này.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Văn hóa, Thể thao và Du lịch"}));
  EXPECT_TRUE(work_opens_with(ts[0], "hướng dẫn thực hiện Nghị định này"));
}

// Lines that only look like tasks: a statistical indicator's sheet, a table's column label.
TEST(NoWork, IndicatorSheetPartsAndColumnLabelsAreNoTasks) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "1. Tổng cục Thống kê chủ trì, phối hợp với các bộ, ngành:\n"
      "a) Phân tổ chủ yếu\n"
      "b) Kỳ công bố: Năm.\n"
      "c) Nguồn số liệu\n"
      "d) Tổng hợp, công bố số liệu thống kê về dân số hằng năm.\n"
      "\n"
      "Cơ quan chủ trì soạn thảo\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Tổng cục Thống kê"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Tổng hợp, công bố số liệu"));
}

// The signature block: the signer's title in capitals (cut over two lines), then the name.
TEST(NoWork, TheSignersNameUnderTheTitleIsNoTask) {
  auto ts = tasks_of(
      "QUỐC HỘI\n\nLUẬT\nBẢO HIỂM TIỀN GỬI\n\n"
      "Điều 1. Phạm vi điều chỉnh\nLuật này quy định về bảo hiểm tiền gửi.\n\n"
      "Luật này đã được Quốc hội khóa XIII, kỳ họp thứ 3 thông qua ngày 18 tháng 6 năm 2012.\n\n"
      "CHỦ TỊCH QUỐC\nHỘI\n\n\n\n\nNguyễn Sinh Hùng\n");
  for (const auto& t : ts) EXPECT_NE(work_of(t), "Nguyễn Sinh Hùng") << t.line;
}

// "để" / "nhằm" (so that) end the list of units: what follows is the work's purpose.
TEST(SupportLists, APurposeWordEndsTheUnits) {
  std::string text =
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Bộ Tài chính chủ trì, phối hợp với Bộ Y tế để kịp thời tháo gỡ khó khăn trong đầu tư hạ tầng.\n\n"
      "2. Sở Nội vụ phối hợp với các sở, ngành nhằm nâng cao chất lượng đội ngũ cán bộ.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Tài chính"}));
  EXPECT_EQ(ts[0].support, (Units{"Bộ Y tế"}));
  EXPECT_TRUE(work_opens_with(ts[0], "để kịp thời tháo gỡ"));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[1].support, (Units{"các sở, ngành"}));
}

// "1. Về <topic>: Giao Bộ X chủ trì …" in a conclusion notice: the topic names no one; the unit
// after "Giao" leads.
TEST(Requests, ATopicBeforeTheColonIsNoPartOfTheAssignment) {
  std::string text =
      "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ\n\n"
      "II. Ý KIẾN KẾT LUẬN\n\n"
      "1. Về hỗ trợ kinh phí dự án Bệnh án điện tử: Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế "
      "tổng hợp kiến nghị của các địa phương, báo cáo cấp có thẩm quyền.\n\n"       // 6
      "2. Đối với đề xuất điều chỉnh Nghị định: Giao Bộ Giáo dục và Đào tạo nghiên cứu, tiếp thu kiến nghị.\n\n"  // 8
      "3. Về kinh phí: từ nguồn ngân sách nhà nước theo phân cấp.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 6);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Tài chính"}));
  EXPECT_EQ(ts[0].support, (Units{"Bộ Y tế"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tổng hợp kiến nghị"));
  EXPECT_EQ(ts[1].line, 8);
  EXPECT_EQ(ts[1].lead, (Units{"Bộ Giáo dục và Đào tạo"}));
  EXPECT_TRUE(work_opens_with(ts[1], "nghiên cứu, tiếp thu"));
}

// Titles of heads open a subject like the units they head: "Chánh Văn phòng …", "Thống đốc …",
// "Bí thư tỉnh ủy" (a second list after ';' too), "Vụ trưởng …".
TEST(Titles, AHeadsTitleOpensTheSubject) {
  std::string text =
      "CÔNG ĐIỆN\n\n"
      "Thủ tướng Chính phủ yêu cầu:\n\n"
      "1. Bộ trưởng Bộ Y tế chỉ đạo các bệnh viện sẵn sàng tiếp nhận người bị thương.\n\n"            // 5
      "2. Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp với Bộ Nông nghiệp và Môi trường "
      "theo dõi sát diễn biến tình hình.\n\n"                                                         // 7
      "3. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng giãn nợ cho khách hàng.\n\n"  // 9
      "4. Bộ trưởng Bộ Công an; Bí thư tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh ven biển tổ chức sơ tán dân cư.\n";  // 11
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[1].line, 7);
  EXPECT_EQ(ts[1].lead, (Units{"Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"}));
  EXPECT_EQ(ts[1].support, (Units{"Bộ Nông nghiệp và Môi trường"}));
  EXPECT_EQ(ts[2].lead, (Units{"Thống đốc Ngân hàng Nhà nước Việt Nam"}));
  EXPECT_EQ(ts[2].lead_canonical, (Units{"Ngân hàng Nhà nước Việt Nam"}));
  EXPECT_EQ(ts[3].lead, (Units{"Bộ trưởng Bộ Công an", "Bí thư tỉnh ủy", "Chủ tịch Ủy ban nhân dân các tỉnh ven biển"}));
  EXPECT_TRUE(work_opens_with(ts[3], "tổ chức sơ tán"));
}

// "cơ sở đào tạo" names a kind of unit: "đào tạo" there is no verb, so a wrapped heading keeps it whole.
TEST(UnitHeadings, ATrainingInstitutionHeadingLeadsItsItems) {
  std::string text =
      "VI. TỔ CHỨC THỰC HIỆN\n\n"
      "**19. Các cơ\nsở đào tạo đại học, sau đại học**\n\n"
      "a) Mở thêm chuyên ngành về chuyển đổi số.\n\n"
      "b) Phối hợp với các viện nghiên cứu để phát triển công nghệ mới.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Các cơ sở đào tạo đại học, sau đại học"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Mở thêm chuyên ngành"));
  EXPECT_EQ(ts[1].lead, (Units{"Các cơ sở đào tạo đại học, sau đại học"}));
}

// "Phối hợp Công an tỉnh …" without "với" under a unit heading names the support just as
// "Phối hợp với" does; "phối hợp thực hiện" and "tăng cường phối hợp trong" name nobody.
TEST(SupportLists, CooperatingWithoutVoiNamesTheSupport) {
  std::vector<Task> ts = tasks_of(
      "IV. PHÂN CÔNG NHIỆM VỤ\n\n1. Sở Tài chính:\n\n"
      "- Phối hợp Công an tỉnh và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh rà soát quy hoạch.\n\n"
      "- Phối hợp thực hiện các nhiệm vụ khác được giao.\n\n"
      "2. Sở Nội vụ chủ trì, phối hợp các sở, ngành tham mưu khen thưởng.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
  EXPECT_EQ(ts[0].support, (Units{"Công an tỉnh", "các đơn vị có liên quan"}));
  EXPECT_TRUE(ts[1].support.empty());
  EXPECT_EQ(ts[2].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[2].support, (Units{"các sở, ngành"}));
  EXPECT_TRUE(work_opens_with(ts[2], "tham mưu khen thưởng"));
}

// Posting, setting up, launching and "trong công tác" end a unit list; "theo quy định" does not
// make "quy định" the work.
TEST(WorkVerbs, PostingSettingUpAndTheFieldOfWorkEndTheUnits) {
  std::vector<Task> ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Xây dựng đăng tải thông điệp truyền thông trên bảng tin điện tử.\n\n"
      "2. Giám đốc Sở Tư pháp phối hợp với Giám đốc Sở Khoa học và Công nghệ thiết lập quy trình điện tử.\n\n"
      "3. Công an tỉnh phối hợp với các cơ quan, đơn vị có liên quan trong công tác quản lý nhà nước về an ninh.\n\n"
      "4. Các cơ quan, đơn vị theo quy định có trách nhiệm thực hiện chế độ hỗ trợ.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Xây dựng"}));
  EXPECT_EQ(ts[1].support, (Units{"Giám đốc Sở Khoa học và Công nghệ"}));
  EXPECT_TRUE(work_opens_with(ts[1], "thiết lập quy trình"));
  EXPECT_EQ(ts[2].support, (Units{"các cơ quan, đơn vị có liên quan"}));
  EXPECT_TRUE(work_opens_with(ts[3], "có trách nhiệm"));
}

// A time limit written between the unit and its work ends the unit ("Sở Tư pháp chậm nhất
// ngày 15/7/2026 gửi …"), and the task keeps it as its deadline.
TEST(WorkVerbs, ATimeLimitAfterTheUnitEndsTheUnit) {
  std::vector<Task> ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Tư pháp chậm nhất ngày 15/7/2026 gửi báo cáo về Sở Nội vụ.\n\n"
      "2. Sở Y tế trong quý III/2026 trình Ủy ban nhân dân tỉnh đề án.\n\n"
      "3. Sở Công Thương tổng hợp nhu cầu, báo cáo Ủy ban nhân dân tỉnh trước 19h00 hằng ngày.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tư pháp"}));
  ASSERT_TRUE(ts[0].deadline.has_value());
  EXPECT_EQ(ts[0].deadline->end.value_or(""), "2026-07-15");
  EXPECT_EQ(ts[1].lead, (Units{"Sở Y tế"}));
  ASSERT_TRUE(ts[2].deadline.has_value());
  EXPECT_EQ(ts[2].deadline->kind, "recurring");
}

// A later clause that cooperates ("…; phối hợp với chính quyền địa phương các cấp trong việc …")
// names the support when the opening named none; a verb the lexicon lacks does not make the
// support run on past a known name ("Bộ Ngoại giao ký kết …"), a qualifier stays on it.
TEST(SupportLists, ALaterClauseThatCooperatesNamesTheSupport) {
  std::vector<Task> ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Bộ Công an chỉ đạo lực lượng công an các cấp nắm tình hình địa bàn; phối hợp với chính quyền địa phương các cấp "
      "trong việc rà soát số liệu hộ gia đình.\n\n"
      "2. Bộ Công an thực hiện hợp tác quốc tế về xuất cảnh, nhập cảnh; phối hợp với Bộ Ngoại giao ký kết thỏa thuận quốc tế.\n\n"
      "3. Bộ Quốc phòng tổ chức đón tiếp, phối hợp với các Bộ, ngành liên quan và Sở Công Thương tỉnh Khánh Hòa tổ chức triển lãm.\n\n"
      "4. Các sở, ngành tích cực phối hợp với lực lượng Công an trong rà soát, thống kê người nghiện.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].support, (Units{"chính quyền địa phương các cấp"}));
  EXPECT_EQ(ts[1].support, (Units{"Bộ Ngoại giao"}));
  EXPECT_EQ(ts[2].support, (Units{"các Bộ, ngành liên quan", "Sở Công Thương tỉnh Khánh Hòa"}));
  EXPECT_TRUE(ts[3].support.empty());
}

// Officers lead as their offices do ("Giao Tổng Thư ký Quốc hội chủ trì …", "Phó Thủ tướng …",
// a working group "Tổ giúp việc …"); "giúp Ủy ban …" after the support is the work, not a unit,
// while "Văn phòng giúp việc …" and "đơn vị sự nghiệp công lập" stay whole names.
TEST(WorkVerbs, OfficersAndWorkingGroupsLeadAndHelpingIsWork) {
  std::vector<Task> ts = tasks_of(
      "Điều 3.\n\n"
      "Giao Tổng Thư ký Quốc hội chủ trì, phối hợp với Thường trực Hội đồng Dân tộc giúp Ủy ban Thường vụ Quốc hội "
      "theo dõi, đôn đốc việc triển khai thực hiện Nghị quyết này.\n\n"
      "III. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Tổ giúp việc Ban Chỉ đạo chủ trì tổng hợp kết quả thực hiện.\n\n"
      "2. Sở Nội vụ chủ trì, phối hợp với Văn phòng giúp việc Ban Chỉ đạo theo dõi việc thực hiện.\n\n"
      "3. Người đứng đầu các đơn vị sự nghiệp công lập trực tiếp quản lý viên chức có trách nhiệm báo cáo kết quả.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].lead, (Units{"Tổng Thư ký Quốc hội"}));
  EXPECT_EQ(ts[0].support, (Units{"Thường trực Hội đồng Dân tộc"}));
  EXPECT_TRUE(work_opens_with(ts[0], "giúp Ủy ban Thường vụ Quốc hội"));
  EXPECT_EQ(ts[1].lead, (Units{"Tổ giúp việc Ban Chỉ đạo"}));
  EXPECT_EQ(ts[2].support, (Units{"Văn phòng giúp việc Ban Chỉ đạo"}));
  EXPECT_EQ(ts[3].lead, (Units{"Người đứng đầu các đơn vị sự nghiệp công lập"}));
}

// A verb the lexicon lacks lets a lead run on after a known name: the words after the name start the
// work when work follows them; a field after the name ("về bảo hiểm y tế") is neither unit nor work;
// words that qualify the name ("đóng trên địa bàn") stay on it.
TEST(WorkVerbs, WordsTheLexiconLacksAfterAKnownNameStartTheWork) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Tư pháp giới thiệu công chứng viên với cơ quan có thẩm quyền để thực hiện việc công chứng.\n"
      "2. Bộ Y tế về bảo hiểm y tế có trách nhiệm hướng dẫn thanh toán chi phí khám bệnh.\n"
      "3. Báo tỉnh và các cơ quan báo chí đóng trên địa bàn tuyên truyền nội dung Kế hoạch.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tư pháp"}));
  EXPECT_TRUE(work_opens_with(ts[0], "giới thiệu công chứng viên")) << ts[0].description.value_or("");
  EXPECT_EQ(ts[1].lead, (Units{"Bộ Y tế"}));
  EXPECT_TRUE(work_opens_with(ts[1], "có trách nhiệm hướng dẫn")) << ts[1].description.value_or("");
  EXPECT_EQ(ts[2].lead, (Units{"Báo tỉnh", "các cơ quan báo chí đóng trên địa bàn"}));
}

// "trong phạm vi nhiệm vụ, quyền hạn của mình" (no "chức năng") is the scope, not part of a unit.
TEST(SupportLists, TheScopeOfDutiesAndPowersIsNoUnit) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các sở, ban, ngành có liên quan trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm phối hợp thực hiện Kế hoạch.\n"
      "2. Sở Tài chính, Sở Nội vụ trong phạm vi nhiệm vụ và quyền hạn của mình hướng dẫn thực hiện Kế hoạch.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Các sở, ban, ngành có liên quan"}));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Tài chính", "Sở Nội vụ"}));
  EXPECT_TRUE(work_opens_with(ts[1], "hướng dẫn thực hiện")) << ts[1].description.value_or("");
}

// Items numbered in brackets under a unit ("5. Bộ trưởng Bộ Tài chính chủ trì:" / "(1) Phối hợp với
// Bộ Nông nghiệp và Môi trường …"): the units after "Phối hợp với" support that item.
TEST(SupportLists, AnItemNumberedInBracketsNamesItsSupport) {
  std::vector<Task> ts = tasks_of(
      "Thủ tướng Chính phủ yêu cầu:\n"
      "5. Bộ trưởng Bộ Tài chính chủ trì:\n"
      "(1) Phối hợp với Bộ Nông nghiệp và Môi trường tiếp tục rà soát, tổng hợp tình hình thiệt hại do mưa lũ.\n"
      "(2) Khẩn trương hoàn thiện dự thảo Nghị quyết của Chính phủ về các giải pháp hỗ trợ.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ trưởng Bộ Tài chính"}));
  EXPECT_EQ(ts[0].support, (Units{"Bộ Nông nghiệp và Môi trường"}));
  EXPECT_TRUE(ts[1].support.empty());
}

}  // namespace
}  // namespace vnpolicy
