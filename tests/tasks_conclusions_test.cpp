// Tasks written as subject sentences in the deciding part of a notice of conclusions, a dispatch or
// a directive: a unit (or a title and its agency) that opens an item, followed by a duty.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kConclusionHead =
    "VĂN PHÒNG CHÍNH PHỦ\n"                                            // 1
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"                             // 2
    "Độc lập - Tự do - Hạnh phúc\n"                                    // 3
    "\n"                                                               // 4
    "Số: 601/TB-VPCP\n"                                                // 5
    "Hà Nội, ngày 10 tháng 7 năm 2025\n"                               // 6
    "\n"                                                               // 7
    "THÔNG BÁO\n"                                                      // 8
    "Kết luận của Thủ tướng Chính phủ về khắc phục hậu quả thiên tai\n"  // 9
    "\n"                                                               // 10
    "Ngày 05 tháng 7 năm 2025, Thủ tướng Chính phủ đã chủ trì cuộc họp về khắc phục hậu quả thiên tai. "
    "Sau khi nghe báo cáo và ý kiến các đại biểu, Thủ tướng Chính phủ kết luận như sau:\n"  // 11
    "\n";                                                              // 12

TEST(ConclusionTasks, AUnitOrTitleOpeningAnItemWithADutyIsATask) {
  std::string text = std::string(kConclusionHead) +
                     "1. Thời gian qua, Chính phủ, Thủ tướng Chính phủ đã chủ động chỉ đạo từ sớm, từ xa.\n"  // 13
                     "\n"                                                                                      // 14
                     "2. Bộ trưởng Bộ Giáo dục và Đào tạo chịu trách nhiệm rà soát, bảo đảm cơ sở vật chất trường học.\n"  // 15
                     "\n"                                                                                      // 16
                     "3. Bộ Y tế chỉ đạo Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan đẩy nhanh "
                     "tiến độ xây dựng bệnh viện.\n"                                                          // 17
                     "\n"                                                                                      // 18
                     "4. Chủ đầu tư có trách nhiệm gửi hồ sơ quyết toán cho cơ quan thẩm tra.\n"             // 19
                     "\n"                                                                                      // 20
                     "5. Kiểm toán nhà nước căn cứ kết quả kiểm toán để xem xét, kiến nghị xử lý theo quy định.\n"  // 21
                     "\n"                                                                                      // 22
                     "6. Thủ tướng Chính phủ quyết định phân bổ nguồn dự phòng ngân sách trung ương năm 2025.\n"  // 23
                     "\n"                                                                                      // 24
                     "7. Bộ Tài chính đã quyết định xuất cấp hàng dự trữ quốc gia.\n"                         // 25
                     "\n"                                                                                      // 26
                     "Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.\n";          // 27
  auto ts = tasks_of(text);
  // Praise of what was done, and what was done ("đã"), assign nothing.
  EXPECT_EQ(task_at(ts, 13), nullptr);
  EXPECT_EQ(task_at(ts, 25), nullptr);
  struct Want {
    int line;
    Units lead;
    const char* work;
  };
  for (const Want& w : {Want{15, {"Bộ trưởng Bộ Giáo dục và Đào tạo"}, "chịu trách nhiệm rà soát"},
                        // Those the subject directs are no lead.
                        Want{17, {"Bộ Y tế"}, "chỉ đạo Ban Quản lý dự án"},
                        Want{19, {"Chủ đầu tư"}, "có trách nhiệm gửi"},
                        Want{21, {"Kiểm toán nhà nước"}, "căn cứ kết quả kiểm toán"},
                        Want{23, {"Thủ tướng Chính phủ"}, "quyết định phân bổ"}}) {
    const Task* t = task_at(ts, w.line);
    ASSERT_NE(t, nullptr) << "line " << w.line;
    EXPECT_EQ(t->lead, w.lead) << "line " << w.line;
    EXPECT_TRUE(work_opens_with(*t, w.work));
  }
  EXPECT_EQ(ts.size(), 5u);
}

