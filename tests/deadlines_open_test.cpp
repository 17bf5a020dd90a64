// Deadlines: times with no limit (open spans, start dates), Thời gian cells that wait for an
// event or follow a roadmap, periodic reporting duties, half-years, and the effective dates of
// cited documents, which limit no work.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;
using ::vnpolicy::testing::project_extractor;


const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/KH-UBND\nLai Châu, ngày 10 tháng 3 năm 2025\n\n"
    "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2025\n\nII. NHIỆM VỤ\n";

// The deadlines of a Thời gian cell in a document of 2025.
std::vector<Deadline> cell_deadlines(const std::string& text) {
  DeadlineExtractor ex(*::vnpolicy::testing::project_rules());
  SegmentedDocument doc = project_extractor().segment(text);
  return ex.scan(doc, 0, doc.doc.text.size(), true, 2025);
}

Deadline cell(const std::string& text) {
  auto ds = cell_deadlines(text);
  EXPECT_EQ(ds.size(), 1u) << text;
  return ds.empty() ? Deadline{} : ds.front();
}

// "Năm 2025 và các năm tiếp theo" is a period with no end; so is a span of years the work
// goes on past, in a cell, after a time label or in prose: its last year is no limit.
TEST(DeadlinesOpen, ASpanOfYearsAndTheYearsAfterHasNoEnd) {
  Deadline c = cell("Giai đoạn 2026-2030 và những năm tiếp theo");
  EXPECT_EQ(c.kind, "period");
  EXPECT_EQ(c.start, "2026-01-01");
  EXPECT_FALSE(c.end);
  EXPECT_EQ(cell("Giai đoạn 2026-2030").end, "2030-12-31");  // a closed span keeps its end
  auto ds = deadlines_of(kPlan +
                         "1. Triển khai thực hiện các nhiệm vụ trong giai đoạn 2026 - 2030 và những năm tiếp theo.\n"
                         "2. Sở Tài chính chủ trì rà soát cơ chế; thời gian thực hiện: giai đoạn 2026-2030 và các năm tiếp theo.\n");
  ASSERT_EQ(ds.size(), 2u);
  for (const Deadline& d : ds) {
    EXPECT_EQ(d.kind, "period");
    EXPECT_EQ(d.start, "2026-01-01");
    EXPECT_FALSE(d.end) << d.text;
  }
  EXPECT_EQ(ds[1].text, "giai đoạn 2026-2030 và các năm tiếp theo");
}

// A day work starts from is no limit: in a Thời gian cell or label it is an open-start period
// (like "Từ quý II/2027"); in prose ("Từ ngày 01/7/2025, các cơ quan …") it gives nothing.
TEST(DeadlinesOpen, AStartDayIsAnOpenPeriodInACellAndNothingInProse) {
  for (const char* text : {"Từ ngày 01/7/2025", "Từ 01/7/2025", "Kể từ ngày 01 tháng 7 năm 2025"}) {
    Deadline d = cell(text);
    EXPECT_EQ(d.kind, "period") << text;
    EXPECT_EQ(d.start, "2025-07-01") << text;
    EXPECT_FALSE(d.end) << text;
  }
  EXPECT_EQ(cell("Từ ngày 01/7/2025 đến ngày 31/12/2025").end, "2025-12-31");
  EXPECT_TRUE(deadlines_of(kPlan + "1. Từ ngày 01/7/2025, các cơ quan thực hiện tiếp nhận hồ sơ trực tuyến.\n"
                                   "2. Thực hiện thống nhất kể từ ngày 01/7/2025.\n")
                  .empty());
}

// A cell that waits for a request, a review's result or a direction is conditional; one that
// names a rule or a plan, or "Thường xuyên", is no deadline.
TEST(DeadlinesOpen, ACellThatWaitsForAnEventIsConditional) {
  for (const char* text : {"Theo kết quả rà soát", "Theo yêu cầu của cấp có thẩm quyền", "Theo chỉ đạo của UBND tỉnh"}) {
    Deadline d = cell(text);
    EXPECT_EQ(d.kind, "conditional") << text;
    EXPECT_FALSE(d.end) << text;
  }
  for (const char* text : {"Theo quy định", "Theo kế hoạch", "Thường xuyên"}) EXPECT_TRUE(cell_deadlines(text).empty()) << text;
}

// A cell that follows a schedule or a roadmap set elsewhere ("Theo lộ trình của Đề án …", "Theo
// tiến độ được giao của Luật …") names no event to wait for, like "Theo kế hoạch": no deadline.
// A time written beside it still counts.
TEST(DeadlinesOpen, ACellThatFollowsARoadmapIsNoDeadline) {
  for (const char* text : {"Theo lộ trình của Đề án do Sở Tư pháp đề xuất", "Theo lộ trình thực hiện Đề án",
                           "Theo tiến độ được giao của Luật Ban hành văn bản quy phạm pháp luật",
                           "Theo lộ trình Đề án"})
    EXPECT_TRUE(cell_deadlines(text).empty()) << text;
  Deadline d = cell("Quý IV/2025 và theo lộ trình triển khai các trung tâm dữ liệu theo Đề án");
  EXPECT_EQ(d.kind, "quarter");
  EXPECT_EQ(d.end, "2025-12-31");
}

