// Tasks in resolutions: one that decides a policy or an investment assigns work in its articles and its
// organising article; one that issues rules or rates assigns only in its organising article (a People's
// Council's also to the agencies its other articles name). Any resolution
// assigns in its "Nhiệm vụ, giải pháp" section the items that open with a unit.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

std::string resolution(const char* title, const char* body) {
  return std::string(
             "QUỐC HỘI\n"                                     // 1
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"           // 2
             "Độc lập - Tự do - Hạnh phúc\n"                  // 3
             "\n"                                             // 4
             "Nghị quyết số: 99/2025/QH15\n"                  // 5
             "Hà Nội, ngày 10 tháng 6 năm 2025\n"             // 6
             "\n"                                             // 7
             "NGHỊ QUYẾT\n") +                                // 8
         title + "\n"                                         // 9
         "\n"                                                 // 10
         "QUỐC HỘI\n"                                         // 11
         "\n"                                                 // 12
         "Căn cứ Luật Đầu tư công số 58/2024/QH15;\n"         // 13
         "\n"                                                 // 14
         "Xét Tờ trình số 100/TTr-CP ngày 1 tháng 5 năm 2025 của Chính phủ,\n"  // 15
         "\n"                                                 // 16
         "QUYẾT NGHỊ:\n"                                      // 17
         "\n" +                                               // 18
         body;
}

// Articles from line 19 on: a deciding article, one of special mechanisms, the organising one.
constexpr const char* kInvestmentBody =
    "Điều 1. Quyết định chủ trương đầu tư Dự án đường dây 500 kV với mục tiêu bảo đảm cung cấp điện.\n"  // 19
    "\n"                                                                                              // 20
    "Điều 2. Cơ chế, chính sách đặc thù\n"                                                           // 21
    "\n"                                                                                              // 22
    "1. Ủy ban nhân dân cấp tỉnh quyết định thu hồi đất, bồi thường, hỗ trợ, tái định cư theo quy định.\n"  // 23
    "\n"                                                                                              // 24
    "2. Chính phủ quy định việc tạm sử dụng rừng để thực hiện Dự án.\n"                            // 25
    "\n"                                                                                              // 26
    "3. Chủ đầu tư có trách nhiệm gửi hồ sơ đến Kiểm toán nhà nước; Kiểm toán nhà nước có trách nhiệm gửi "
    "kết quả kiểm toán đến Chính phủ.\n"                                                             // 27
    "\n"                                                                                              // 28
    "Điều 3. Tổ chức thực hiện\n"                                                                    // 29
    "\n"                                                                                              // 30
    "1. Chính phủ có trách nhiệm:\n"                                                                 // 31
    "\n"                                                                                              // 32
    "a) Tổ chức thực hiện Nghị quyết này, bảo đảm tiến độ Dự án;\n"                                 // 33
    "\n"                                                                                              // 34
    "b) Quản lý, sử dụng vốn đầu tư hiệu quả.\n"                                                    // 35
    "\n"                                                                                              // 36
    "2. Thủ tướng Chính phủ quyết định đầu tư bổ sung các hạng mục cần thiết.\n"                   // 37
    "\n"                                                                                              // 38
    "3. Ủy ban nhân dân thành phố Hải Phòng chịu trách nhiệm huy động vốn ngân sách địa phương.\n"  // 39
    "\n"                                                                                              // 40
    "4. Kiểm toán nhà nước kiểm toán việc thực hiện Dự án.\n"                                       // 41
    "\n"                                                                                              // 42
    "Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.\n";                           // 43

TEST(ResolutionTasks, AResolutionDecidingAnInvestmentAssignsInItsArticles) {
  auto ts = tasks_of(resolution("VỀ CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN ĐƯỜNG DÂY 500 KV", kInvestmentBody));
  struct Want {
    int line;
    Units lead;
    const char* work;
  };
  for (const Want& w : {Want{23, {"Ủy ban nhân dân cấp tỉnh"}, "quyết định thu hồi đất"},
                        Want{25, {"Chính phủ"}, "quy định việc tạm sử dụng rừng"},
                        Want{33, {"Chính phủ"}, "Tổ chức thực hiện Nghị quyết này"},
                        Want{35, {"Chính phủ"}, "Quản lý, sử dụng vốn"},
                        Want{37, {"Thủ tướng Chính phủ"}, "quyết định đầu tư bổ sung"},
                        Want{39, {"Ủy ban nhân dân thành phố Hải Phòng"}, "chịu trách nhiệm huy động"},
                        // The auditor's name opens with its own verb: the verb after the name is the work.
                        Want{41, {"Kiểm toán nhà nước"}, "kiểm toán việc thực hiện"}}) {
    const Task* t = task_at(ts, w.line);
    ASSERT_NE(t, nullptr) << "line " << w.line;
    EXPECT_EQ(t->lead, w.lead) << "line " << w.line;
    EXPECT_TRUE(work_opens_with(*t, w.work)) << "line " << w.line;
  }
  // Two subjects with their own duties in one sentence: two tasks.
  int at27 = 0;
  for (const Task& t : ts) at27 += t.line == 27;
  EXPECT_EQ(at27, 2);
  EXPECT_EQ(ts.size(), 9u);
}

