// Index tables of reports (PCI, PAPI, PAR INDEX, SIPAS): a group of columns per year, "Điểm
// số | Thứ hạng" under each. The score is a figure of the row's indicator for the group's
// year; the rank is an ordinal, no figure — also when one cell holds both ("6,74 58").
#include <gtest/gtest.h>

#include "figures_support.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figure_of_value;
using testing::figures;


const std::string kReport =
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: 45/BC-UBND\n\nBình An, ngày 15 tháng 11 năm 2025\n\n"
    "BÁO CÁO\nKết quả chỉ số năng lực cạnh tranh cấp tỉnh năm 2024\n\n";  // lines 1-10

TEST(IndicatorTableRank, ScoreAndRankColumnsUnderYearGroups) {
  auto ts = figures(kReport +
                    "| Chỉ số thành phần | Năm 2023 | | Năm 2024 | |\n"                       // 11
                    "|---|---|---|---|---|\n"                                                  // 12
                    "| | Điểm số | Thứ hạng | Điểm số | Thứ hạng |\n"                          // 13
                    "| Tính minh bạch | 6,20 | 25 | 6,81 | 12 |\n"                              // 14
                    "| Thiết chế pháp lý | 7,05 | 30 | 7,44 | 8 |\n");                         // 15
  ASSERT_EQ(ts.size(), 4u);
  ASSERT_TRUE(figure_of_value(ts, 6.81));
  EXPECT_EQ(figure_of_value(ts, 6.81)->indicator, "Tính minh bạch");
  EXPECT_EQ(figure_of_value(ts, 6.81)->year, 2024);
  EXPECT_EQ(figure_of_value(ts, 6.81)->kind, "actual");
  EXPECT_EQ(figure_of_value(ts, 7.05)->year, 2023);
  EXPECT_EQ(figure_of_value(ts, 7.05)->line, 15);
  EXPECT_FALSE(figure_of_value(ts, 12));  // ranks are ordinals
  EXPECT_FALSE(figure_of_value(ts, 30));
}

// A flattened PDF table: each province's title fused with a sub-title "Chỉ số" over an empty
// column between score and rank. The row is named by the first name column, "Nội dung".
TEST(IndicatorTableRank, EmptySubTitleColumnsDoNotNameTheRow) {
  auto ts = figures(kReport +
                    "| STT | Nội dung | Điểm số | Bình An Chỉ số | Thứ hạng | Bình Tây Điểm số | Chỉ số | Thứ hạng |\n"  // 11
                    "| 1 | Chi phí gia nhập thị trường | 6,74 |  | 58 | 7,68 |  | 38 |\n"                           // 12
                    "| 2 | Tính minh bạch | 6,19 |  | 52 | 6,84 |  | 15 |\n");                                       // 13
  ASSERT_EQ(ts.size(), 4u);
  ASSERT_TRUE(figure_of_value(ts, 6.84));
  EXPECT_EQ(figure_of_value(ts, 6.84)->indicator, "Tính minh bạch");
  EXPECT_EQ(figure_of_value(ts, 6.84)->kind, "actual");
  EXPECT_EQ(figure_of_value(ts, 6.84)->year, 2024);
  EXPECT_EQ(figure_of_value(ts, 7.68)->line, 12);
  EXPECT_FALSE(figure_of_value(ts, 58));  // ranks are ordinals
}

TEST(IndicatorTableRank, DatedScoreAndRankTitlesInOneRow) {
  auto ts = figures(kReport +
                    "| Tiêu chí | Điểm 2023 | Xếp hạng 2023 | Điểm 2024 | Xếp hạng 2024 |\n"  // 11
                    "|---|---|---|---|---|\n"                                                  // 12
                    "| Công khai, minh bạch | 5,12 | 41 | 5,60 | 17 |\n");                      // 13
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(figure_of_value(ts, 5.6)->year, 2024);
  EXPECT_EQ(figure_of_value(ts, 5.12)->year, 2023);
  EXPECT_FALSE(figure_of_value(ts, 17));
}

TEST(IndicatorTableRank, CellHoldingScoreThenRank) {
  auto ts = figures(kReport +
                    "| Chỉ số | Năm 2023 | Năm 2024 |\n"                                        // 11
                    "|---|---|---|\n"                                                          // 12
                    "| | Giá trị/Thứ hạng | Giá trị/Thứ hạng |\n"                              // 13
                    "| Chi phí không chính thức | 6,74 58 | 8,78 2 |\n");                       // 14
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(figure_of_value(ts, 8.78)->year, 2024);
  EXPECT_EQ(figure_of_value(ts, 6.74)->indicator, "Chi phí không chính thức");
  EXPECT_FALSE(figure_of_value(ts, 58));
}

TEST(IndicatorTableRank, ScoreAndRankColumnsUnderProvinceGroups) {
  // A group per province: the year is the report's.
  auto ts = figures(kReport +
                    "| Chỉ số nội dung | Bình An | | Bình Minh | |\n"                          // 11
                    "|---|---|---|---|---|\n"                                                  // 12
                    "| | Điểm số | Thứ hạng | Điểm số | Thứ hạng |\n"                          // 13
                    "| Công khai, minh bạch | 5,12 | 41 | 5,60 | 17 |\n");                     // 14
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(figure_of_value(ts, 5.6)->year, 2024);
  EXPECT_EQ(figure_of_value(ts, 5.12)->indicator, "Công khai, minh bạch");
  EXPECT_FALSE(figure_of_value(ts, 41));
}

TEST(IndicatorTableRank, ScoreColumnWithoutRankColumnIsNoIndexTable) {
  // "Điểm" alone is no value title: a table of places ("Địa điểm") or marks stays unread.
  auto ts = figures(kReport +
                    "| Nội dung | Địa điểm | Điểm |\n|---|---|---|\n"                          // 11-12
                    "| Hội nghị tập huấn | Hội trường tỉnh | 2 |\n");                          // 13
  EXPECT_TRUE(ts.empty());
}

}  // namespace
}  // namespace vnpolicy
