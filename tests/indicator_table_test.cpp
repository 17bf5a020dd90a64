// Indicator tables of plans and reports: every number under a year column is a figure,
// its indicator from the row, its unit from the unit column, its year and kind from the
// column title — as pipe rows and as tables flattened one cell per line.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figures;

const Target* find(const std::vector<Target>& ts, double value, std::optional<int> year = std::nullopt) {
  for (const auto& t : ts)
    if (t.value == value && (!year || t.year == year)) return &t;
  return nullptr;
}

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 12/KH-UBND\n\nHà Giang, ngày 10 tháng 01 năm 2025\n\n"
    "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025\n\n";                                   // lines 1-10
const std::string kReport =
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 300/BC-UBND\n\nHà Giang, ngày 10 tháng 12 năm 2024\n\n"
    "BÁO CÁO\nTình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024\n\n";      // lines 1-10

TEST(IndicatorTable, PipeTableYearColumnsGiveOneFigurePerCell) {
  auto ts = figures(kPlan +
                    "I. CÁC CHỈ TIÊU CHỦ YẾU\n\n"                                            // 11-12
                    "| STT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 |\n"                     // 13
                    "|---|---|---|---|---|\n"                                                 // 14
                    "| 1 | Tốc độ tăng trưởng GRDP | % | 7,5 | 8 - 8,5 |\n"                     // 15
                    "| 2 | GRDP bình quân đầu người | triệu đồng | 65 | ≥ 110 |\n"               // 16
                    "| 3 | Tỷ lệ che phủ rừng | % | 58 | x |\n");                                // 17
  ASSERT_EQ(ts.size(), 5u);  // "x" is no figure; the row numbers are none either
  const Target* g = find(ts, 7.5);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->indicator, "Tốc độ tăng trưởng GRDP");
  EXPECT_EQ(g->unit, "%");
  EXPECT_EQ(g->year, 2025);
  EXPECT_EQ(g->kind, "target");
  EXPECT_EQ(g->line, 15);
  const Target* range = find(ts, 8);
  ASSERT_TRUE(range);
  EXPECT_EQ(range->comparator, "range");
  EXPECT_EQ(range->value_max, 8.5);
  EXPECT_EQ(range->year, 2030);
  const Target* bound = find(ts, 110);
  ASSERT_TRUE(bound);
  EXPECT_EQ(bound->comparator, "gte");
  EXPECT_EQ(bound->unit, "triệu đồng");
  EXPECT_EQ(bound->unit_base, "đồng");
  EXPECT_EQ(find(ts, 58)->indicator, "Tỷ lệ che phủ rừng");
}

TEST(IndicatorTable, ReportColumnsSayTargetActualAndEstimateRatiosAreNone) {
  auto ts = figures(kReport +
                    "| Chỉ tiêu | ĐVT | Kế hoạch 2024 | Thực hiện 2024 | Ước TH 2025 | So sánh (%) |\n"  // 11
                    "|---|---|---|---|---|---|\n"                                                       // 12
                    "| Tổng thu ngân sách nhà nước | tỷ đồng | 2.500 | 2.650 | 2.800 | 106 |\n");       // 13
  ASSERT_EQ(ts.size(), 3u);  // 106 % of the plan is a ratio column, no figure
  EXPECT_EQ(find(ts, 2500)->kind, "target");
  EXPECT_EQ(find(ts, 2500)->year, 2024);
  EXPECT_EQ(find(ts, 2650)->kind, "actual");
  EXPECT_EQ(find(ts, 2650)->comparator, "eq");
  EXPECT_EQ(find(ts, 2800)->kind, "actual");
  EXPECT_EQ(find(ts, 2800)->comparator, "approx");
  EXPECT_EQ(find(ts, 2800)->year, 2025);
  EXPECT_FALSE(find(ts, 106));
}

TEST(IndicatorTable, SecondTitleRowSplitsAYearIntoPlanAndResult) {
  auto ts = figures(kReport +
                    "| STT | Chỉ tiêu | ĐVT | Năm 2024 | | Năm 2025 |\n"       // 11
                    "| | | | KH | TH | KH |\n"                                  // 12
                    "| 1 | Số xã đạt chuẩn nông thôn mới | xã | 40 | 42 | 50 |\n");  // 13
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(find(ts, 40)->kind, "target");
  EXPECT_EQ(find(ts, 40)->year, 2024);
  EXPECT_EQ(find(ts, 42)->kind, "actual");
  EXPECT_EQ(find(ts, 42)->year, 2024);
  EXPECT_EQ(find(ts, 50)->kind, "target");
  EXPECT_EQ(find(ts, 50)->year, 2025);
  EXPECT_EQ(find(ts, 42)->unit, "xã");
}

