// Deadlines: every kind, in prose and in Thời gian cells, and the phrases that are not deadlines.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::corpus_file;
using ::vnpolicy::testing::deadlines_of;
using ::vnpolicy::testing::project_extractor;
using ::vnpolicy::testing::read_file;


// The single deadline of a one-line text (fails the test when there is not exactly one).
Deadline only(const std::string& text) {
  auto ds = deadlines_of(text);
  EXPECT_EQ(ds.size(), 1u) << text;
  return ds.empty() ? Deadline{} : ds.front();
}

TEST(Deadlines, DateBeforeAndNoLaterThan) {
  Deadline d = only("Sở Kế hoạch và Đầu tư tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2023.");
  EXPECT_EQ(d.kind, "date");
  EXPECT_EQ(d.end, "2023-11-15");
  EXPECT_EQ(d.text, "trước ngày 15/11/2023");
  EXPECT_EQ(only("Hoàn thành chậm nhất ngày 30 tháng 6 năm 2024.").end, "2024-06-30");
}

// Regulations count limits in days from an event, and plans tie work to a meeting or an
// issue: both are conditional. A procedural order ("trước khi soạn thảo") is no limit.
TEST(Deadlines, DaysFromAnEventAndBeforeAnEvent) {
  Deadline days = only("a) Trường hợp đủ điều kiện thì quyết định hỗ trợ kinh phí trong 07 ngày làm việc.");
  EXPECT_EQ(days.kind, "conditional");
  EXPECT_EQ(days.text, "trong 07 ngày làm việc");
  EXPECT_FALSE(days.end);
  std::vector<Deadline> ds = deadlines_of(
      "Xây dựng phương án sắp xếp, báo cáo cấp ủy cùng cấp trước khi ban hành; hoàn thành trước ngày 10 tháng 6 năm 2026.");
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].kind, "conditional");
  EXPECT_EQ(ds[0].text, "trước khi ban hành");
  EXPECT_EQ(ds[1].end, "2026-06-10");
  EXPECT_TRUE(deadlines_of("Các bộ thực hiện quy trình xây dựng chính sách trước khi soạn thảo, bảo đảm chất lượng.").empty());
}

// The document's own effective date limits no work; a duty done every year is recurring,
// while "Hằng năm, giảm …" states a target.
TEST(Deadlines, OwnEffectiveDateAndYearlyDuties) {
  EXPECT_TRUE(deadlines_of("1. Quyết định này có hiệu lực thi hành kể từ ngày 06 tháng 12 năm 2025.").empty());
  EXPECT_EQ(only("Khẩn trương trình Chính phủ ban hành Nghị định để có hiệu lực từ 01 tháng 7 năm 2026.").end, "2026-07-01");
  EXPECT_EQ(only("Hàng năm, bố trí kinh phí thực hiện hỗ trợ chi phí tư vấn pháp luật cho doanh nghiệp.").kind, "recurring");
  EXPECT_TRUE(deadlines_of("Hàng năm, giảm số người nghiện ma túy trên địa bàn tỉnh.").empty());
}

// A time inside a quoted name names the work ("… sau khi văn bản ban hành”); one outside it limits it.
TEST(Deadlines, TimeInsideAQuotedNameIsNoLimit) {
  EXPECT_TRUE(deadlines_of("Xây dựng Đề án “Tiêu chí đánh giá hiệu quả văn bản quy phạm pháp luật sau khi văn bản ban hành”.").empty());
  EXPECT_EQ(only("Xây dựng Đề án “Tiêu chí đánh giá hiệu quả văn bản”, trình Chính phủ sau khi Bộ Chính trị cho chủ trương.").kind,
            "conditional");
  // A quoted amended provision is no name: its time limit stays.
  EXPECT_EQ(only("Sửa đổi khoản 3 Điều 6 như sau: “3. Trong thời hạn 05 ngày làm việc kể từ ngày ban hành Quy chế, tổ chức "
                 "tín dụng phải gửi Ngân hàng Nhà nước.”").kind,
            "conditional");
}

