// What gives no task although it names units: the closing formula that only asks them to carry the text
// out, an exhortation to the people, a lead-in that only announces the items its unit leads, and a
// normative text's article of standing duties and powers.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kPlanHead =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BÌNH AN\n"
    "Số: 45/KH-UBND\n"
    "Bình An, ngày 10 tháng 3 năm 2025\n"
    "\n"
    "KẾ HOẠCH\n"
    "Triển khai công tác phòng thủ dân sự năm 2025\n"
    "\n";

TEST(ClosingFormulas, ARequestToCarryTheTextOutIsNoTaskButOneWithAnObjectIs) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "IV. TỔ CHỨC THỰC HIỆN\n"
                     "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch này.\n"
                     "2. Các sở, ban, ngành thực hiện nghiêm túc chế độ báo cáo định kỳ hằng tháng.\n"
                     "Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các đơn vị có liên quan\n"
                     "thực hiện nghiêm túc./.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[1], "thực hiện nghiêm túc chế độ báo cáo"));
}

TEST(ClosingFormulas, AnExhortationToThePeopleIsNoTask) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "IV. TỔ CHỨC THỰC HIỆN\n"
                     "1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
                     "2. Ủy ban nhân dân tỉnh kêu gọi đồng bào, chiến sỹ trong tỉnh nêu cao tinh thần thi đua yêu nước, "
                     "chung sức thực hiện thắng lợi Kế hoạch.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
}

// "1. Sở Tài chính chủ trì, phối hợp với Văn phòng … (Trung tâm …):" over items: each item is the unit's task;
// the lead-in, which only announces them, is none. One with work of its own before the list stays a task.
TEST(ClosingFormulas, ALeadInThatOnlyAnnouncesItsItemsIsNoTask) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "IV. TỔ CHỨC THỰC HIỆN\n"
                     "1. Sở Tài chính chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh):\n"
                     "a) Xây dựng quy trình điện tử trong giải quyết thủ tục hành chính.\n"
                     "b) Cập nhật dữ liệu lên Cổng dịch vụ công quốc gia.\n"
                     "2. Sở Y tế chủ trì, phối hợp với Sở Nội vụ tổ chức thực hiện các nhiệm vụ sau:\n"
                     "a) Kiểm tra an toàn thực phẩm tại các chợ.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_TRUE(work_opens_with(ts[0], "Xây dựng quy trình điện tử"));
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Cập nhật dữ liệu"));
  EXPECT_TRUE(work_opens_with(ts[2], "Kiểm tra an toàn thực phẩm"));
  EXPECT_EQ(ts[2].lead, (Units{"Sở Y tế"}));
}

// "2. Sở X chỉ đạo, phối hợp với các cơ quan báo chí:" over items: the units after the cue support each item;
// the lead-in, which only directs and names them, is no task of its own.
TEST(ClosingFormulas, ALeadInThatOnlyNamesItsSupportIsNoTaskAndHandsTheSupportOn) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "IV. TỔ CHỨC THỰC HIỆN\n"
                     "1. Sở Văn hóa, Thể thao và Du lịch chỉ đạo, phối hợp với các cơ quan báo chí:\n"
                     "a) Xây dựng các chuyên mục tuyên truyền về phòng thủ dân sự.\n"
                     "b) Phản ánh kịp thời tình hình thực hiện Kế hoạch.\n"
                     "2. Sở Y tế chỉ đạo, phối hợp với các bệnh viện tổ chức diễn tập cứu hộ, cứu nạn:\n"
                     "a) Tại các khu công nghiệp.\n");
  ASSERT_GE(ts.size(), 3u);
  EXPECT_TRUE(work_opens_with(ts[0], "Xây dựng các chuyên mục"));
  EXPECT_EQ(ts[0].lead, (Units{"Sở Văn hóa, Thể thao và Du lịch"}));
  EXPECT_EQ(ts[0].support, (Units{"các cơ quan báo chí"}));
  EXPECT_EQ(ts[1].support, (Units{"các cơ quan báo chí"}));
  // Work of its own after the units ("tổ chức diễn tập …") keeps the lead-in a task.
  EXPECT_EQ(ts[2].line, 13);
  EXPECT_EQ(ts[2].lead, (Units{"Sở Y tế"}));
}