TEST(IndicatorTable, FlattenedTableOneCellPerLine) {
  // Titles wrapped over lines, a name over two lines, row numbers and values that look like
  // page numbers ("95"), the unit column.
  auto ts = figures(kReport +
                    "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU\n"          // 11
                    "STT\nChỉ tiêu\nĐơn vị\ntính\nKế hoạch\n2024\nThực hiện\n2024\nSo sánh\n(%)\n"  // 12-21
                    "1\nTốc độ tăng trưởng tổng sản\nphẩm trên địa bàn (GRDP)\n%\n7,5\n7,8\n104\n"  // 22-28
                    "2\nThu ngân sách nhà nước\ntỷ đồng\n2.500\n2.650\n106\n"                     // 29-34
                    "3\nTỷ lệ hộ nghèo\n%\n12,5\n11,9\n95\n"                                     // 35-40
                    "\nII. NHIỆM VỤ NĂM 2025\n\nTiếp tục thực hiện các chương trình mục tiêu.\n");
  ASSERT_EQ(ts.size(), 6u);
  const Target* g = find(ts, 7.8);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->indicator, "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)");
  EXPECT_EQ(g->kind, "actual");
  EXPECT_EQ(g->year, 2024);
  EXPECT_EQ(g->line, 27);
  EXPECT_EQ(find(ts, 7.5)->kind, "target");
  EXPECT_EQ(find(ts, 2650)->unit, "tỷ đồng");
  EXPECT_EQ(find(ts, 11.9)->indicator, "Tỷ lệ hộ nghèo");
  EXPECT_FALSE(find(ts, 95));
  EXPECT_FALSE(find(ts, 104));
}

TEST(IndicatorTable, FlattenedTableWithAgencyColumnsAndSpanTitle) {
  // "Giai đoạn 2026 - 2030" stands over its years' columns; the text cells after the figures
  // (who follows the indicator) are no row; a bound ends the name cell; the unit in the name.
  auto ts = figures(kPlan +
                    "TT\nChỉ tiêu\nĐVT\nƯTH năm 2025\nGiai đoạn 2026 - 2030\nNăm 2026\nNăm 2030\n"  // 11-17
                    "Cơ quan chủ trì\n"                                                           // 18
                    "I\nVỀ KINH TẾ\n"                                                             // 19-20
                    "1\nDiện tích trồng cây\năn quả\nha\n26.120\n27.000\n30.000\n"                // 21-27
                    "Sở Nông nghiệp và\nMôi trường\n"                                              // 28-29
                    "2\nTỷ lệ che phủ rừng (%)\nPhấn đấu ≥\n58\n59\n60\n"                         // 30-35
                    "Sở Nông nghiệp và\nMôi trường\n");                                           // 36-37
  ASSERT_EQ(ts.size(), 6u);
  const Target* est = find(ts, 26120);
  ASSERT_TRUE(est);
  EXPECT_EQ(est->kind, "actual");
  EXPECT_EQ(est->comparator, "approx");
  EXPECT_EQ(est->year, 2025);
  EXPECT_EQ(est->indicator, "Diện tích trồng cây ăn quả");
  EXPECT_EQ(find(ts, 27000)->year, 2026);
  EXPECT_EQ(find(ts, 30000)->year, 2030);
  EXPECT_EQ(find(ts, 30000)->kind, "target");
  const Target* forest = find(ts, 60);
  ASSERT_TRUE(forest);
  EXPECT_EQ(forest->indicator, "Tỷ lệ che phủ rừng");
  EXPECT_EQ(forest->unit, "%");
  EXPECT_EQ(forest->comparator, "gte");
  EXPECT_EQ(forest->year, 2030);
}

TEST(IndicatorTable, AssignmentTablesAndShiftedRowsGiveNoTableFigures) {
  // A table of tasks ("Kết quả" is a product, "Thời hạn" a deadline) has no figure columns.
  auto tasks = figures(kPlan +
                       "| STT | Nội dung | Đơn vị chủ trì | Kết quả | Thời hạn |\n"
                       "| 1 | Rà soát quy hoạch | Sở Tài chính | Báo cáo | Quý II/2025 |\n");
  EXPECT_TRUE(tasks.empty());
  // A flattened row that lost a cell: its values can no longer be placed, so none is read.
  auto ts = figures(kPlan +
                    "STT\nChỉ tiêu\nĐơn vị\nNăm 2025\nNăm 2030\n"         // 11-15
                    "1\nTỷ lệ hộ nghèo\n%\n5,2\n"                           // 16-19
                    "2\nSố xã đạt chuẩn nông thôn mới\nxã\n120\n150\n");    // 20-24
  EXPECT_FALSE(find(ts, 5.2));
  EXPECT_EQ(find(ts, 150)->year, 2030);
  EXPECT_EQ(find(ts, 120)->year, 2025);
}

}  // namespace
}  // namespace vnpolicy
