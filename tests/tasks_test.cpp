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

namespace vnpolicy {
namespace {

using Units = std::vector<std::string>;

// Body text of a plan before its appendix: the normaliser measures the page width from
// such lines, and a table's narrow lines are told from them.
constexpr const char* kPlanProse =
    "Ủy ban nhân dân tỉnh giao các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng,\n"
    "nhiệm vụ được giao chủ động xây dựng kế hoạch cụ thể để triển khai thực hiện có hiệu quả các nội dung\n"
    "của Kế hoạch này; định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh để tổng hợp, theo dõi và\n"
    "chỉ đạo. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc phát sinh, các cơ quan, đơn vị\n"
    "kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định điều\n"
    "chỉnh, bổ sung cho phù hợp với tình hình thực tế của địa phương và quy định của pháp luật hiện hành./.\n"
    "\n";

std::vector<Task> label_tasks_of(const std::string& text) {
  return ::vnpolicy::testing::project_extractor().extract_text(text, "labels.txt").tasks;
}

// Items whose work, units and time stand on label lines of their own, wrapped, in any order.
TEST(LabelLines, WorkUnitsAndTimeOnLabelsInAnyOrder) {
  std::string text =
      "II. NHIỆM VỤ CỤ THỂ\n\n"                                   // 1
      "1. Xây dựng cơ sở dữ liệu đất đai\n\n"                       // 3
      "a) Nhiệm vụ: Số hóa hồ sơ địa chính, cập nhật dữ liệu vào\n"  // 5
      "hệ thống thông tin đất đai của tỉnh.\n\n"
      "b) Cơ quan thực hiện:\n\n"                                   // 8
      "- Đơn vị chủ trì: Sở Nông nghiệp và\nMôi trường.\n\n"        // 10
      "- Đơn vị phối hợp: Sở Tài chính, Ủy ban nhân dân các xã.\n\n"  // 13
      "c) Thời gian thực hiện: Quý II/2025.\n\n"                    // 15
      "2. Bồi dưỡng kỹ năng số\n\n"                                 // 17
      "- Nội dung thực hiện: Tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.\n\n"  // 19
      "- Thời gian hoàn thành: 6/2025.\n\n"                         // 21
      "- Cơ quan chủ trì: Sở Nội vụ.\n\n"                           // 23
      "- Cơ quan phối hợp: Sở Khoa học và Công nghệ.\n";            // 25
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 5);  // anchored on the work, not on the unit's label
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
  EXPECT_EQ(ts[0].support, (Units{"Sở Tài chính", "Ủy ban nhân dân các xã"}));
  ASSERT_TRUE(ts[0].description);
  EXPECT_EQ(ts[0].description->rfind("Số hóa hồ sơ địa chính", 0), 0u);
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2025-06-30");
  EXPECT_EQ(ts[1].line, 19);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[1].support, (Units{"Sở Khoa học và Công nghệ"}));
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->kind, "month");
  EXPECT_EQ(ts[1].deadline->end, "2025-06-30");
}

