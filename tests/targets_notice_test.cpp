// Figures in a notice of conclusions and a Công điện: what is no figure (shifts, days of the month,
// numbers inside a campaign's quoted name, attendance, counts of indicators met, lanes of a road),
// units glued to the number, results enumerated after "hoàn thành mục tiêu đề ra:", and the plan's
// figure in brackets beside a result.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::figures;

const std::string kNotice =
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 902/TB-VPCP\nHà Nội, ngày 20 tháng 10 năm 2025\n\n"
    "THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với tỉnh Quảng Nam\n\n"
    "Ngày 10 tháng 10 năm 2025, Phó Thủ tướng Chính phủ làm việc với lãnh đạo tỉnh Quảng Nam.\n";

TEST(TargetsNotice, WaysOfWorkingNamesAttendanceAndScopeAreNoFigures) {
  auto ts = figures(kNotice +
                    "Cuộc họp được kết nối trực tuyến tại điểm cầu 28 tỉnh, thành phố.\n"
                    "1. Thi đua cao điểm “500 ngày đêm thi đua hoàn thành 3.000 km đường bộ cao tốc” đạt kết quả tích cực; "
                    "các dự án thuộc danh mục 3.000 km bảo đảm tiến độ.\n"
                    "2. Các nhà thầu tổ chức thi công 3 ca, 4 kíp; trong đó có 02 chỉ tiêu chưa đạt.\n"
                    "3. Các bộ tổ chức giao ban vào ngày mồng 3 hằng tháng.\n"
                    "4. Dự án nâng cấp từ 02 làn xe lên 04 làn xe.\n");
  for (const Target& t : ts) ADD_FAILURE() << t.text;
}

// A resolution's rules are no figures: how a revenue is shared, a formula's "* 100%", the crops a
// year that name a class of rice land; the land's area beside them is.
TEST(TargetsNotice, SharesFormulasAndLandClassesAreNoFigures) {
  auto ts = figures(kNotice +
                    "1. Chính quyền địa phương cấp tỉnh được giữ lại 50% và nộp 50% vào ngân sách trung ương.\n"
                    "2. Tỷ lệ tiết kiệm trong đấu thầu (= ((2) - (4))/(2) * 100%).\n"
                    "3. Dự án sử dụng khoảng 709 ha đất, trong đó đất trồng lúa nước từ hai vụ trở lên khoảng 120 ha.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 709);
  EXPECT_EQ(ts[1].value, 120);
  EXPECT_EQ(ts[1].unit, "ha");
  EXPECT_EQ(ts[1].comparator, "approx");
}

// The size of a thing built ("bồn chứa dung tích", a berth's DWT class) specifies it; the share
// of the work done beside it is a figure.
TEST(TargetsNotice, SizesOfThingsBuiltAreNoFigures) {
  auto ts = figures(kNotice +
                    "1. Dự án kho cảng đã hoàn thành 85% khối lượng, trong đó đã thi công xong bồn chứa dung tích 50.000 m3 "
                    "và cải tạo cầu cảng 30.000 DWT.\n"
                    "2. Mua sắm 02 xe có trọng tải dưới 3.500 kg.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 85);
  EXPECT_EQ(ts[0].unit, "%");
  EXPECT_EQ(ts[1].value, 2);
}

// Crawled text without its header: results given without a year are the year of the latest
// day the text tells of; a limit it sets ("trước ngày 31/01/2026") does not date it.
TEST(TargetsNotice, ResultsOfATextWithoutHeaderTakeTheYearOfTheLatestDayItTells) {
  auto ts = figures(
      "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CÔNG TÁC KHẮC PHỤC HẬU QUẢ MƯA LŨ\n\n"
      "Ngày 26/11/2025, Thủ tướng Chính phủ chủ trì cuộc họp với các địa phương.\n"
      "Riêng đợt mưa lũ vừa qua đã làm 108 người chết và mất tích, 963 nhà bị sập, đổ, trôi.\n"
      "1. Các địa phương xây dựng lại nhà bị sập đổ, hoàn thành trước ngày\n31/01/2026.\n");
  ASSERT_EQ(ts.size(), 2u);
  for (const Target& t : ts) {
    EXPECT_EQ(t.kind, "actual") << t.text;
    EXPECT_EQ(t.year, 2025) << t.text;
  }
}

// Figures a body has counted ("theo tổng hợp của Bộ …") are results even in a Công điện's report part.
TEST(TargetsNotice, FiguresABodyHasCountedAreResults) {
  auto ts = figures(kNotice +
                    "Mưa lũ đã gây ngập lụt nghiêm trọng (theo tổng hợp của Bộ Nông nghiệp và Môi trường có trên 52.000 "
                    "ngôi nhà bị ngập sâu).\n"
                    "1. Các địa phương phấn đấu đến năm 2026 sửa chữa xong 10.000 ngôi nhà.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 52000);
  EXPECT_EQ(ts[0].kind, "actual");
  EXPECT_EQ(ts[1].kind, "target");
}

// "khoảng trên 1.700km": a unit glued to a hedged number is read; a glued unit with no bound
// before it ("thửa đất B - 100m2") stays shorthand.
TEST(TargetsNotice, AUnitGluedToAHedgedNumberIsRead) {
  auto ts = figures(kNotice +
                    "1. Các địa phương phấn đấu đến năm 2030 hoàn thành khoảng trên 1.700km đường bộ ven biển.\n"
                    "2. Bán thửa đất B - 100m2.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].value, 1700);
  EXPECT_EQ(ts[0].unit, "km");
  EXPECT_EQ(ts[0].comparator, "gt");
  EXPECT_EQ(ts[0].kind, "target");
}

// Results listed after "hoàn thành mục tiêu đề ra:" are results; the scenario's figure in
// brackets after a result is the plan's, named by its own phrase.
TEST(TargetsNotice, ResultsAfterAGoalMetAndThePlanFigureInBrackets) {
  auto ts = figures(kNotice +
                    "Kinh tế của tỉnh chuyển biến tích cực, cơ bản hoàn thành mục tiêu đề ra: (i) Tăng trưởng GRDP "
                    "09 tháng đầu năm đạt 6,26%; (ii) Thu ngân sách nhà nước đạt 12.500 tỷ đồng.\n"
                    "Tăng trưởng 06 tháng đầu năm đạt 6,8%, thấp hơn kịch bản tăng trưởng 06 tháng cuối năm của tỉnh (7,4%).\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].value, 6.26);
  EXPECT_EQ(ts[0].kind, "actual");
  EXPECT_EQ(ts[1].kind, "actual");
  EXPECT_EQ(ts[2].kind, "actual");
  EXPECT_EQ(ts[3].value, 7.4);
  EXPECT_EQ(ts[3].kind, "target");
  EXPECT_NE(ts[3].indicator.value_or("").find("06 tháng cuối năm"), std::string::npos) << ts[3].indicator.value_or("");
}

}  // namespace
}  // namespace vnpolicy
