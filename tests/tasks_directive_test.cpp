// Tasks of directives (công điện, chỉ thị): the numbered parts after "… yêu cầu:" that follows
// an addressee list, member lists ("Bộ trưởng các Bộ: Quốc phòng, Công an"), the scope phrase
// before a list, and a subject sentence that only leads in its items.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

// A công điện: addressees as "-" items, then the lead-in paragraph and the numbered parts.
constexpr const char* kDispatch =
    "CÔNG ĐIỆN\n"
    "Về việc ứng phó với mưa lũ\n"
    "\n"
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
    "\n"
    "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố;\n"
    "- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ.\n"
    "\n"
    "Mưa lớn kéo dài trong nhiều ngày qua đã gây ngập lụt tại nhiều địa phương, ảnh hưởng đến đời sống của Nhân\n"
    "dân. Để chủ động ứng phó, bảo đảm an toàn tính mạng cho Nhân dân, Thủ tướng Chính phủ yêu cầu:\n"
    "\n"
    "1. Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường chỉ đạo lực lượng hỗ trợ người dân\n"
    "sơ tán khỏi các khu vực nguy hiểm.\n"
    "\n"
    "2. Bộ trưởng Bộ Tài chính chỉ đạo triển khai các chính sách hỗ trợ người dân bị thiệt hại.\n"
    "\n"
    "3. Văn phòng Chính phủ trên cơ sở chức năng, nhiệm vụ được giao theo dõi, đôn đốc việc thực hiện Công điện này.\n"
    "\n"
    "Nơi nhận:\n"
    "- Như trên;\n";

TEST(DirectiveParts, NumberedPartsAfterAnAddresseeListAreTasks) {
  auto ts = tasks_of(kDispatch);
  const Task* defence = task_at(ts, 12);
  ASSERT_NE(defence, nullptr);
  EXPECT_EQ(defence->lead, (Units{"Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Nông nghiệp và Môi trường"}));
  EXPECT_TRUE(work_opens_with(*defence, "chỉ đạo lực lượng hỗ trợ người dân"));
  const Task* finance = task_at(ts, 15);
  ASSERT_NE(finance, nullptr);
  EXPECT_EQ(finance->lead, (Units{"Bộ trưởng Bộ Tài chính"}));
  // The scope phrase, with its "được giao", belongs to neither the unit nor the work.
  const Task* office = task_at(ts, 17);
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(office->lead, (Units{"Văn phòng Chính phủ"}));
  EXPECT_TRUE(work_opens_with(*office, "theo dõi, đôn đốc"));
  EXPECT_EQ(ts.size(), 3u);
}

// A part whose list of members is cut after a comma goes on in the line below it.
TEST(DirectiveParts, APartCutAfterACommaHandsTheWholeListToItsItems) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa,\n"
      "Đắk Lắk, Gia Lai:\n"
      "a) Cung ứng kịp thời lương thực, thực phẩm cho người dân.\n");
  ASSERT_EQ(ts.size(), 1u);
  // A title over a list of places is one name, as written.
  EXPECT_EQ(ts[0].lead, (Units{"Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Cung ứng"));
}

// "Hồ sơ đề nghị:" titles the papers of an application: the parts after it ask no unit for work.
TEST(DirectiveParts, AnApplicationsPapersAreNoDirectiveLeadIn) {
  auto ts = tasks_of(
      "Điều 5. Thủ tục cấp giấy phép\n"
      "1. Tổ chức nộp hồ sơ tại Cục Hàng hải Việt Nam.\n"
      "- Hồ sơ đề nghị:\n"
      "Bản sao giấy chứng nhận đăng ký doanh nghiệp và văn bản đề nghị của tổ chức.\n"
      "2. Cục Hàng hải Việt Nam tiếp nhận hồ sơ, nếu hồ sơ chưa hợp lệ thì hướng dẫn hoàn thiện hồ sơ.\n");
  EXPECT_TRUE(ts.empty()) << work_of(ts.front());
}

// The focus after a list of units narrows it ("…, trong đó trọng tâm là các tỉnh: …:"): no unit, no work.
TEST(DirectiveParts, TheFocusAfterTheUnitsIsNeitherUnitNorWork) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:\n"
      "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:\n"
      "a) Tổ chức xây dựng kế hoạch sửa chữa nhà ở cho các gia đình bị thiệt hại.\n"
      "b) Huy động các lực lượng hỗ trợ sửa chữa nhà.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Tổ chức xây dựng kế hoạch"));
  EXPECT_EQ(ts[1].lead, ts[0].lead);
}

