// Figures of normative texts: the rates, splits and thresholds a law, a decision issuing a Quy
// chế or a draft's Thuyết minh sets are no targets; the past results it states are actuals.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figures;

TEST(TargetsNormative, ADraftsExplanationGivesItsPastResultsNotItsRates) {
  auto t = figures(
      "THUYẾT MINH DỰ THẢO THÔNG TƯ QUY ĐỊNH MỨC THU PHÍ THẨM ĐỊNH HỒ SƠ\n\nI. SỰ CẦN THIẾT BAN HÀNH THÔNG TƯ\n\n"
      "Năm 2023, các cơ quan thu phí thu được 35,4 tỷ đồng, bình quân khoảng 5 tỷ đồng/năm.\n\n"
      "II. NỘI DUNG DỰ THẢO\n\n"
      "Tổ chức thu phí nộp 15% số tiền phí thu được vào ngân sách nhà nước, trích chuyển 4% cho cơ quan cấp trên "
      "và để lại 81% để trang trải chi phí.\n\nHồ sơ có giá trị từ 50 triệu đồng trở lên phải thẩm định.\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_DOUBLE_EQ(t[0].value, 35.4);
  EXPECT_EQ(t[0].kind, "actual");
  EXPECT_EQ(t[0].year, 2023);
  EXPECT_DOUBLE_EQ(t[1].value, 5);
  EXPECT_EQ(t[1].kind, "actual");
  EXPECT_EQ(t[1].comparator, "approx");
}

TEST(TargetsNormative, ADecisionIssuingARegulationSetsNoTargets) {
  const std::string head =
      "ỦY BAN NHÂN DÂN\nTỈNH NAM HÀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 25/QĐ-UBND\n"
      "Nam Hà, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA QUỸ BẢO VỆ MÔI TRƯỜNG\n\n"
      "Điều 5. Hội đồng quản lý\n\nHội đồng quản lý Quỹ có không quá 07 thành viên; cuộc họp hợp lệ khi có mặt trên 50% "
      "tổng số thành viên.\n\n";
  EXPECT_TRUE(figures(head).empty());
  // Its past results stay: a year before the text's opens the sentence.
  auto t = figures(head + "Điều 6. Vốn\n\nNăm 2024, Quỹ đã giải ngân 120 tỷ đồng cho các dự án.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, "actual");
  EXPECT_EQ(t[0].year, 2024);
  // A year inside a rule's sentence is its condition, not a result's.
  EXPECT_TRUE(figures(head + "Điều 6. Lương\n\nCông ty có lợi nhuận vượt bình quân giai đoạn 2018 - 2019 đã được tính "
                             "thêm tối đa 2% quỹ tiền lương.\n")
                  .empty());
}

TEST(TargetsNormative, ADecisionIssuingAPlanKeepsItsTargets) {
  auto t = figures(
      "ỦY BAN NHÂN DÂN\nTỈNH NAM HÀ\nSố: 26/QĐ-UBND\nNam Hà, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
      "BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2025\n\nĐiều 1. Mục tiêu\n\nPhấn đấu năm 2025 đón 2 triệu lượt khách.\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, "target");
}

TEST(TargetsNormative, APastSpanLeadInFramesTheFiguresUnderIt) {
  const std::string head =
      "THUYẾT MINH DỰ THẢO THÔNG TƯ QUY ĐỊNH MỨC THU PHÍ CẤP PHIẾU\n\nI. SỰ CẦN THIẾT\n\n"
      "- Bộ Tư pháp đề xuất giữ mức trích chuyển như hiện hành.\n\n";
  auto t = figures(head +
                   "Theo Bộ Tư pháp, từ ngày 01/01/2017 đến 31/12/2023:\n\n"
                   "(i) Trung tâm cấp 209.214 phiếu với tổng số tiền phí thu được 35,4 tỷ đồng.\n\n"
                   "+ Số được để lại là 29,3 tỷ đồng;\n\n"
                   "II. NỘI DUNG DỰ THẢO\n\nTổ chức thu phí để lại 81% số tiền phí thu được.\n");
  ASSERT_EQ(t.size(), 3u);
  for (const auto& f : t) {
    EXPECT_EQ(f.kind, "actual") << f.text;
    EXPECT_EQ(f.year, 2023) << f.text;
  }
  EXPECT_DOUBLE_EQ(t[0].value, 209214);
  EXPECT_DOUBLE_EQ(t[2].value, 29.3);
  // A lead-in that sets a rate frames nothing.
  EXPECT_TRUE(figures(head + "Từ năm 2026, mức thu phí như sau:\n\n+ Cấp phiếu: 200.000 đồng/lần;\n").empty());
}

}  // namespace
}  // namespace vnpolicy
