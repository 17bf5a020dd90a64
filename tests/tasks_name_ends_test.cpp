// Where the name of a unit that opens a task ends: a person's name before a verb of motion, places
// singled out after the units ("…, nhất là các tỉnh: …"), a department whose name ends in words that
// read as verbs, a plural kind over proper names, a Party kind and a State kind side by side, the
// Fatherland Front's central body written short.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

TEST(NameEnds, APersonsNameEndsAtAVerbOfMotion) {
  auto ts = directive_items(
      "1. Giao Phó Thủ tướng Chính phủ Nguyễn Văn An đi kiểm tra, đôn đốc công tác khắc phục hậu quả mưa lũ.\n"
      "2. Phó Thủ tướng Chính phủ Trần Văn Bình trực tiếp chỉ đạo công tác cứu hộ tại các tỉnh miền núi.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Phó Thủ tướng Chính phủ Nguyễn Văn An"}));
  EXPECT_TRUE(work_opens_with(ts[0], "đi kiểm tra, đôn đốc"));
  EXPECT_EQ(ts[1].lead, (Units{"Phó Thủ tướng Chính phủ Trần Văn Bình"}));
}

TEST(NameEnds, PlacesSingledOutNarrowTheUnitsAndAreNoneOfThem) {
  auto ts = directive_items(
      "1. Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh khu vực Tây Nguyên, nhất là các tỉnh: Hòa Lâm, Sơn Điền, Bình Khê "
      "tiếp tục tập trung chỉ đạo công tác ứng phó.\n"
      "2. Ủy ban nhân dân các tỉnh ven biển, đặc biệt là tỉnh Hòa Lâm khẩn trương sơ tán người dân.\n"
      "3. Các cơ quan chủ quản, nhất là Tổng công ty Đường sắt cần khẩn trương kiểm tra an toàn công trình.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Bí thư", "Chủ tịch Ủy ban nhân dân các tỉnh khu vực Tây Nguyên"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tiếp tục tập trung chỉ đạo"));
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban nhân dân các tỉnh ven biển"}));
  EXPECT_TRUE(work_opens_with(ts[1], "khẩn trương sơ tán"));
  // A unit singled out is one more unit of the list.
  EXPECT_EQ(ts[2].lead, (Units{"Các cơ quan chủ quản", "Tổng công ty Đường sắt"}));
}

TEST(NameEnds, ADepartmentNameRunsOnToTheVerbOfItsSentence) {
  auto ts = directive_items(
      "1. Cục Kết cấu hạ tầng xây dựng tham mưu việc chỉ đạo khắc phục sự cố công trình giao thông.\n"
      "2. Sở Xây dựng xây dựng kế hoạch khắc phục sự cố công trình.\n"
      "3. Sở Nội vụ phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh xây dựng báo cáo tổng hợp ý kiến cử tri.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Cục Kết cấu hạ tầng xây dựng"}));
  EXPECT_TRUE(work_opens_with(ts[0], "tham mưu việc chỉ đạo"));
  // The same words followed by their object are the work.
  EXPECT_EQ(ts[1].lead, (Units{"Sở Xây dựng"}));
  EXPECT_TRUE(work_opens_with(ts[1], "xây dựng kế hoạch"));
  // A verb and its object ("xây dựng báo cáo") after a name are work, though the object reads as a verb.
  EXPECT_EQ(ts[2].support, (Units{"Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh"}));
}

