// How the names of the units a task gives are cut and split: lists of kinds that stay one name,
// a member singled out ("nhất là"), a clause on a noun of the name, an honorific, a named unit in
// brackets after a role, a colon list of places, and "và" inside an agency's own name.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

TEST(KindLists, PartyCommitteesGoOnAPluralListOfKinds) {
  EXPECT_EQ(agencies().split_units("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"),
            (Units{"Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"}));
  EXPECT_EQ(agencies().split_units("Ban Thường vụ các huyện ủy, thị ủy, đảng ủy trực thuộc"),
            (Units{"Ban Thường vụ các huyện ủy, thị ủy, đảng ủy trực thuộc"}));
  // Further into a list of several units each committee is a unit, as the list's other kinds are.
  EXPECT_EQ(agencies().split_units("Các ban đảng, ban cán sự đảng, các huyện ủy, thành ủy"),
            (Units{"Các ban đảng", "ban cán sự đảng", "các huyện ủy", "thành ủy"}));
  // A committee with a name of its own is no kind.
  EXPECT_EQ(agencies().split_units("Các sở, ngành, Tỉnh ủy Lào Cai"), (Units{"Các sở, ngành", "Tỉnh ủy Lào Cai"}));
}

// "cấp tỉnh, cấp xã": one unit named at two levels, not a unit and a level.
TEST(KindLists, ALevelAfterAUnitNamedAtALevelIsTheSameUnit) {
  EXPECT_EQ(agencies().split_units("Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã"),
            (Units{"Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã"}));
  EXPECT_EQ(agencies().split_units("Ủy ban nhân dân cấp huyện, cấp xã"), (Units{"Ủy ban nhân dân cấp huyện, cấp xã"}));
  // A unit after a named one stays a unit of its own.
  EXPECT_EQ(agencies().split_units("Sở Tài chính, Ủy ban nhân dân cấp xã"), (Units{"Sở Tài chính", "Ủy ban nhân dân cấp xã"}));
}

// Private persons and households carry duties, not work given to a unit: no task in any kind of document.
TEST(KindLists, PrivatePersonsAsSubjectGiveNoTask) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 09/CT-UBND\n\nCHỈ THỊ\nVề tăng cường quản lý tài nguyên nước\n\n"
      "1. Sở Nông nghiệp và Môi trường có trách nhiệm kiểm tra việc khai thác nước dưới đất.\n\n"
      "2. Các tổ chức, cá nhân và hộ gia đình có trách nhiệm chấp hành nghiêm các quy định về khai thác nước.\n\n"
      "3. Người dân chủ động báo cáo chính quyền địa phương khi phát hiện vi phạm.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
}

TEST(KindLists, TitlesOverOneKindOfUnitAreOneName) {
  EXPECT_EQ(agencies().split_units("Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty"),
            (Units{"Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty"}));
  EXPECT_EQ(agencies().split_units("Thủ trưởng các Vụ, Cục, đơn vị thuộc Bộ"), (Units{"Thủ trưởng các Vụ, Cục, đơn vị thuộc Bộ"}));
  // Without a title the kinds are units of their own; a named unit after the titled kinds too.
  EXPECT_EQ(agencies().split_units("Các Tập đoàn, Tổng công ty"), (Units{"Các Tập đoàn", "Tổng công ty"}));
  EXPECT_EQ(agencies().split_units("Giám đốc các sở, Công an tỉnh"), (Units{"Giám đốc các sở", "Công an tỉnh"}));
  EXPECT_EQ(agencies().split_units("Chủ tịch Ủy ban nhân dân tỉnh, Tổng giám đốc các Tập đoàn"),
            (Units{"Chủ tịch Ủy ban nhân dân tỉnh", "Tổng giám đốc các Tập đoàn"}));
}