// "Sở X là cơ quan thường trực, có trách nhiệm:" and "Giao Sở X chủ trì, …, căn cứ Danh mục … có trách nhiệm:"
// over items: what the unit is, or the grounds it acts on, gives no work of its own; the items are the tasks.
TEST(ClosingFormulas, ALeadInOfRoleOrGroundsOverItemsIsNoTask) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "IV. TỔ CHỨC THỰC HIỆN\n"
                     "1. Sở Nội vụ là cơ quan thường trực, có trách nhiệm:\n"
                     "a) Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch.\n"
                     "2. Sở Công Thương chủ trì, phối hợp với các đơn vị có liên quan căn cứ Danh mục được công bố tại "
                     "Kế hoạch này có trách nhiệm:\n"
                     "a) Cung cấp đầy đủ quy trình giải quyết thủ tục hành chính.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 11);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nội vụ"}));
  EXPECT_EQ(ts[1].line, 13);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Công Thương"}));
}

// "… phối hợp Văn phòng UBND tỉnh (Trung tâm …) và UBND các xã, phường:" over items: the list of support runs on
// past the aside; every unit in it supports each item, and the lead-in is no task.
TEST(ClosingFormulas, SupportRunningOnPastAnAsideSupportsTheItems) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "IV. TỔ CHỨC THỰC HIỆN\n"
                     "1. Sở Y tế chủ trì, phối hợp Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) và UBND các xã, phường:\n"
                     "a) Xây dựng quy trình nội bộ giải quyết thủ tục hành chính.\n"
                     "b) Cập nhật dữ liệu lên Hệ thống thông tin của tỉnh.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 11);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Y tế"}));
  EXPECT_EQ(ts[0].support, (Units{"Văn phòng UBND tỉnh", "UBND các xã, phường"}));
  EXPECT_EQ(ts[1].support, (Units{"Văn phòng UBND tỉnh", "UBND các xã, phường"}));
}