// A resolution that issues rules: its articles of scope and procedure give none; its organising article does.
TEST(ResolutionTasks, AResolutionIssuingRulesAssignsOnlyInItsOrganisingArticle) {
  const char* body =
      "Điều 1. Đối tượng áp dụng\n"                                                                   // 19
      "\n"                                                                                             // 20
      "1. Cơ quan nhà nước, tổ chức chính trị và các tổ chức chính trị - xã hội.\n"                  // 21
      "\n"                                                                                             // 22
      "Điều 2. Trình tự, thủ tục\n"                                                                   // 23
      "\n"                                                                                             // 24
      "1. Ủy ban nhân dân cấp xã tiếp nhận hồ sơ và chuyển đến Sở Tài chính trong 05 ngày làm việc.\n"  // 25
      "\n"                                                                                             // 26
      "2. Sở Tài chính có trách nhiệm thẩm định hồ sơ trong 10 ngày làm việc.\n"                     // 27
      "\n"                                                                                             // 28
      "Điều 3. Tổ chức thực hiện\n"                                                                   // 29
      "\n"                                                                                             // 30
      "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n"                            // 31
      "\n"                                                                                             // 32
      "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\n"  // 33
      "\n"                                                                                             // 34
      "3. Chính phủ chịu trách nhiệm tổ chức thực hiện Nghị quyết này.\n"                           // 35
      "\n"                                                                                             // 36
      "Các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị quyết này.\n";     // 37
  auto ts = tasks_of(resolution("QUY ĐỊNH MỨC CHI HỖ TRỢ THỰC HIỆN CHÍNH SÁCH ĐẶC THÙ", body));
  EXPECT_EQ(task_at(ts, 21), nullptr);
  EXPECT_EQ(task_at(ts, 25), nullptr);
  const Task* t = task_at(ts, 31);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, Units{"Ủy ban nhân dân tỉnh"});
  EXPECT_EQ(task_at(ts, 27), nullptr);  // a step of the procedure, not an assignment
  // Who supervises, and who is charged with carrying the resolution out, are assigned their work there;
  // the execution clause ("chịu trách nhiệm thi hành") is not.
  t = task_at(ts, 33);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Thường trực Hội đồng nhân dân tỉnh", "các Ban của Hội đồng nhân dân tỉnh"}));
  t = task_at(ts, 35);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, Units{"Chính phủ"});
  EXPECT_EQ(task_at(ts, 37), nullptr);
  EXPECT_EQ(ts.size(), 3u);
}

// A People's Council resolution issuing rules tells the agencies it names their work in its articles too
// ("Sở Tài chính thẩm định hồ sơ, tham mưu …"); a role with no name of its own ("Cơ quan có thẩm quyền") states a norm.
TEST(ResolutionTasks, ACouncilsRulesAssignWorkToTheAgenciesTheyName) {
  auto ts = tasks_of(
      "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 50/2025/NQ-HĐND\nHà Nội, ngày 10 tháng 12 năm 2025\n\n"      // 1-4
      "NGHỊ QUYẾT\nQuy định mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo\n\n"                // 5-7
      "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\nQUYẾT NGHỊ:\n\n"                                              // 8-11
      "Điều 1. Mức hỗ trợ\n\nNgân sách thành phố hỗ trợ 30% mức đóng bảo hiểm y tế.\n\n"                  // 12-15
      "Điều 2. Thực hiện hỗ trợ\n\n"                                                                         // 16-17
      "1. Sở Tài chính thẩm định hồ sơ, tham mưu Ủy ban nhân dân Thành phố bố trí kinh phí thực hiện.\n\n"   // 18-19
      "2. Cơ quan có thẩm quyền có trách nhiệm bố trí kinh phí theo quy định.\n");                          // 20
  ASSERT_NE(task_at(ts, 18), nullptr);
  EXPECT_EQ(task_at(ts, 18)->lead, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(*task_at(ts, 18), "thẩm định hồ sơ"));
  EXPECT_EQ(task_at(ts, 20), nullptr);
}