// "trợ cấp hằng tháng" is a monthly allowance, not work due each month; "quyết định kỳ hạn" is
// no "định kỳ". A longer limit that holds the vetoed words keeps its time.
TEST(Deadlines, AMonthlyBenefitAndADecidedTermAreNoLimits) {
  for (const char* text : {"c) Người đang hưởng trợ cấp hằng tháng theo quy định của pháp luật.",
                           "Trợ cấp tuất hàng tháng",
                           "3. Mức trợ cấp hằng tháng thấp nhất bằng mức trợ cấp hưu trí xã hội hằng tháng.",
                           "Bảo hiểm xã hội Việt Nam quyết định kỳ hạn gửi tiền theo phương thức chuyển tiền tự động."})
    EXPECT_TRUE(deadlines_of(text).empty()) << text;
  Deadline held = only("a) Trong thời hạn 90 ngày kể từ ngày người hưởng trợ cấp hằng tháng chết thì thân nhân nộp hồ sơ.");
  EXPECT_EQ(held.kind, "conditional");
  EXPECT_EQ(held.text.rfind("Trong thời hạn 90 ngày", 0), 0u) << held.text;
  EXPECT_EQ(only("Định kỳ hằng tháng, Sở Y tế báo cáo kết quả hỗ trợ người dân.").kind, "recurring");
}

TEST(Deadlines, MonthQuarterAndYear) {
  Deadline m = only("báo cáo kết quả Ủy ban nhân dân tỉnh (qua Công an tỉnh) trong tháng 11/2025.");
  EXPECT_EQ(m.kind, "month");
  EXPECT_EQ(m.end, "2025-11-30");
  Deadline q = only("Các bộ tổ chức xây dựng kế hoạch, hoàn thành trong quý II năm 2026.");
  EXPECT_EQ(q.kind, "quarter");
  EXPECT_EQ(q.end, "2026-06-30");
  EXPECT_EQ(only("trình Chính phủ ban hành trong quý II/2023.").end, "2023-06-30");
  Deadline y = only("Trong năm 2023, hoàn thành đưa vào sử dụng một số dự án giao thông.");
  EXPECT_EQ(y.kind, "year");
  EXPECT_EQ(y.end, "2023-12-31");
}

// A span of months or quarters in one year, with the year written once after it: a month or quarter
// limit, the end of the last, with the first as its start, in prose and under a "Thời gian" label.
TEST(Deadlines, ASpanOfMonthsOrQuartersInOneYear) {
  Deadline m = only("Sở Y tế chủ trì rà soát, hoàn thành trong tháng 11-12/2025.");
  EXPECT_EQ(m.kind, "month");
  EXPECT_EQ(m.start, "2025-11-01");
  EXPECT_EQ(m.end, "2025-12-31");
  Deadline q = only("Sở Y tế chủ trì rà soát, thực hiện trong quý III - IV năm 2026.");
  EXPECT_EQ(q.start, "2026-07-01");
  EXPECT_EQ(q.end, "2026-12-31");
  auto ts = project_extractor()
                .extract_text("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\n- Tham mưu triển khai thực hiện kế hoạch kiểm kê.\n\n"
                              "Thời gian hoàn thành: Tháng 11 - 12/2025.\n",
                              "t.txt")
                .tasks;
  ASSERT_EQ(ts.size(), 1u);
  ASSERT_TRUE(ts[0].deadline.has_value());
  EXPECT_EQ(ts[0].deadline->start, "2025-11-01");
  EXPECT_EQ(ts[0].deadline->end, "2025-12-31");
}

TEST(Deadlines, PeriodRecurringAndConditional) {
  Deadline p = only("giữ nguyên phần vốn nhà nước tại 01 doanh nghiệp trong giai đoạn 2022-2025.");
  EXPECT_EQ(p.kind, "period");
  EXPECT_EQ(p.start, "2022-01-01");
  EXPECT_EQ(p.end, "2025-12-31");
  Deadline r = only("c) Đánh giá tình hình thực hiện Kế hoạch hằng tháng, quý lồng ghép cùng báo cáo định kỳ về kinh tế - xã hội.");
  EXPECT_EQ(r.kind, "recurring");
  EXPECT_EQ(r.text, "hằng tháng, quý");
  EXPECT_FALSE(r.end);
  EXPECT_EQ(only("Định kỳ 6 tháng, gửi báo cáo về Sở Nội vụ.").kind, "recurring");
  Deadline c = only("Tổ chức xây dựng kế hoạch đầu tư công trung hạn sau khi được thông qua.");
  EXPECT_EQ(c.kind, "conditional");
  EXPECT_FALSE(c.end);
}

