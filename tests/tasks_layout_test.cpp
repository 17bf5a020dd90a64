// Tasks from layouts other than prose and tables: unit headings over their items and label
// lines ("Cơ quan chủ trì:", "Thời gian thực hiện:") under an item.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::corpus_file;
using ::vnpolicy::testing::project_extractor;
using ::vnpolicy::testing::read_file;
using namespace ::vnpolicy::task_tests;

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

// A Party plan's tasks section names groups of committees the lexicon knows as one heading
// ("Các huyện ủy, thị ủy, thành ủy, …"): kinds of committees sharing one "Các" are one unit, as
// "các sở, ban, ngành" is; a committee named after its superior ("đảng ủy trực thuộc Tỉnh ủy") is its own.
TEST(UnitHeadings, AGroupOfPartyCommitteesLeadsItsItems) {
  std::string text =
      "II. NHIỆM VỤ CỤ THỂ\n\n"
      "**1. Đảng đoàn Hội đồng nhân dân tỉnh**\n\n"
      "- Lãnh đạo Hội đồng nhân dân tỉnh ban hành các nghị quyết về cơ chế, chính sách đặc thù.\n\n"
      "**2. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy**\n\n"
      "- Xây dựng kế hoạch triển khai thực hiện tại địa phương, hoàn thành trước ngày 15/11/2025.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Đảng đoàn Hội đồng nhân dân tỉnh"}));
  EXPECT_EQ(ts[1].lead, (Units{"Các huyện ủy, thị ủy, thành ủy", "đảng ủy trực thuộc Tỉnh ủy"}));
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->end, "2025-11-15");
}

// A "- Bộ X" item that names only a unit heads the "+" items under it, in the tasks-and-measures
// part too (a Government resolution assigns work there before its organising section).
TEST(UnitHeadings, ADashItemNamingAUnitLeadsItsPlusItems) {
  std::string text =
      "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n\n"                       // 1
      "1. Hoàn thiện thể chế về quản lý chất thải\n\n"               // 3
      "- Bộ Tài chính\n\n"                                          // 5
      "+ Chủ trì, phối hợp với Bộ Xây dựng rà soát chính sách thuế, phí.\n\n"  // 7
      "+ Đề xuất cơ chế đặt hàng dịch vụ công.\n\n"                 // 9
      "- Tăng cường công tác truyền thông\n\n"                      // 11
      "+ Các bài viết về môi trường được đăng tải.\n\n"             // 13
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Bộ Nội vụ chủ trì tổng hợp kết quả thực hiện.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].line, 7);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Tài chính"}));
  EXPECT_EQ(ts[0].support, (Units{"Bộ Xây dựng"}));
  EXPECT_EQ(ts[1].line, 9);
  EXPECT_EQ(ts[1].lead, (Units{"Bộ Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Đề xuất cơ chế"));
  EXPECT_EQ(ts[2].lead, (Units{"Bộ Nội vụ"}));  // "- Tăng cường …" names no unit: its item is no task
}

// Outside the organising section a wrapped capitalised title is no unit heading: a law's chapter
// "CƠ SỞ THỂ / THAO" and a list's group "BỘ LINH TRƯỞNG / PRIMATES" hand nothing to what follows.
TEST(UnitHeadings, AWrappedCapitalisedTitleOutsideTheOrganisingSectionHandsNothingDown) {
  std::string text =
      "Chương IV\n\n"
      "CƠ SỞ THỂ\nTHAO\n\n"
      "Điều 54. Loại hình cơ sở thể thao\n\n"
      "1. Đơn vị sự nghiệp thể thao được thành lập theo quy định của pháp luật.\n\n"
      "2. Được ăn, ở nội trú.\n\n"
      "DANH MỤC LOÀI\n\n"
      "BỘ LINH TRƯỞNG\nPRIMATES\n\n"
      "Cu li lớn\n\n"
      "Vượn cao vít\n\n"
      "III. NHIỆM VỤ CỤ THỂ\n\n"
      "1.1.\n\n"
      "Trưởng Ban Chỉ đạo\n\n"
      "- Phụ trách chung, trực tiếp điều hành hoạt động của Ban Chỉ đạo.\n\n"
      "IV. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Văn hóa và Thể thao chủ trì hướng dẫn thực hiện.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  // A numbered heading still hands its unit down outside the organising section.
  EXPECT_EQ(ts[0].lead, (Units{"Trưởng Ban Chỉ đạo"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Phụ trách chung"));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Văn hóa và Thể thao"}));
}

