// Figures a plan or an official letter writes that are no goal: what was done told in the past over a
// list of deeds, how often something is done, who is assigned, and the
// count that names a set the letter refers to again, the procedures a list publishes, what each unit gets;
// and a number spelled out in brackets before its unit.
// Texts the tests write, in the conventions of Vietnamese administrative writing.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::figures;

const std::string kLetter =
    "ỦY BAN NHÂN DÂN\nTỈNH AN KHÁNH\n\nSố: 15/UBND-KT\nAn Khánh, ngày 10 tháng 11 năm 2025\n\n"
    "V/v tập trung khắc phục hậu quả mưa lũ\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n";

const std::string kPlan =
    "ỦY BAN NHÂN DÂN\nTỈNH AN KHÁNH\n\nSố: 12/KH-UBND\nAn Khánh, ngày 10 tháng 3 năm 2025\n\n"
    "KẾ HOẠCH\nTổ chức mạng lưới thú y cơ sở\n\n";

TEST(TargetsNarrative, ANumberSpelledOutInBracketsIsReadBeforeItsUnit) {
  auto ts = figures(kPlan +
                    "1. Mỗi xã bố trí bình quân không quá 03 (ba) nhân viên chăn nuôi thú y.\n"
                    "2. Mỗi tổ công tác có không quá 02 (hai) người.\n"
                    "3. Thời gian thực hiện 05 (năm) năm; hồ sơ giải quyết trong 10 (mười) ngày.\n"
                    "4. Hộ gia đình nộp 01 (một) hồ sơ tại bộ phận một cửa.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 3);
  EXPECT_EQ(ts[0].unit, "nhân viên");
  EXPECT_EQ(ts[0].comparator, "lte");
  EXPECT_EQ(ts[0].kind, "target");
  EXPECT_EQ(ts[1].value, 2);
  EXPECT_EQ(ts[1].unit, "người");
  EXPECT_EQ(ts[1].comparator, "lte");
}

TEST(TargetsNarrative, FrequenciesAndAssignedMembersAreNoFigures) {
  auto ts = figures(kPlan +
                    "1. Các sở báo cáo 02 lần mỗi năm; lấy mẫu xét nghiệm 02 lần/ngày.\n"
                    "2. Thủ tướng Chính phủ phân công 3 đồng chí Phó Thủ tướng chỉ đạo.\n"
                    "3. Phấn đấu thu ngân sách tăng gấp 3 lần so với năm 2020.\n");
  // Only the multiple a change word leads to is a figure.
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].value, 3);
  EXPECT_EQ(ts[0].unit, "lần");
}