// One "Cơ quan thực hiện" line after two numbered items serves both; "X chủ trì, phối hợp với Y"
// in its value gives lead and support; a label block with no dashes serves the next item.
TEST(LabelLines, OneLabelBlockServesTheItemsBeforeIt) {
  std::string text =
      "1. Hoàn thiện thể chế về quan hệ lao động\n"                                                    // 1
      "1.1. Rà soát các quy định về quan hệ lao động tại doanh nghiệp trên địa bàn.\n"                  // 2
      "1.2. Tổ chức đối thoại giữa người lao động và người sử dụng lao động.\n"                        // 3
      "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh, Ủy ban nhân dân các xã.\n"  // 4
      "- Thời gian thực hiện: Tháng 10/2025.\n"                                                         // 5
      "1.3. Kiểm tra việc chấp hành pháp luật lao động tại doanh nghiệp.\n"                             // 6
      "Cơ quan thực hiện: Thanh tra tỉnh.\n"                                                           // 7
      "Thời gian thực hiện: Thường xuyên.\n";                                                          // 8
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  for (int k = 0; k < 2; ++k) {
    EXPECT_EQ(ts[k].line, 2 + k);
    EXPECT_EQ(ts[k].lead, (Units{"Sở Nội vụ"}));
    EXPECT_EQ(ts[k].support, (Units{"Liên đoàn Lao động tỉnh", "Ủy ban nhân dân các xã"}));
    ASSERT_TRUE(ts[k].deadline);
    EXPECT_EQ(ts[k].deadline->end, "2025-10-31");
  }
  EXPECT_EQ(ts[2].line, 6);
  EXPECT_EQ(ts[2].lead, (Units{"Thanh tra tỉnh"}));
  EXPECT_FALSE(ts[2].deadline);  // "Thường xuyên" is no deadline
}

// Numbered labels under an article; an executor value with two subjects gives two tasks.
TEST(LabelLines, NumberedLabelsAndAnExecutorWithTwoSubjects) {
  std::string text =
      "Điều 2. Bổ sung nhiệm vụ vào Chương trình hành động như sau:\n"              // 1
      "1. Tên nhiệm vụ: Xây dựng Đề án phát triển đội ngũ hòa giải viên ở cơ sở.\n"  // 2
      "2. Cơ quan chủ trì: Bộ Tư pháp.\n"                                           // 3
      "3. Cơ quan phối hợp: Bộ Nội vụ, Bộ Tài chính.\n"                             // 4
      "4. Sản phẩm: Quyết định của Thủ tướng Chính phủ.\n"                           // 5
      "5. Thời gian hoàn thành: Quý III/2026.\n"                                     // 6
      "Điều 3. Tổ chức phổ biến pháp luật\n"                                        // 7
      "- Nội dung thực hiện: Phổ biến Luật Hòa giải ở cơ sở cho Nhân dân.\n"          // 8
      "- Cơ quan thực hiện: Sở Tư pháp chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch; Sở Văn hóa\n"  // 9
      "và Thể thao, Đài Phát thanh và Truyền hình tỉnh chủ động tuyên truyền trên báo, đài.\n"  // 10
      "- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.\n";                         // 11
  Record r = ::vnpolicy::testing::project_extractor().extract_text(text, "labels.txt");
  const std::vector<Task>& ts = r.tasks;
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].line, 2);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Tư pháp"}));
  EXPECT_EQ(ts[0].support, (Units{"Bộ Nội vụ", "Bộ Tài chính"}));
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2026-09-30");
  EXPECT_EQ(ts[1].line, 8);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Tư pháp"}));
  EXPECT_EQ(ts[2].line, 9);
  EXPECT_EQ(ts[2].lead, (Units{"Sở Văn hóa và Thể thao", "Đài Phát thanh và Truyền hình tỉnh"}));
  // "Năm 2026 và các năm tiếp theo": a period that starts and does not end.
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->kind, "period");
  EXPECT_FALSE(ts[1].deadline->end);
  bool open_period = false;
  for (const auto& d : r.deadlines) open_period = open_period || (d.line == 11 && d.start == "2026-01-01" && !d.end);
  EXPECT_TRUE(open_period);
}

// The labels of an administrative procedure name who handles a file: no task.
TEST(LabelLines, AdministrativeProcedureLabelsGiveNoTask) {
  std::string text =
      "1. Thủ tục công nhận hòa giải viên\n"
      "a) Trình tự thực hiện: Tổ chức nộp hồ sơ tại Trung tâm Phục vụ hành chính công.\n"
      "b) Cách thức thực hiện: Nộp trực tiếp hoặc qua dịch vụ bưu chính.\n"
      "c) Thời hạn giải quyết: 10 ngày làm việc.\n"
      "d) Cơ quan thực hiện: Sở Tư pháp.\n";
  EXPECT_TRUE(label_tasks_of(text).empty());
}