// A Party cell ("Tổ đảng", "Chi bộ") heads its bullets like an agency; an item that opens with
// "Báo cáo …" is work, not a unit named "Báo cáo"; "PHÂN CÔNG" alone heads the organising section.
TEST(UnitHeadings, APartyCellHeadsItsBulletsAndAReportItemIsWork) {
  std::string text = std::string(kPlanProse) +
                     "III. PHÂN CÔNG\n\n"
                     "a) Tổ đảng ở các thôn, tổ dân phố\n\n"
                     "- Tuyên truyền, vận động đảng viên gương mẫu thực hiện.\n\n"
                     "- Báo cáo kết quả thực hiện trước ngày 15 hằng tháng.\n\n"
                     "b) Chi bộ các trường học\n\n"
                     "- Quán triệt nội dung Kế hoạch đến đảng viên.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Tổ đảng ở các thôn, tổ dân phố"}));
  EXPECT_EQ(ts[1].lead, (Units{"Tổ đảng ở các thôn, tổ dân phố"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Báo cáo kết quả"));
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[2].lead, (Units{"Chi bộ các trường học"}));
}

// An item under a unit's article that opens with "Phối hợp với X …" keeps the article's unit as
// lead and has X as support; "trong việc" ends the supporting units.
TEST(UnitHeadings, AnItemThatCooperatesNamesItsSupport) {
  std::string text = std::string(kPlanProse) +
                     "Điều 10. Trách nhiệm của Sở Tài chính\n\n"
                     "1. Chủ trì, phối hợp với Sở Nội vụ hướng dẫn việc lập dự toán kinh phí.\n\n"  // 10
                     "2. Phối hợp với Sở Khoa học và Công nghệ kiểm tra việc sử dụng thư điện tử.\n\n"  // 12
                     "3. Phối hợp với Công an tỉnh trong việc bảo đảm an toàn thông tin.\n";  // 14
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].support, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[1].lead, (Units{"Sở Tài chính"}));
  EXPECT_EQ(ts[1].support, (Units{"Sở Khoa học và Công nghệ"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Phối hợp với Sở Khoa học"));
  EXPECT_EQ(ts[2].support, (Units{"Công an tỉnh"}));
}

// A flattened process table: "1.3.1" alone, then "Bộ trưởng 1.3.2" (a cell and the next row's
// number). The role with a row number is no unit heading for the rows that follow.
TEST(UnitHeadings, ARoleCellWithARowNumberHeadsNothing) {
  std::string text = std::string(kPlanProse) +
                     "II. QUY TRÌNH XÂY DỰNG THÔNG TƯ\n\n"
                     "1.3.1\n"
                     "Bộ trưởng 1.3.2\n"
                     "Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư 1.3.3\n"
                     "Phối hợp tham gia ý kiến xây dựng dự thảo thông tư\n";
  for (const Task& t : tasks_of(text))
    for (const auto& u : t.lead) EXPECT_EQ(u.find("1.3.2"), std::string::npos) << "line " << t.line << ": " << u;
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

// A directive's lead-in asks named units for "các nhiệm vụ sau:"; its parts headed by units
// alone, a list of them joined by ';', hand those units to their lettered items. A part headed by
// a theme under the same lead-in hands on no units, but a sentence in it whose subject is a unit
// assigns that unit work, as in an organising section.
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
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].line, 6);
  EXPECT_EQ(ts[0].lead, (Units{"Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"}));
  EXPECT_EQ(ts[1].line, 8);
  EXPECT_EQ(ts[1].lead, (Units{"Các sở, ban, ngành"}));
  EXPECT_EQ(ts[2].line, 10);
  EXPECT_EQ(ts[2].lead, (Units{"Sở Nội vụ"}));
}

