// Tasks from assignment tables: tab and pipe tables, headers in other words, and PDF
// tables flattened to one cell fragment per line.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::corpus_file;
using ::vnpolicy::testing::project_extractor;
using ::vnpolicy::testing::read_file;
using namespace ::vnpolicy::task_tests;

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

// An annex table typed without a title row: its rows show the layout (a number, the work, the
// lead's units, the support's, a time). A table of units and figures with no work column stays no task.
TEST(TableTasks, APipeTableWithoutATitleRowShowsItsColumns) {
  std::string text =
      "PHỤ LỤC II\n\n"
      "| 1 | Hoàn thiện cơ chế mua bán điện trực tiếp | Cục Điện lực | Vụ Pháp chế | Quý III/2026 |\n"
      "| 2 | Đánh giá hiệu quả tiết kiệm năng lượng | Vụ Tiết kiệm năng lượng | Các Sở Công Thương | Năm 2026 |\n\n"
      "PHỤ LỤC III\n\n"
      "| 1 | Sở Tài chính | 120 | 2026 |\n"
      "| 2 | Sở Xây dựng | 80 | 2026 |\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Cục Điện lực"}));
  EXPECT_EQ(ts[0].support, (Units{"Vụ Pháp chế"}));
  EXPECT_EQ(work_of(ts[0]), "Hoàn thiện cơ chế mua bán điện trực tiếp");
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2026-09-30");
  EXPECT_EQ(ts[1].lead, (Units{"Vụ Tiết kiệm năng lượng"}));
  EXPECT_EQ(ts[1].support, (Units{"Các Sở Công Thương"}));
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->end, "2026-12-31");
}

// A lead cell that points to where the units are named ("Theo phân công tại Quyết định số …", "Theo chức năng,
// nhiệm vụ") names no lead: the row gives no task. A unit qualified by such words still leads.
TEST(TableTasks, ALeadCellThatPointsElsewhereNamesNoLead) {
  std::string text =
      "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Xây dựng cơ sở dữ liệu dân cư | Sở Khoa học và Công nghệ | Công an tỉnh | Quý II/2025 |\n"
      "| 2 | Triển khai các nhiệm vụ chuyển đổi số ngành | Theo phân công tại Quyết định số 123/QĐ-UBND | | Năm 2025 |\n"
      "| 3 | Rà soát thủ tục hành chính | Theo chức năng, nhiệm vụ | Văn phòng UBND tỉnh | Năm 2025 |\n"
      "| 4 | Số hóa hồ sơ | Các sở, ngành theo chức năng, nhiệm vụ | | Năm 2025 |\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Khoa học và Công nghệ"}));
  EXPECT_EQ(work_of(ts[1]), "Số hóa hồ sơ");
  EXPECT_EQ(ts[1].lead, (Units{"Các sở, ngành"}));
}

// "Cơ quan thực hiện" cell: "Sở X chủ trì; Sở Y phối hợp" names the lead and the support.
TEST(TableTasks, AnExecutorCellNamesLeadAndSupport) {
  std::string text =
      "| TT | Nội dung công việc | Cơ quan thực hiện | Thời gian |\n"
      "| 1 | Số hóa hồ sơ lưu trữ | Sở Khoa học và Công nghệ chủ trì; Sở Tài chính phối hợp | Tháng 10/2026 |\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Khoa học và Công nghệ"}));
  EXPECT_EQ(ts[0].support, (Units{"Sở Tài chính"}));
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

