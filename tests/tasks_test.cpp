// Tasks in prose: chủ trì sentences, organising-section items, duty cues, unit-list
// splitting and agency canonicalisation.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::corpus_file;
using ::vnpolicy::testing::project_extractor;
using ::vnpolicy::testing::read_file;
using namespace ::vnpolicy::task_tests;

TEST(UnitLists, CommasInsideOneUnitDoNotSplit) {
  EXPECT_EQ(agencies().split_units("các sở, ban, ngành tỉnh, Ủy ban nhân dân huyện, thành phố"),
            (Units{"các sở, ban, ngành tỉnh", "Ủy ban nhân dân huyện, thành phố"}));
  EXPECT_EQ(agencies().split_units("Sở Văn hóa, Thể thao và Du lịch"), (Units{"Sở Văn hóa, Thể thao và Du lịch"}));
  EXPECT_EQ(agencies().split_units("Sở Kế hoạch và Đầu tư"), (Units{"Sở Kế hoạch và Đầu tư"}));
}

TEST(UnitLists, SplitOnCommaAndVaWhereEachPartIsAUnit) {
  EXPECT_EQ(agencies().split_units("Các cấp ủy đảng trực thuộc Tỉnh ủy, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh"),
            (Units{"Các cấp ủy đảng trực thuộc Tỉnh ủy", "Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội tỉnh"}));
  EXPECT_EQ(agencies().split_units("Sở Thông tin và Truyền thông và các cơ quan báo chí"),
            (Units{"Sở Thông tin và Truyền thông", "các cơ quan báo chí"}));
  EXPECT_EQ(agencies().split_units("Các ban đảng, ban cán sự đảng, đảng đoàn, Ban Thường vụ Tỉnh đoàn, các huyện ủy, thành ủy, đảng ủy trực thuộc").size(), 7u);
}

TEST(UnitLists, CategoryWordsContinueAGenericListButNotANamedUnit) {
  EXPECT_EQ(agencies().split_units("Bộ Tài chính, các bộ, ngành, cơ quan, tổ chức có liên quan"),
            (Units{"Bộ Tài chính", "các bộ, ngành, cơ quan, tổ chức có liên quan"}));
  EXPECT_EQ(agencies().split_units("Bộ Y tế, cơ quan, đơn vị liên quan"), (Units{"Bộ Y tế", "cơ quan, đơn vị liên quan"}));
  EXPECT_EQ(agencies().split_units("Giám đốc các sở, ban, ngành tỉnh, Thủ trưởng các cơ quan trực thuộc Ủy ban nhân dân tỉnh"),
            (Units{"Giám đốc các sở, ban, ngành tỉnh", "Thủ trưởng các cơ quan trực thuộc Ủy ban nhân dân tỉnh"}));
}

// A plural after "và" opens a unit of its own; a kind word followed by the list's scope
// ("ngành thuộc …") closes a list of kinds, while a unit of its own kind ("cơ quan thuộc
// Chính phủ") after a named kind stays apart.
TEST(UnitLists, PluralAfterVaAndTheScopeOfAListOfKinds) {
  EXPECT_EQ(agencies().split_units("Sở Nội vụ, các sở, ban, ngành Thành phố và các cơ quan, tổ chức khác có liên quan"),
            (Units{"Sở Nội vụ", "các sở, ban, ngành Thành phố", "các cơ quan, tổ chức khác có liên quan"}));
  EXPECT_EQ(agencies().split_units("Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố"),
            (Units{"Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố"}));
  EXPECT_EQ(agencies().split_units("Các Tập đoàn, Tổng công ty"), (Units{"Các Tập đoàn", "Tổng công ty"}));
}

