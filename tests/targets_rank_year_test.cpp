// Reports on an index (PCI, PAPI, PAR INDEX) written the year after it: a figure's own period
// ("10 tháng đầu năm 2025", "tính đến ngày 30/10/2025") is its year, over the heading's and the
// title's; a figure whose sentence names none takes the heading's. A rank group ("nhóm 03 cơ
// quan dẫn đầu") is an ordinal and the kind of copy in a dossier ("01 bộ gốc") a filing
// quantity: no figures. Approvals handed over ("trao 8 quyết định chấp thuận") are counted.
#include <gtest/gtest.h>

#include "figures_support.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::figure_of_value;
using ::vnpolicy::testing::figures;

const std::string kIndexReport =
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n\nSố: 45/BC-UBND\n\nBình An, ngày 15 tháng 11 năm 2025\n\n"
    "BÁO CÁO\nKết quả chỉ số cải cách hành chính năm 2024\n\n";  // lines 1-10


TEST(TargetsRankYear, TheSentencesOwnPeriodWinsOverTheHeadingsYear) {
  auto ts = figures(kIndexReport +
                    "I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024\n\n"                     // 11-12
                    "Chỉ số cải cách hành chính của tỉnh đạt 88,12%.\n\n"                        // 13-14
                    "Trong 10 tháng đầu năm 2025, toàn tỉnh có 320 doanh nghiệp thành lập mới.\n\n"  // 15-16
                    "Tính đến ngày 30/10/2025, tỷ lệ hồ sơ trực tuyến đạt 85,5%.\n");            // 17
  ASSERT_TRUE(figure_of_value(ts, 88.12));
  EXPECT_EQ(figure_of_value(ts, 88.12)->year, 2024);  // no year of its own: the heading's
  ASSERT_TRUE(figure_of_value(ts, 320));
  EXPECT_EQ(figure_of_value(ts, 320)->year, 2025);
  EXPECT_EQ(figure_of_value(ts, 320)->kind, "actual");
  ASSERT_TRUE(figure_of_value(ts, 85.5));
  EXPECT_EQ(figure_of_value(ts, 85.5)->year, 2025);
}

TEST(TargetsRankYear, AHorizonAfterTheIssueYearIsNoResultsYear) {
  auto ts = figures(kIndexReport + "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 80%, vượt mục tiêu năm 2027.\n");
  ASSERT_TRUE(figure_of_value(ts, 80));
  EXPECT_EQ(figure_of_value(ts, 80)->year, 2024);
}

TEST(TargetsRankYear, RankGroupsAreNoFigures) {
  auto ts = figures(kIndexReport +
                    "Tỉnh tiếp tục nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước; Sở Tư pháp thuộc nhóm 03 "
                    "cơ quan có chỉ số cao nhất; đã thành lập 06 tổ công tác.\n");
  EXPECT_FALSE(figure_of_value(ts, 10));
  EXPECT_FALSE(figure_of_value(ts, 3));
}

TEST(TargetsRankYear, TheKindOfCopyInADossierIsNoFigure) {
  auto ts = figures(kIndexReport + "Hồ sơ gồm 02 bộ (trong đó có 01 bộ gốc); đã tiếp nhận 125 bộ hồ sơ.\n");
  EXPECT_FALSE(figure_of_value(ts, 1));
  EXPECT_FALSE(figure_of_value(ts, 2));
  ASSERT_TRUE(figure_of_value(ts, 125));
}

// Counts of documents issued are no figures, but approvals handed to investors are results.
TEST(TargetsRankYear, ApprovalsHandedOverAreCountedAndDocumentsIssuedAreNot) {
  auto ts = figures(kIndexReport +
                    "Trong năm, tỉnh đã trao 8 quyết định chấp thuận chủ trương đầu tư; ban hành 12 quyết định "
                    "quy phạm pháp luật; thành lập 06 tổ công tác hỗ trợ doanh nghiệp.\n");
  ASSERT_TRUE(figure_of_value(ts, 8));
  EXPECT_EQ(figure_of_value(ts, 8)->unit, "quyết định");
  EXPECT_EQ(figure_of_value(ts, 8)->kind, "actual");
  EXPECT_FALSE(figure_of_value(ts, 12));
  ASSERT_TRUE(figure_of_value(ts, 6));
}

}  // namespace
}  // namespace vnpolicy
