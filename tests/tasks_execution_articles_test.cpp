// Tasks in the articles that say who carries a normative text out ("Điều 5. Tổ chức thi hành",
// "Điều 4." / "Trách nhiệm tổ chức thực hiện"), in unit headings of an organising section ("2. Đối với
// Ủy ban nhân dân các xã, phường:", "3. Sở X" over a lead-in and items), and the clauses there that
// name units without giving them work (execution clauses, relief from liability, a run-in distribution list).
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

// A Government resolution whose last chapter's article "Tổ chức thi hành" hands duties to ministers.
constexpr const char* kGovernmentResolution =
    "CHÍNH PHỦ\n"                                                                              // 1
    "Số: 31/2026/NQ-CP\n"                                                                      // 2
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"                                                     // 3
    "Độc lập - Tự do - Hạnh phúc\n"                                                            // 4
    "Hà Nội, ngày 5 tháng 5 năm 2026\n"                                                        // 5
    "\n"                                                                                       // 6
    "NGHỊ QUYẾT\n"                                                                             // 7
    "Phân cấp thủ tục hành chính thuộc phạm vi quản lý nhà nước của Bộ Xây dựng\n"             // 8
    "\n"                                                                                       // 9
    "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"                                         // 10
    "Chính phủ ban hành Nghị quyết phân cấp thủ tục hành chính.\n"                             // 11
    "\n"                                                                                       // 12
    "Chương I\n"                                                                               // 13
    "QUY ĐỊNH CHUNG\n"                                                                         // 14
    "\n"                                                                                       // 15
    "Điều 1. Phạm vi điều chỉnh\n"                                                             // 16
    "Nghị quyết này quy định việc phân cấp thủ tục hành chính của Bộ Xây dựng.\n"              // 17
    "\n"                                                                                       // 18
    "Chương II\n"                                                                              // 19
    "ĐIỀU KHOẢN THI HÀNH\n"                                                                    // 20
    "\n"                                                                                       // 21
    "Điều 2. Tổ chức thi hành\n"                                                               // 22
    "1. Bộ trưởng Bộ Xây dựng có trách nhiệm:\n"                                               // 23
    "a) Tổ chức thi hành Nghị quyết này;\n"                                                    // 24
    "b) Chủ trì, phối hợp với các bộ, cơ quan ngang bộ theo dõi, kiểm tra việc thực hiện Nghị quyết này;\n"  // 25
    "c) Công bố, công khai thủ tục hành chính theo thẩm quyền.\n"                              // 26
    "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố có trách nhiệm:\n"                         // 27
    "a) Tổ chức thực hiện Nghị quyết này tại địa phương;\n"                                    // 28
    "b) Rà soát, điều chỉnh quy trình nội bộ giải quyết thủ tục hành chính.\n"                 // 29
    "3. Người đứng đầu cơ quan, đơn vị, cán bộ, công chức tham gia xây dựng Nghị quyết này được xem xét "
    "loại trừ, miễn hoặc giảm trừ trách nhiệm theo quy định.\n"                                 // 30
    "4. Các cơ quan, tổ chức, đơn vị và cá nhân có liên quan có trách nhiệm thực hiện Nghị quyết này.\n"  // 31
    "\n"                                                                                       // 32
    "Điều 3. Hiệu lực thi hành\n"                                                              // 33
    "Nghị quyết này có hiệu lực từ ngày ký ban hành.\n"                                        // 34
    "\n"                                                                                       // 35
    "* *\n"                                                                                    // 36
    "- Thủ tướng, các Phó Thủ tướng Chính phủ; - Các bộ, cơ quan ngang bộ; - HĐND, UBND các tỉnh, thành phố;\n"  // 37
    "\n"                                                                                       // 38
    "TM. CHÍNH PHỦ\n"                                                                          // 39
    "THỦ TƯỚNG\n";                                                                             // 40

TEST(TasksExecutionArticles, AnArticleOnCarryingTheTextOutAssignsTheItemsOfItsUnits) {
  auto ts = tasks_of(kGovernmentResolution);
  ASSERT_EQ(ts.size(), 5u);
  for (int line : {24, 25, 26}) {
    const Task* t = task_at(ts, line);
    ASSERT_NE(t, nullptr) << line;
    EXPECT_EQ(t->lead, Units{"Bộ trưởng Bộ Xây dựng"}) << line;
  }
  EXPECT_TRUE(work_opens_with(*task_at(ts, 24), "Tổ chức thi hành Nghị quyết này"));
  EXPECT_EQ(task_at(ts, 25)->support, Units{"các bộ, cơ quan ngang bộ"});
  for (int line : {28, 29}) {
    const Task* t = task_at(ts, line);
    ASSERT_NE(t, nullptr) << line;
    EXPECT_EQ(t->lead, Units{"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"}) << line;
  }
  // Relief from liability, the execution clause and the run-in distribution list give no task.
  for (int line : {30, 31, 37}) EXPECT_EQ(task_at(ts, line), nullptr) << line;
}

