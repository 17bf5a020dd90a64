// Assignment tables flattened one cell per line between "|" lines, as a crawl writes an HTML table:
// a row that stops before the unit (and time) cell lay under a merged cell (rowspan) of the source,
// and a row of column numbers ("A | B | 1 | 2 | 3") may stand under the titles. Which lines of a
// flattened table open a unit cell.
#include <string>
#include <vector>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using task_tests::kPlanProse;
using task_tests::task_at;
using task_tests::tasks_of;
using task_tests::Units;
using task_tests::work_opens_with;

// One cell per line, a "|" line before and after each cell; a row opens with a "|" line of its own.
std::string flat_rows(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (const auto& row : rows) {
    out += "|\n";
    for (const auto& cell : row) out += cell + "\n|\n";
  }
  return out;
}

std::string plan_with_table(const std::string& column_numbers) {
  return std::string("KẾ HOẠCH\nCông tác kiểm tra năm 2026\n\n") + kPlanProse + kPlanProse +  // lines 1-17
         "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n" +                                                        // 18-19
         flat_rows({{"STT", "Nội dung công việc", "Sản phẩm", "Thời gian hoàn thành", "Đơn vị chủ trì"}}) +
         column_numbers +
         flat_rows({{"1", "Rà soát danh mục thủ tục hành chính", "Báo cáo", "Quý I/2026", "Sở Tư pháp"},
                    {"2", "Cập nhật cơ sở dữ liệu văn bản", "Cơ sở dữ liệu"},
                    {"3", "Kiểm tra việc thực hiện chế độ tài chính", "Kết luận", "Tháng 8/2026", "Sở Tài chính"},
                    {"4", "Tổng hợp kết quả kiểm tra", "Báo cáo", "Tháng 11/2026"},
                    {"5", "Đánh giá hiệu quả đầu tư công", "Báo cáo", "Tháng 9/2026", "Sở Xây dựng"}});
}

// Rows 2 and 4 have no unit cell: the unit of the row above was written once for both. Row 2 has
// no time either and is due with row 1; row 4 keeps its own time.
void expect_merged_rows(const std::vector<Task>& ts, int first_row_line) {
  const int row_lines[] = {0, 11, 18, 29};  // a row's number line after the first's: 5 + 2 per cell
  ASSERT_EQ(ts.size(), 5u);
  const Task* merged = task_at(ts, first_row_line + row_lines[1]);
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(merged->lead, (Units{"Sở Tư pháp"}));
  EXPECT_TRUE(work_opens_with(*merged, "Cập nhật cơ sở dữ liệu văn bản"));
  ASSERT_TRUE(merged->deadline);
  EXPECT_EQ(merged->deadline->end, "2026-03-31");
  const Task* own_time = task_at(ts, first_row_line + row_lines[3]);
  ASSERT_NE(own_time, nullptr);
  EXPECT_EQ(own_time->lead, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(*own_time, "Tổng hợp kết quả kiểm tra"));
  ASSERT_TRUE(own_time->deadline);
  EXPECT_EQ(own_time->deadline->end, "2026-11-30");
  const Task* last = task_at(ts, first_row_line + row_lines[3] + 9);
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->lead, (Units{"Sở Xây dựng"}));
}

TEST(FlatMergedCells, ARowWithoutItsUnitCellTakesTheUnitOfTheRowAbove) {
  std::vector<Task> ts = tasks_of(plan_with_table(""));
  // The header's 11 lines from line 20; row 1's number on line 32.
  ASSERT_NE(task_at(ts, 32), nullptr);
  EXPECT_EQ(task_at(ts, 32)->lead, (Units{"Sở Tư pháp"}));
  expect_merged_rows(ts, 32);
}

TEST(FlatMergedCells, ARowOfColumnNumbersUnderTheTitlesOpensNoRow) {
  std::vector<Task> ts = tasks_of(plan_with_table(flat_rows({{"A", "B", "1", "2", "3"}})));
  // The column numbers take 11 lines: row 1's number on line 43, its own number again.
  const Task* first = task_at(ts, 43);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->lead, (Units{"Sở Tư pháp"}));
  EXPECT_TRUE(work_opens_with(*first, "Rà soát danh mục thủ tục hành chính"));
  expect_merged_rows(ts, 43);
}

// A heading row between ("II | Công tác thanh tra") ends the merge: the row under it without a unit
// cell is no task of the unit above.
TEST(FlatMergedCells, AHeadingRowEndsTheMerge) {
  std::string text = std::string("KẾ HOẠCH\nCông tác kiểm tra năm 2026\n\n") + kPlanProse + kPlanProse +
                     "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n" +
                     flat_rows({{"STT", "Nội dung công việc", "Sản phẩm", "Thời gian hoàn thành", "Đơn vị chủ trì"},
                                {"I", "Công tác kiểm tra"},
                                {"1", "Rà soát danh mục thủ tục hành chính", "Báo cáo", "Quý I/2026", "Sở Tư pháp"},
                                {"II", "Công tác thanh tra"},
                                {"2", "Cập nhật cơ sở dữ liệu văn bản", "Cơ sở dữ liệu"}});
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tư pháp"}));
}

// A work cell wrapped inside a word pair ("dịch" / "vụ", "xã" / "hội") leaves a line in lower case
// that opens with a unit's head word: it goes on with the work, it is no unit cell.
TEST(FlatTableCells, ALineInLowerCaseGoesOnWithTheWork) {
  std::string text = std::string("KẾ HOẠCH\nCải cách hành chính năm 2026\n\n") + kPlanProse + kPlanProse +
                     "PHỤ LỤC\nSTT\nNội dung công việc\nĐơn vị chủ trì\nThời gian\n"
                     "1\nXây dựng và vận hành hệ thống cung cấp thông tin dịch\nvụ hành chính công\nSở Nội vụ\nQuý II/2026\n"
                     "2\nHuy động nguồn lực cho phát triển văn hóa cơ sở từ toàn xã\nhội\nSở Văn hóa, Thể thao và Du lịch\nNăm 2027\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(task_tests::work_of(ts[0]), "Xây dựng và vận hành hệ thống cung cấp thông tin dịch vụ hành chính công");
  EXPECT_EQ(ts[1].lead, (Units{"Sở Văn hóa, Thể thao và Du lịch"}));
  EXPECT_EQ(task_tests::work_of(ts[1]), "Huy động nguồn lực cho phát triển văn hóa cơ sở từ toàn xã hội");
}

// A ministry's departments ("Vụ Pháp chế", "Vụ Kế hoạch - Tài chính") are units like its Cục.
TEST(FlatTableCells, AMinistryDepartmentLeadsItsWork) {
  std::vector<Task> ts = tasks_of(
      "BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch rà soát văn bản năm 2026\n\n"
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch rà soát văn bản quy phạm pháp luật năm 2026.\n"
      "Điều 2. Vụ Pháp chế chủ trì, phối hợp với Văn phòng Bộ tổ chức rà soát các văn bản thuộc lĩnh vực quản lý, "
      "báo cáo Bộ trưởng trước ngày 30/6/2026.\n"
      "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế chịu trách nhiệm thi hành Quyết định này./.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Vụ Pháp chế"}));
  EXPECT_EQ(ts[0].support, (Units{"Văn phòng Bộ"}));
}

}  // namespace
}  // namespace vnpolicy