TEST(TargetsNarrative, APastVerbGovernsItsClauseOverTheCommasOfAListOfDeeds) {
  auto ts = figures(kLetter +
                    "Thời gian qua, Ủy ban nhân dân tỉnh đã chỉ đạo các địa phương triển khai các biện pháp ứng phó, "
                    "sơ tán 1.208 hộ với 4.035 người đến nơi an toàn. Ủy ban nhân dân tỉnh yêu cầu các sở tập trung "
                    "khắc phục hậu quả, phấn đấu hoàn thành sửa chữa 300 ngôi nhà trong tháng 12.\n"
                    "Trường hợp hộ kinh doanh đã đăng ký nộp thuế, có doanh thu 100 triệu đồng.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].value, 1208);
  EXPECT_EQ(ts[0].kind, "actual");
  EXPECT_EQ(ts[0].year, 2025);
  EXPECT_EQ(ts[1].value, 4035);
  EXPECT_EQ(ts[1].kind, "actual");
  EXPECT_EQ(ts[2].value, 300);
  EXPECT_EQ(ts[2].kind, "target");
  // A condition with a past verb tells what must hold, not what was done.
  EXPECT_EQ(ts[3].value, 100);
  EXPECT_EQ(ts[3].kind, "target");
}

TEST(TargetsNarrative, ACountNamingASetTheLetterRefersToAgainIsNoFigure) {
  auto ts = figures(kLetter +
                    "Mưa lũ vừa qua gây ngập kéo dài toàn bộ 34 xã, phường trên địa bàn. Ủy ban nhân dân tỉnh yêu cầu "
                    "tập trung hỗ trợ 34 xã, phường bị ngập. Sở Xây dựng tháo gỡ vướng mắc tại 02 công trình giao thông; "
                    "đẩy nhanh các dự án thành phần của 02 công trình.\n"
                    "Sở Nông nghiệp và Môi trường phấn đấu trồng mới 500 ha rừng; xây dựng 20 công trình thủy lợi.\n"
                    "Ưu tiên nguồn lực cho 34 xã, phường để khôi phục sản xuất.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 500);
  EXPECT_EQ(ts[1].value, 20);
  EXPECT_EQ(ts[1].unit, "công trình");
}

TEST(TargetsNarrative, AGoalRestatedOrOneOfAKindListedAgainStays) {
  // A goal carries its goal word each time; "01 dự án" in a list is a new project each time.
  auto ts = figures(kPlan +
                    "1. Phấn đấu có 12 xã đạt chuẩn nông thôn mới.\n"
                    "2. Các sở hướng dẫn để 12 xã đạt chuẩn nông thôn mới.\n"
                    "3. Đến năm 2026 có thêm 12 xã đạt chuẩn nông thôn mới.\n"
                    "4. Thu hút 01 dự án công nghiệp; 01 dự án thương mại; 01 dự án nông nghiệp.\n");
  ASSERT_EQ(ts.size(), 6u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(ts[i].value, 12);
  for (size_t i = 3; i < 6; ++i) EXPECT_EQ(ts[i].value, 1);
}

TEST(TargetsNarrative, ProceduresAListPublishesAreNoFiguresButAReformsCountIs) {
  auto ts = figures(kPlan +
                    "1. Công bố kèm theo Kế hoạch này danh mục 05 (năm) thủ tục hành chính được sửa đổi, bổ sung; "
                    "bãi bỏ 02 TTHC thuộc phạm vi quản lý của tỉnh.\n"
                    "2. Phấn đấu cắt giảm 30 thủ tục hành chính; đơn giản hóa 12 TTHC.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 30);
  EXPECT_EQ(ts[0].kind, "target");
  EXPECT_EQ(ts[1].value, 12);
}

TEST(TargetsNarrative, WhatEachUnitGetsIsNoFigureButAnAverageOrAQuotaIs) {
  auto ts = figures(kLetter +
                    "Trung ương hỗ trợ các tỉnh bị thiệt hại, mỗi tỉnh khoảng 200 tỷ đồng để khắc phục hậu quả.\n"
                    "Mỗi đơn vị cử tối đa 05 người tham dự tập huấn.\n"
                    "Phấn đấu bình quân mỗi xã đạt 17 tiêu chí.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 5);
  EXPECT_EQ(ts[0].comparator, "lte");
  EXPECT_EQ(ts[1].value, 17);
  EXPECT_EQ(ts[1].kind, "target");
}

// A quota each unit must keep to is a bound, kept even where the sentence runs over a line break
// or an exception in brackets sets another for some units.
TEST(TargetsNarrative, AQuotaEachUnitKeepsToIsABound) {
  auto ts = figures(kLetter +
                    "- Mỗi sở, ngành chọn cử\n"
                    "tối đa 04 người (riêng Sở Nội vụ, Sở Tư pháp: mỗi\n"
                    "đơn vị tối đa 06 người).\n"
                    "- Mỗi lớp học có tối thiểu 20 học viên.\n"
                    "- Mỗi bên giữ 01 bản.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].value, 4);
  EXPECT_EQ(ts[0].comparator, "lte");
  EXPECT_EQ(ts[0].unit, "người");
  EXPECT_EQ(ts[1].value, 6);
  EXPECT_EQ(ts[1].comparator, "lte");
  EXPECT_EQ(ts[2].value, 20);
  EXPECT_EQ(ts[2].comparator, "gte");
}

// A force or a zone named by its number is a name; a count of them stays a figure.
TEST(TargetsNarrative, AForceNamedByItsNumberIsNoFigure) {
  auto ts = figures(kPlan +
                    "1. Đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 3 phối hợp tuần tra trên vùng biển của tỉnh.\n"
                    "2. Phối hợp với Bộ Tư lệnh Quân khu 7 tổ chức diễn tập.\n"
                    "3. Phấn đấu 100% xã có lực lượng dân quân thường trực.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].value, 100);
}

}  // namespace
}  // namespace vnpolicy