// A provincial decision whose article number stands alone and its title on the next line.
constexpr const char* kDecisionWithTitleBelow =
    "ỦY BAN NHÂN DÂN\n"                                                   // 1
    "TỈNH HÀ GIANG\n"                                                     // 2
    "Số: 40/2025/QĐ-UBND\n"                                               // 3
    "Hà Giang, ngày 2 tháng 6 năm 2025\n"                                 // 4
    "\n"                                                                  // 5
    "QUYẾT ĐỊNH\n"                                                        // 6
    "Ban hành khung giá cho thuê nhà ở công vụ trên địa bàn tỉnh\n"       // 7
    "\n"                                                                  // 8
    "Điều 1.\n"                                                           // 9
    "Phạm vi điều chỉnh\n"                                                // 10
    "\n"                                                                  // 11
    "Quyết định này quy định khung giá cho thuê nhà ở công vụ.\n"         // 12
    "\n"                                                                  // 13
    "Điều 2.\n"                                                           // 14
    "Trách nhiệm tổ chức thực hiện\n"                                     // 15
    "\n"                                                                  // 16
    "1. Sở Xây dựng:\n"                                                   // 17
    "\n"                                                                  // 18
    "a) Hướng dẫn, theo dõi việc áp dụng khung giá cho thuê;\n"           // 19
    "\n"                                                                  // 20
    "b) Tổng hợp vướng mắc, báo cáo Ủy ban nhân dân tỉnh.\n"              // 21
    "\n"                                                                  // 22
    "2. Quỹ đầu tư phát triển tỉnh có trách nhiệm:\n"                     // 23
    "\n"                                                                  // 24
    "a) Hạch toán riêng nguồn vốn cho thuê nhà ở công vụ;\n"              // 25
    "\n"                                                                  // 26
    "b) Báo cáo tình hình sử dụng vốn hằng quý.\n"                        // 27
    "\n"                                                                  // 28
    "3. Đơn vị báo cáo có trách nhiệm:\n"                                 // 29
    "\n"                                                                  // 30
    "a) Thu thập số liệu theo biểu mẫu;\n"                                // 31
    "\n"                                                                  // 32
    "b) Gửi báo cáo đúng thời hạn.\n"                                     // 33
    "\n"                                                                  // 34
    "TM. ỦY BAN NHÂN DÂN\n"                                               // 35
    "CHỦ TỊCH\n";                                                         // 36

TEST(TasksExecutionArticles, AnArticleTitledOnTheNextLineIsTitledByThatLine) {
  auto ts = tasks_of(kDecisionWithTitleBelow);
  for (int line : {19, 21}) {
    const Task* t = task_at(ts, line);
    ASSERT_NE(t, nullptr) << line;
    EXPECT_EQ(t->lead, Units{"Sở Xây dựng"}) << line;
  }
  // The words between a known name and the duty cue finish the name.
  for (int line : {25, 27}) {
    const Task* t = task_at(ts, line);
    ASSERT_NE(t, nullptr) << line;
    EXPECT_EQ(t->lead, Units{"Quỹ đầu tư phát triển tỉnh"}) << line;
  }
  EXPECT_EQ(task_at(ts, 23), nullptr);
  // "Đơn vị báo cáo" names a role the text regulates, not a unit.
  for (int line : {29, 31, 33}) EXPECT_EQ(task_at(ts, line), nullptr) << line;
}

// A plan's organising section: a part about named units ("Đối với …:") and a unit heading over a
// lead-in that names whom it advises and who supports.
constexpr const char* kPlanOrganising =
    "ỦY BAN NHÂN DÂN\n"                                                                        // 1
    "TỈNH LẠNG SƠN\n"                                                                          // 2
    "Số: 88/KH-UBND\n"                                                                         // 3
    "Lạng Sơn, ngày 3 tháng 3 năm 2025\n"                                                      // 4
    "\n"                                                                                       // 5
    "KẾ HOẠCH\n"                                                                               // 6
    "Triển khai công tác chuyển đổi số năm 2025\n"                                             // 7
    "\n"                                                                                       // 8
    "I. MỤC ĐÍCH, YÊU CẦU\n"                                                                   // 9
    "Nâng cao hiệu quả chuyển đổi số trên địa bàn tỉnh.\n"                                     // 10
    "\n"                                                                                       // 11
    "II. TỔ CHỨC THỰC HIỆN\n"                                                                  // 12
    "1. Đối với Ủy ban nhân dân các xã, phường:\n"                                             // 13
    "- Xây dựng kế hoạch chuyển đổi số của địa phương;\n"                                      // 14
    "- Bố trí nhân lực phụ trách chuyển đổi số.\n"                                             // 15
    "2. Sở Khoa học và Công nghệ\n"                                                            // 16
    "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh:\n"     // 17
    "a) Theo dõi, đôn đốc việc thực hiện Kế hoạch;\n"                                          // 18
    "b) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n"                                     // 19
    "3. Đối với các doanh nghiệp:\n"                                                           // 20
    "- Chủ động đầu tư hạ tầng số.\n"                                                          // 21
    "\n"                                                                                       // 22
    "Trên đây là Kế hoạch triển khai công tác chuyển đổi số năm 2025 của tỉnh./.\n"            // 23
    "\n"                                                                                       // 24
    "TM. ỦY BAN NHÂN DÂN\n"                                                                    // 25
    "CHỦ TỊCH\n";                                                                              // 26

TEST(TasksExecutionArticles, UnitHeadingsOfAnOrganisingSectionHandTheirUnitsToTheItems) {
  auto ts = tasks_of(kPlanOrganising);
  for (int line : {14, 15}) {
    const Task* t = task_at(ts, line);
    ASSERT_NE(t, nullptr) << line;
    EXPECT_EQ(t->lead, Units{"Ủy ban nhân dân các xã, phường"}) << line;
  }
  for (int line : {18, 19}) {
    const Task* t = task_at(ts, line);
    ASSERT_NE(t, nullptr) << line;
    EXPECT_EQ(t->lead, Units{"Sở Khoa học và Công nghệ"}) << line;
    EXPECT_EQ(t->support, Units{"các cơ quan, đơn vị liên quan"}) << line;
  }
  // The lead-in only says whom the items advise; a part about a kind of party names no unit.
  EXPECT_EQ(task_at(ts, 17), nullptr);
  EXPECT_EQ(task_at(ts, 21), nullptr);
}

}  // namespace
}  // namespace vnpolicy