// A chỉ thị whose lead-in names the addressees before "… các nội dung sau:" assigns work in every
// part below it, though it ends with a "Tổ chức thực hiện" part of its own; the same lead-in in a
// plan only announces the measures of its sections, which assign nothing.
constexpr const char* kDirectiveBody =
    "ỦY BAN NHÂN DÂN TỈNH A\n"
    "Số: 10/CT-UBND\n"
    "\n"
    "%s\n"
    "Về việc tăng cường phối hợp thẩm định dự án đầu tư\n"
    "\n"
    "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã,\n"
    "phường nâng cao trách nhiệm, tập trung thực hiện các nội dung sau:\n"
    "\n"
    "I. Trách nhiệm phối hợp thẩm định dự án\n"
    "\n"
    "1. Sở Tài chính, Sở Xây dựng theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp công bố thông tin về quy hoạch.\n"
    "\n"
    "2. Các sở, ban, ngành, Ủy ban nhân dân cấp xã theo chức năng quản lý của mình, có trách nhiệm cung cấp thông tin.\n"
    "\n"
    "II. Tổ chức thực hiện\n"
    "\n"
    "Sở Tài chính theo dõi, tổng hợp các khó khăn, vướng mắc, báo cáo Ủy ban nhân dân tỉnh.\n";

std::string directive_of_type(const char* type) {
  std::string text(kDirectiveBody);
  text.replace(text.find("%s"), 2, type);
  return text;
}

TEST(DirectiveParts, ADirectivesLeadInNamingItsAddresseesOpensEveryPartBelowIt) {
  auto ts = tasks_of(directive_of_type("CHỈ THỊ"));
  const Task* publish = task_at(ts, 12);
  ASSERT_NE(publish, nullptr);
  EXPECT_EQ(publish->lead, (Units{"Sở Tài chính", "Sở Xây dựng"}));
  const Task* inform = task_at(ts, 14);
  ASSERT_NE(inform, nullptr);
  EXPECT_EQ(inform->lead, (Units{"Các sở, ban, ngành", "Ủy ban nhân dân cấp xã"}));
  EXPECT_NE(task_at(ts, 18), nullptr);
}

TEST(DirectiveParts, APlansLeadInOnlyAnnouncesTheMeasuresOfItsSections) {
  auto ts = tasks_of(directive_of_type("KẾ HOẠCH"));
  EXPECT_EQ(task_at(ts, 12), nullptr);
  EXPECT_EQ(task_at(ts, 14), nullptr);
  EXPECT_NE(task_at(ts, 18), nullptr);  // the organising section still assigns
}

// A letter's closing formula passes the text on and its list of enclosures names documents:
// neither is work, though the letter's body before them is.
TEST(DirectiveParts, ALettersClosingFormulaAndEnclosuresAreNoTasks) {
  auto ts = tasks_of(
      "BỘ TÀI CHÍNH\n"
      "Số: 25/BTC-TCT\n"
      "V/v triển khai Cẩm nang nghiệp vụ thuế\n"
      "\n"
      "Kính gửi: Cục Thuế các tỉnh, thành phố.\n"
      "\n"
      "Để thống nhất cách thức phối hợp, Bộ Tài chính đề nghị Cục Thuế các tỉnh, thành phố thực hiện một số nội dung sau:\n"
      "\n"
      "1. Cục Thuế các tỉnh, thành phố đẩy nhanh việc phổ biến Cẩm nang đến công chức cấp xã.\n"
      "\n"
      "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:\n"
      "- Cẩm nang nghiệp vụ thuế dành cho công chức cấp xã;\n"
      "- Slide đào tạo, tập huấn Cẩm nang.\n"
      "\n"
      "Bộ Tài chính thông báo để Cục Thuế các tỉnh, thành phố biết và triển khai thực hiện./.\n");
  const Task* spread = task_at(ts, 9);
  ASSERT_NE(spread, nullptr);
  EXPECT_EQ(spread->lead, (Units{"Cục Thuế các tỉnh, thành phố"}));
  EXPECT_TRUE(work_opens_with(*spread, "đẩy nhanh"));
  for (const Task& t : ts) EXPECT_LT(t.line, 11) << "line " << t.line << ": " << work_of(t);
}