// A PDF table flattened to one cell fragment per line: row numbers alone on their line (the
// normaliser drops them like page numbers), a caption glued to "TT", two cells on one line
// apart by spaces, the header repeated after a page break with its running header, a
// number and the task on one line, a lead's name left at the end of the task's last line.
TEST(TableTasks, FlattenedTableWithLostRowNumbersAndRepeatedHeader) {
  std::string text =
      std::string(kPlanProse) +                                                     // 1-7
      "PHỤ LỤC\n"                                                                  // 8
      "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2025)\nTT\n"          // 9-10
      "Tên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\n"  // 11-18
      "1  \n"                                                                       // 19
      "Hoàn thiện cơ sở dữ liệu về người có công với \n"                           // 20
      "cách mạng trên địa bàn tỉnh \n"                                             // 21
      "Sở Nội vụ \n"                                                               // 22
      "Công an tỉnh,  \n"                                                          // 23
      "Ủy ban nhân dân các xã  Cơ sở dữ liệu \n"                                   // 24
      "Quý III/2026 \n"                                                            // 25
      "\nCÔNG BÁO/Số 12/Ngày 20-03-2025 \n37\n"                                    // 26-28
      "TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\n"  // 29-37
      "2  Tổ chức tập huấn nghiệp vụ cho công chức Sở Nội vụ \n"                    // 38
      "Các sở, ngành \n"                                                           // 39
      "Các lớp tập huấn \n"                                                        // 40
      "Thường xuyên \n";                                                           // 41
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 19);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[0].support, (Units{"Công an tỉnh", "Ủy ban nhân dân các xã"}));
  ASSERT_TRUE(ts[0].description);
  EXPECT_EQ(*ts[0].description, "Hoàn thiện cơ sở dữ liệu về người có công với cách mạng trên địa bàn tỉnh");
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2026-09-30");
  EXPECT_EQ(ts[1].line, 38);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[1].support, (Units{"Các sở, ngành"}));
  EXPECT_FALSE(ts[1].deadline);  // "Thường xuyên"
}

// An HTML table crawled into one cell per line with "|" lines between the cells.
TEST(TableTasks, CellsBetweenPipeLines) {
  std::string text =
      std::string(kPlanProse) +                                                          // 1-7
      "PHỤ LỤC\n|\n**TT**\n|\n**Chỉ tiêu**\n|\n**Đơn vị chủ trì**\n|\n|\n"          // 8-16
      "1\n|\nTỷ lệ hồ sơ giải quyết đúng hạn đạt\n98%.\n|\nVăn phòng UBND tỉnh\n|\n|\n"  // 17-24
      "2\n|\nTỷ lệ xã có điểm phục vụ hành chính công đạt 100%.\n|\n"                  // 25-28
      "Sở Nội vụ; Sở Tài chính; Ủy ban nhân dân các xã thực hiện, báo cáo\n|\n";       // 29-30
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 17);
  EXPECT_EQ(ts[0].lead, (Units{"Văn phòng UBND tỉnh"}));
  EXPECT_EQ(ts[1].line, 25);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ", "Sở Tài chính", "Ủy ban nhân dân các xã"}));
}

// A markdown table whose header names the columns in other words.
TEST(TableTasks, PipeTableHeaderInOtherWords) {
  std::string text =
      "| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian hoàn thành |\n"
      "| 1 | Ban hành quy chế quản lý | Sở Xây dựng | Sở Tư pháp | Quyết định | 6/2025 |\n"
      "| 2 | Kiểm tra việc thực hiện | Thanh tra tỉnh | Các sở, ngành | Báo cáo | 2025-2026 |\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Xây dựng"}));
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2025-06-30");
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->kind, "period");
  EXPECT_EQ(ts[1].deadline->end, "2026-12-31");
}

