// Tasks that the structure of a document assigns: a numbered heading whose verb assigns ("1. Giao
// người đứng đầu …") over its "-" items, the untitled articles of a resolution after the one that
// decides, members of a body named after "và", and assignment tables whose columns name the
// drafting agency.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

// A letter's numbered point that assigns ("1. Giao người đứng đầu các cơ quan …; Chủ tịch …"),
// wrapped over lines and without a colon, hands its units to its "-" items; the units need not be
// names the lexicon knows, and the title heads every kind listed after it.
TEST(AssigningHeadings, AGiaoHeadingHandsItsUnitsToItsItems) {
  std::string text =
      "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n\nSố: 12/UBND-NC\n\n"
      "V/v cập nhật cơ sở dữ liệu cán bộ, công chức\n\n"
      "Hòa Bình, ngày 20 tháng 11 năm 2025\n\n"
      "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
      "Để hoàn thành việc cập nhật cơ sở dữ liệu, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n"  // 12
      "1. Giao người đứng đầu các\n"                                                                          // 13
      "cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh; Chủ tịch\n"
      "Ủy ban nhân dân các xã, phường\n"
      "- Rà soát, cập nhật lý lịch cán bộ, công chức trên hệ thống trước ngày 15 tháng 12 năm 2025.\n"       // 16
      "- Chịu trách nhiệm về bảo mật thông tin cơ sở dữ liệu cán bộ, công chức.\n"                          // 17
      "2. Giao Sở Nội vụ\n"
      "- Hướng dẫn, đôn đốc các cơ quan cập nhật dữ liệu.\n";                                              // 19
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  const Units heads{"người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh",
                    "Chủ tịch Ủy ban nhân dân các xã, phường"};
  EXPECT_EQ(ts[0].line, 16);
  EXPECT_EQ(ts[0].lead, heads);
  EXPECT_TRUE(work_opens_with(ts[0], "Rà soát, cập nhật lý lịch"));
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2025-12-15");
  EXPECT_EQ(ts[1].lead, heads);
  EXPECT_EQ(ts[2].lead, (Units{"Sở Nội vụ"}));
}

// A heading of unknown units without an assigning verb ("1. Các chủ thể khác") stays no lead, and
// a regulation's "Trách nhiệm của người đứng đầu" is no assignment to the head.
TEST(AssigningHeadings, WithoutTheVerbUnknownUnitsHandNothingDown) {
  std::string text =
      "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
      "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
      "1. Người đứng đầu các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh\n"
      "- Rà soát, cập nhật lý lịch cán bộ, công chức trên hệ thống.\n";
  EXPECT_TRUE(tasks_of(text).empty());
}

// "Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh": the members of a body
// after "và" are a unit of their own, as the guide splits lists where each part is a unit.
TEST(AssigningHeadings, MembersOfABodyAfterVaAreAUnitOfTheirOwn) {
  std::string text =
      "Điều 2. Tổ chức thực hiện\n"
      "1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.\n"
      "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân "
      "tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n";
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[1].lead, (Units{"Thường trực Hội đồng nhân dân tỉnh", "các Ban của Hội đồng nhân dân tỉnh",
                               "Tổ đại biểu Hội đồng nhân dân tỉnh", "đại biểu Hội đồng nhân dân tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[1], "giám sát việc thực hiện"));
  // "Bộ Nông nghiệp và Môi trường" is one name: the part after "và" is no unit.
  std::vector<Task> one = tasks_of("Điều 2. Tổ chức thực hiện\n1. Giao Bộ Nông nghiệp và Môi trường hướng dẫn thực hiện.\n");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].lead, (Units{"Bộ Nông nghiệp và Môi trường"}));
}

// A resolution crawled without its articles' titles ("Điều 2." alone): the articles after the one
// that decides carry it out, and their items with unit subjects are tasks. The first article
// ("Điều 1.", the decision) and a titled article of another kind assign nothing.
TEST(BareArticles, TheUntitledArticlesAfterTheDecisionAssignWork) {
  std::string text =
      "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
      "NGHỊ QUYẾT\n\n"
      "Ban hành Kế hoạch sửa đổi, bổ sung các nghị quyết\n\n"
      "QUYẾT NGHỊ:\n\n"
      "Điều 1.\n\n"                                                                            // 9
      "Ban hành kèm theo Nghị quyết này Kế hoạch sửa đổi, bổ sung các nghị quyết.\n\n"
      "Điều 2.\n\n"                                                                            // 13
      "1. Đề nghị Chính phủ, Tòa án nhân dân tối cao chỉ đạo rà soát các văn bản có liên quan.\n\n"  // 15
      "2. Thường trực Hội đồng Dân tộc, Thường trực Ủy ban Pháp luật phối hợp với các cơ quan có liên quan "
      "kịp thời cập nhật các nội dung được sửa đổi.\n\n"                                         // 17
      "Điều 3.\n\n"
      "Giao Tổng Thư ký Quốc hội chủ trì theo dõi, đôn đốc việc thực hiện Nghị quyết này.\n";    // 21
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].line, 15);
  EXPECT_EQ(ts[0].lead, (Units{"Chính phủ", "Tòa án nhân dân tối cao"}));
  EXPECT_TRUE(work_opens_with(ts[0], "chỉ đạo rà soát"));
  EXPECT_EQ(ts[1].line, 17);
  EXPECT_EQ(ts[1].lead, (Units{"Thường trực Hội đồng Dân tộc", "Thường trực Ủy ban Pháp luật"}));
  EXPECT_EQ(ts[1].support, (Units{"các cơ quan có liên quan"}));
  EXPECT_EQ(ts[2].lead, (Units{"Tổng Thư ký Quốc hội"}));
}