TEST(KindLists, ASecondPluralOpensAUnitOfItsOwn) {
  EXPECT_EQ(agencies().split_units("các bộ, ngành, địa phương, các thành viên của Ban Chỉ đạo"),
            (Units{"các bộ, ngành, địa phương", "các thành viên của Ban Chỉ đạo"}));
  // A bare kind after it goes on the list; after a unit that is no plural, the words are its scope.
  EXPECT_EQ(agencies().split_units("các sở, ngành, các đơn vị"), (Units{"các sở, ngành, các đơn vị"}));
  EXPECT_EQ(agencies().split_units("Đơn vị bán lẻ điện tại khu vực nông thôn, chợ, các khu công nghiệp"),
            (Units{"Đơn vị bán lẻ điện tại khu vực nông thôn, chợ, các khu công nghiệp"}));
}

// "tổ chức" reads as a verb ("tổ chức thực hiện"), but after a comma in a list it opens "tổ chức chính
// trị - xã hội", one more unit; "ban hành", "báo cáo" after a comma stay work.
TEST(KindLists, ASocioPoliticalOrganisationAfterAListOfKindsIsOneMoreUnit) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n\n"
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường có trách nhiệm xây dựng "
      "kế hoạch phòng, chống thiên tai của đơn vị mình.\n\n"
      "2. Sở Tài chính chủ trì, phối hợp với các sở, ngành, tổ chức chính trị - xã hội hướng dẫn việc quyết toán kinh phí.\n\n"
      "3. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, ban hành hoặc trình cấp có thẩm quyền ban hành định mức.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Các sở, ban, ngành", "tổ chức chính trị - xã hội", "Ủy ban nhân dân các xã, phường"}));
  EXPECT_TRUE(work_opens_with(ts[0], "có trách nhiệm xây dựng"));
  EXPECT_EQ(ts[1].support, (Units{"các sở, ngành", "tổ chức chính trị - xã hội"}));
  EXPECT_TRUE(work_opens_with(ts[1], "hướng dẫn"));
  EXPECT_EQ(ts[2].support, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[2], "ban hành hoặc trình"));
}

// "và địa phương" after a list of kinds names units of their own; a list of kinds written with commas stays
// one unit, and "ở Trung ương và địa phương" is the scope of the unit before it. "chính quyền địa phương các
// cấp" after "Chính phủ" is a kind of unit of its own.
TEST(KindLists, LocalitiesAfterVaAndLocalGovernmentAfterANamedUnitAreUnitsOfTheirOwn) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n\n"
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Các sở, ngành và địa phương có trách nhiệm xây dựng kế hoạch phòng, chống thiên tai.\n\n"
      "2. Các sở, ngành, địa phương chủ động bố trí lực lượng ứng trực.\n\n"
      "3. Sở Tài chính chủ trì, phối hợp với các cơ quan quản lý bảo hiểm ở Trung ương và địa phương hướng dẫn "
      "việc quyết toán kinh phí.\n\n"
      "4. Đề nghị Chính phủ, chính quyền địa phương các cấp, Tòa án nhân dân tối cao theo chức năng, nhiệm vụ "
      "được giao khẩn trương xây dựng kế hoạch thực hiện.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].lead, (Units{"Các sở, ngành", "địa phương"}));
  EXPECT_EQ(ts[1].lead, (Units{"Các sở, ngành, địa phương"}));
  EXPECT_EQ(ts[2].support, (Units{"các cơ quan quản lý bảo hiểm ở Trung ương và địa phương"}));
  EXPECT_EQ(ts[3].lead, (Units{"Chính phủ", "chính quyền địa phương các cấp", "Tòa án nhân dân tối cao"}));
}

TEST(AndInNames, AHeadWordAloneAfterVaEndsANameTheLexiconLacks) {
  EXPECT_EQ(agencies().split_units("Cục Tiền lương và Bảo hiểm xã hội"), (Units{"Cục Tiền lương và Bảo hiểm xã hội"}));
  // A unit with more than the head word, a known name before "và", a bare kind or a proper name after it: two units.
  EXPECT_EQ(agencies().split_units("Bộ Nội vụ và Bảo hiểm xã hội Việt Nam"), (Units{"Bộ Nội vụ", "Bảo hiểm xã hội Việt Nam"}));
  EXPECT_EQ(agencies().split_units("Sở Y tế và Bảo hiểm xã hội"), (Units{"Sở Y tế", "Bảo hiểm xã hội"}));
  EXPECT_EQ(agencies().split_units("Viện kiểm sát nhân dân và Kiểm toán Nhà nước"),
            (Units{"Viện kiểm sát nhân dân", "Kiểm toán Nhà nước"}));
  EXPECT_EQ(agencies().split_units("Văn phòng Ban Chỉ huy và cơ quan, địa phương liên quan"),
            (Units{"Văn phòng Ban Chỉ huy", "cơ quan, địa phương liên quan"}));
}

