// Reporting cadences: a cadence that says how often a day recurs is one limit with that day, a
// section title that names a report's cadence is no limit, and weekly work recurs.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/KH-UBND\nHà Nam, ngày 20 tháng 11 năm 2025\n\n"
    "KẾ HOẠCH\nThực hiện công tác đấu thầu\n\n";

std::vector<std::string> texts(const std::vector<Deadline>& ds) {
  std::vector<std::string> out;
  for (const Deadline& d : ds) out.push_back(d.text + "@" + std::to_string(d.line) + ":" + d.kind);
  return out;
}

// "định kỳ 6 tháng trước ngày 30 tháng 6": the day without a year recurs every half year.
TEST(DeadlinesCadence, ACadenceBeforeADayIsOneRecurringLimit) {
  auto ds = deadlines_of(kPlan +
                         "- Sở Tài chính tổng hợp báo cáo định kỳ 6 tháng trước ngày 30 tháng 6 và tổng thể hằng năm "
                         "trước ngày 30 tháng 01 hằng năm báo cáo Ủy ban nhân dân tỉnh.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"trước ngày 30 tháng 6@9:recurring",
                                                  "trước ngày 30 tháng 01 hằng năm@9:recurring"}));
  EXPECT_FALSE(ds[0].end);
}

// The cadence right after the day, or repeated later in the clause, is the same limit; a second
// clause with its own cadence is another.
TEST(DeadlinesCadence, ACadenceAfterTheDayInTheClauseIsTheSameLimit) {
  auto ds = deadlines_of(kPlan +
                         "Các sở báo cáo trước ngày 10 tháng 01 hằng năm tình hình thực hiện hoạt động đấu thầu hằng năm "
                         "của đơn vị mình và trước ngày 10 tháng 6 hằng năm định kỳ 6 tháng.\n"
                         "Sở Tài chính tổng hợp báo cáo định kỳ hằng năm.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"trước ngày 10 tháng 01 hằng năm@9:recurring",
                                                  "trước ngày 10 tháng 6 hằng năm@9:recurring",
                                                  "định kỳ hằng năm@10:recurring"}));
}

// "3.1." alone then "Báo cáo định kỳ hằng tháng:" and a numbered heading name the reports of a
// section; the sentence under them sets the limit. A title that opens with the cadence keeps it.
TEST(DeadlinesCadence, ACadenceInASectionTitleIsNoLimit) {
  auto ds = deadlines_of(kPlan +
                         "3. Chế độ báo cáo\n\n3.1.\nBáo cáo định kỳ hằng tháng:\n\n"
                         "Yêu cầu các sở báo cáo số liệu định kỳ hằng tháng theo quy định.\n\n"
                         "3.2. Trách nhiệm tổng hợp báo cáo hằng tháng, 6 tháng và hằng năm:\n\n"
                         "- Sở Tài chính tổng hợp báo cáo trước ngày 10 hằng tháng.\n\n"
                         "4. Hằng năm:\n\n- Các sở tổng kết việc thực hiện.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"định kỳ hằng tháng@14:recurring",
                                                  "trước ngày 10 hằng tháng@18:recurring",
                                                  "Hằng năm@20:recurring"}));
}

// Weekly reporting recurs; a weekly rest day is a kind of leave, and an inspection "định kỳ hay
// đột xuất" is either kind, not a cadence.
TEST(DeadlinesCadence, WeeklyWorkRecursButWeeklyRestAndEitherKindOfCheckDoNot) {
  auto ds = deadlines_of(kPlan +
                         "1. Bộ Y tế báo cáo Thủ tướng Chính phủ hằng tuần về tiến độ thực hiện.\n"
                         "2. Định kỳ báo cáo Bộ Nội vụ để kịp thời tổng hợp báo cáo Ban Bí thư theo yêu cầu về tiến độ, kết "
                         "quả thực hiện (qua Bộ Nội vụ, Văn phòng Chính phủ) vào thứ Sáu hằng tuần theo đề cương.\n"
                         "3. Người lao động được bảo đảm thời gian nghỉ hằng tuần theo quy định.\n"
                         "4. Sở Xây dựng tham gia kiểm tra định kỳ hay đột xuất dự án đầu tư.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"hằng tuần@9:recurring", "Định kỳ@10:recurring"}));
}

// Laws "mới ban hành trong năm 2025" were issued then; "trước khi tổng hợp báo cáo" is a limit.
TEST(DeadlinesCadence, TheYearTextsWereIssuedIsNoLimitButBeforeCompilingAReportIs) {
  auto ds = deadlines_of(kPlan +
                         "- Sở Tư pháp phổ biến các Luật, Nghị định mới ban hành trong năm 2025.\n"
                         "- Sở Nội vụ rà soát hồ sơ trước khi tổng hợp báo cáo thẩm định.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"trước khi tổng hợp báo cáo thẩm định@10:conditional"}));
}

// A request joined straight to a cadence is the exception of the one recurring duty; a request
// in a clause of its own, or a second report named beside the cadence, is a conditional limit.
TEST(DeadlinesCadence, ARequestJoinedToACadenceIsPartOfTheRecurringDuty) {
  auto ds = deadlines_of(kPlan +
                         "1. Các sở gửi báo cáo định kỳ hằng quý và khi có yêu cầu về Sở Tài chính.\n"
                         "2. Các xã báo cáo trước ngày 05/12 hằng năm (hoặc đột xuất khi có yêu cầu) về Sở Nội vụ.\n"
                         "3. Các trường báo cáo trước ngày 25 tháng 5 hằng năm và báo cáo đột xuất khi có yêu cầu.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"định kỳ hằng quý@9:recurring", "trước ngày 05/12 hằng năm@10:recurring",
                                                  "trước ngày 25 tháng 5 hằng năm@11:recurring",
                                                  "khi có yêu cầu@11:conditional"}));
}

// The title (trích yếu) says what the document is about: the year a report covers there is no limit.
TEST(DeadlinesCadence, AYearInTheTitleIsNoLimit) {
  auto ds = deadlines_of(
      "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 40/BC-UBND\nHà Nam, ngày 02 tháng 12 năm 2026\n\n"
      "BÁO CÁO\nKết quả thực hiện công tác chuyển đổi số\ntrên địa bàn tỉnh trong năm 2026\n\n"
      "1. Sở Khoa học và Công nghệ hoàn thành nâng cấp hệ thống trong năm 2027.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"trong năm 2027@10:year"}));
}

// A report's status of the year's work, only just begun or not yet done, sets no limit; a duty
// to finish it within the year does.
TEST(DeadlinesCadence, TheStatusOfTheYearsWorkIsNoLimit) {
  auto ds = deadlines_of(kPlan +
                         "- Đến nay, huyện chỉ mới tổ chức 01/04 hội nghị tiếp xúc cử tri trong năm 2025.\n"
                         "- Tỉnh chưa hoàn thành việc rà soát quy hoạch theo kế hoạch trong năm 2025; còn 03 xã chưa rà soát.\n"
                         "- Sở Xây dựng hoàn thành rà soát quy hoạch trong năm 2026.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"trong năm 2026@11:year"}));
}

}  // namespace
}  // namespace vnpolicy