// "… thực hiện các chương trình có liên quan như:" over "-" items that name them: the items take the unit
// and are the tasks; the lead-in is none. Work with a clause of its own before the list stays a task.
TEST(ClosingFormulas, ALeadInOverTheThingsItsItemsNameIsNoTask) {
  auto ts = tasks_of(std::string(kPlanHead) +
                     "IV. TỔ CHỨC THỰC HIỆN\n"
                     "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các địa phương thực hiện các chương trình có liên quan như:\n"
                     "- Chương trình mục tiêu quốc gia xây dựng nông thôn mới;\n"
                     "- Chương trình phòng, chống thiên tai.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 11);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
  EXPECT_EQ(ts[0].support, (Units{"các địa phương"}));
  EXPECT_EQ(ts[1].line, 12);
}
// "…, đề nghị Chính phủ và các cơ quan liên quan tập trung thực hiện các nhiệm vụ và giải pháp chủ yếu sau đây:"
// over numbered titles of parts, each with paragraphs of its own: the lead-in is the units' task, the titles
// name no one. Over items of work ("1. Tập trung …;") the units lead each item instead.
TEST(ClosingFormulas, ALeadInOverTitlesOfPartsIsTheTaskNotTheTitles) {
  const std::string kOrganising =
      "\nĐiều 2. Tổ chức thực hiện\n\nỦy ban Thường vụ Quốc hội giám sát việc thực hiện Nghị quyết này.\n";
  const std::string head =
      "QUỐC HỘI\n\nNGHỊ QUYẾT\nVề Kế hoạch phát triển kinh tế - xã hội năm 2025\n\nQUỐC HỘI\n\nQUYẾT NGHỊ:\n\n"
      "Điều 1. Nhiệm vụ và giải pháp chủ yếu\n\n"
      "Quốc hội cơ bản tán thành các nhiệm vụ, giải pháp do Chính phủ và các cơ quan của Quốc hội kiến nghị, đồng thời, "
      "đề nghị Chính phủ và các cơ quan liên quan tập trung thực hiện các nhiệm vụ và giải pháp chủ yếu sau đây:\n\n";
  auto parts = tasks_of(head +
                        "1.1. Đẩy mạnh hoàn thiện thể chế, pháp luật\n\n"
                        "Đổi mới tư duy xây dựng pháp luật theo hướng vừa quản lý chặt chẽ, vừa kiến tạo phát triển; đề cao "
                        "phương pháp quản lý theo kết quả, chuyển mạnh từ tiền kiểm sang hậu kiểm gắn với tăng cường kiểm tra, giám sát.\n\n"
                        "1.2. Tập trung nguồn lực hoàn thiện kết cấu hạ tầng chiến lược\n\n"
                        "Đẩy nhanh thủ tục chuẩn bị đầu tư các dự án hạ tầng giao thông chiến lược, quan trọng quốc gia; bổ sung "
                        "vốn đầu tư công từ nguồn tăng thu, tiết kiệm chi để đầu tư các công trình hạ tầng trọng điểm.\n" + kOrganising);
  ASSERT_EQ(parts.size(), 2u);  // and the organising article's
  EXPECT_EQ(parts[0].line, 12);
  EXPECT_EQ(parts[0].lead, (Units{"Chính phủ", "các cơ quan liên quan"}));
  EXPECT_TRUE(work_opens_with(parts[0], "tập trung thực hiện các nhiệm vụ"));
  auto items = tasks_of(head +
                        "1. Đẩy mạnh hoàn thiện thể chế, pháp luật;\n\n"
                        "2. Tập trung nguồn lực hoàn thiện kết cấu hạ tầng chiến lược.\n" + kOrganising);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[1].lead, (Units{"Chính phủ", "các cơ quan liên quan"}));
  EXPECT_TRUE(work_opens_with(items[1], "Tập trung nguồn lực"));
}

// "Điều 85. Nhiệm vụ, quyền hạn của Bộ X" in a law lists competences it grants; the same clauses under an
// article that assigns ("Trách nhiệm thi hành") and in a decision's plan stay tasks.
TEST(PowersArticles, ALawsArticleOfPowersGivesNoTask) {
  const std::string law =
      "QUỐC HỘI\n\nLuật số: 15/2025/QH15\n\nLUẬT\nQUẢN LÝ TÀI NGUYÊN NƯỚC\n\n"
      "Điều 85. Nhiệm vụ, quyền hạn của Bộ Nông nghiệp và Môi trường\n"
      "Bộ Nông nghiệp và Môi trường chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về tài nguyên nước, có nhiệm vụ, quyền hạn sau đây:\n"
      "1. Ban hành quy chuẩn kỹ thuật quốc gia về tài nguyên nước.\n"
      "2. Chủ trì, phối hợp với Bộ Xây dựng lập quy hoạch tổng hợp lưu vực sông.\n"
      "Điều 86. Trách nhiệm quản lý nhà nước về tài nguyên nước của Ủy ban nhân dân cấp tỉnh\n"
      "1. Ủy ban nhân dân cấp tỉnh tổ chức thực hiện quy hoạch tài nguyên nước trên địa bàn.\n";
  EXPECT_TRUE(tasks_of(law).empty());
  auto plan = tasks_of(std::string(kPlanHead) +
                       "IV. TỔ CHỨC THỰC HIỆN\n"
                       "1. Nhiệm vụ, quyền hạn của Sở Nông nghiệp và Môi trường\n"
                       "- Chủ trì, phối hợp với Sở Xây dựng lập kế hoạch bảo vệ nguồn nước.\n");
  ASSERT_EQ(plan.size(), 1u);
  EXPECT_EQ(plan[0].lead, (Units{"Sở Nông nghiệp và Môi trường"}));
}

}  // namespace
}  // namespace vnpolicy