TEST(Deadlines, NotDeadlines) {
  // Names, target horizons, data cut-offs, dates of cited documents, "thường xuyên".
  for (const char* text : {"Đề án cơ cấu lại doanh nghiệp giai đoạn 2021-2025 được phê duyệt.",
                           "Đến năm 2030, phấn đấu tăng trưởng GRDP đạt khoảng 7%.",
                           "Tính đến hết ngày 24/11/2022, đã giải ngân 60% kế hoạch.",
                           "Thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ.",
                           "b) Thường xuyên kiểm tra, giám sát tiến độ.",
                           "xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh.",
                           "thực hiện tốt chế độ tiếp công dân định kỳ và đột xuất."})
    EXPECT_TRUE(deadlines_of(text).empty()) << text;
}

TEST(Deadlines, TheYearOfWhatHappensInAPlaceIsNoDeadline) {
  // The year dates the place's events, results or state (a report's period, a target's year).
  for (const char* text : {"Ban hành Chỉ thị tổ chức kỷ niệm các sự kiện lịch sử của tỉnh trong năm 2024.",
                           "Một số nguồn vốn giao muộn ảnh hưởng đến tiến độ thực hiện một số chỉ tiêu của tỉnh trong năm 2022.",
                           "Các tổ chức quốc tế dự báo khả quan về triển vọng kinh tế của nước ta trong năm 2026."})
    EXPECT_TRUE(deadlines_of(text).empty()) << text;
  // Work the sentence limits to the year still has its deadline.
  EXPECT_EQ(only("Sở Tài chính của tỉnh chủ trì, hoàn thành trong năm 2024.").end, "2024-12-31");
  EXPECT_EQ(only("Các sở trình Ủy ban nhân dân tỉnh ban hành quy chế trong năm 2025.").end, "2025-12-31");
}

TEST(Deadlines, TableCellsOfCorpus003) {
  auto ds = project_extractor().extract_text(read_file(corpus_file("003")), "003.txt").deadlines;
  auto at = [&](int line) -> const Deadline* {
    for (const auto& d : ds)
      if (d.line == line) return &d;
    return nullptr;
  };
  ASSERT_NE(at(164), nullptr);
  EXPECT_EQ(at(164)->kind, "year");
  ASSERT_NE(at(165), nullptr);
  EXPECT_EQ(at(165)->end, "2023-03-31");
  ASSERT_NE(at(168), nullptr);
  EXPECT_EQ(at(168)->kind, "conditional");
  ASSERT_NE(at(174), nullptr);
  EXPECT_EQ(at(174)->start, "2023-01-01");
  EXPECT_EQ(at(174)->end, "2025-12-31");
  ASSERT_NE(at(180), nullptr);
  EXPECT_EQ(at(180)->kind, "recurring");
  EXPECT_EQ(at(170), nullptr);  // the heading row's empty cell
  // "thời kỳ 2021-2030" in row 5's task cell is the plan's name, not a second deadline.
  EXPECT_EQ(std::count_if(ds.begin(), ds.end(), [](const Deadline& d) { return d.line == 169; }), 1);
}