// A flattened table whose time column stands right after the work ("Nhiệm vụ | Thời hạn hoàn thành
// | Cơ quan chủ trì | …"): a line that is only a time, after a work line that left nothing open,
// is the row's time however long that line ran; a year the work's line leaves open ("trong năm")
// stays in the work.
TEST(TableTasks, AFlattenedTimeCellAfterALongWorkLineIsTheRowsTime) {
  std::string text =
      std::string(kPlanProse) +
      "PHỤ LỤC\n\nSTT \nNHIỆM VỤ \nTHỜI HẠN \nHOÀN THÀNH \nCƠ QUAN CHỦ TRÌ \nCƠ QUAN PHỐI HỢP \n"
      "1 \nXây dựng chiến lược phát triển hạ tầng số của tỉnh trong giai đoạn \nmới \nTháng 12/2026 \n"
      "Sở Khoa học và Công nghệ \nCác sở, ngành, địa \nphương có liên quan \n"
      "2 \nSửa đổi quy chế quản lý dữ liệu đất đai và các văn bản hướng dẫn thi hành \nQuý IV/2026 \n"
      "Sở Nông nghiệp và Môi trường \nCác sở, ngành, địa \nphương có liên quan \n"
      "3 \nSố hóa và làm sạch hệ thống dữ liệu đất đai trên toàn tỉnh trong năm \n2026 \n"
      "Sở Tài chính \nCác sở, ngành \n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2026-12-31");
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->kind, "quarter");
  EXPECT_EQ(ts[1].deadline->end, "2026-12-31");
  EXPECT_EQ(ts[1].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
  EXPECT_EQ(work_of(ts[1]).find("Quý"), std::string::npos) << work_of(ts[1]);
  EXPECT_NE(work_of(ts[2]).find("trong năm 2026"), std::string::npos) << work_of(ts[2]);
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

// Merged cells (rowspan) flattened to empty cells: a numbered row with no unit, support or time
// under a row that names them is that unit's work too; a row heading "-" sub-rows stays a heading.
TEST(TableTasks, ANumberedRowWithEmptyCellsSharesTheUnitAbove) {
  std::string text =
      "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
      "| 1 | Nâng cấp hệ thống quản lý văn bản | Sở Khoa học và Công nghệ | Văn phòng Ủy ban nhân dân tỉnh | Tháng 6/2025 |\n"
      "| 2 | Số hóa hồ sơ thủ tục hành chính | | | |\n"
      "| 3 | Đầu tư các công trình trọng điểm | | | |\n"
      "| - | Dự án đường nối cao tốc | Sở Xây dựng | Sở Tài chính | 2025-2027 |\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[1].description, "Số hóa hồ sơ thủ tục hành chính");
  EXPECT_EQ(ts[1].lead, (Units{"Sở Khoa học và Công nghệ"}));
  EXPECT_EQ(ts[1].support, (Units{"Văn phòng Ủy ban nhân dân tỉnh"}));
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->end, "2025-06-30");
  EXPECT_EQ(ts[2].lead, (Units{"Sở Xây dựng"}));
}

// A row whose number and work cells were merged (rowspan) over a second lead's line: that
// lead's share of the same work, with the same time.
TEST(TableTasks, AnUnnumberedRowWithOnlyItsUnitsSharesTheWorkAbove) {
  std::string text =
      "| TT | Tên đề án | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành |\n|---|---|---|---|---|\n"
      "| 1 | Đề án phát triển thư viện số | Bộ Văn hóa, Thể thao và Du lịch | Các bộ, ngành | 2030 |\n"
      "| | | Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương | Các cơ quan báo chí tại địa phương | |\n"
      "| 2 | Đề án số hóa di sản | Bộ Văn hóa, Thể thao và Du lịch | Bộ Khoa học và Công nghệ | 2028 |\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}));
  EXPECT_EQ(ts[1].description, "Đề án phát triển thư viện số");
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->end, "2030-12-31");
  EXPECT_EQ(ts[2].description, "Đề án số hóa di sản");
  ASSERT_TRUE(ts[2].deadline);
  EXPECT_EQ(ts[2].deadline->end, "2028-12-31");
}

// A "|" row that names a unit but no work (a row broken over lines, its work left on a line
// above) is no task: a task always says what is to be done.
TEST(TableTasks, ARowWithoutWorkIsNoTask) {
  Record r = project_extractor().extract_text(
      "| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
      "| 1 | Rà soát quy hoạch | Sở Xây dựng | Quý I/2026 |\n| 2 | | Sở Tài chính | Quý II/2026 |\n", "t.txt");
  ASSERT_EQ(r.tasks.size(), 1u);
  EXPECT_EQ(r.tasks[0].description, "Rà soát quy hoạch");
}

