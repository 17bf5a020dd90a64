// Tasks in the body of a notice of conclusions or a dispatch: unit subjects followed by a duty
// outside any organising section, kinds of units told to act, and lead-ins that name the addressees
// of the lettered items below them.
#include <gtest/gtest.h>

#include "core/text.h"
#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kNoticeHead =
    "VĂN PHÒNG CHÍNH PHỦ\n"                                            // 1
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"                             // 2
    "Độc lập - Tự do - Hạnh phúc\n"                                    // 3
    "\n"                                                               // 4
    "Số: 512/TB-VPCP\n"                                                // 5
    "Hà Nội, ngày 10 tháng 5 năm 2025\n"                               // 6
    "\n"                                                               // 7
    "THÔNG BÁO\n"                                                      // 8
    "Kết luận của Phó Thủ tướng Chính phủ về giải ngân vốn đầu tư công\n"  // 9
    "\n"                                                               // 10
    "Ngày 05 tháng 5 năm 2025, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp về giải ngân vốn đầu tư công. "
    "Sau khi nghe báo cáo của Bộ Tài chính, Phó Thủ tướng Chính phủ kết luận như sau:\n"  // 11
    "\n";                                                              // 12

TEST(NoticeTasks, UnitSubjectsWithADutyAreTasksOutsideAnOrganisingSection) {
  std::string text = std::string(kNoticeHead) +
                     "1. Trong 4 tháng đầu năm, các bộ, cơ quan, địa phương đã tích cực triển khai giải ngân, đạt 15% kế hoạch.\n"  // 13
                     "\n"                                                                                       // 14
                     "2. Thời gian tới, cần tập trung vào các nội dung sau:\n"                                 // 15
                     "\n"                                                                                       // 16
                     "Thứ nhất, các địa phương cần chủ động, quyết liệt hơn nữa để đẩy nhanh giải phóng mặt bằng.\n"  // 17
                     "\n"                                                                                       // 18
                     "Thứ hai, yêu cầu các địa phương chủ động triển khai các giải pháp tháo gỡ vướng mắc.\n"   // 19
                     "\n"                                                                                       // 20
                     "Đối với các chủ đầu tư cần nhanh chóng dọn dẹp mặt bằng, bàn giao cho nhà thầu thi công.\n"  // 21
                     "\n"                                                                                       // 22
                     "Bộ Xây dựng với vai trò là cơ quan thường trực Ban chỉ đạo, tổng hợp các kiến nghị của địa phương.\n"  // 23
                     "\n"                                                                                       // 24
                     "Ủy ban nhân dân tỉnh Hòa Bình căn cứ quy định của pháp luật hoàn thiện hồ sơ dự án, gửi Bộ Tài chính "
                     "trước ngày 30 tháng 6 năm 2025.\n"                                                      // 25
                     "\n"                                                                                       // 26
                     "Hội đồng thẩm định Nhà nước thẩm định Báo cáo nghiên cứu khả thi dự án theo quy định.\n"  // 27
                     "\n"                                                                                       // 28
                     "Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công chỉ đạo các bộ, ngành tháo gỡ khó khăn.\n"  // 29
                     "\n"                                                                                       // 30
                     "Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.\n"              // 31
                     "\n"                                                                                       // 32
                     "Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.\n"           // 33
                     "\n"                                                                                       // 34
                     "Nơi nhận:\n- Như trên;\n";
  auto ts = tasks_of(text);
  // Who chaired the meeting, and what was done ("đã"), assign nothing.
  EXPECT_EQ(task_at(ts, 11), nullptr);
  EXPECT_EQ(task_at(ts, 13), nullptr);
  struct Want {
    int line;
    Units lead;
    const char* work;
  };
  for (const Want& w : {Want{17, {"các địa phương"}, "cần chủ động"}, Want{19, {"các địa phương"}, "chủ động triển khai"},
                        Want{21, {"các chủ đầu tư"}, "cần nhanh chóng"}, Want{23, {"Bộ Xây dựng"}, "với vai trò"},
                        Want{25, {"Ủy ban nhân dân tỉnh Hòa Bình"}, "căn cứ quy định"},
                        Want{27, {"Hội đồng thẩm định Nhà nước"}, "thẩm định Báo cáo"},
                        Want{29, {"các Phó Thủ tướng Chính phủ"}, "chỉ đạo các bộ"},
                        Want{31, {"Văn phòng Chính phủ"}, "theo dõi, đôn đốc"}}) {
    const Task* t = task_at(ts, w.line);
    ASSERT_NE(t, nullptr) << "line " << w.line;
    EXPECT_EQ(t->lead, w.lead) << "line " << w.line;
    EXPECT_TRUE(work_opens_with(*t, w.work));
  }
  ASSERT_NE(task_at(ts, 25), nullptr);
  ASSERT_TRUE(task_at(ts, 25)->deadline);
  EXPECT_EQ(task_at(ts, 25)->deadline->end, "2025-06-30");
  EXPECT_EQ(ts.size(), 8u);
}

// The same sentences in a letter answering a company are guidance, not assignments.
TEST(NoticeTasks, ALetterIsNoBodyOfInstructions) {
  auto ts = tasks_of(
      "CỤC THUẾ TỈNH NGHỆ AN\n\nSố: 120/CT-TTHT\nV/v chính sách thuế\n\nKính gửi: Công ty TNHH Minh An\n\n"
      "Trả lời văn bản của Công ty, Cục Thuế có ý kiến như sau:\n\n"
      "Các doanh nghiệp chủ động kê khai bổ sung hồ sơ khai thuế theo quy định.\n");
  EXPECT_TRUE(ts.empty());
}