TEST(Agencies, CanonicalNamesFromVariantsAbbreviationsAndTitles) {
  EXPECT_EQ(agencies().canonical("Sở KH&ĐT"), "Sở Kế hoạch và Đầu tư");
  EXPECT_EQ(agencies().canonical("sở Kế hoạch và Đầu tư"), "Sở Kế hoạch và Đầu tư");
  EXPECT_EQ(agencies().canonical("Sở TT&TT"), "Sở Thông tin và Truyền thông");
  EXPECT_EQ(agencies().canonical("UBND tỉnh"), "Ủy ban nhân dân tỉnh");
  EXPECT_EQ(agencies().canonical("Uỷ ban nhân dân tỉnh"), "Ủy ban nhân dân tỉnh");  // old tone mark
  EXPECT_EQ(agencies().canonical("Ban cán sự đảng UBND tỉnh"), "Ban cán sự đảng Ủy ban nhân dân tỉnh");
  EXPECT_EQ(agencies().canonical("BTV Tỉnh ủy"), "Ban Thường vụ Tỉnh ủy");
  EXPECT_EQ(agencies().canonical("Giám đốc các Sở, ngành"), "Các sở, ban, ngành tỉnh");
  EXPECT_EQ(agencies().canonical("Chủ tịch Ủy ban nhân dân các huyện, thành phố"), "Ủy ban nhân dân cấp huyện");
  // A unit the lexicon lacks keeps its written name, abbreviations spelled out.
  EXPECT_EQ(agencies().canonical("Trung tâm Y tế HĐND huyện"), "Trung tâm Y tế Hội đồng nhân dân huyện");
  EXPECT_EQ(agencies().search_key("Sở Kế hoạch và Đầu tư"), agencies().search_key("so ke hoach va dau tu"));
}

TEST(ProseTasks, ChuTriSentenceGivesLeadSupportAndWork) {
  auto a = tasks().read_lead_sentence(
      "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ban, ngành tỉnh, Ủy ban nhân dân huyện, thành phố tổng hợp "
      "đánh giá kết quả thực hiện Kế hoạch");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->lead, (Units{"Sở Kế hoạch và Đầu tư"}));
  EXPECT_EQ(a->support, (Units{"các sở, ban, ngành tỉnh", "Ủy ban nhân dân huyện, thành phố"}));
  EXPECT_EQ(a->work.rfind("tổng hợp đánh giá", 0), 0u);
}

TEST(ProseTasks, VerbsInsideNamesDoNotEndTheUnit) {
  auto a = tasks().read_lead_sentence("Bộ Ngoại giao chủ trì, phối hợp với các cơ quan, địa phương:");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->lead, (Units{"Bộ Ngoại giao"}));
  EXPECT_EQ(a->support, (Units{"các cơ quan, địa phương"}));
  EXPECT_TRUE(a->hands_down);
  EXPECT_TRUE(a->work.empty());
  auto b = tasks().read_subject_sentence("Bộ Giáo dục và Đào tạo tổ chức triển khai chương trình");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->lead, (Units{"Bộ Giáo dục và Đào tạo"}));
}

TEST(ProseTasks, GiaoPrefixAndObjectUnitsAreNotLeads) {
  auto a = tasks().read_lead_sentence("Giao Công an tỉnh chủ trì tham mưu Ủy ban nhân dân tỉnh tổ chức thực hiện");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->lead, (Units{"Công an tỉnh"}));
  // "phân công ... cho các cơ quan, đơn vị chủ trì": the units are objects, no one leads.
  EXPECT_FALSE(tasks().read_lead_sentence("Phân công cụ thể cho các cơ quan, đơn vị chủ trì, phối hợp, thời gian hoàn thành"));
  // "Tổ chức" opening a sentence is work, not a unit.
  EXPECT_FALSE(tasks().read_subject_sentence("Tổ chức truyền thông, tuyên truyền sâu rộng"));
}

TEST(ProseTasks, OrganisingSectionHeadingHandsItsUnitsToLetteredItems) {
  std::vector<Task> ts = project_extractor().extract_text(read_file(corpus_file("000")), "000.txt").tasks;
  const Task* c = task_at(ts, 1114);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->lead, (Units{"Giám đốc các sở, ban, ngành tỉnh", "Thủ trưởng các cơ quan trực thuộc Ủy ban nhân dân tỉnh",
                            "Chủ tịch Ủy ban nhân dân các huyện, thành phố"}));
  ASSERT_TRUE(c->deadline);
  EXPECT_EQ(c->deadline->kind, "recurring");
  EXPECT_EQ(task_at(ts, 1094), nullptr);  // the heading itself carries no work
  const Task* khdt = task_at(ts, 1124);
  ASSERT_NE(khdt, nullptr);
  EXPECT_EQ(khdt->lead_canonical, (Units{"Sở Kế hoạch và Đầu tư"}));
  ASSERT_TRUE(khdt->deadline);
  EXPECT_EQ(khdt->deadline->end, "2023-11-20");
  const Task* tttt = task_at(ts, 1132);
  ASSERT_NE(tttt, nullptr);
  EXPECT_EQ(tttt->lead, (Units{"Sở Thông tin và Truyền thông", "các cơ quan báo chí"}));
  EXPECT_EQ(tttt->support, (Units{"Ban Tuyên giáo Tỉnh ủy", "các sở, ngành, địa phương"}));
  for (const auto& t : ts) EXPECT_GE(t.line, 1094) << "no task before the organising section";
}