// The same items under a titled article of another kind ("Điều 2. Đối tượng áp dụng") or in a
// document that is no resolution or decision are read as before: no organising section, no tasks.
TEST(BareArticles, ATitledArticleOrAnotherKindOfDocumentAssignsNothing) {
  std::string titled =
      "NGHỊ QUYẾT\n\nQUYẾT NGHỊ:\n\nĐiều 1.\n\nBan hành kèm theo Nghị quyết này Kế hoạch.\n\n"
      "Điều 2. Đối tượng áp dụng\n\n"
      "1. Các cơ quan nhà nước, tổ chức chính trị - xã hội thực hiện chế độ báo cáo theo Kế hoạch.\n";
  EXPECT_TRUE(tasks_of(titled).empty());
  std::string report =
      "BÁO CÁO\n\nTình hình thực hiện\n\nĐiều 1.\n\nNội dung.\n\nĐiều 2.\n\n"
      "1. Các cơ quan nhà nước, tổ chức chính trị - xã hội thực hiện chế độ báo cáo theo Kế hoạch.\n";
  EXPECT_TRUE(tasks_of(report).empty());
  // The title on the line below the article ("Điều 2." / "Đối tượng áp dụng"), and the untitled
  // articles of the regulation a decision issues (after "QUY ĐỊNH"), state norms, not assignments.
  std::string title_below =
      "QUYẾT ĐỊNH\n\nQUYẾT ĐỊNH:\n\nĐiều 1.\n\nBan hành kèm theo Quyết định này Quy định.\n\n"
      "Điều 2.\n\nĐối tượng áp dụng\n\n"
      "1. Các cơ quan nhà nước, tổ chức chính trị - xã hội thực hiện chế độ báo cáo theo Quy định.\n";
  EXPECT_TRUE(tasks_of(title_below).empty());
  std::string regulation =
      "QUYẾT ĐỊNH\n\nQUYẾT ĐỊNH:\n\nĐiều 1.\n\nBan hành kèm theo Quyết định này Quy định.\n\n"
      "QUY ĐỊNH\n\nVề tiêu chuẩn, định mức sử dụng máy móc, thiết bị\n\n"
      "Điều 1.\n\nQuy định này áp dụng cho các cơ quan.\n\n"
      "Điều 2.\n\n"
      "1. Các cơ quan, đơn vị có thẩm quyền quyết định tiêu chuẩn, định mức sử dụng máy móc.\n";
  EXPECT_TRUE(tasks_of(regulation).empty());
}

// A law-drafting programme's table names roles in its own words ("Cơ quan soạn thảo" leads, "Cơ
// quan trình", "Cơ quan thẩm tra" do not) and a crawl broke its rows: a row over several "|" lines,
// a line that lost its opening "|", rows that left out the number cell. Each row is one task: the
// drafting agency leads, the time cell gives the limit. A row whose long cell holds "chủ trì" and
// "kết quả" is a row, not a second header.
TEST(DraftingTables, BrokenRowsOfAProgrammeTableAreOneTaskEach) {
  std::string text =
      "KẾ HOẠCH\n\n"
      "| TT | Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Cơ quan thẩm tra | Tiến độ | |\n"  // 3
      "|\n"
      "| I. Văn bản thuộc thẩm quyền của Quốc hội |\n"
      "| | Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội | Ủy ban Thường vụ Quốc hội | Ban Công tác đại biểu\n"  // 6
      "| - Ủy ban Pháp luật chủ trì thẩm tra; - Hội đồng Dân tộc tham gia.\n"
      "| Trình Quốc hội xem xét, thông qua trong tháng 02/2025. | |\n"
      "| Nghị quyết sửa đổi, bổ sung Nghị quyết số 22/2022/UBTVQH15 về tổ chức của Văn phòng Quốc hội | Văn phòng Quốc hội |\n"  // 9
      "Văn phòng Quốc hội (Viện Nghiên cứu lập pháp phối hợp) |\n"
      "| Ủy ban Pháp luật chủ trì thẩm tra | Trình Ủy ban Thường vụ Quốc hội trước ngày 10/01/2025 | |\n"
      "\n"
      "| Nghị quyết sửa đổi, bổ sung Nghị quyết số 1156/2016/UBTVQH13 về chức năng, nhiệm vụ, quyền hạn, tổ chức, "
      "biên chế và chế độ làm việc của Ban Dân nguyện theo quy định mới của Luật Tổ chức Quốc hội | Ban Dân nguyện | "
      "Ban Dân nguyện [2] | Ủy ban Xã hội chủ trì thẩm tra | Theo kết quả rà soát | ||\n";  // 13
  std::vector<Task> ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].line, 6);
  EXPECT_EQ(ts[0].lead, (Units{"Ban Công tác đại biểu"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Luật sửa đổi, bổ sung"));
  ASSERT_TRUE(ts[0].deadline);
  EXPECT_EQ(ts[0].deadline->end, "2025-02-28");
  EXPECT_EQ(ts[1].line, 9);
  EXPECT_EQ(ts[1].lead, (Units{"Văn phòng Quốc hội"}));
  ASSERT_TRUE(ts[1].deadline);
  EXPECT_EQ(ts[1].deadline->end, "2025-01-10");
  EXPECT_EQ(ts[2].line, 13);
  EXPECT_EQ(ts[2].lead, (Units{"Ban Dân nguyện"}));  // the footnote's mark "[2]" is no part of the name
  EXPECT_TRUE(work_opens_with(ts[2], "Nghị quyết sửa đổi, bổ sung Nghị quyết số 1156"));
}

}  // namespace
}  // namespace vnpolicy