// A dissemination calendar crawled one cell per line: the unit column is titled "Đơn vị chịu
// trách nhiệm …" and its time cells name a month. A row whose unit and time cells were merged with
// the row above (rowspan) is that unit's work, due when the row above is.
TEST(TableTasks, AResponsibleUnitColumnIsTheLead) {
  std::string text =
      std::string(kPlanProse) +                                                     // 1-6
      "LỊCH PHỔ BIẾN THÔNG TIN\n|\nSTT\n|\nTên thông tin\n|\nThời gian phổ biến\n|\n"  // 7-13
      "Đơn vị chịu trách nhiệm phổ biến\n|\n|\n"                                          // 14-16
      "1\n|\nSố doanh nghiệp được hỗ trợ\n|\nTháng 6/2026\n|\nSở Tài chính\n|\n|\n"        // 17-25
      "2\n|\nSố lao động được đào tạo\n|\n|\n"                                            // 26-30
      "3\n|\nSố hợp tác xã thành lập mới\n|\nTháng 9/2026\n|\nSở Nông nghiệp và Môi trường\n|\n|\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
  EXPECT_EQ(work_of(ts[0]), "Số doanh nghiệp được hỗ trợ");
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2026-06-30");
  EXPECT_EQ(ts[1].lead, (Units{"Sở Tài chính"}));
  EXPECT_EQ(work_of(ts[1]), "Số lao động được đào tạo");
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->end, "2026-06-30");
  EXPECT_EQ(ts[2].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
  ASSERT_TRUE(ts[2].deadline);
  EXPECT_EQ(ts[2].deadline->end, "2026-09-30");
}

// Appendices of a circular follow one another with no signature between them: the heading of
// the next one ends the table: the forms it holds lend it no rows (the signer of a form is no lead).
TEST(TableTasks, TheNextAppendixEndsAFlattenedTable) {
  std::string text =
      std::string(kPlanProse) +
      "Phụ lục I\nDANH MỤC BÁO CÁO\n\nSTT\nTên báo cáo\nĐơn vị chịu trách\nnhiệm tổng hợp\nKỳ báo\ncáo\n"
      "1\nBáo cáo số lao động được đào tạo\nSở Nội vụ\nNăm\n"
      "Phụ lục II\nMẪU BIỂU BÁO CÁO\n"
      "2\nSố hợp tác xã thành lập mới\nThủ trưởng đơn vị\nNăm\n";
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
}

// A PDF table flattened one cell per line with "|" lines between the cells: a lead cell wrapped over
// two lines keeps both its units, and a row of dots where the source left rows out ends the row above
// without ending the table; the rows after it keep their own numbers.
TEST(TableTasks, RowsAfterARowOfDotsGoOnAndAWrappedLeadCellKeepsItsUnits) {
  std::string text =
      std::string(kPlanProse) + "PHỤ LỤC\n" +                                                            // 1-8
      "|\nTT\n|\nNội dung thực\nhiện\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian hoàn\nthành\n|\n"  // 9-21
      "Sản phẩm dự kiến\n|\n|\nI\n|\nRÀ SOÁT VĂN BẢN\n|\n|\n"                                          // 22-29
      "1\n|\nHướng dẫn phương pháp, trình tự thống kê phù hợp\nvới lĩnh vực quản lý các ngành\n|\n"         // 30-34
      "Sở, ban, ngành, tổ\nchức chính trị - xã hội\n|\nCơ quan liên quan\n|\n2025\n|\n|\n|\n"          // 35-43
      "2\n|\nBan hành quy chế phối hợp quản lý chất thải\n|\nSở Xây dựng\n|\nCơ quan liên quan\n|\n"      // 44-51
      "2026\n|\nQuyết định\n|\n…..............\n|\n"                                                      // 52-57
      "5\n|\nThành lập tổ công tác liên ngành về chất thải\n|\nSở Tài chính\n|\nSở Nội vụ và cơ\n"         // 58-64
      "quan, địa phương liên quan\n|\n2025\n|\nQuyết định\n|\n|\n"                                       // 65-71
      "6\n|\nTổ chức kiểm tra việc thu gom chất thải\n|\nCông an tỉnh\n|\nCơ quan có liên\nquan\n|\n"     // 72-79
      "Thường xuyên\n|\n|\n|\n";                                                                          // 80-83
  std::vector<Task> ts = label_tasks_of(text);
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].line, 30);
  EXPECT_EQ(ts[0].lead, (Units{"Sở, ban, ngành", "tổ chức chính trị - xã hội"}));
  EXPECT_EQ(ts[1].line, 44);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Xây dựng"}));
  EXPECT_EQ(ts[2].line, 58);
  EXPECT_EQ(ts[2].lead, (Units{"Sở Tài chính"}));
  EXPECT_EQ(ts[2].support, (Units{"Sở Nội vụ", "cơ quan, địa phương liên quan"}));
  ASSERT_TRUE(ts[2].deadline);
  EXPECT_EQ(ts[2].deadline->end, "2025-12-31");
  EXPECT_EQ(ts[3].line, 72);
  EXPECT_EQ(ts[3].lead, (Units{"Công an tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[3], "Tổ chức kiểm tra"));
}

}  // namespace
}  // namespace vnpolicy