// A directive's part headed by a kind of unit named by its activity ("Các đơn vị cấp nước sạch …"), its
// heading wrapped after "Các" and closed by "có trách nhiệm", leads its lettered items as a named unit does.
TEST(DirectiveParts, AKindOfUnitNamedByItsActivityLeadsItsItems) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 09/CT-UBND\n\nCHỈ THỊ\nVề tăng cường quản lý tài nguyên nước\n\n"  // 1-7
      "Để tăng cường quản lý tài nguyên nước trên địa bàn tỉnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"       // 8-9
      "1. Sở Nông\nnghiệp và Môi trường\n\n"                                                                  // 10-12
      "a) Tăng cường công tác tuyên truyền các quy định về tài nguyên nước.\n\n"                               // 13-14
      "2. Các\nđơn vị kinh doanh hạ tầng khu công nghiệp có trách nhiệm\n\n"                                 // 15-17
      "a) Bảo đảm cung cấp nước cho các doanh nghiệp trong khu công nghiệp.\n\n"                              // 18-19
      "b) Vận động các doanh nghiệp sử dụng nước tiết kiệm.\n");                                               // 20
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
  EXPECT_EQ(ts[1].line, 18);
  EXPECT_EQ(ts[1].lead, (Units{"Các đơn vị kinh doanh hạ tầng khu công nghiệp"}));
  EXPECT_EQ(ts[2].line, 20);
  EXPECT_EQ(ts[2].lead, (Units{"Các đơn vị kinh doanh hạ tầng khu công nghiệp"}));
}

TEST(MemberLists, EachNamedMemberIsAUnitAndAPluralAfterThemStaysOne) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Giám đốc các Sở: Tư pháp, Văn hóa, Thể thao và Du lịch và các sở, ngành có liên quan tổ chức tuyên truyền\n"
      "Kế hoạch này.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Giám đốc Sở Tư pháp", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "các sở, ngành có liên quan"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tổ chức tuyên truyền"));
}

// Without a title the members are the kind's units; a scope that does not end its clause stays in the work.
TEST(MemberLists, UntitledMembersAndAScopeThatGoesOn) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp phương tiện theo đề nghị của địa phương.\n"
      "2. Các bộ, cơ quan trung ương căn cứ chức năng, nhiệm vụ và chỉ đạo của cấp có thẩm quyền tổ chức thực hiện Nghị quyết này.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Quốc phòng", "Bộ Tài chính"}));
  EXPECT_EQ(ts[1].lead, (Units{"Các bộ, cơ quan trung ương"}));
  EXPECT_TRUE(work_opens_with(ts[1], "căn cứ chức năng, nhiệm vụ và chỉ đạo"));
}

TEST(ListLeadIns, ASentenceThatOnlyAnnouncesItsItemsIsNoTaskButItsItemsAre) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các sở, ban, ngành căn cứ chức năng, nhiệm vụ, quyền hạn được giao:\n"
      "a) Rà soát các quy hoạch của ngành trong quý II năm 2026.\n"
      "b) Tiết kiệm chi thường xuyên.\n"
      "2. Ủy ban nhân dân các xã, phường theo chức năng, nhiệm vụ được giao, tập trung lãnh đạo, chỉ đạo thực hiện\n"
      "các nhiệm vụ trọng tâm sau:\n"
      "a) Rà soát, bổ sung các chỉ tiêu tăng trưởng của địa phương.\n"
      "3. Sở Nội vụ quán triệt các nhiệm vụ nêu tại Kế hoạch này theo chức năng, nhiệm vụ được giao:\n"
      "a) Hướng dẫn các xã, phường xây dựng kế hoạch.\n");
  EXPECT_EQ(task_at(ts, 3), nullptr);  // the scope alone is no work
  ASSERT_NE(task_at(ts, 4), nullptr);
  EXPECT_EQ(task_at(ts, 4)->lead, (Units{"Các sở, ban, ngành"}));
  ASSERT_NE(task_at(ts, 5), nullptr);
  EXPECT_EQ(task_at(ts, 6), nullptr);  // "… các nhiệm vụ trọng tâm sau:" leads in its items
  ASSERT_NE(task_at(ts, 8), nullptr);
  EXPECT_EQ(task_at(ts, 8)->lead, (Units{"Ủy ban nhân dân các xã, phường"}));
  // Work of its own before the colon: the sentence stays a task, its items too.
  ASSERT_NE(task_at(ts, 9), nullptr);
  EXPECT_EQ(task_at(ts, 9)->lead, (Units{"Sở Nội vụ"}));
  ASSERT_NE(task_at(ts, 10), nullptr);
}