// "Đơn vị thực hiện: Sở Nội vụ chủ trì; Sở Khoa học và Công nghệ phối hợp": the clause that only
// states its role supports the lead before it.
TEST(LabelLines, AClauseThatOnlyCooperatesSupportsTheLead) {
  std::string text = std::string(kPlanProse) +
                     "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
                     "1. Đào tạo kỹ năng số cho cán bộ, công chức cấp xã\n\n"
                     "- Đơn vị thực hiện: Sở Nội vụ chủ trì; Sở Khoa học và Công nghệ phối hợp.\n\n"
                     "- Thời gian: Quý III/2026.\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[0].support, (Units{"Sở Khoa học và Công nghệ"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Đào tạo kỹ năng số"));
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2026-09-30");
}

// "2. Các Sở, ngành chủ trì, quản lý … thuộc Chương trình" (no colon) over "- …" items: the units
// that lead are the items' lead. A kind of party in a regulation ("Đơn vị chủ trì liên kết đào tạo")
// hands nothing down.
TEST(UnitHeadings, AHeadingInWhichUnitsLeadHandsThemToItsItems) {
  std::string text =
      "III. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Nông nghiệp và Môi trường\n\n"
      "- Theo dõi, đôn đốc việc giám sát, đánh giá Chương trình.\n\n"
      "2. Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình\n\n"
      "- Phê duyệt kế hoạch giám sát, đánh giá các dự án do Sở, ngành quản lý.\n\n"
      "- Báo cáo kết quả thực hiện gửi Sở Nông nghiệp và Môi trường tổng hợp.\n\n"
      "Điều 8. Nghĩa vụ của các bên tham gia liên kết đào tạo\n\n"
      "1. Đơn vị chủ trì liên kết đào tạo\n\n"
      "- Đăng ký hoạt động giáo dục nghề nghiệp theo quy định.\n";
  std::vector<Task> ts = tasks_of(text);
  const Task* approve = task_at(ts, 9);
  const Task* report = task_at(ts, 11);
  ASSERT_TRUE(approve);
  ASSERT_TRUE(report);
  EXPECT_EQ(approve->lead, (Units{"Các Sở, ngành"}));
  EXPECT_TRUE(work_opens_with(*approve, "Phê duyệt kế hoạch"));
  EXPECT_EQ(report->lead, (Units{"Các Sở, ngành"}));
  EXPECT_FALSE(task_at(ts, 17));  // "- Đăng ký hoạt động …"
}

