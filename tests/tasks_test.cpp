// Tasks: assignment tables, chủ trì prose, organising-section items, unit headings,
// unit-list splitting and agency canonicalisation, on snippets of the corpus.
#include <gtest/gtest.h>

#include "extract/task_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::corpus_file;
using ::vnpolicy::testing::project_extractor;
using ::vnpolicy::testing::project_rules;
using ::vnpolicy::testing::read_file;
using Units = std::vector<std::string>;

const TaskExtractor& tasks() {
  static const TaskExtractor t(*project_rules());
  return t;
}
const AgencyLexicon& agencies() { return tasks().agencies(); }

std::vector<Task> tasks_of(const std::string& text) { return project_extractor().extract_text(text, "t.txt").tasks; }

const Task* task_at(const std::vector<Task>& ts, int line) {
  for (const auto& t : ts)
    if (t.line == line) return &t;
  return nullptr;
}

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

TEST(TableTasks, TabTableRowsWithHeadingRowAndDashSubRows) {
  std::vector<Task> ts = project_extractor().extract_text(read_file(corpus_file("003")), "003.txt").tasks;
  const Task* row1 = task_at(ts, 164);
  ASSERT_NE(row1, nullptr);
  EXPECT_EQ(row1->lead, (Units{"Ban Tuyên giáo Tỉnh ủy"}));
  EXPECT_EQ(row1->support, (Units{"Các cấp ủy đảng trực thuộc Tỉnh ủy", "Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội tỉnh"}));
  ASSERT_TRUE(row1->deadline);
  EXPECT_EQ(row1->deadline->end, "2022-12-31");
  EXPECT_EQ(task_at(ts, 170), nullptr);  // heading row "Đầu tư xây dựng các công trình trọng điểm" has no unit
  const Task* sub = task_at(ts, 172);
  ASSERT_NE(sub, nullptr);
  EXPECT_EQ(sub->description, "Dự án hầm đường bộ qua đèo Hoàng Liên");
  EXPECT_EQ(sub->lead_canonical, (Units{"Ban cán sự đảng Ủy ban nhân dân tỉnh"}));
}

TEST(TableTasks, PipeTableWithColumnsInAnotherOrder) {
  std::string text =
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "| TT | Nội dung công việc | Thời hạn | Cơ quan phối hợp | Cơ quan chủ trì |\n"
      "| 1 | Rà soát quy hoạch | Quý II/2024 | Sở Tài chính, Sở Xây dựng | Sở KH&ĐT |\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở KH&ĐT"}));
  EXPECT_EQ(ts[0].lead_canonical, (Units{"Sở Kế hoạch và Đầu tư"}));
  EXPECT_EQ(ts[0].support, (Units{"Sở Tài chính", "Sở Xây dựng"}));
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2024-06-30");
}

TEST(UnitHeadings, HeadingWrappedInsideEmphasisLeadsItsItems) {
  std::string text =
      "**VI. TỔ CHỨC THỰC HIỆN**\n\n"
      "**6. Sở\nGiáo dục và Đào tạo**\n\n"
      "Chủ trì triển khai các nhiệm vụ tại mục (IV) (4.1) của Kế hoạch.\n\n"
      "**7. Sở Nội vụ**\n\n"
      "a) Tổ chức các phong trào thi đua, khen thưởng.\n\n"
      "b) Chủ trì, phối hợp\n\n"
      "- Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Giáo dục và Đào tạo"}));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[2].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[2].support, (Units{"Sở Tài chính", "các đơn vị có liên quan"}));
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

// A six-column table flattened by PDF extraction, one cell fragment per line (Công báo text).
const char* kFlattenedTable =
    "PHỤ LỤC\n\nSTT \nTên nhiệm vụ cụ thể \nCơ quan \nchủ trì \nCơ quan \nphối hợp \nKết quả \nThời gian hoàn \nthành \n"
    "I. Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo và tổ chức thực hiện công tác chăm sóc sức khỏe \n"
    "nhân dân \n"
    "4. \n \nĐổi mới nội dung, hình thức, tăng cường công \ntác truyền thông, tuyên truyền để phát triển đối \n"
    "tượng tham gia bảo hiểm y tế \nBộ Tài chính \nCác Bộ, ngành, \nỦy ban nhân dân \ncấp tỉnh, cơ quan, \n"
    "tổ chức, đơn vị có \nliên quan  \nCác \nkế \nhoạch, \nhoạt động truyền \nthông được triển \nkhai \nThường xuyên \n"
    "5. \n \nXây dựng Đề án về đổi mới, nâng cao hiệu quả \ncông tác truyền thông, phổ biến, giáo dục pháp \n"
    "luật về thực hiện bảo hiểm y tế trong giai đoạn \nmới. \nBộ Tài chính \nBộ Y tế, cơ quan, \nđơn vị liên quan \n"
    "Quyết định của \nBộ trưởng ban \nhành Đề án \nQuý I/2027 \n";

TEST(TableTasks, FlattenedPdfTableRowsStartAtTheirNumber) {
  Record r = ::vnpolicy::testing::project_extractor().extract_text(kFlattenedTable, "h2.txt");
  ASSERT_EQ(r.tasks.size(), 2u);
  EXPECT_EQ(r.tasks[0].line, 14);  // the "4." line
  EXPECT_EQ(r.tasks[0].lead, (std::vector<std::string>{"Bộ Tài chính"}));
  EXPECT_FALSE(r.tasks[0].deadline);  // "Thường xuyên" is no deadline
  EXPECT_EQ(r.tasks[1].support, (std::vector<std::string>{"Bộ Y tế", "cơ quan, đơn vị liên quan"}));
  ASSERT_TRUE(r.tasks[1].deadline);
  EXPECT_EQ(r.tasks[1].deadline->end, "2027-03-31");
  ASSERT_EQ(r.deadlines.size(), 1u);
  EXPECT_EQ(r.deadlines[0].text, "Quý I/2027");
}

}  // namespace
}  // namespace vnpolicy