// Work of its own before "… nhiệm vụ cụ thể sau:" (clauses cut by ';', 'đồng thời'): the sentence is a task too.
TEST(ListLeadIns, ASentenceWithWorkOfItsOwnBeforeTheListStaysATask) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Ủy ban nhân dân các xã, phường chủ động bố trí kinh phí từ ngân sách địa phương; đồng thời huy động các\n"
      "nguồn vốn hợp pháp khác để thực hiện Kế hoạch, tập trung một số nhiệm vụ cụ thể sau:\n"
      "- Tổ chức xây dựng kế hoạch thực hiện của địa phương.\n"
      "- Tổ chức các lớp tập huấn cho cán bộ cơ sở.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Ủy ban nhân dân các xã, phường"}));
  EXPECT_TRUE(work_opens_with(ts[0], "chủ động bố trí kinh phí"));
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban nhân dân các xã, phường"}));
  EXPECT_TRUE(work_opens_with(ts[2], "Tổ chức các lớp tập huấn"));
}

// Items that name figures to report are lines of the report; the sentence that asks for it is the task.
TEST(ListLeadIns, FigureItemsAreNoTasksAndTheRequestForThemIs) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Ủy ban nhân dân các tỉnh khẩn trương rà soát, tổng hợp báo cáo về một số nội dung sau:\n"
      "(1) Số hộ dân có nhà bị sập cần phải xây dựng lại.\n"
      "(2) Tỷ lệ hộ dân đã được hỗ trợ.\n"
      "(3) Tổng kinh phí cần thiết hỗ trợ Nhân dân.\n"
      "2. Sở Nội vụ thực hiện các nội dung sau:\n"
      "a) Số hóa hồ sơ hỗ trợ của các hộ dân.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Ủy ban nhân dân các tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[0], "khẩn trương rà soát"));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Số hóa hồ sơ"));
}

// A model form in an appendix: its field labels are blanks to fill in, not work for the heading's unit.
TEST(ListLeadIns, AFormsFieldLabelsAreNoTasks) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Tài chính chủ trì tổng hợp báo cáo.\n"
      "\n"
      "PHỤ LỤC\n"
      "V. NGÂN HÀNG GIÁM SÁT\n"
      "Tên ngân hàng:\n"
      "Địa chỉ trụ sở chính:\n"
      "Điện thoại:                          Fax:\n"
      "Email:\n"
      "Người đại diện theo pháp luật:\n"
      "Ghi chú:\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tổng hợp báo cáo"));
}

// "cơ quan thanh tra", "Trưởng Ban chỉ đạo", "Ban quản lý": a noun before the verb makes a name.
TEST(JoinedUnits, AVerbAfterItsNamingNounIsPartOfTheUnit) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Các cơ quan thanh tra khẩn trương hoàn thành việc thanh tra và ban hành kết luận.\n"
      "2. Giám đốc Sở Tài chính; Trưởng Ban quản lý khu kinh tế tỉnh có trách nhiệm tổng hợp số liệu.\n"
      "3. Trưởng Ban chỉ đạo tỉnh đôn đốc các sở, ngành thực hiện Kế hoạch này.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Các cơ quan thanh tra"}));
  EXPECT_TRUE(work_opens_with(ts[0], "khẩn trương hoàn thành"));
  EXPECT_EQ(ts[1].lead, (Units{"Giám đốc Sở Tài chính", "Trưởng Ban quản lý khu kinh tế tỉnh"}));
  EXPECT_EQ(ts[2].lead, (Units{"Trưởng Ban chỉ đạo tỉnh"}));
}

TEST(JoinedUnits, TheStandingBoardOfProvincialAndCityPartyCommitteesIsOneUnit) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng quán triệt Kết luận này.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Ban Thường vụ Tỉnh ủy, Thành ủy"}));
}

}  // namespace
}  // namespace vnpolicy