// "Bộ Y tế có trách nhiệm:" heads its "-" items as "Bộ Y tế:" does; a "-" item with no subject under a
// numbered subject item is that subject's; two subjects with their own duties in one sentence are two tasks.
TEST(ConclusionTasks, LeadInsFollowOnItemsAndTwoSubjectsInASentence) {
  std::string text = std::string(kConclusionHead) +
                     "1. Bộ Y tế có trách nhiệm:\n"                                                          // 13
                     "- Hướng dẫn các địa phương triển khai tiêm chủng;\n"                                   // 14
                     "- Tổng hợp kết quả, báo cáo Thủ tướng Chính phủ.\n"                                   // 15
                     "2. Các địa phương, Tập đoàn Điện lực Việt Nam khẩn trương khôi phục cung cấp điện.\n"  // 16
                     "- Ưu tiên cấp điện cho bệnh viện, trường học.\n"                                      // 17
                     "3. Chủ đầu tư có trách nhiệm gửi hồ sơ quyết toán cho cơ quan thẩm tra; Kiểm toán nhà nước có "
                     "trách nhiệm gửi báo cáo kiểm toán cho Bộ Tài chính.\n"                                 // 18
                     "\n"                                                                                     // 19
                     "Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.\n";          // 20
  auto ts = tasks_of(text);
  EXPECT_EQ(task_at(ts, 13), nullptr);
  for (int line : {14, 15}) {
    ASSERT_NE(task_at(ts, line), nullptr) << "line " << line;
    EXPECT_EQ(task_at(ts, line)->lead, (Units{"Bộ Y tế"})) << "line " << line;
  }
  for (int line : {16, 17}) {
    ASSERT_NE(task_at(ts, line), nullptr) << "line " << line;
    EXPECT_EQ(task_at(ts, line)->lead, (Units{"Các địa phương", "Tập đoàn Điện lực Việt Nam"})) << "line " << line;
  }
  std::vector<Units> at18;
  for (const auto& t : ts)
    if (t.line == 18) at18.push_back(t.lead);
  EXPECT_EQ(at18, (std::vector<Units>{{"Chủ đầu tư"}, {"Kiểm toán nhà nước"}}));
  EXPECT_EQ(ts.size(), 6u);
}

// A report's label before its sentence names the report, not who makes it.
TEST(ConclusionTasks, AReportLabelIsNoUnit) {
  std::string text = std::string(kConclusionHead) +
                     "1. Chế độ báo cáo:\n"                                                                  // 13
                     "- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo tình hình thực hiện trước ngày 10 hàng tháng.\n"  // 14
                     "\n"                                                                                     // 15
                     "Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.\n";          // 16
  auto ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].line, 14);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tổng hợp báo cáo"));
}

// A subject sentence stands on the line where its subject starts, after a topic that fills lines.
TEST(ConclusionTasks, ATaskStandsWhereItsSubjectStarts) {
  std::string text = std::string(kConclusionHead) +
                     "1. Để bảo đảm an toàn cho người dân, học sinh và giáo viên trong mùa mưa bão năm nay,\n"  // 13
                     "nhất là tại các tỉnh miền núi phía Bắc và các tỉnh ven biển miền Trung, trong bối cảnh\n"  // 14
                     "thời tiết diễn biến cực đoan, khó lường, gây thiệt hại lớn về người và tài sản,\n"        // 15
                     "trên tinh thần chủ động phòng ngừa là chính, Bộ trưởng Bộ Giáo dục và Đào tạo\n"         // 16
                     "chịu trách nhiệm rà soát, bảo đảm cơ sở vật chất trường học trước năm học mới.\n"       // 17
                     "\n"                                                                                     // 18
                     "Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.\n";          // 19
  auto ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].line, 16);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ trưởng Bộ Giáo dục và Đào tạo"}));
}

// Items numbered in brackets under a lead-in that names several units: each item's own subject
// leads it, not the units the lead-in asked.
TEST(ConclusionTasks, AnItemInBracketsIsLedByItsOwnSubject) {
  std::string text = std::string(kConclusionHead) +
                     "Để hoàn thành dự án, yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan "
                     "tiếp tục quyết tâm, nỗ lực, trong đó lưu ý một số nội dung trọng tâm như sau:\n"  // 13
                     "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án, các đơn vị liên quan hoàn thành hồ sơ thiết kế.\n"  // 14
                     "(2) Bộ Xây dựng chỉ đạo các cơ quan liên quan tiếp tục phối hợp, hướng dẫn Bộ Y tế xử lý các "
                     "công việc phát sinh.\n";                                                               // 15
  auto ts = tasks_of(text);
  ASSERT_EQ(ts.size(), 2u);
  ASSERT_NE(task_at(ts, 14), nullptr);
  EXPECT_EQ(task_at(ts, 14)->lead, Units{"Bộ Y tế"});
  ASSERT_NE(task_at(ts, 15), nullptr);
  EXPECT_EQ(task_at(ts, 15)->lead, Units{"Bộ Xây dựng"});
}

}  // namespace
}  // namespace vnpolicy
