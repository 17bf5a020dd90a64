// The year and kind a figure takes from its context: headings, lead-in lines, the
// document's title, on plans and reports the tests write themselves.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figures;

const Target& at(const std::vector<Target>& ts, double value) {
  for (const auto& t : ts)
    if (t.value == value) return t;
  ADD_FAILURE() << "no figure " << value;
  static const Target none;
  return none;
}

const std::string kPlanHeader =
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 214/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nNinh Bình, ngày 14 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
    "Phát triển giáo dục nghề nghiệp trên địa bàn tỉnh\n\n";

TEST(TargetScope, LeadInLinesGovernTheItemsAfterThem) {
  auto ts = figures(kPlanHeader +
                    "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\nNâng cao chất lượng đào tạo, đáp ứng nhu cầu thị trường lao động.\n\n"
                    "2. Mục tiêu cụ thể\n\nPhấn đấu đến năm 2027:\n\n"
                    "- Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 31%.\n\n"
                    "- Tuyển sinh mới khoảng 24.500 người.\n\nĐến năm 2030:\n\n"
                    "- Tỷ lệ lao động qua đào tạo đạt trên 80%.\n\n"
                    "- Có ít nhất 04 trường cao đẳng đạt chuẩn chất lượng cao.\n\n"
                    "3. Tầm nhìn đến năm 2045\n\nTỷ lệ lao động qua đào tạo đạt 90%.\n\n"
                    "II. NHIỆM VỤ\n\nNăm 2026 tuyển sinh 21.000 người; giai đoạn 2026-2030 đào tạo 110.000 lao động.\n");
  ASSERT_EQ(ts.size(), 8u);
  EXPECT_EQ(at(ts, 72).year, 2027);
  EXPECT_EQ(at(ts, 31).year, 2027);
  EXPECT_EQ(at(ts, 24500).year, 2027);
  EXPECT_EQ(at(ts, 80).year, 2030);  // "Đến năm 2030:" after the first list leads the second
  EXPECT_EQ(at(ts, 4).year, 2030);
  EXPECT_EQ(at(ts, 90).year, 2045);  // a vision heading: its year is the only one there
  EXPECT_EQ(at(ts, 21000).year, 2026);  // the figure's own words win
  EXPECT_EQ(at(ts, 110000).year, 2030);  // a period gives its last year
  for (const auto& t : ts) EXPECT_EQ(t.kind, "target");
}