TEST(Deadlines, OpenStartAndFromUntilCells) {
  const RuleSet& rules = *::vnpolicy::testing::project_rules();
  DeadlineExtractor ex(rules);
  auto cell = [&](const std::string& text) {
    SegmentedDocument doc = project_extractor().segment(text);
    auto ds = ex.scan(doc, 0, doc.doc.text.size(), true, 2026);
    EXPECT_EQ(ds.size(), 1u) << text << " -> " << doc.doc.text;
    return ds.empty() ? Deadline{} : ds.front();
  };
  Deadline open = cell("Từ quý II/2027");
  EXPECT_EQ(open.kind, "period");
  EXPECT_EQ(open.start, "2027-04-01");
  EXPECT_FALSE(open.end);
  Deadline span = cell("Từ quý III/2026 đến quý III/2030");
  EXPECT_EQ(span.start, "2026-07-01");
  EXPECT_EQ(span.end, "2030-09-30");
  EXPECT_EQ(cell("Tháng 3/2027").end, "2027-03-31");
  EXPECT_EQ(cell("Hằng năm, thường xuyên").kind, "recurring");
  // Months written as M/YYYY, with or without "Tháng", and years with their sequel.
  EXPECT_EQ(cell("6/2025").end, "2025-06-30");
  EXPECT_EQ(cell("6/2025").kind, "month");
  EXPECT_EQ(cell("Tháng 10/2025").end, "2025-10-31");
  EXPECT_EQ(cell("Quý III/2026").end, "2026-09-30");
  Deadline years = cell("2025-2026");
  EXPECT_EQ(years.kind, "period");
  EXPECT_EQ(years.end, "2026-12-31");
  Deadline yearly = cell("2026 và hằng năm");
  EXPECT_EQ(yearly.kind, "recurring");
  EXPECT_EQ(yearly.start, "2026-01-01");
  EXPECT_FALSE(yearly.end);
  Deadline onward = cell("Năm 2025 và các năm tiếp theo.");
  EXPECT_EQ(onward.kind, "period");
  EXPECT_EQ(onward.start, "2025-01-01");
  EXPECT_FALSE(onward.end);
  EXPECT_TRUE(ex.scan(project_extractor().segment("Thường xuyên"), 0, 12, true, 2026).empty());
  // The older spelling "Quí" and a dash before the year; a span of days ends on its last day.
  EXPECT_EQ(cell("Quí IV-2025").end, "2025-12-31");
  EXPECT_EQ(cell("Quí IV-2025").kind, "quarter");
  Deadline days = cell("Từ ngày 15/11/2025 đến ngày 15/12/2025.");
  EXPECT_EQ(days.kind, "date");
  EXPECT_EQ(days.start, "2025-11-15");
  EXPECT_EQ(days.end, "2025-12-15");
}

// A label line's value is read as a cell; a span of days in prose (a fee's validity) is not.
TEST(Deadlines, ASpanOfDaysUnderATimeLabelIsThePeriodOfTheWork) {
  std::vector<Deadline> ds = deadlines_of(
      "1. Tổ chức Tháng hành động vì bình đẳng giới\n"
      "a) Nội dung: tuyên truyền, phổ biến.\n"
      "b) Thời gian: Từ ngày\n15/11/2025 đến ngày 15/12/2025.\n\n"
      "2. Mức thu phí\n"
      "- Từ ngày 01/7/2025 đến ngày 31/12/2026: 30.000 đồng/bộ.\n");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].line, 3);
  EXPECT_EQ(ds[0].end, "2025-12-15");
}

// "… giai đoạn 2026" / "- 2030 phấn đấu có ít nhất 10% …": the wrapped span is no list item,
// and the period of a target is no deadline.
TEST(Deadlines, AWrappedSpanOfYearsIsNoItemAndATargetsPeriodNoDeadline) {
  SegmentedDocument doc = project_extractor().segment(
      "4. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ được đào tạo.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(deadlines_of("4. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ được đào tạo.\n").empty());
  EXPECT_TRUE(deadlines_of("Tỷ lệ hồ sơ giải quyết trực tuyến đạt 85% vào năm 2025.\n").empty());
}

TEST(Deadlines, MonthWithoutYearTakesTheDocumentYear) {
  DocumentHeader h;
  h.title = "Tình hình kinh tế - xã hội tháng 02 và nhiệm vụ trọng tâm tháng 3/2023";
  EXPECT_EQ(document_year(h), 2023);
  h.issued_date = "2024-02-20";
  EXPECT_EQ(document_year(h), 2024);
  // Without a header there is no year to complete the month with: no deadline.
  EXPECT_TRUE(deadlines_of("III. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM TRONG THÁNG 3").empty());
}

// A flattened task table after a closing paragraph; its first row's Thời gian cell is
// `first_time`, two lines from line 20 ("Tháng\n10/2025\n").
std::string flat_task_table(const std::string& first_time) {
  return
      "Các sở, ban, ngành, địa phương căn cứ nhiệm vụ được phân công tại Phụ lục kèm theo chủ động\n"  // 1
      "xây dựng kế hoạch chi tiết, bố trí nguồn lực để tổ chức thực hiện bảo đảm đúng tiến độ, chất\n"  // 2
      "lượng, hiệu quả; kịp thời báo cáo những khó khăn, vướng mắc phát sinh trong quá trình thực hiện\n"  // 3
      "về Sở Công Thương để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo giải quyết./.\n\n"  // 4-5
      "PHỤ LỤC\n"                                                                                  // 6
      "STT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nSản phẩm\nThời hạn\n"         // 7-12
      "1\n"                                                                                        // 13
      "Xây dựng quy chế phối hợp quản lý\n"                                                       // 14
      "cụm công nghiệp\n"                                                                         // 15
      "Sở Công Thương\n"                                                                          // 16
      "Sở Tài chính\n"                                                                            // 17
      "Báo cáo\nhằng năm\n"                                                                       // 18-19
      + first_time +                                                                              // 20-21
      "2\n"                                                                                        // 22
      "Rà soát danh mục dự án kêu gọi đầu tư\n"                                                   // 23
      "Sở Tài chính\n"                                                                            // 24
      "Quyết định phê duyệt\n"                                                                    // 25
      "2026\n";                                                                                   // 26
}

// A time split over two lines of a flattened table ("Tháng" / "10/2025") and a year alone on
// its line ("2026", which is no page number) are read as one Thời gian cell; a product cell
// "Báo cáo hằng năm" is no deadline.
TEST(Deadlines, FlattenedTableTimeCellsOverLines) {
  std::string text = flat_task_table("Tháng\n10/2025\n");
  std::vector<Deadline> ds = deadlines_of(text);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].line, 20);
  EXPECT_EQ(ds[0].kind, "month");
  EXPECT_EQ(ds[0].end, "2025-10-31");
  EXPECT_EQ(ds[1].line, 26);
  EXPECT_EQ(ds[1].kind, "year");
  EXPECT_EQ(ds[1].end, "2026-12-31");
}

