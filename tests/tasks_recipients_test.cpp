// The list of recipients and the filing line ("- Sở Y tế (để thực hiện);", "- Lưu: VT, KGVX.") name units but give
// them no work, with or without the "Nơi nhận:" line and wherever a page break leaves them.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kPlan =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BÌNH AN\n"
    "Số: 45/KH-UBND\n"
    "Bình An, ngày 10 tháng 3 năm 2025\n"
    "\n"
    "KẾ HOẠCH\n"
    "Triển khai công tác phòng thủ dân sự năm 2025\n"
    "\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế chủ trì tổ chức tập huấn kỹ năng sơ cấp cứu.\n"
    "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n";

TEST(RecipientLists, RecipientsWithoutTheirLabelGiveNoTask) {
  auto ts = tasks_of(std::string(kPlan) +
                     "- Bộ Quốc phòng (để b/c);\n"
                     "- Sở Y tế (để thực hiện);\n"
                     "- Các sở, ban, ngành tỉnh (để thực hiện);\n"
                     "- UBND các xã, phường (để biết);\n"
                     "- Lưu: VT, KGVX.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[1].lead, (Units{"Sở Tài chính"}));
}

TEST(RecipientLists, RecipientsAfterThePageBreakAndTheSignatureGiveNoTask) {
  auto ts = tasks_of(std::string(kPlan) +
                     "Nơi nhận:\n"
                     "- Thường trực Tỉnh ủy (để b/c);\n"
                     "TM. ỦY BAN NHÂN DÂN\n"
                     "CHỦ TỊCH\n"
                     "Nguyễn Văn A\n"
                     "--- PAGE 3 ---\n"
                     "- Sở Nội vụ (để thực hiện);\n"
                     "- Công an tỉnh (để t/h);\n"
                     "- Lưu: VT.\n");
  ASSERT_EQ(ts.size(), 2u);
}

}  // namespace
}  // namespace vnpolicy