TEST(SubjectNames, KindsAndTitlesOfDirectiveItemsStayOneLead) {
  auto ts = directive_items(
      "1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa các nội dung của Chỉ thị này.\n"
      "2. Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty rà soát kế hoạch vốn năm 2025.\n"
      "3. Yêu cầu các bộ, ngành, địa phương, các thành viên của Ban Chỉ đạo phải nâng cao trách nhiệm người đứng đầu.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"}));
  EXPECT_EQ(ts[1].lead, (Units{"Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty"}));
  EXPECT_TRUE(work_opens_with(ts[1], "rà soát kế hoạch vốn"));
  EXPECT_EQ(ts[2].lead, (Units{"các bộ, ngành, địa phương", "các thành viên của Ban Chỉ đạo"}));
}

TEST(SubjectNames, AMemberSingledOutIsAUnitAndTheCueIsNeither) {
  auto ts = directive_items(
      "1. Cơ quan chủ quản, nhất là Tổng công ty Cảng hàng không Việt Nam cần khẩn trương hoàn thành thủ tục đầu tư.\n"
      "2. Các bộ, ngành, đặc biệt là Bộ Tài chính khẩn trương hướng dẫn các địa phương.\n"
      "3. Các bộ, ngành chủ động rà soát, nhất là trong lĩnh vực đất đai.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Cơ quan chủ quản", "Tổng công ty Cảng hàng không Việt Nam"}));
  EXPECT_TRUE(work_opens_with(ts[0], "cần khẩn trương"));
  EXPECT_EQ(ts[1].lead, (Units{"Các bộ, ngành", "Bộ Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[1], "khẩn trương hướng dẫn"));
  // After the work has begun, the cue singles out a field, not a unit.
  EXPECT_EQ(ts[2].lead, (Units{"Các bộ, ngành"}));
}

TEST(SubjectNames, AClauseOnANounOfTheNameBelongsToIt) {
  auto ts = directive_items(
      "1. Cơ quan chủ quản các dự án đang triển khai thi công tiếp tục chỉ đạo nhà thầu tăng ca, tăng kíp.\n"
      "2. Các địa phương đang triển khai thực hiện, tiếp tục rà soát các dự án.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Cơ quan chủ quản các dự án đang triển khai thi công"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tiếp tục chỉ đạo"));
  // On the unit itself the aspect word opens the work.
  EXPECT_EQ(ts[1].lead, (Units{"Các địa phương"}));
  EXPECT_TRUE(work_opens_with(ts[1], "đang triển khai"));
}

TEST(SubjectNames, HonorificRoleInBracketsAndPlacesAfterAColon) {
  auto ts = directive_items(
      "1. Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo, đôn đốc các chủ đầu tư.\n"
      "2. Yêu cầu Nhà đầu tư (Tập đoàn Sơn Hà) rà soát hồ sơ thiết kế, bảo đảm chất lượng công trình.\n"
      "3. Ủy ban nhân dân các tỉnh, thành phố: Lạng Sơn, Cao Bằng, Hà Giang quyết liệt chỉ đạo giải phóng mặt bằng.\n"
      "4. Ủy ban nhân dân các xã, phường: Tổng hợp, báo cáo giá thị trường hằng tháng.\n"
      "5. Bộ Tài chính (Cục Quản lý công sản) rà soát tài sản công.\n");
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ trưởng Bộ Xây dựng"}));
  EXPECT_EQ(ts[1].lead, (Units{"Tập đoàn Sơn Hà"}));
  EXPECT_TRUE(work_opens_with(ts[1], "rà soát hồ sơ"));
  EXPECT_EQ(ts[2].lead, (Units{"Ủy ban nhân dân các tỉnh, thành phố: Lạng Sơn, Cao Bằng, Hà Giang"}));
  EXPECT_TRUE(work_opens_with(ts[2], "quyết liệt chỉ đạo"));
  // After places a verb is the work.
  EXPECT_EQ(ts[3].lead, (Units{"Ủy ban nhân dân các xã, phường"}));
  EXPECT_TRUE(work_opens_with(ts[3], "Tổng hợp"));
  // A unit with a name of its own leads, whatever its brackets say.
  EXPECT_EQ(ts[4].lead, (Units{"Bộ Tài chính"}));
}

TEST(SubjectNames, AMinistryDoesNotGoOverPlaces) {
  auto ts = directive_items(
      "1. Bộ Xây dựng, Bộ Quốc phòng các tỉnh Lạng Sơn, Cao Bằng, Hà Giang đôn đốc các nhà thầu thi công.\n"
      "2. Chủ tịch Ủy ban nhân dân các tỉnh Quảng Ninh và Hải Phòng chỉ đạo giải phóng mặt bằng.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Xây dựng", "Bộ Quốc phòng", "các tỉnh Lạng Sơn, Cao Bằng, Hà Giang"}));
  EXPECT_EQ(ts[1].lead, (Units{"Chủ tịch Ủy ban nhân dân các tỉnh Quảng Ninh và Hải Phòng"}));
}

TEST(SupportNames, AnAgencyWhoseNameHoldsVaSupportsAsOne) {
  auto ts = directive_items(
      "1. Bộ Nội vụ chủ trì, phối hợp với Cục Tiền lương và Bảo hiểm xã hội hướng dẫn chế độ cho người lao động.\n"
      "2. Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ và Bảo hiểm xã hội Việt Nam hướng dẫn thực hiện.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].support, (Units{"Cục Tiền lương và Bảo hiểm xã hội"}));
  EXPECT_EQ(ts[1].support, (Units{"Bộ Nội vụ", "Bảo hiểm xã hội Việt Nam"}));
}

// The Government's formula "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch
// Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" is three titles: the kinds after a title
// are its own. "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" over "+" items heads them
// as a known agency does.
TEST(SubjectNames, TheGovernmentsFormulaOfTitlesAndAUnitOfEveryProvinceHeadingItems) {
  auto ts = tasks_of(
      "CHÍNH PHỦ\nSố: 394/NQ-CP\nHà Nội, ngày 03 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nVề bảo vệ môi trường\n\n"
      "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n\n1. Tăng cường quản lý rác thải\n\n"   // 8-10
      "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n\n"                 // 12
      "+ Khẩn trương ban hành các văn bản triển khai thi hành Luật Bảo vệ môi trường.\n\n"  // 14
      "IV. TỔ CHỨC THỰC HIỆN\n\n"                                                       // 16
      "1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
      "thành phố trực thuộc trung ương:\n\n"                                              // 18
      "a) Tổ chức triển khai thực hiện các nhiệm vụ, giải pháp chủ yếu tại phần III.\n");  // 20
  ASSERT_NE(task_at(ts, 14), nullptr);
  EXPECT_EQ(task_at(ts, 14)->lead, (Units{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}));
  ASSERT_NE(task_at(ts, 20), nullptr);
  EXPECT_EQ(task_at(ts, 20)->lead, (Units{"Bộ trưởng", "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                                          "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}));
}

// A marked heading that is only a request to a unit, without a colon, hands its items to that unit.
TEST(SubjectNames, ARequestHeadingWithoutAColonHandsItsItemsToTheUnit) {
  auto ts = tasks_of(
      "CHÍNH PHỦ\nSố: 394/NQ-CP\nHà Nội, ngày 03 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nVề bảo vệ môi trường\n\n"
      "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n\n1. Phát động phong trào bảo vệ môi trường\n\n"            // 8-10
      "a) Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam\n\n"                                        // 12
      "- Chỉ đạo Mặt trận Tổ quốc Việt Nam tại địa phương xây dựng kế hoạch giám sát.\n\n"             // 14
      "- Chỉ đạo Hội Nông dân Việt Nam đẩy mạnh tuyên truyền, vận động hội viên.\n");                   // 16
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 14);
  EXPECT_EQ(ts[0].lead, (Units{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}));
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}));
}

}  // namespace
}  // namespace vnpolicy