// A span whose dash ends a line of a flattened table ("Quý IV/2025 -" / "Quý II/2026") is one
// Thời gian cell: a period that ends with its last quarter.
TEST(Deadlines, AFlattenedTableSpanOverTwoLinesIsOnePeriod) {
  std::string text = flat_task_table("Quý IV/2025 -\nQuý II/2026\n");
  std::vector<Deadline> ds = deadlines_of(text);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].line, 20);
  EXPECT_EQ(ds[0].kind, "period");
  EXPECT_EQ(ds[0].start, "2025-10-01");
  EXPECT_EQ(ds[0].end, "2026-06-30");
  EXPECT_EQ(ds[1].end, "2026-12-31");
}

// A task table's Thời gian cell is the limit set on that task even when it had passed on
// the day the document was issued (a programme amended in April keeps a task due in
// March); a past date in prose is no limit.
TEST(Deadlines, ATableTimeCellKeepsALimitPastOnTheIssueDate) {
  std::string text =
      "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 97/KH-UBND\n\nNinh Bình, ngày 06 tháng 4 năm 2026\n\n"  // 1-7
      "KẾ HOẠCH\nSửa đổi nhiệm vụ của Chương trình hành động\n\n"                                        // 8-10
      "Các sở, ban, ngành đã báo cáo kết quả trước ngày 15/3/2026 và chủ động xây dựng kế hoạch\n"        // 11
      "chi tiết, bố trí nguồn lực để tổ chức thực hiện bảo đảm đúng tiến độ./.\n\n"                       // 12-13
      "PHỤ LỤC\n"                                                                                            // 14
      "STT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nSản phẩm\nThời hạn\n"               // 15-20
      "1\n"                                                                                                  // 21
      "Xây dựng quy chế phối hợp quản lý\n"                                                                 // 22
      "cụm công nghiệp\n"                                                                                   // 23
      "Sở Công Thương\n"                                                                                    // 24
      "Sở Tài chính\n"                                                                                      // 25
      "Quy chế\n"                                                                                           // 26
      "Tháng\n3/2026\n"                                                                                    // 27-28
      "2\n"                                                                                                  // 29
      "Rà soát danh mục dự án kêu gọi đầu tư\n"                                                             // 30
      "Sở Tài chính\n"                                                                                      // 31
      "Quyết định phê duyệt\n"                                                                              // 32
      "2026\n";                                                                                              // 33
  std::vector<Deadline> ds = deadlines_of(text);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].line, 27);
  EXPECT_EQ(ds[0].kind, "month");
  EXPECT_EQ(ds[0].end, "2026-03-31");
  EXPECT_EQ(ds[1].line, 33);
  EXPECT_EQ(ds[1].end, "2026-12-31");
}