// A reporting duty done periodically ("báo cáo định kỳ 6 tháng, hằng năm …", "báo cáo định kỳ,
// đột xuất việc …", "thực hiện chế độ báo cáo định kỳ …") is a recurring limit, one per phrase;
// the periodic report as a noun (what other work goes into, a regime's or a form's name) is none.
TEST(DeadlinesOpen, APeriodicReportingDutyIsRecurringAndTheReportAsANounIsNot) {
  auto ds = deadlines_of(kPlan +
                         "1. Sở Tài chính kiểm tra, giám sát, đánh giá và báo cáo định kỳ 6 tháng, hằng năm kết quả "
                         "thực hiện về Ủy ban nhân dân tỉnh.\n"
                         "2. Sở Nội vụ theo dõi, báo cáo định kỳ, đột xuất việc thực hiện Kế hoạch.\n"
                         "3. Các cơ sở thực hiện chế độ báo cáo định kỳ và đột xuất theo quy định.\n");
  ASSERT_EQ(ds.size(), 3u);
  EXPECT_EQ(ds[0].text, "định kỳ 6 tháng, hằng năm");
  for (const Deadline& d : ds) {
    EXPECT_EQ(d.kind, "recurring") << d.text;
    EXPECT_FALSE(d.end) << d.text;
  }
  for (const char* text : {"Đánh giá kết quả thực hiện lồng ghép cùng báo cáo định kỳ về kinh tế - xã hội.",
                           "Điều 15. Chế độ báo cáo định kỳ",
                           "Chế độ báo cáo định kỳ được thực hiện như sau:",
                           "Ban hành kèm theo Mẫu báo cáo định kỳ của các sở, ngành.",
                           "Sở Tài chính tổng hợp các báo cáo định kỳ của các huyện.",
                           "Sửa đổi quy định của pháp luật về chế độ báo cáo định kỳ của cơ quan hành chính nhà nước."})
    EXPECT_TRUE(deadlines_of(kPlan + "1. " + text + "\n").empty()) << text;
}

TEST(DeadlinesOpen, AYearlySourceTheWorkGoesByIsNoLimit) {
  // "hằng năm" on the list, result or decision the work follows, not on the work.
  for (const char* text :
       {"Hộ gia đình cận nghèo được Chủ tịch Ủy ban nhân dân xã công nhận theo kết quả rà soát hộ nghèo, hộ cận "
        "nghèo hằng năm.",
        "Ủy ban nhân dân xã lập danh sách (theo quyết định công nhận danh sách hộ nghèo hằng năm của Chủ tịch Ủy ban "
        "nhân dân xã) gửi cơ quan Bảo hiểm xã hội."})
    EXPECT_TRUE(deadlines_of(kPlan + "1. " + text + "\n").empty()) << text;
  // A limit of its own in the same sentence stays.
  auto ds = deadlines_of(kPlan +
                         "1. Sở Tài chính tổng hợp báo cáo quyết toán theo kết quả thẩm định gửi Bộ Tài chính trước "
                         "ngày 01 tháng 10 hằng năm.\n");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].kind, "recurring");
}

// The first or last six months of a year: due by 30 June or 31 December when the work is to be
// finished in them; the half-year a report covers is no limit.
TEST(DeadlinesOpen, AHalfYearToFinishInEndsOnItsLastDay) {
  EXPECT_EQ(cell("6 tháng đầu năm 2025").end, "2025-06-30");
  EXPECT_EQ(cell("Trong 6 tháng cuối năm 2025").end, "2025-12-31");
  auto ds = deadlines_of(kPlan + "1. Sở Y tế hoàn thành trong 6 tháng đầu năm 2025.\n"
                                 "2. Trong 6 tháng đầu năm 2025, toàn tỉnh đã tiếp nhận 1.200 hồ sơ.\n");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].end, "2025-06-30");
}

// The date a cited document, or the document itself, takes effect identifies the text or says
// when rules apply; a text the work must bring into force keeps its date.
TEST(DeadlinesOpen, TheEffectiveDateOfACitedDocumentIsNoLimit) {
  for (const char* text :
       {"Khoản này được sửa đổi theo quy định tại khoản 2 Điều 1 của Luật số 51/2024/QH15 sửa đổi, bổ sung một số "
        "điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 7 năm 2026.",
        "Luật Việc làm được Quốc hội thông qua ngày 16 tháng 6 năm 2025, có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.",
        "Quyết định có hiệu lực thi hành kể từ ngày 04 tháng 12 năm 2025.",
        "Xây dựng văn bản quy định chi tiết các luật, nghị quyết có hiệu lực từ ngày 01 tháng 7 năm 2026.",
        "Ban hành văn bản quy định chi tiết các luật đã có hiệu lực thi hành từ ngày 01 tháng 5 năm 2026."})
    EXPECT_TRUE(deadlines_of(kPlan + "1. " + text + "\n").empty()) << text;
  auto ds = deadlines_of(kPlan + "1. Khẩn trương trình 06 Nghị định hướng dẫn các Luật để có hiệu lực từ 01 tháng 7 năm 2026.\n"
                                 "2. Rà soát để sửa đổi, bổ sung hoặc ban hành mới và có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2027.\n");
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].end, "2026-07-01");
  EXPECT_EQ(ds[1].end, "2027-03-01");
}

}  // namespace
}  // namespace vnpolicy