// A lead-in of kinds of units ending in ':' (a paragraph, a heading, or a request for "the tasks
// below") hands them each lettered item; so does a heading that is only a list of kinds of units.
TEST(NoticeTasks, ALeadInNamingTheAddresseesLeadsTheItems) {
  std::string text = std::string(kNoticeHead) +
                     "Các Bộ, cơ quan, địa phương:\n"                                    // 13
                     "\n"                                                                 // 14
                     "a) Theo dõi sát diễn biến thị trường, kịp thời thông tin cho doanh nghiệp.\n"  // 15
                     "\n"                                                                 // 16
                     "b) Rà soát, tháo gỡ vướng mắc về thủ tục thông quan hàng hóa.\n"   // 17
                     "\n"                                                                 // 18
                     "Yêu cầu các Bộ, cơ quan, địa phương tập trung thực hiện các nhiệm vụ sau:\n"  // 19
                     "\n"                                                                 // 20
                     "a) Đẩy mạnh đàm phán mở cửa thị trường cho nông sản.\n"            // 21
                     "\n"                                                                 // 22
                     "b) Hỗ trợ doanh nghiệp tiếp cận nguồn vốn tín dụng ưu đãi.\n"      // 23
                     "\n"                                                                 // 24
                     "3. Các cơ quan, đơn vị, địa phương, doanh nghiệp\n"                // 25
                     "\n"                                                                 // 26
                     "- Thực hiện nghiêm quy định về truy xuất nguồn gốc nông sản.\n"    // 27
                     "\n"                                                                 // 28
                     "4. Các Bộ: Công Thương, Nông nghiệp và Môi trường, Ngoại giao theo dõi sát diễn biến thị trường.\n"  // 29
                     "\n"
                     "Nơi nhận:\n- Như trên;\n";
  auto ts = tasks_of(text);
  for (int line : {15, 17, 21, 23}) {
    const Task* t = task_at(ts, line);
    ASSERT_NE(t, nullptr) << "line " << line;
    ASSERT_EQ(t->lead.size(), 1u) << "line " << line;
    EXPECT_EQ(to_lower(t->lead[0]), "các bộ, cơ quan, địa phương") << "line " << line;
  }
  EXPECT_EQ(task_at(ts, 13), nullptr);
  EXPECT_EQ(task_at(ts, 19), nullptr);
  ASSERT_NE(task_at(ts, 27), nullptr);
  EXPECT_EQ(task_at(ts, 27)->lead, (Units{"Các cơ quan, đơn vị, địa phương, doanh nghiệp"}));
  ASSERT_NE(task_at(ts, 29), nullptr);
  EXPECT_EQ(task_at(ts, 29)->lead, (Units{"Bộ Công Thương", "Bộ Nông nghiệp và Môi trường", "Bộ Ngoại giao"}));
  EXPECT_EQ(ts.size(), 6u);
}

// Under a unit heading an item that opens with "Chỉ đạo <unit> …" is the heading unit's task.
TEST(NoticeTasks, AnItemThatDirectsAnotherUnitIsTheHeadingUnitsTask) {
  auto ts = tasks_of(
      "II. TỔ CHỨC THỰC HIỆN\n\n"                                                                   // 1-2
      "1. Công an Thành phố:\n\n"                                                                   // 3-4
      "- Chỉ đạo Công an các phường, xã phối hợp với Đoàn Thanh niên bảo đảm trật tự tại các bến xe.\n\n"  // 5-6
      "- Tăng cường tuần tra, kiểm soát xử lý vi phạm nồng độ cồn.\n");                              // 7
  ASSERT_NE(task_at(ts, 5), nullptr);
  EXPECT_EQ(task_at(ts, 5)->lead, (Units{"Công an Thành phố"}));
  EXPECT_TRUE(work_opens_with(*task_at(ts, 5), "Chỉ đạo Công an các phường"));
  ASSERT_NE(task_at(ts, 7), nullptr);
  EXPECT_EQ(task_at(ts, 7)->lead, (Units{"Công an Thành phố"}));
}

// "chủ trì" before a meeting ("cuộc họp", "hội nghị", "buổi làm việc") names who chairs it, told or
// prescribed: no lead of work. Organising a meeting ("chủ trì tổ chức hội nghị") is work.
TEST(NoticeTasks, WhoChairsAMeetingLeadsNoWork) {
  std::string text = std::string(kNoticeHead) +
                     "Chiều ngày 09 tháng 5 năm 2025, Phó Thủ tướng Chính phủ chủ trì buổi làm việc với lãnh đạo tỉnh.\n"  // 13
                     "\n"                                                                                        // 14
                     "Người đứng đầu cơ quan, đơn vị triệu tập và chủ trì hội nghị cử tri.\n"                 // 15
                     "\n"                                                                                        // 16
                     "Bộ Tài chính chủ trì, phối hợp với các bộ tổ chức hội nghị sơ kết trong tháng 6 năm 2025.\n"  // 17
                     "\n"
                     "Nơi nhận:\n- Như trên;\n";
  auto ts = tasks_of(text);
  EXPECT_EQ(task_at(ts, 13), nullptr);
  EXPECT_EQ(task_at(ts, 15), nullptr);
  ASSERT_NE(task_at(ts, 17), nullptr);
  EXPECT_EQ(task_at(ts, 17)->lead, (Units{"Bộ Tài chính"}));
  EXPECT_TRUE(work_opens_with(*task_at(ts, 17), "tổ chức hội nghị sơ kết"));
}

}  // namespace
}  // namespace vnpolicy