// "Sau khi …, doanh nghiệp nộp 01 bộ hồ sơ" orders an applicant's steps in a procedure; a
// body's work that waits for an approval is conditional.
TEST(Deadlines, AProcedureStepOfAnApplicantIsNoLimit) {
  EXPECT_TRUE(deadlines_of("1. Sau khi có văn bản tư vấn pháp luật của tư vấn viên pháp luật thuộc mạng lưới, "
                           "doanh nghiệp nhỏ và vừa nộp 01 (một) bộ hồ sơ đề nghị hỗ trợ chi phí.")
                  .empty());
  Deadline d = only("Sau khi có văn bản đồng ý của Thường trực Tỉnh ủy, Sở Nội vụ hoàn thiện đề án trình Ủy ban nhân dân tỉnh.");
  EXPECT_EQ(d.kind, "conditional");
}

// "hằng năm", "hằng tháng" naming a kind of thing (annual crops, annual leave, a benefit
// paid monthly, the yearly public-investment plan) is no recurring work; a duty done each
// year is.
TEST(Deadlines, AFrequencyThatNamesAKindOfThingIsNoLimit) {
  EXPECT_TRUE(deadlines_of("Chuyển đổi đất trồng cây hằng năm sang trồng cây lâu năm.").empty());
  EXPECT_TRUE(deadlines_of("Người lao động chưa nghỉ hết số ngày nghỉ hằng năm.").empty());
  EXPECT_TRUE(deadlines_of("Người đang hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp hằng tháng.").empty());
  EXPECT_TRUE(deadlines_of("Bố trí vốn trong kế hoạch đầu tư công hằng năm.").empty());
  EXPECT_EQ(only("Hằng năm, Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh.").kind, "recurring");
}

// A span of quarters or months in a Thời gian cell ends with its last one; a "Thời gian thực
// hiện:" label from one year to another is a period with both ends.
TEST(Deadlines, SpansOfQuartersMonthsAndYearsInCellsAndLabels) {
  std::vector<Deadline> ds = deadlines_of(
      "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 97/KH-UBND\n\nNinh Bình, ngày 06 tháng 11 năm 2025\n\n"  // 1-7
      "KẾ HOẠCH\nChuyển đổi số\n\n"                                                                         // 8-10
      "| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"                        // 11-12
      "| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Quý IV/2025- Quý II/2026 |\n"      // 13
      "| 2 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Tháng 10/2025 - tháng 3/2026 |\n\n"    // 14-15
      "- Thời gian thực hiện: Từ năm 2026 đến năm 2031.\n");                                               // 16
  ASSERT_EQ(ds.size(), 3u);
  EXPECT_EQ(ds[0].kind, "period");
  EXPECT_EQ(ds[0].start, "2025-10-01");
  EXPECT_EQ(ds[0].end, "2026-06-30");
  EXPECT_EQ(ds[1].end, "2026-03-31");
  EXPECT_EQ(ds[2].line, 16);
  EXPECT_EQ(ds[2].start, "2026-01-01");
  EXPECT_EQ(ds[2].end, "2031-12-31");
}

// "Từ nay đến hết năm 2027" opening a clause or a "Thời gian" label, or in a Thời gian cell,
// gives the work the time up to that year's end; inside a phrase it names a period ("các
// nhiệm vụ trọng tâm từ nay đến …"), how much time is left is no limit, and "Đến hết năm
// 2025, …" without "từ nay" is the year of a figure.
TEST(Deadlines, FromNowUntilAYearOrMonthIsDueByItsEnd) {
  std::vector<Deadline> ds = deadlines_of(
      "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 98/KH-UBND\n\nNinh Bình, ngày 06 tháng 11 năm 2025\n\n"  // 1-7
      "KẾ HOẠCH\nRà soát thủ tục hành chính\n\n"                                                        // 8-10
      "1. Thời gian thực hiện: Từ nay đến hết năm 2026.\n"                                               // 11
      "2. Thời gian rà soát các văn bản: từ nay đến tháng 6/2027; Sở Tư pháp chủ trì.\n"                // 12
      "3. Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, các sở tập trung thực hiện.\n"                     // 13
      "4. Đến hết năm 2025, tỷ lệ hồ sơ được số hóa đạt 90%.\n"                                          // 14
      "5. Các sở tập trung các nhiệm vụ trọng tâm từ nay đến tháng 6/2027.\n\n"                          // 15-16
      "| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"                      // 17-18
      "| 1 | Kiểm tra việc thực hiện | Văn phòng Ủy ban nhân dân tỉnh | Từ nay đến hết năm 2027 |\n");       // 19
  ASSERT_EQ(ds.size(), 3u);
  EXPECT_EQ(ds[0].line, 11);
  EXPECT_EQ(ds[0].kind, "year");
  EXPECT_EQ(ds[0].end, "2026-12-31");
  EXPECT_EQ(ds[1].line, 12);
  EXPECT_EQ(ds[1].kind, "month");
  EXPECT_EQ(ds[1].end, "2027-06-30");
  EXPECT_EQ(ds[2].line, 19);
  EXPECT_EQ(ds[2].end, "2027-12-31");
  EXPECT_EQ(only("Từ nay đến hết năm 2025, các sở hoàn thành việc rà soát.").end, "2025-12-31");
}

