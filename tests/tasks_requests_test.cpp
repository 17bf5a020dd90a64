// Requests in notices of conclusions and ministry letters: a unit asked to send a matter up for a
// decision, a subject with a comma aside of scope, a letter's request to every body of a level, a level
// of government written alone, and a time limit that stays with the sentence that states it.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kNoticeHead =
    "VĂN PHÒNG CHÍNH PHỦ\n"                                             // 1
    "Số: 87/TB-VPCP\n"                                                  // 2
    "\n"                                                                // 3
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"                              // 4
    "Độc lập - Tự do - Hạnh phúc\n"                                     // 5
    "\n"                                                                // 6
    "Hà Nội, ngày 03 tháng 4 năm 2026\n"                                // 7
    "\n"                                                                // 8
    "THÔNG BÁO\n"                                                       // 9
    "Kết luận của Phó Thủ tướng Chính phủ về các dự án cảng biển\n"     // 10
    "\n"                                                                // 11
    "II. KẾT LUẬN\n"                                                    // 12
    "\n";                                                               // 13

const Task* at(const std::vector<Task>& ts, int line) {
  const Task* t = task_at(ts, line);
  EXPECT_NE(t, nullptr) << "no task at line " << line;
  return t;
}

TEST(RequestTasks, AUnitToldToReportForADecisionIsATaskNotOneThatReported) {
  auto ts = tasks_of(std::string(kNoticeHead) +
                     "1. Về đề xuất của Tổng công ty Hàng hải Việt Nam, đề nghị:\n"                                    // 14
                     "(i) Tổng công ty Hàng hải Việt Nam báo cáo Thủ tướng Chính phủ xem xét về phương án vốn.\n"     // 15
                     "(ii) Bộ Xây dựng thẩm định hồ sơ điều chỉnh dự án.\n"                                            // 16
                     "\n"                                                                                              // 17
                     "2. Tổng công ty Hàng hải Việt Nam đã báo cáo Thủ tướng Chính phủ xem xét về phương án vốn.\n");  // 18
  if (const Task* t = at(ts, 15)) {
    EXPECT_EQ(t->lead, Units{"Tổng công ty Hàng hải Việt Nam"});
    EXPECT_TRUE(work_opens_with(*t, "báo cáo Thủ tướng Chính phủ xem xét"));
  }
  EXPECT_NE(task_at(ts, 16), nullptr);
  EXPECT_EQ(task_at(ts, 18), nullptr);  // what was reported is recounted
}

TEST(RequestTasks, ACommaAsideOfScopeIsNeitherUnitNorWork) {
  auto ts = tasks_of(std::string(kNoticeHead) +
                     "1. Ban Quản lý dự án Hàng hải, trong phạm vi trách nhiệm được giao, tăng ca để bù tiến độ bến số 3.\n"  // 14
                     "\n"                                                                                           // 15
                     "2. Ủy ban nhân dân tỉnh Quảng Ngãi, theo thẩm quyền, giải quyết dứt điểm kiến nghị của người dân "
                     "trong tháng 5 năm 2026.\n");                                                                  // 16
  if (const Task* t = at(ts, 14)) {
    EXPECT_EQ(t->lead, Units{"Ban Quản lý dự án Hàng hải"});
    EXPECT_TRUE(work_opens_with(*t, "tăng ca"));
  }
  if (const Task* t = at(ts, 16)) {
    EXPECT_EQ(t->lead, Units{"Ủy ban nhân dân tỉnh Quảng Ngãi"});
    ASSERT_TRUE(t->deadline);
    EXPECT_EQ(t->deadline->end, "2026-05-31");
  }
}

TEST(RequestTasks, ALevelOfGovernmentAloneNamesNoOne) {
  auto ts = tasks_of(std::string(kNoticeHead) +
                     "Tỉnh cần tập trung chỉ đạo quyết liệt hơn công tác thu hồi đất cho dự án.\n"  // 14
                     "\n"                                                                           // 15
                     "Tỉnh ủy Quảng Ngãi chỉ đạo các cấp ủy vận động người dân bàn giao mặt bằng.\n");  // 16
  EXPECT_EQ(task_at(ts, 14), nullptr);
  EXPECT_NE(task_at(ts, 16), nullptr);
}

TEST(RequestTasks, AMinistryLetterAsksEveryBodyOfALevel) {
  auto ts = tasks_of(
      "BỘ NỘI VỤ\n"                                                                             // 1
      "Số: 2210/BNV-TL\n"                                                                       // 2
      "V/v hướng dẫn chi trả phụ cấp\n"                                                         // 3
      "\n"                                                                                      // 4
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"                                                    // 5
      "Độc lập - Tự do - Hạnh phúc\n"                                                           // 6
      "\n"                                                                                      // 7
      "Hà Nội, ngày 08 tháng 4 năm 2026\n"                                                      // 8
      "\n"                                                                                      // 9
      "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n"                  // 10
      "\n"                                                                                      // 11
      "Bộ Nội vụ hướng dẫn như sau:\n"                                                          // 12
      "\n"                                                                                      // 13
      "1. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ khung phụ cấp tại "
      "Nghị định để xây dựng mức chi áp dụng tại địa phương.\n");                                // 14
  if (const Task* t = at(ts, 14)) {
    EXPECT_EQ(t->lead, Units{"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"});
    EXPECT_TRUE(work_opens_with(*t, "căn cứ khung phụ cấp"));
  }
}

TEST(RequestTasks, ATimeLimitStaysWithTheSentenceThatStatesIt) {
  auto ts = tasks_of(std::string(kNoticeHead) +
                     "1. Bộ Tài chính rà soát nguồn vốn cho dự án. Bộ Xây dựng thẩm định thiết kế, hoàn thành "
                     "trong tháng 6 năm 2026.\n"                                                                    // 14
                     "\n"                                                                                           // 15
                     "2. Cục Hàng hải Việt Nam tổ chức công bố luồng tàu trong quý III năm 2026. Bộ Công an phối hợp bảo đảm "
                     "an ninh khu vực cảng.\n"                                                                      // 16
                     "\n"                                                                                           // 17
                     "3. Bộ Công an phối hợp với Bộ Xây dựng rà soát hồ sơ. Cục Hàng hải Việt Nam khẩn trương cập nhật "
                     "quy hoạch cảng. Thời hạn hoàn thành: trước ngày 15/7/2026.\n");                               // 18
  std::vector<const Task*> first, second, third;
  for (const Task& t : ts) {
    if (t.line == 14) first.push_back(&t);
    if (t.line == 16) second.push_back(&t);
    if (t.line == 18) third.push_back(&t);
  }
  ASSERT_EQ(first.size(), 2u);
  EXPECT_FALSE(first[0]->deadline) << work_of(*first[0]);
  ASSERT_TRUE(first[1]->deadline);
  EXPECT_EQ(first[1]->deadline->end, "2026-06-30");
  ASSERT_EQ(second.size(), 2u);
  ASSERT_TRUE(second[0]->deadline);
  EXPECT_EQ(second[0]->deadline->end, "2026-09-30");
  EXPECT_FALSE(second[1]->deadline) << work_of(*second[1]);
  // A sentence that only gives the time closes the item: its limit is the whole item's.
  ASSERT_EQ(third.size(), 2u);
  ASSERT_TRUE(third[0]->deadline);
  EXPECT_EQ(third[0]->deadline->end, "2026-07-15");
  ASSERT_TRUE(third[1]->deadline);
  EXPECT_EQ(third[1]->deadline->end, "2026-07-15");
}

}  // namespace
}  // namespace vnpolicy