TEST(NameEnds, AHeadingWithADashAndNameEndingInAVerbLeadsItsItems) {
  auto ts = tasks_of(
      "VĂN PHÒNG CHÍNH PHỦ\n"
      "Số: 315/TB-VPCP\n"
      "Hà Nội, ngày 10 tháng 10 năm 2025\n"
      "\n"
      "THÔNG BÁO\n"
      "Kết luận của Phó Thủ tướng tại cuộc họp về phòng, chống buôn lậu\n"
      "\n"
      "Phó Thủ tướng kết luận như sau:\n"
      "\n"
      "1. Nhiệm vụ thời gian tới\n"
      "a) Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo quốc gia\n"
      "- Hoàn thiện Kế hoạch cao điểm đấu tranh với buôn lậu, trình Thủ tướng Chính phủ trước ngày 30/11/2025.\n"
      "b) Cục Kinh tế - Quản lý đầu tư xây dựng:\n"
      "- Rà soát định mức kinh tế kỹ thuật trong đầu tư xây dựng.\n"
      "- Hướng dẫn các địa phương lập dự toán.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo quốc gia"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Hoàn thiện Kế hoạch"));
  EXPECT_EQ(ts[1].lead, (Units{"Cục Kinh tế - Quản lý đầu tư xây dựng"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Rà soát định mức"));
  EXPECT_EQ(ts[2].lead, (Units{"Cục Kinh tế - Quản lý đầu tư xây dựng"}));
}

TEST(NameEnds, APluralKindOverProperNamesIsOneUnitPerName) {
  auto ts = directive_items(
      "1. Bộ Khoa học và Công nghệ, các Tập đoàn Sao Mai, Hồng Hà và Bình Minh khẩn trương chỉ đạo bảo đảm thông tin liên lạc.\n"
      "2. Ủy ban nhân dân các tỉnh Hòa Lâm, Sơn Điền khẩn trương sơ tán người dân khỏi khu vực nguy hiểm.\n"
      "3. Các tỉnh Hòa Lâm, Sơn Điền khẩn trương sơ tán người dân khỏi khu vực nguy hiểm.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Khoa học và Công nghệ", "Tập đoàn Sao Mai", "Tập đoàn Hồng Hà", "Tập đoàn Bình Minh"}));
  // Over places the title stays one name, as written.
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban nhân dân các tỉnh Hòa Lâm, Sơn Điền"}));
  EXPECT_EQ(ts[2].lead, (Units{"Các tỉnh Hòa Lâm, Sơn Điền"}));
}

TEST(NameEnds, PartyCommitteesAndTheGovernmentAreTwoUnits) {
  auto ts = directive_items(
      "1. Các cấp ủy, chính quyền địa phương phải tập trung tổng lực khắc phục hậu quả mưa lũ.\n"
      "2. Các sở, ban, ngành khẩn trương rà soát thiệt hại.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Các cấp ủy", "chính quyền địa phương"}));
  EXPECT_TRUE(work_opens_with(ts[0], "phải tập trung tổng lực"));
  EXPECT_EQ(ts[1].lead, (Units{"Các sở, ban, ngành"}));
}

TEST(NameEnds, TheFrontsCentralBodyWrittenShortIsAUnit) {
  auto ts = tasks_of(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\n"
      "Số: 45-CT/TW\n"
      "Hà Nội, ngày 10 tháng 3 năm 2025\n"
      "\n"
      "CHỈ THỊ\n"
      "Về tăng cường công tác phòng, chống thiên tai\n"
      "\n"
      "Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:\n"
      "\n"
      "1. Tổ chức thực hiện\n"
      "a) Ban cán sự đảng Chính phủ chỉ đạo các bộ, ngành xây dựng kế hoạch.\n"
      "b) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam\n"
      "- Chỉ đạo Mặt trận Tổ quốc các cấp vận động nhân dân tham gia phòng, chống thiên tai.\n"
      "- Giám sát việc thực hiện chính sách hỗ trợ người dân.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[1].lead, (Units{"Trung ương Mặt trận Tổ quốc Việt Nam"}));
  EXPECT_TRUE(work_opens_with(ts[1], "Chỉ đạo Mặt trận Tổ quốc các cấp"));
  EXPECT_EQ(ts[2].lead, (Units{"Trung ương Mặt trận Tổ quốc Việt Nam"}));
  EXPECT_EQ(agencies().canonical("Trung ương Mặt trận Tổ quốc Việt Nam"), "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
}

// A plan's part of specific tasks (no organising section): headings that name the head of a known agency
// and the office the same person holds after a dash head their items.
TEST(NameEnds, TheHeadOfAKnownAgencyWithAnOfficeAfterADashHeadsItsItems) {
  auto ts = tasks_of(
      "BAN CHỈ ĐẠO QUỐC GIA\n"
      "Số: 15/KH-BCĐ\n"
      "Hà Nội, ngày 10 tháng 3 năm 2025\n"
      "\n"
      "KẾ HOẠCH\n"
      "Cao điểm đấu tranh chống buôn lậu\n"
      "\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n"
      "Ngăn chặn tình trạng buôn lậu qua biên giới.\n"
      "II. NHIỆM VỤ CỤ THỂ\n"
      "1. Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo quốc gia:\n"
      "a) Hoàn thiện Kế hoạch cao điểm, chỉ đạo các đơn vị liên quan triển khai trước ngày 30/11/2025.\n"
      "b) Tổ chức sơ kết, đánh giá kết quả thực hiện.\n"
      "2. Bộ trưởng Bộ Công an - Ủy viên Ban Chỉ đạo quốc gia\n"
      "a) Chỉ đạo lực lượng công an điều tra các đường dây buôn lậu.\n"
      "3. Chủ tịch Ủy ban nhân dân cấp tỉnh\n"
      "a) Bổ nhiệm, miễn nhiệm hòa giải viên lao động.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo quốc gia"}));
  EXPECT_TRUE(work_opens_with(ts[0], "Hoàn thiện Kế hoạch cao điểm"));
  EXPECT_EQ(ts[1].lead, ts[0].lead);
  EXPECT_EQ(ts[2].lead, (Units{"Bộ trưởng Bộ Công an - Ủy viên Ban Chỉ đạo quốc gia"}));
  // The head's title alone outside an organising section may head a list of powers: no task.
}

}  // namespace
}  // namespace vnpolicy