// A "|" row whose cells run on is no title row though one says "chủ trì": its limit is read,
// and the rows below it are not taken for a table that has no Thời gian column.
TEST(Deadlines, ARowOfLongCellsIsNoTitleRow) {
  std::vector<Deadline> ds = deadlines_of(
      "| Nghị quyết sửa đổi, bổ sung một số điều về chức năng, nhiệm vụ, quyền hạn và tổ chức của Ban Dân nguyện | Ban Dân nguyện | Ban Dân nguyện | "
      "- Ủy ban Pháp luật chủ trì thẩm tra; - Hội đồng Dân tộc, các Ủy ban của Quốc hội phối hợp | "
      "Trình xem xét, thông qua trước ngày 10/01/2025 | - Hồ sơ gồm có tờ trình, dự thảo nghị quyết |\n"
      "| Nghị quyết sửa đổi quy chế của Văn phòng | Văn phòng Quốc hội | Trình xem xét, thông qua trước ngày 20/01/2025 |\n");
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].end, "2025-01-10");
  EXPECT_EQ(ds[1].end, "2025-01-20");
  EXPECT_EQ(ds[1].line, 2);
}

// An hour before the day limits to the day; a holiday limits as an event does; a session a
// text goes before, with its month in brackets, limits to that month; money "được giao hàng
// năm" says where the funds come from.
TEST(Deadlines, HourHolidaySessionMonthAndYearlyFunds) {
  Deadline hour = only("Các bộ gửi báo cáo về Bộ Nông nghiệp và Môi trường trước 17 giờ ngày 27/11/2025 để tổng hợp.");
  EXPECT_EQ(hour.kind, "date");
  EXPECT_EQ(hour.end, "2025-11-27");
  Deadline tet = only("Hỗ trợ sửa chữa nhà ở bảo đảm người dân có nhà ở an toàn trước Tết Nguyên đán năm 2026.");
  EXPECT_EQ(tet.kind, "conditional");
  EXPECT_EQ(tet.text, "trước Tết Nguyên đán năm 2026");
  EXPECT_TRUE(deadlines_of("Chăm lo đời sống Nhân dân trước, trong và sau Tết Nguyên đán.").empty());
  std::vector<Deadline> ds = deadlines_of(
      "- Trình Ủy ban tại Phiên họp thứ 42 (tháng 02/2025); - Trình Quốc hội thông qua tại Kỳ họp thứ 9 (tháng 5/2025).");
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].kind, "month");
  EXPECT_EQ(ds[0].end, "2025-02-28");
  EXPECT_EQ(ds[1].end, "2025-05-31");
  EXPECT_TRUE(deadlines_of("4. Nguồn kinh phí: Sử dụng ngân sách địa phương được\ngiao hàng năm theo phân cấp quản lý.").empty());
}

TEST(Deadlines, ABareDinhKyAndThePeriodThatSaysHowOftenAreOneDuty) {
  EXPECT_EQ(deadlines_of("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm.\n").size(), 1u);
  // "Định kỳ 06 tháng, hằng năm": one phrase says how often, one recurring limit.
  auto half_and_year = deadlines_of("b) Định kỳ 06 tháng, hằng năm báo cáo việc thực hiện quy định.\n");
  ASSERT_EQ(half_and_year.size(), 1u);
  EXPECT_EQ(half_and_year[0].text, "Định kỳ 06 tháng, hằng năm");
  EXPECT_EQ(deadlines_of("Định kỳ kiểm tra tại cơ sở; báo cáo cấp có thẩm quyền hằng năm.\n").size(), 2u);
}