// In a resolution deciding a policy, an article of scope names parties and gives no work.
TEST(ResolutionTasks, ScopeArticlesOfAPolicyResolutionGiveNone) {
  const char* body =
      "Điều 1. Đối tượng áp dụng\n"                                                                   // 19
      "\n"                                                                                             // 20
      "1. Cơ quan nhà nước, tổ chức chính trị và các tổ chức chính trị - xã hội.\n"                  // 21
      "\n"                                                                                             // 22
      "Điều 2. Về huy động vốn\n"                                                                     // 23
      "\n"                                                                                             // 24
      "1. Hội đồng nhân dân Thành phố có trách nhiệm cân đối, bố trí vốn ngân sách địa phương từ các nguồn sau đây:\n"  // 25
      "\n"                                                                                             // 26
      "a) Ngân sách địa phương trong các kỳ trung hạn;\n"                                            // 27
      "\n"                                                                                             // 28
      "b) Các nguồn vốn hợp pháp khác.\n";                                                            // 29
  auto ts = tasks_of(resolution("THÍ ĐIỂM MỘT SỐ CƠ CHẾ, CHÍNH SÁCH ĐẶC THÙ PHÁT TRIỂN ĐƯỜNG SẮT ĐÔ THỊ", body));
  EXPECT_EQ(task_at(ts, 21), nullptr);
  // The sentence is the task; its items list the sources the work draws on.
  const Task* t = task_at(ts, 25);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, Units{"Hội đồng nhân dân Thành phố"});
  EXPECT_EQ(task_at(ts, 27), nullptr);
  EXPECT_EQ(task_at(ts, 29), nullptr);
}

// "… có quyền hạn và trách nhiệm:" announces the lettered duties below it; it is no part of the unit's name.
TEST(ResolutionTasks, AUnitWithPowersAndDutiesLeadsItsItems) {
  const char* body =
      "Điều 1. Tổ chức thực hiện\n"                                                                  // 19
      "\n"                                                                                             // 20
      "1. Ủy ban nhân dân tỉnh có quyền hạn và trách nhiệm:\n"                                       // 21
      "\n"                                                                                             // 22
      "a) Ban hành văn bản hướng dẫn việc tổ chức thi hành Nghị quyết;\n"                            // 23
      "\n"                                                                                             // 24
      "b) Hằng năm báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện.\n";                             // 25
  auto ts = tasks_of(resolution("QUY ĐỊNH MỨC HỖ TRỢ THU HÚT NGUỒN NHÂN LỰC", body));
  ASSERT_EQ(ts.size(), 2u);
  for (const Task& t : ts) EXPECT_EQ(t.lead, Units{"Ủy ban nhân dân tỉnh"}) << t.line;
  EXPECT_EQ(task_at(ts, 21), nullptr);
}

// A Government resolution that issues a programme, its measures section before its organising one.
TEST(ResolutionMeasures, ItemsThatOpenWithAUnitAssignTheirWork) {
  auto ts = tasks_of(
      "CHÍNH PHỦ\n"                                                                      // 1
      "Số: 120/NQ-CP\n"                                                                  // 2
      "Hà Nội, ngày 10 tháng 5 năm 2025\n"                                               // 3
      "\n"                                                                               // 4
      "NGHỊ QUYẾT\n"                                                                     // 5
      "Ban hành Chương trình hành động của Chính phủ về phát triển kinh tế tư nhân\n"    // 6
      "\n"                                                                               // 7
      "CHÍNH PHỦ\n"                                                                      // 8
      "\n"                                                                               // 9
      "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"                       // 10
      "\n"                                                                               // 11
      "QUYẾT NGHỊ:\n"                                                                    // 12
      "\n"                                                                               // 13
      "I. MỤC TIÊU\n"                                                                    // 14
      "Phát triển kinh tế tư nhân trở thành động lực quan trọng của nền kinh tế.\n"      // 15
      "II. NHIỆM VỤ, GIẢI PHÁP\n"                                                        // 16
      "1. Hoàn thiện thể chế\n"                                                          // 17
      "a) Đổi mới tư duy về vai trò của kinh tế tư nhân.\n"                              // 18
      "b) Bộ Nội vụ rà soát, hoàn thiện quy định về tổ chức bộ máy trong năm 2025.\n"    // 19
      "- Ngân hàng Nhà nước Việt Nam rà soát các quy định về tín dụng cho doanh nghiệp.\n"  // 20
      "2. Tiếp cận đất đai\n"                                                            // 21
      "- Nâng cao hiệu quả sử dụng đất.\n"                                               // 22
      "3. Phân cấp, phân quyền\n"                                                        // 23
      "a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n"  // 24
      "- Tiếp tục rà soát, ban hành theo thẩm quyền văn bản bảo đảm phân cấp triệt để.\n"  // 25
      "III. TỔ CHỨC THỰC HIỆN\n"                                                         // 26
      "1. Các bộ, ngành, địa phương xây dựng kế hoạch hành động thực hiện Nghị quyết này.\n");  // 27
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Nội vụ"}));
  EXPECT_TRUE(work_opens_with(ts[0], "rà soát, hoàn thiện quy định"));
  EXPECT_EQ(ts[1].lead, (Units{"Ngân hàng Nhà nước Việt Nam"}));
  EXPECT_EQ(ts[1].line, 20);
  // A heading of units alone there heads its items.
  EXPECT_EQ(ts[2].line, 25);
  EXPECT_EQ(ts[2].lead, (Units{"Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"}));
  EXPECT_EQ(ts[3].line, 27);
}

}  // namespace
}  // namespace vnpolicy
