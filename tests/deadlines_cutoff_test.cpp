// Deadlines: a day that says which cases a provision covers (what was signed or granted before
// it, a span "đến trước ngày …" of a transitional clause) limits no work.
#include <gtest/gtest.h>

#include "extract/deadline_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::deadlines_of;

const std::string kLaw =
    "QUỐC HỘI\nLuật số: 12/2025/QH15\n\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\n\n"
    "Điều 3. Quy định chuyển tiếp\n";

TEST(DeadlinesCutoff, WhatWasSignedOrGrantedBeforeADayIsNoDeadline) {
  EXPECT_TRUE(deadlines_of(kLaw + "1. Hợp đồng khám bệnh, chữa bệnh được ký trước ngày 01 tháng 7 năm 2025 mà còn "
                                  "hiệu lực thì tiếp tục thực hiện.\n").empty());
  EXPECT_TRUE(deadlines_of(kLaw + "2. Giấy phép đã được cấp trước ngày 01/7/2025 tiếp tục có giá trị.\n").empty());
  EXPECT_TRUE(deadlines_of(kLaw + "3. Các dự án đã lựa chọn nhà thầu từ ngày 01 tháng 7 năm 2014 đến trước ngày 01 "
                                  "tháng 8 năm 2024 thì tiếp tục thực hiện.\n").empty());
}

TEST(DeadlinesCutoff, ADutyBeforeADayStaysADeadline) {
  auto approved = deadlines_of(kLaw + "4. Phương án khắc phục phải được xây dựng, thông qua trước ngày 01 tháng 7 "
                                      "năm 2026.\n");
  ASSERT_EQ(approved.size(), 1u);
  EXPECT_EQ(approved[0].end, "2026-07-01");
  auto done = deadlines_of(kLaw + "5. Bộ Y tế hướng dẫn thực hiện trước ngày 30/6/2026.\n");
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].end, "2026-06-30");
}

}  // namespace
}  // namespace vnpolicy