// A finish-by date an earlier order set ("đã chỉ đạo … hoàn thành … trước ngày 30 tháng 10 năm
// 2025") is a limit on work even when it had passed on the issue date; a past date that only
// marks a point in time ("đất đã giao, cho thuê trước ngày 01/7/2014", "cấp trước ngày …") is not.
TEST(Deadlines, ARecalledLimitKeepsAPastDate) {
  std::string head = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 900/UBND-VX\n\n"
                     "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\n\n";
  std::vector<Deadline> ds = deadlines_of(
      head + "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã chỉ\nđạo các cơ quan khẩn trương hoàn "
             "thành việc cập nhật cơ sở dữ liệu trước ngày 30 tháng 10 năm 2025. Tuy nhiên, việc cập nhật chưa bảo đảm "
             "tiến độ.\n\nCác đơn vị báo cáo kết quả trước ngày 15/12/2025.\n");
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].end, "2025-10-30");
  EXPECT_EQ(ds[0].kind, "date");
  EXPECT_EQ(ds[1].end, "2025-12-15");
  EXPECT_TRUE(deadlines_of(head + "Trường hợp diện tích đất đã giao, cho thuê trước ngày 01/7/2014 thì giữ nguyên.\n\n"
                                  "Chứng chỉ đã cấp trước ngày 15 tháng 5 năm 2025 vẫn có giá trị.\n")
                  .empty());
}

// A "Thời gian" label is the limit set on its item like a table's cell: it holds when it falls
// before the issue date (a plan drafted before its decision), and a time that runs "đến khi" an
// event is an open span: period, with its start and no end.
TEST(Deadlines, TimeLabelsKeepPassedLimitsAndRunUntilAnEvent) {
  std::vector<Deadline> ds = deadlines_of(
      "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 99/KH-UBND\n\nNinh Bình, ngày 21 tháng 11 năm 2025\n\n"  // 1-7
      "KẾ HOẠCH\nTổng điều tra kinh tế\n\n"                                                       // 8-10
      "1. Sở Tài chính\n"                                                                                // 11
      "- Hướng dẫn các cơ quan, đơn vị thực hiện điều tra.\n"                                             // 12
      "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng điều tra.\n"                           // 13
      "- Tổng hợp danh sách các đơn vị điều tra.\n"                                                        // 14
      "Thời gian hoàn thành: Trước ngày 15/11/2025.\n"                                                    // 15
      "2. Đối với các nhiệm vụ triển khai trong năm 2025, các cơ quan bố trí kinh phí trong dự toán "
      "ngân sách hàng năm.\n");                                                                          // 16
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].line, 13);
  EXPECT_EQ(ds[0].kind, "period");
  EXPECT_EQ(ds[0].start, "2025-11-01");
  EXPECT_FALSE(ds[0].end.has_value());
  EXPECT_EQ(ds[1].line, 15);
  EXPECT_EQ(ds[1].end, "2025-11-15");
}

// The guide keeps "period" for spans of years: a span within one year takes its end's unit (a month,
// a quarter, a day) with its first as the start; one across a year's end stays a period.
TEST(Deadlines, ASpanWithinOneYearTakesTheKindOfItsEnd) {
  std::vector<Deadline> ds = deadlines_of(
      "KẾ HOẠCH\nKiểm kê tài sản\n\nII. NHIỆM VỤ\n\n"                        // 1-5
      "- Sở Tài chính hướng dẫn kiểm kê.\nThời gian thực hiện: Tháng 11 - 12/2025.\n"  // 6-7
      "- Sở Nội vụ tổng hợp.\nThời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026.\n"  // 8-9
      "- Sở Y tế tổng hợp.\nThời hạn hoàn thành: Từ ngày 17/12/2025 đến ngày 25/01/2026.\n"  // 10-11
      "- Sở Xây dựng hoàn thành trong quý III - IV năm 2026.\n");               // 12
  ASSERT_EQ(ds.size(), 4u);
  EXPECT_EQ(ds[0].kind, "month");
  EXPECT_EQ(ds[0].start, "2025-11-01");
  EXPECT_EQ(ds[0].end, "2025-12-31");
  EXPECT_EQ(ds[1].kind, "date");
  EXPECT_EQ(ds[1].end, "2026-03-31");
  EXPECT_EQ(ds[2].kind, "period");
  EXPECT_EQ(ds[2].end, "2026-01-25");
  EXPECT_EQ(ds[3].kind, "quarter");
  EXPECT_EQ(ds[3].start, "2026-07-01");
  EXPECT_EQ(ds[3].end, "2026-12-31");
}

}  // namespace
}  // namespace vnpolicy