// The standing body of a plan is named "cơ quan thường trực" and still given work; a section of
// monitoring and reporting duties assigns like the organising one; "có trách nhiệm" after a named
// unit assigns anywhere, after a kind of unit ("Các sở, ngành") only inside those sections.
TEST(ProseTasks, StandingBodyReportingSectionAndDutyCue) {
  std::string text =
      "KẾ HOẠCH\n"                                                                                   // 1
      "I. MỤC TIÊU\n"                                                                                // 2
      "Sở Y tế có trách nhiệm hướng dẫn các cơ sở khám bệnh thực hiện.\n"                          // 3
      "Các sở, ngành có trách nhiệm bố trí kinh phí từ dự toán được giao.\n"                       // 4
      "II. TỔ CHỨC THỰC HIỆN\n"                                                                      // 5
      "1. Sở Khoa học và Công nghệ\n"                                                                // 6
      "- Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân tỉnh theo dõi thực hiện Kế hoạch.\n"  // 7
      "2. Liên hiệp các Hội Khoa học và Kỹ thuật\n"                                                  // 8
      "Nghiên cứu, tư vấn, phản biện chính sách, giải pháp công nghệ.\n"                            // 9
      "III. CHẾ ĐỘ BÁO CÁO\n"                                                                        // 10
      "- Sở Tài chính là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"  // 11
      "- Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11 hằng năm.\n"            // 12
      "- Sở Nội vụ là cơ quan thường trực của Hội đồng Thi đua tỉnh.\n";                           // 13
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(ts[0].line, 3);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Y tế"}));
  EXPECT_EQ(ts[1].line, 7);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Khoa học và Công nghệ"}));
  EXPECT_EQ(ts[2].line, 9);
  EXPECT_EQ(ts[2].lead, (Units{"Liên hiệp các Hội Khoa học và Kỹ thuật"}));
  EXPECT_EQ(ts[3].line, 11);
  EXPECT_EQ(ts[3].lead, (Units{"Sở Tài chính"}));
  EXPECT_EQ(ts[4].line, 12);
  EXPECT_EQ(ts[4].lead, (Units{"Sở Tư pháp"}));
  ASSERT_TRUE(ts[4].deadline);
  EXPECT_EQ(ts[4].deadline->kind, "recurring");
}

// The closing article of a council resolution hands the supervision to its standing body, its
// committees and its delegations: "Thường trực" and "Tổ đại biểu" open units.
TEST(UnitLists, CouncilStandingBodyAndDelegationsSupervise) {
  auto ts = project_extractor().extract_text(
      "NGHỊ QUYẾT\nVề việc hỗ trợ kinh phí\n\nĐiều 2. Tổ chức thực hiện\n"
      "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n"
      "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu "
      "Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n", "t.txt").tasks;
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[1].lead.front(), "Thường trực Hội đồng nhân dân");
  // The delegates are a unit of their own beside their groups (annotation guide: split on "và" where
  // each part is a unit): "các Tổ đại biểu", "đại biểu Hội đồng nhân dân tỉnh".
  EXPECT_EQ(ts[1].lead, (std::vector<std::string>{"Thường trực Hội đồng nhân dân", "các Ban của Hội đồng nhân dân", "các Tổ đại biểu",
                                                  "đại biểu Hội đồng nhân dân tỉnh"}));
  EXPECT_EQ(ts[1].description, "giám sát việc thực hiện Nghị quyết.");
}

}  // namespace
}  // namespace vnpolicy