// A plan that writes an item's units and time on its own line after the work: "…; Cơ quan chủ trì:
// Sở X; Cơ quan phối hợp: Sở Y; Thời gian thực hiện: …", with ';', '|', a sentence end or a bracket
// between the labels.
TEST(LabelLines, LabelsOnTheItemsOwnLine) {
  std::string text = std::string(kPlanProse) +
                     "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
                     "1. Xây dựng cơ sở dữ liệu đất đai, hoàn thành trước ngày 30/6/2026; Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; "
                     "Cơ quan phối hợp: Sở Tài chính; Thời gian thực hiện: Năm 2027.\n"
                     "2. Rà soát thủ tục hành chính trực tuyến | Đơn vị chủ trì: Sở Nội vụ | Đơn vị phối hợp: Sở Tư pháp | "
                     "Thời gian hoàn thành: Quý III/2026\n"
                     "3. Đào tạo kỹ năng số cho cán bộ, công chức. Đơn vị chủ trì: Sở Khoa học và Công nghệ. Thời hạn: Tháng 9/2026.\n"
                     "4. Tổng kết mô hình chính quyền số (cơ quan chủ trì: Sở Tài chính; thời gian: Quý IV/2026).\n\n"
                     "III. TỔ CHỨC THỰC HIỆN\n\n"
                     "1. Sở Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
  EXPECT_EQ(ts[0].support, (Units{"Sở Tài chính"}));
  EXPECT_EQ(work_of(ts[0]), "Xây dựng cơ sở dữ liệu đất đai, hoàn thành trước ngày 30/6/2026");
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2027-12-31");  // the label's time, not the date in the work
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[1].support, (Units{"Sở Tư pháp"}));
  EXPECT_EQ(work_of(ts[1]), "Rà soát thủ tục hành chính trực tuyến");
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->end, "2026-09-30");
  EXPECT_EQ(ts[2].lead, (Units{"Sở Khoa học và Công nghệ"}));
  EXPECT_TRUE(work_opens_with(ts[2], "Đào tạo kỹ năng số"));
  ASSERT_TRUE(ts[2].deadline);
  EXPECT_EQ(ts[2].deadline->end, "2026-09-30");
  EXPECT_EQ(ts[3].lead, (Units{"Sở Tài chính"}));
  EXPECT_EQ(work_of(ts[3]), "Tổng kết mô hình chính quyền số");
  ASSERT_TRUE(ts[3].deadline);
  EXPECT_EQ(ts[3].deadline->end, "2026-12-31");
  EXPECT_EQ(ts[4].lead, (Units{"Sở Nội vụ"}));
}

// "- Cơ quan thực hiện:" with nothing after it: the "+" items below name the lead ("… chủ trì") and
// the units that support ("… phối hợp thực hiện"); one that names work of its own is a task too.
TEST(LabelLines, AnExecutorLabelsSubItemsNameItsUnits) {
  std::string text = std::string(kPlanProse) +
                     "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
                     "1. Đẩy mạnh tuyên truyền về khoa học, công nghệ\n"
                     "- Nội dung: Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.\n"
                     "- Cơ quan thực hiện:\n"
                     "+ Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, hướng dẫn;\n"
                     "+ Các huyện ủy, thị ủy, thành ủy phối hợp thực hiện;\n"
                     "+ Sở Văn hóa, Thể thao và Du lịch đăng tải thông tin trên cổng thông tin điện tử.\n"
                     "- Thời gian: Quý I/2026.\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Ban Tuyên giáo và Dân vận Tỉnh ủy"}));
  EXPECT_EQ(ts[0].support, (Units{"Các huyện ủy, thị ủy, thành ủy"}));
  EXPECT_EQ(work_of(ts[0]), "Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.");
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2026-03-31");
  EXPECT_EQ(ts[1].lead, (Units{"Sở Văn hóa, Thể thao và Du lịch"}));
  EXPECT_TRUE(work_opens_with(ts[1], "đăng tải thông tin"));
}

TEST(LabelLines, ALeadLabelsSubItemsWithWorkOfTheirOwnAreTasksEach) {
  std::string text = std::string(kPlanProse) +
                     "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
                     "2.2. Sắp xếp tổ chức bộ máy hành chính:\n"
                     "- Cơ quan chủ trì:\n"
                     "+ Sở Nội vụ thực hiện nội dung các điểm 2.1, 2.2 phần A, Mục III.\n"
                     "+ Sở Tài chính và Sở Tư pháp hướng dẫn các cơ quan, đơn vị xây dựng đề án sắp xếp bộ máy.\n"
                     "- Cơ quan phối hợp: Các sở, ban, ngành tỉnh.\n"
                     "- Thời gian: Quý II/2026.\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
  EXPECT_TRUE(work_opens_with(ts[0], "thực hiện nội dung"));
  EXPECT_EQ(ts[0].support, (Units{"Các sở, ban, ngành tỉnh"}));
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2026-06-30");
  EXPECT_EQ(ts[1].lead, (Units{"Sở Tài chính", "Sở Tư pháp"}));
  EXPECT_TRUE(work_opens_with(ts[1], "hướng dẫn các cơ quan"));
  EXPECT_EQ(ts[1].support, (Units{"Các sở, ban, ngành tỉnh"}));
}

