// Limits written the way plans and report forms write them: a quarter or month opening a sentence,
// how often in brackets, and a form's day of the quarter's last month.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 31/KH-UBND\nCao Bằng, ngày 05 tháng 02 năm 2026\n\n"
    "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2026\n\n";

std::vector<std::string> texts(const std::vector<Deadline>& ds) {
  std::vector<std::string> out;
  for (const Deadline& d : ds) out.push_back(d.text + "@" + std::to_string(d.line) + ":" + d.kind);
  return out;
}

// "Quý I/2027, …" and "Tháng 12/2026, …" open the work they time; work told as done, a quarter a
// wrapped line starts inside a sentence, and an example's lettered party are not limits.
TEST(DeadlinesForms, AQuarterOrMonthOpeningASentenceTimesItsWork) {
  auto ds = deadlines_of(kPlan +
                         "1. Quý I/2027, các cơ quan, đơn vị đánh giá kết quả thực hiện Kế hoạch.\n"
                         "2. Tháng 12/2026, Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n"
                         "3. Tháng 3/2026, Sở Nội vụ đã tổ chức tập huấn cho cán bộ.\n"
                         "4. Các xã gửi báo cáo kết quả\nquý I/2026, kèm theo biểu số liệu.\n"
                         "Ví dụ:\n\n- Tháng 9/2026, Bệnh viện huyện A có 120 thẻ đăng ký khám chữa bệnh.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"Quý I/2027@9:quarter", "Tháng 12/2026@10:month"}));
  EXPECT_EQ(ds[0].end, "2027-03-31");
  EXPECT_EQ(ds[1].end, "2026-12-31");
}

// How often, in brackets after the work, recurs; in brackets after a norm it does not.
TEST(DeadlinesForms, HowOftenInBracketsRecurs) {
  auto ds = deadlines_of(kPlan +
                         "- Các xã báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số về Sở Khoa học và Công nghệ (6 tháng một lần).\n"
                         "- Các đơn vị báo cáo kết quả về Sở Nội vụ (mỗi năm một lần).\n"
                         "- Người tham gia đóng theo phương thức (03 tháng một lần).\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"6 tháng một lần@9:recurring", "mỗi năm một lần@10:recurring"}));
}

// A form's "Ngày 25 tháng cuối quý" is due each quarter; the days that bound its figures are not.
TEST(DeadlinesForms, AFormsDayOfTheQuartersLastMonthRecurs) {
  auto ds = deadlines_of(kPlan +
                         "Biểu số 01.Q\nNgày nhận báo cáo:\nNgày 25 tháng cuối quý báo cáo\n"
                         "Thời kỳ số liệu: Số liệu từ ngày 01 tháng đầu quý đến hết ngày 20 tháng cuối quý.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"Ngày 25 tháng cuối quý@11:recurring"}));
  EXPECT_FALSE(ds.empty() || ds[0].end);
}

// Without its comma a period still opens the work when a verb of work follows it at once; a noun
// after it leaves it a figure's period.
TEST(DeadlinesForms, APeriodOpeningAnItemWithoutItsCommaTimesItsVerb) {
  auto ds = deadlines_of(kPlan +
                         "c) Quý IV năm 2026 tổng kết việc thực hiện thí điểm.\n"
                         "d) Tháng 12/2026 hoàn thành việc rà soát thủ tục hành chính.\n"
                         "đ) Quý II/2026 tổng thu ngân sách tăng 5%.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"Quý IV năm 2026@9:quarter", "Tháng 12/2026@10:month"}));
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].end, "2026-12-31");
}

// A reporting form's day of the next year, of each month or of the reported half-year is due each period; a label that
// fixes when the figures are taken is no limit.
TEST(DeadlinesForms, AFormsDayOfTheNextYearOrEachMonthRecurs) {
  auto ds = deadlines_of(kPlan +
                         "Biểu số 02.N\nNgày nhận báo cáo:\nNgày 31 tháng 3 năm kế tiếp\nsau năm báo cáo\n\n"
                         "Biểu số 03.T\nNgày nhận báo cáo:\n- Tháng: Ngày 20 hằng tháng\n"
                         "- 6 tháng đầu năm: Ngày 23 tháng 7 năm báo cáo\n\n"
                         "Thời điểm chốt số liệu: Ngày 31 tháng 12 năm sau năm báo cáo\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"Ngày 31 tháng 3 năm kế tiếp sau năm báo cáo@11:recurring",
                                                 "Ngày 20 hằng tháng@16:recurring",
                                                 "Ngày 23 tháng 7 năm báo cáo@17:recurring"}));
  for (const Deadline& d : ds) EXPECT_FALSE(d.end);
}

// How often in brackets after a review, a check or a supply of figures recurs; after a person's
// entitlement it does not.
TEST(DeadlinesForms, HowOftenInBracketsAfterAReviewOrCheckRecurs) {
  auto ds = deadlines_of(kPlan +
                         "- Ban Chỉ đạo tổ chức giao ban với các xã (01 lần/quý).\n"
                         "- Sở Y tế giám sát việc thực hiện tại các cơ sở (6 tháng một lần).\n"
                         "- Người cao tuổi được khám sức khỏe (06 tháng một lần).\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"01 lần/quý@9:recurring", "6 tháng một lần@10:recurring"}));
}

// A time limit extended to a day is due then; a licence extended to a day only lasts until it. A
// periodic report not made is a failure the text tells, not a cadence; the duty to report stays.
TEST(DeadlinesForms, ATimeLimitExtendedToADayIsDueAndAReportNotMadeIsNoCadence) {
  auto ds = deadlines_of(kPlan +
                         "1. Sở Nội vụ đề xuất gia hạn thời gian tổ chức đại hội đến ngày 31/12/2026.\n"
                         "2. Doanh nghiệp được xem xét gia hạn giấy phép đến ngày 31/12/2028.\n"
                         "3. Năm 2025, Hội A không báo cáo kết quả hoạt động định kỳ hằng năm.\n"
                         "4. Đến nay Hội B vẫn chưa tổ chức lại đại hội cũng như có báo cáo định kỳ theo đề nghị.\n"
                         "5. Các hội báo cáo định kỳ hằng năm về Sở Nội vụ.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"đến ngày 31/12/2026@9:date", "định kỳ hằng năm@13:recurring"}));
  ASSERT_FALSE(ds.empty());
  EXPECT_EQ(ds[0].end, "2026-12-31");
}

// What was already done before a day sorts cases: the day is a cut-off, even one after the text's own
// date. A limit the clause still sets after "thì" stays.
TEST(DeadlinesForms, ADayBeforeWhichSomethingWasDoneIsACutOff) {
  auto ds = deadlines_of(kPlan +
                         "1. Dự án mà nhà đầu tư đã nộp hồ sơ hợp lệ trước ngày 01 tháng 8 năm 2026 thì tiếp tục thực hiện.\n"
                         "2. Hồ sơ đã được cấp có thẩm quyền phê duyệt trước ngày 01/7/2026 được giữ nguyên.\n"
                         "3. Trường hợp không giải ngân hết số tiền đã nhận thì trước ngày 15 tháng 4 năm 2026, Ngân hàng hoàn trả.\n");
  EXPECT_EQ(texts(ds), (std::vector<std::string>{"trước ngày 15 tháng 4 năm 2026@11:date"}));
}

}  // namespace
}  // namespace vnpolicy