// Regulations give each unit its duties under "Trách nhiệm của <unit>"; a unit heading may
// name examples in an aside wrapped onto the next line; "các cơ quan, tổ chức có liên quan"
// ends a list of subjects before the work.
TEST(UnitHeadings, DutiesOfAUnitAndAnAsideAfterTheUnit) {
  std::string text =
      "Điều 3. Trách nhiệm của các cơ quan, đơn vị\n"                                      // 1
      "1. Trách nhiệm của Sở Tư pháp\n"                                                  // 2
      "a) Chủ trì, hướng dẫn, tiếp nhận, thẩm định hồ sơ đề nghị hỗ trợ;\n"              // 3
      "b) Thực hiện việc quyết định hỗ trợ theo quy định của pháp luật.\n"               // 4
      "2. Trách nhiệm của Sở Tài chính\n"                                                // 5
      "Hàng năm, bố trí kinh phí thực hiện hỗ trợ theo quy định.\n"                      // 6
      "3. Các chủ rừng là tổ chức (các\n"                                                // 7
      "Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)\n"      // 8
      "- Kiểm tra, rà soát toàn bộ diện tích rừng bị lấn chiếm.\n"                      // 9
      "4. Trong quá trình thực hiện, đề nghị các sở, ban, ngành và các cơ quan, tổ chức có liên quan kịp thời "
      "phản ánh về Ủy ban nhân dân tỉnh.\n";                                               // 10
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(ts[0].line, 3);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tư pháp"}));
  EXPECT_EQ(ts[1].line, 4);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Tư pháp"}));
  EXPECT_EQ(ts[2].line, 6);
  EXPECT_EQ(ts[2].lead, (Units{"Sở Tài chính"}));
  ASSERT_TRUE(ts[2].deadline);
  EXPECT_EQ(ts[2].deadline->kind, "recurring");
  EXPECT_EQ(ts[3].line, 9);
  EXPECT_EQ(ts[3].lead, (Units{"Các chủ rừng là tổ chức"}));
  EXPECT_EQ(ts[4].line, 10);
  EXPECT_EQ(ts[4].lead, (Units{"các sở, ban, ngành", "các cơ quan, tổ chức có liên quan"}));
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

// A directive's lead-in asks named units for "các nhiệm vụ sau:"; its parts headed by units
// alone, a list of them joined by ';', hand those units to their lettered items. A part headed by
// a theme under the same lead-in gives no task.
TEST(UnitHeadings, DirectiveLeadInThenPartsHeadedByUnits) {
  std::string text =
      "CHỈ THỊ\n"                                                                                    // 1
      "Về tăng cường cải cách thủ tục hành chính\n"                                                  // 2
      "\n"                                                                                           // 3
      "Để khắc phục hạn chế nêu trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, "
      "Chủ tịch Ủy ban nhân dân các xã, phường tập trung thực hiện các nhiệm vụ, giải pháp sau:\n"  // 4
      "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường\n"            // 5
      "a) Thực hiện nghiêm việc cải cách thủ tục hành chính.\n"                                     // 6
      "2. Tăng cường kỷ luật, kỷ cương hành chính\n"                                               // 7
      "a) Các sở, ban, ngành nghiêm túc triển khai thực hiện Chỉ thị số 05/CT-UBND.\n"             // 8
      "3. Sở Nội vụ\n"                                                                               // 9
      "a) Tham mưu Ủy ban nhân dân tỉnh theo dõi, kiểm tra.\n";                                    // 10
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 6);
  EXPECT_EQ(ts[0].lead, (Units{"Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"}));
  EXPECT_EQ(ts[1].line, 10);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

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
  EXPECT_EQ(ts[1].lead.size(), 3u);
  EXPECT_EQ(ts[1].description, "giám sát việc thực hiện Nghị quyết.");
}

}  // namespace
}  // namespace vnpolicy