// "- Sở X chủ trì và phối hợp với <units> <work>" names its support; a "- Cơ quan phối hợp:" label
// beside items that name their own leads is no task with the lead "Cơ quan".
TEST(LabelLines, ASupportLabelBesideProseItemsIsNoTask) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Xây dựng đội ngũ cán bộ, công chức:\n"
      "- Sở Nội vụ, Sở Tài chính chủ trì và phối hợp với các sở, ngành có liên quan thực hiện nội dung đào tạo, bồi dưỡng cán bộ.\n"
      "- Cơ quan phối hợp: Ban Tổ chức Tỉnh ủy, Trường Chính trị tỉnh.\n"
      "- Văn phòng Ủy ban nhân dân tỉnh thực hiện nội dung về cải cách thủ tục hành chính.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ", "Sở Tài chính"}));
  EXPECT_EQ(ts[0].support, (Units{"các sở, ngành có liên quan"}));
  EXPECT_TRUE(work_opens_with(ts[0], "thực hiện nội dung đào tạo")) << ts[0].description.value_or("");
  EXPECT_EQ(ts[1].lead, (Units{"Văn phòng Ủy ban nhân dân tỉnh"}));
}

// "Đơn vị chủ trì tham mưu thực hiện:" names the lead as "Đơn vị chủ trì thực hiện:" does, and a
// value cut after "Các" at a line end goes on in the next line.
TEST(LabelLines, AnAdvisingLeadLabelAndAValueCutAfterItsPluralMarker) {
  std::string text =
      "KẾ HOẠCH\nNâng cao năng lực xây dựng pháp luật\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n"
      "- Thường xuyên rà soát, kiện toàn đội ngũ cán bộ xây dựng pháp luật.\n\n"
      "Đơn vị chủ trì thực hiện: Các\nSở, ngành, đơn vị, UBND cấp xã.\n\n"
      "Thời gian thực hiện: Thường xuyên.\n\n"
      "- Tổ chức tập huấn, bồi dưỡng kỹ năng xây dựng pháp luật cho cán bộ.\n\n"
      "Đơn vị chủ trì tham mưu thực\nhiện: Sở Tư pháp.\n\n"
      "Thời gian thực hiện: Hằng năm.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead.front(), "Các Sở, ngành, đơn vị");
  EXPECT_EQ(ts[0].description, "Thường xuyên rà soát, kiện toàn đội ngũ cán bộ xây dựng pháp luật.");
  EXPECT_EQ(ts[1].lead, (std::vector<std::string>{"Sở Tư pháp"}));
}

// "2. Ban Quản lý Khu kinh tế" / "Đông Nam" / "- Đề xuất …": a short open tail before the items ends
// the heading's unit; it is neither a task nor a break between the heading and its items.
TEST(UnitHeadings, AHeadingsNameWrappedBeforeItsItemsIsWhole) {
  std::string text =
      "KẾ HOẠCH\nPhát triển hạ tầng viễn thông\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Sở Khoa học và Công nghệ\n\n- Chủ trì theo dõi, đôn đốc các doanh nghiệp viễn thông triển khai Kế hoạch.\n\n"
      "2. Ban Quản lý Khu kinh tế\nĐông Nam\n\n"
      "- Đề xuất những khu công nghiệp cần ứng dụng công nghệ cao.\n\n"
      "- Tạo điều kiện thuận lợi để các doanh nghiệp viễn thông khảo sát vị trí.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[1].lead, (std::vector<std::string>{"Ban Quản lý Khu kinh tế Đông Nam"}));
  EXPECT_EQ(ts[1].description, "Đề xuất những khu công nghiệp cần ứng dụng công nghệ cao.");
  EXPECT_EQ(ts[2].lead, ts[1].lead);
}

}  // namespace
}  // namespace vnpolicy