TEST(TargetScope, ATitleLineGovernsUntilTheNextTitle) {
  auto ts = figures(kPlanHeader +
                    "Mục tiêu cụ thể giai đoạn 2026 - 2030\n\n"
                    "Tỷ lệ cơ sở giáo dục nghề nghiệp công lập tự chủ tài chính đạt 40%.\n\n"
                    "Quy mô tuyển sinh tăng bình quân 5%/năm.\n\n"
                    "Mục tiêu đến năm 2035\n\n"
                    "Tỷ lệ cơ sở giáo dục nghề nghiệp công lập tự chủ tài chính đạt 70%.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(at(ts, 40).year, 2030);
  EXPECT_EQ(at(ts, 5).year, 2030);
  EXPECT_EQ(at(ts, 70).year, 2035);
}

TEST(TargetScope, AYearAfterTheFigureIsItsOwnUnlessItOpensTheNextClause) {
  auto ts = figures(kPlanHeader +
                    "Đẩy mạnh bao phủ bảo hiểm y tế theo hộ gia đình để tới năm 2026 tỷ lệ bao phủ bảo hiểm y tế đạt "
                    "trên 95,5% dân số, đến năm 2030 đạt 100%; xây dựng 20% xã, phường “không ma túy” ngay trong năm 2025.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(at(ts, 95.5).year, 2026);
  EXPECT_EQ(at(ts, 100).year, 2030);
  EXPECT_EQ(at(ts, 20).year, 2025);
}

TEST(TargetScope, AReportGivesResultsItsYearAndGoalsTheirSection) {
  auto ts = figures(
      "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 402/BC-UBND\n\nQuảng Ngãi, ngày 05 tháng 12 năm 2025\n\nBÁO CÁO\n"
      "Tình hình kinh tế - xã hội năm 2025 và kế hoạch phát triển kinh tế - xã hội năm 2026\n\n"
      "I. TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2025\n\n"
      "Tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,1% so với năm 2024. Thu ngân sách nhà nước ước thực hiện cả năm "
      "đạt 24.350 tỷ đồng. Tỷ lệ hộ nghèo dự kiến đến hết năm 2025 còn 3,2%.\n\n"
      "II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\n"
      "1. Tốc độ tăng trưởng GRDP đạt khoảng 10%.\n\n2. Tỷ lệ che phủ rừng đạt 52,4%.\n");
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(at(ts, 8.1).kind, "actual");
  EXPECT_EQ(at(ts, 8.1).year, 2025);
  EXPECT_EQ(at(ts, 8.1).comparator, "approx");
  EXPECT_EQ(at(ts, 24350).kind, "actual");
  EXPECT_EQ(at(ts, 24350).year, 2025);
  EXPECT_EQ(at(ts, 3.2).kind, "target");  // an expected result is a goal
  EXPECT_EQ(at(ts, 3.2).year, 2025);
  EXPECT_EQ(at(ts, 10).kind, "target");
  EXPECT_EQ(at(ts, 10).year, 2026);
  EXPECT_EQ(at(ts, 52.4).year, 2026);
}

TEST(TargetScope, AYearThatOpensASentenceGovernsTheSentencesAfterIt) {
  auto ts = figures(kPlanHeader +
                    "II. MỤC TIÊU\n\nNâng cao chất lượng đào tạo nghề. Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%. "
                    "Tỷ lệ có bằng cấp, chứng chỉ đạt 35%. Giải quyết việc làm cho 20.000 lao động. Đến năm 2025, tối "
                    "thiểu 80% hồ sơ được xử lý trực tuyến. Cắt giảm tối thiểu 20% thành phần hồ sơ.\n\n"
                    "Tuyển sinh 5.000 người.\n");
  ASSERT_EQ(ts.size(), 6u);
  EXPECT_EQ(at(ts, 75).year, 2030);
  EXPECT_EQ(at(ts, 35).year, 2030);
  EXPECT_EQ(at(ts, 20000).year, 2030);
  EXPECT_EQ(at(ts, 80).year, 2025);
  EXPECT_EQ(at(ts, 20).year, 2025);
  EXPECT_FALSE(at(ts, 5000).year);  // another paragraph: the sentence no longer leads it
}

TEST(TargetScope, TheTitleInTheBodyAndABaseYearGiveNoScope) {
  // "... trong tình hình mới" is no section of results; "so với mức trung bình năm 2024" is a base.
  auto ts = figures(
      "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố: 165/KH-UBND\n\nCần Thơ, ngày 21 tháng 11 năm 2025\n\nKẾ HOẠCH\n\n"
      "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG VỀ VIỆC TĂNG CƯỜNG\nCÔNG TÁC DÂN SỐ TRONG TÌNH HÌNH MỚI\n\n"
      "I. NỘI DUNG THỰC HIỆN\n\n1. Sở Y tế\n\na) Chủ trì, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; "
      "tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%; tại các đô thị, nồng độ bụi PM2.5 vào năm 2030 đạt dưới 40 μg/m3 "
      "(giảm 20% so với mức trung bình năm 2024).\n");
  ASSERT_EQ(ts.size(), 4u);
  for (const auto& t : ts) EXPECT_EQ(t.kind, "target") << t.value;
  EXPECT_FALSE(at(ts, 22).year);
  EXPECT_EQ(at(ts, 40).year, 2030);
  EXPECT_EQ(at(ts, 20).year, 2030);
}

TEST(TargetScope, NoYearWrittenAnywhereGivesNone) {
  auto ts = figures(
      "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nSố: 11/CT-UBND\n\nPhú Thọ, ngày 20 tháng 10 năm 2025\n\nCHỈ THỊ\n"
      "Về tăng cường giải quyết thủ tục hành chính trên môi trường điện tử\n\n"
      "Các sở, ban, ngành bảo đảm 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_FALSE(ts[0].year) << *ts[0].year;  // the issue date is not the year a goal is for
}

// A lead-in that cites a document names that document's period with it: "giai đoạn 2026-2030" in the
// cited plan's name is not the year of the duties the letter sets; a year of its own is.
TEST(TargetScope, TheYearsOfACitedDocumentsNameInALeadInAreNotItsScope) {
  const std::string head =
      "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nSố: 402/UBND-KT\n\nPhú Thọ, ngày 03 tháng 12 năm 2025\n\n"
      "Kính gửi: Các sở, ngành.\n\n";
  auto ts = figures(head +
                    "Thực hiện Quyết định số 1150/QĐ-TTg ngày 14/11/2025 của Thủ tướng Chính phủ phê duyệt chương trình "
                    "xử lý rác thải giai đoạn 2026-2030, tầm nhìn đến năm 2040; UBND tỉnh yêu cầu các sở thực hiện như sau:\n\n"
                    "1. Sở Xây dựng:\n\n- Yêu cầu 100% công trường che chắn bụi.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_FALSE(ts[0].year) << *ts[0].year;
  auto own = figures(head +
                     "Thực hiện Quyết định số 1150/QĐ-TTg ngày 14/11/2025 của Thủ tướng Chính phủ; UBND tỉnh yêu cầu "
                     "đến năm 2027 thực hiện như sau:\n\n1. Sở Xây dựng:\n\n- Yêu cầu 100% công trường che chắn bụi.\n");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].year, 2027);
}

// Under a MỤC TIÊU heading a present-time cue ("Hiện nay", "hiện có", "đến nay đã") dates a
// figure to today: a result of the issue year, not a goal for the heading's year. A goal word
// after the cue, or the cue following the previous figure ("từ 40% hiện nay lên 60%"), does not.
TEST(TargetScope, APresentTimeCueMakesTodaysFigureAResult) {
  auto ts = figures(kPlanHeader +
                    "II. MỤC TIÊU\n\n1. Mục tiêu đến năm 2030\n\n"
                    "Hiện nay, tổng số cơ sở giáo dục nghề nghiệp trên địa bàn khoảng 18 cơ sở. Phấn đấu đến năm 2030 "
                    "có 25 cơ sở đạt chuẩn.\n\n"
                    "- Tỷ lệ lao động qua đào tạo đạt 80%; hiện có 62% lao động qua đào tạo.\n\n"
                    "- Đến nay đã có 1.200 học viên tốt nghiệp; đến năm 2030 đạt 3.000 học viên tốt nghiệp.\n\n"
                    "- Nâng tỷ lệ trường đạt chuẩn từ 40% hiện nay lên 65%.\n\n"
                    "- Hiện nay, ngành có 300 giáo viên, phấn đấu tuyển thêm 50 giáo viên.\n");
  ASSERT_EQ(ts.size(), 10u);
  for (double v : {18.0, 62.0, 1200.0, 300.0}) {
    EXPECT_EQ(at(ts, v).kind, "actual") << v;
    EXPECT_EQ(at(ts, v).year, 2025) << v;  // the issue year, not the heading's 2030
  }
  for (double v : {25.0, 80.0, 3000.0, 65.0, 50.0}) {
    EXPECT_EQ(at(ts, v).kind, "target") << v;
    EXPECT_EQ(at(ts, v).year, 2030) << v;
  }
}

// A normative document (a decree, or any document whose number carries its year) sets
// rules: its limits and specifications are no figures, its section of goals is.
std::string normative(const std::string& type_line, const std::string& number, const std::string& title) {
  return "CHÍNH PHỦ\n\nSố: " + number + "\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Hà Nội, ngày 12 tháng 3 năm 2026\n\n" + type_line + "\n" + title + "\n\n"
         "Điều 1. Điều kiện kinh doanh kho hàng\n\n"
         "1. Kho chứa hàng phải có diện tích tối thiểu 1.000 m2.\n\n"
         "2. Doanh nghiệp có ít nhất 02 người có chứng chỉ nghiệp vụ.\n\n"
         "Điều 2. Kết quả thực hiện\n\nHồ sơ được giải quyết trong 05 ngày làm việc, lệ phí 500.000 đồng.\n\n";
}

const std::string kGoalArticle =
    "Điều 3. Mục tiêu\n\nĐến năm 2030, tỷ lệ doanh nghiệp logistics ứng dụng công nghệ số đạt 80%.\n";

TEST(TargetScope, ADecreeSetsRulesNotFiguresOutsideItsGoals) {
  auto ts = figures(normative("NGHỊ ĐỊNH", "15/2026/NĐ-CP", "Quy định điều kiện kinh doanh dịch vụ logistics") +
                    kGoalArticle);
  ASSERT_EQ(ts.size(), 1u);  // "Kết quả thực hiện" in a decree is a rule too
  EXPECT_EQ(ts[0].value, 80);
  EXPECT_EQ(ts[0].year, 2030);
  EXPECT_EQ(ts[0].kind, "target");
}

TEST(TargetScope, ANumberWithItsYearMarksANormativeDocument) {
  const std::string title = "Ban hành Quy định về quản lý kho hàng trên địa bàn tỉnh";
  EXPECT_TRUE(figures(normative("QUYẾT ĐỊNH", "97/2025/QĐ-UBND", title)).empty());
  // Numbered as an individual decision ("97/QĐ-UBND"), a decision that issues a Quy định still
  // sets rules: its title says so (normative_title_cues).
  EXPECT_TRUE(figures(normative("QUYẾT ĐỊNH", "97/QĐ-UBND", title)).empty());
  // An individual decision with no such title reads its figures (the fee stays a norm wherever it is).
  auto individual = figures(normative("QUYẾT ĐỊNH", "97/QĐ-UBND", "Về việc quản lý kho hàng trên địa bàn tỉnh"));
  ASSERT_EQ(individual.size(), 2u);
  EXPECT_EQ(at(individual, 1000).unit, "m2");
  EXPECT_EQ(at(individual, 2).unit, "người");
  // A resolution with its year that sets a plan sets goals.
  auto plan = figures(normative("NGHỊ QUYẾT", "103/2025/QH15", "Về kế hoạch phát triển kinh tế - xã hội năm 2026") +
                      kGoalArticle);
  ASSERT_EQ(plan.size(), 3u);
  EXPECT_EQ(at(plan, 80).year, 2030);
}

// A document that sets rates ("định mức phân bổ") reads the base a rate is reckoned on
// under a plan-worded lead-in as a rate, not a goal; its section of goals keeps its figures.
TEST(TargetScope, APlanWordedLeadInInADocumentOfRatesSetsNoGoals) {
  const std::string rates =
      "HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 48/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n\nNinh Bình, ngày 26 tháng 11 năm 2025\n\nNGHỊ QUYẾT\n"
      "Về định mức phân bổ ngân sách cấp xã\n\n"
      "2. Tiêu chí trình độ phát triển\n\n"
      "2.1. Thu nội địa (Dự kiến kế hoạch tỉnh giao năm 2026):\n"
      "- Đến 525 tỷ đồng được 4 điểm;\n"
      "- Trên 525 tỷ đồng đến 4.200 tỷ đồng thêm 3 điểm.\n\n";
  EXPECT_TRUE(figures(rates).empty());
  auto goals = figures(rates + "3. Mục tiêu\n\nĐến năm 2030, tỷ lệ xã tự cân đối ngân sách đạt 60%.\n");
  ASSERT_EQ(goals.size(), 1u);
  EXPECT_EQ(goals[0].value, 60);
  EXPECT_EQ(goals[0].year, 2030);
}

// An emulation plan's "Tiêu chí đánh giá, xếp loại" section sets the criteria units are
// ranked on: its figures are goals, not results ("đánh giá" alone heads a review).
TEST(TargetScope, CriteriaOfAnEmulationPlanAreGoalsNotResults) {
  auto ts = figures(kPlanHeader +
                    "II. NỘI DUNG THI ĐUA, TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI\n\n"
                    "1. Nội dung thi đua\n\n"
                    "(1) 100% hộ kinh doanh trên địa bàn được hướng dẫn thanh toán điện tử;\n\n"
                    "(2) Ít nhất 85% hộ kinh doanh mở tài khoản thanh toán;\n\n"
                    "III. ĐÁNH GIÁ KẾT QUẢ NĂM 2024\n\n"
                    "Năm 2024 có 62% hộ kinh doanh nhận tiền qua tài khoản.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(at(ts, 100).kind, "target");
  EXPECT_EQ(at(ts, 85).kind, "target");
  EXPECT_EQ(at(ts, 85).comparator, "gte");
  EXPECT_EQ(at(ts, 62).kind, "actual");
  EXPECT_EQ(at(ts, 62).year, 2024);
}

// A programme lists its figures under lines that only name a period, as dashed items
// ("- Giai đoạn 2025-2027" over "+" items) or as a table's group rows: each figure is for
// the last year of the period above it, not the plan's last year.
TEST(TargetScope, AnItemOrRowThatOnlyNamesAPeriodTitlesTheFiguresUnderIt) {
  auto items = figures(kPlanHeader +
                       "I. MỤC TIÊU\n\n2. Mục tiêu cụ thể đến năm 2030\n\nMột số chỉ tiêu cơ bản bao gồm:\n"
                       "- Giai đoạn 2025-2027\n"
                       "+ 100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện.\n"
                       "+ 95% người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến.\n"
                       "- Giai đoạn 2028-2030\n"
                       "+ 99% người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến.\n"
                       "- Trong năm 2026 tổ chức tập huấn cho cán bộ của các sở\n"
                       "+ 80% cán bộ được tập huấn kỹ năng số.\n");
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(at(items, 100).year, 2027);
  EXPECT_EQ(at(items, 95).year, 2027);
  EXPECT_EQ(at(items, 99).year, 2030);
  EXPECT_EQ(at(items, 80).year, 2030);  // an item of work names no period: the heading's year

  auto rows = figures(kPlanHeader +
                      "I. MỤC TIÊU ĐẾN NĂM 2030\n\nCác chỉ tiêu cụ thể như sau:\n\n"
                      "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì |\n|---|---|---|---|---|\n"
                      "| I | Giai đoạn 2025-2027 | | | |\n"
                      "| 1 | Tỉ lệ dịch vụ công trực tuyến toàn trình | % | 100% | Văn phòng Chính phủ |\n"
                      "| 2 | Tỉ lệ người dân hài lòng | % | 95% | Bộ Khoa học và Công nghệ |\n"
                      "| II | Giai đoạn 2028-2030 | | | |\n"
                      "| 1 | Tỉ lệ người dân hài lòng | % | 99% | Bộ Khoa học và Công nghệ |\n\n"
                      "Tỷ lệ hồ sơ được số hóa đạt 90%.\n");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(at(rows, 100).year, 2027);
  EXPECT_EQ(at(rows, 95).year, 2027);
  EXPECT_EQ(at(rows, 99).year, 2030);
  EXPECT_EQ(at(rows, 90).year, 2030);  // after the table: the rows' period is over
}

// "Nhiệm vụ giao Bộ Tài chính chỉ đạo" over a status table's rows names the tasks an earlier
// document assigned, not a section of goals: the results a notice reports under it stay results.
// A section "NHIỆM VỤ NĂM 2026" still sets goals.
TEST(TargetScope, AGroupOfAssignedTasksIsNoSectionOfGoals) {
  auto ts = figures("VĂN PHÒNG CHÍNH PHỦ\nSố: 100/TB-VPCP\nHà Nội, ngày 16 tháng 11 năm 2025\n\n"
                    "THÔNG BÁO\nKết luận phiên họp của Ban Chỉ đạo\n\nI. KẾT QUẢ THỰC HIỆN\n\n"
                    "Nhiệm vụ giao Bộ Tài chính chỉ đạo\n\n"
                    "- Chủ trì cân đối nguồn ngân sách: Bộ Tài chính đã trình cân đối đủ 3% tổng chi ngân sách nhà nước "
                    "năm 2025 cho khoa học công nghệ.\n"
                    "- Bộ Tài chính đã bổ sung kinh phí cho các bộ, tổng số là 11.748,71 tỷ đồng.\n\n"
                    "II. NHIỆM VỤ NĂM 2026\n\n- Tỷ lệ hồ sơ được số hóa đạt 90%.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(at(ts, 3).kind, "actual");
  EXPECT_EQ(at(ts, 11748.71).kind, "actual");
  EXPECT_EQ(at(ts, 11748.71).year, 2025);
  EXPECT_EQ(at(ts, 90).kind, "target");
  EXPECT_EQ(at(ts, 90).year, 2026);
}

// "Chương trình cắt giảm … năm 2025 và 2026, đảm bảo cắt giảm tối thiểu 30% …": two years of one
// programme give the figure the later, as a period does; one year stays that year.
TEST(TargetScope, TwoYearsOfOneProgrammeGiveTheLater) {
  auto ts = figures(kPlanHeader + "I. NHIỆM VỤ\n\n"
                    "- Tiếp tục thực hiện Chương trình cắt giảm, đơn giản hóa thủ tục hành chính năm 2025 và 2026, "
                    "đảm bảo cắt giảm tối thiểu 30% thời gian thực hiện thủ tục hành chính.\n"
                    "- Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(at(ts, 30).year, 2026);
  EXPECT_EQ(at(ts, 30).comparator, "gte");
  EXPECT_EQ(at(ts, 80).year, 2025);
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

// Where a change starts ("giảm từ 23 xã xuống 18 xã") is today's level, and the parts of a result
// ("Hiện nay … 87 trạm. Trong đó, có 28 trạm (chiếm 32,2%)") are results: actuals of the issue
// year under a heading of goals. A bound ("từ hai vụ trở lên") starts no change.
TEST(TargetScope, TheStartOfAChangeAndThePartsOfAResultAreToday) {
  auto ts = figures(kPlanHeader +
                    "II. MỤC TIÊU\n\n1. Mục tiêu đến năm 2030\n\n"
                    "- Phấn đấu giảm số xã đặc biệt khó khăn từ 23 xã xuống 18 xã vào năm 2030.\n\n"
                    "- Hiện nay, toàn tỉnh có 87 trạm quan trắc tự động. Trong đó, có 28 trạm quan trắc nước mặt "
                    "(chiếm 32,2%). Phấn đấu đến năm 2030 có 120 trạm quan trắc.\n\n"
                    "- Diện tích đất trồng lúa từ 3 vụ trở lên đạt 700 ha.\n");
  for (double v : {23.0, 87.0, 28.0, 32.2}) {
    EXPECT_EQ(at(ts, v).kind, "actual") << v;
    EXPECT_EQ(at(ts, v).year, 2025) << v;
  }
  for (double v : {18.0, 120.0, 700.0}) {
    EXPECT_EQ(at(ts, v).kind, "target") << v;
    EXPECT_EQ(at(ts, v).year, 2030) << v;
  }
}

// What a plan will cost, estimated ("ước tính"), and an amount asked for are figures for the
// future: goals, even in a Tờ trình; an estimate of a result and what was given stay results.
TEST(TargetScope, AnEstimatedCostAndAnAmountAskedForAreGoals) {
  auto plan = figures(kPlanHeader +
                      "IV. KINH PHÍ THỰC HIỆN\n\n"
                      "Tổng kinh phí thực hiện Kế hoạch ước tính khoảng 120 tỷ đồng. "
                      "Đề nghị Trung ương hỗ trợ khoảng 200 tỷ đồng để đầu tư hạ tầng.\n");
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].kind, "target");
  EXPECT_EQ(plan[0].comparator, "approx");
  EXPECT_EQ(plan[1].kind, "target");
  auto request = figures("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/TTr-UBND\nLai Châu, ngày 10 tháng 3 năm 2025\n\n"
                         "TỜ TRÌNH\nVề việc đề nghị hỗ trợ kinh phí đầu tư hạ tầng\n\n"
                         "1. Năm 2024, tỉnh đã được Trung ương hỗ trợ 150 tỷ đồng; GRDP ước tính tăng 7,5%.\n"
                         "2. Tỉnh đề nghị Trung ương hỗ trợ khoảng 200 tỷ đồng để đầu tư hạ tầng.\n");
  ASSERT_EQ(request.size(), 3u);
  EXPECT_EQ(at(request, 150).kind, "actual");
  EXPECT_EQ(at(request, 7.5).kind, "actual");
  EXPECT_EQ(at(request, 200).kind, "target");
}

// A dispatch or a conclusion notice is no report, yet its opening paragraph reports: a count after a
// verb in the past ("đã có 15 bộ") and the figures that follow a result in its sentence ("…, trong đó
// xuất khẩu đạt …, tăng …") are results. A goal word, a later year or a change's end stays a goal.
TEST(TargetScope, WhatADispatchReportsIsAResult) {
  auto ts = figures(
      "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 99/CĐ-TTg\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n"
      "Về việc đẩy mạnh xuất khẩu những tháng cuối năm 2025\n\n"
      "Tổng kim ngạch xuất nhập khẩu 10 tháng năm 2025 đạt 762,4 tỷ USD, tăng 17,4% so với cùng kỳ năm trước, "
      "trong đó xuất khẩu đạt 391,0 tỷ USD, tăng 16,2%; nhập khẩu đạt 371,4 tỷ USD, tăng 18,6%. "
      "Theo báo cáo của Bộ Xây dựng, đến ngày 19 tháng 11 năm 2025 đã có 15 bộ, cơ quan trung ương và "
      "28 địa phương hoàn thành việc rà soát với tổng số 198 dự án.\n\n"
      "Để phấn đấu tổng kim ngạch xuất khẩu năm 2025 tăng trên 12%, Thủ tướng Chính phủ yêu cầu Bộ Công "
      "Thương giảm số thủ tục từ 45 thủ tục hiện nay xuống còn 25 thủ tục.\n");
  for (double v : {762.4, 17.4, 391.0, 16.2, 371.4, 18.6, 15.0, 28.0, 198.0}) EXPECT_EQ(at(ts, v).kind, "actual") << v;
  for (double v : {12.0, 25.0}) EXPECT_EQ(at(ts, v).kind, "target") << v;
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

// A draft's explanatory note (Thuyết minh) tells past results as a report does, and a span of days
// is a period: its figures are for its last year, not for the day it starts.
TEST(TargetScope, ASpanOfDaysIsAPeriodAndANoteReportsResults) {
  auto ts = testing::figures(
      "BỘ TÀI CHÍNH\n\nTHUYẾT MINH\nDự thảo Thông tư sửa đổi, bổ sung Thông tư số 12/2017/TT-BTC\n\n"
      "I. SỰ CẦN THIẾT BAN HÀNH\n\nTừ ngày 01/01/2017 đến ngày 31/12/2023, các cơ quan thu được 35,4 tỷ đồng phí thẩm định.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].value, 35.4);
  EXPECT_EQ(ts[0].kind, "actual");
  EXPECT_EQ(ts[0].year, 2023);
}

// A figure with its own elapsed period ("10 tháng đầu năm 2025") under a heading of the next year
// is a result; a goal word keeps the issue year's own figure a goal, and work to go on a goal.
TEST(TargetScope, AnElapsedPeriodOfItsOwnMakesAResultUnderANextYearsHeading) {
  auto ts = figures(kPlanHeader +
                    "II. MỤC TIÊU NĂM 2026\n\n"
                    "10 tháng đầu năm 2025 (tính đến ngày 30/10/2025), tổng thu ngân sách trên địa bàn đạt 1.234 tỷ đồng. "
                    "Phấn đấu năm 2026 tổng thu ngân sách đạt 1.700 tỷ đồng.\n\n"
                    "Phấn đấu đến hết năm 2025 tỷ lệ lao động qua đào tạo đạt 70%.\n\n"
                    "Tiếp tục hoàn thành các dự án dở dang trong giai đoạn 2016-2020 gồm 12 dự án.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(at(ts, 12).kind, "target");
  EXPECT_EQ(at(ts, 1234).kind, "actual");
  EXPECT_EQ(at(ts, 1234).year, 2025);
  EXPECT_EQ(at(ts, 1700).kind, "target");
  EXPECT_EQ(at(ts, 70).kind, "target");
}

}  // namespace
}  // namespace vnpolicy
