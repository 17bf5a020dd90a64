// The relation a cue gives to the list it heads: every document a replacing provision lists is
// `replaces`, whatever its type and however the list is laid out, while numbers inside an
// item's description keep their own; a proposal to amend is no amendment, and an amendment of a
// regulation named in full amends the text that issued it.
#include <gtest/gtest.h>

#include "references_support.h"

namespace vnpolicy {
namespace {

using reference_tests::extract;
using reference_tests::relation_of;

TEST(ReferenceListRelation, EveryDocumentOfAReplacedListOfMixedTypesIsReplaced) {
  Record r = extract(
      "QUYẾT ĐỊNH\nBan hành Quy chế quản lý cụm công nghiệp\n\n"
      "Điều 3. Hiệu lực thi hành\n"
      "Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2026 và thay thế Quyết định số "
      "14/2019/QĐ-UBND ngày 02 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý "
      "cụm công nghiệp; Chỉ thị số 07/CT-UBND ngày 11/9/2020 của Ủy ban nhân dân tỉnh về tăng cường "
      "quản lý cụm công nghiệp; Kế hoạch số 88/KH-UBND ngày 20/4/2021 của Ủy ban nhân dân tỉnh "
      "hướng dẫn thực hiện Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ và Thông tư số "
      "05/2024/TT-BCT ngày 20/3/2024 của Bộ Công Thương.\n");
  EXPECT_EQ(relation_of(r, "14/2019/QĐ-UBND"), "replaces");
  EXPECT_EQ(relation_of(r, "07/CT-UBND"), "replaces");
  EXPECT_EQ(relation_of(r, "88/KH-UBND"), "replaces");
  EXPECT_EQ(relation_of(r, "32/2024/NĐ-CP"), "mentions") << "inside an item's description";
  EXPECT_EQ(relation_of(r, "05/2024/TT-BCT"), "mentions") << "\"và\" after a described number goes on describing";
}

TEST(ReferenceListRelation, AListHeadedThayTheCacVanBanSauIsReplacedInlineAndItemByItem) {
  Record inline_list = extract(
      "THÔNG TƯ\nQuy định chế độ báo cáo thống kê\n\n"
      "Điều 9. Hiệu lực thi hành\n"
      "Thông tư này thay thế các văn bản sau: Thông tư số 21/2018/TT-BKHĐT ngày 05/6/2018, "
      "Quyết định số 640/QĐ-BKHĐT ngày 12/4/2019 và Công văn số 3312/BKHĐT-TCTK ngày 08/8/2020 "
      "của Bộ Kế hoạch và Đầu tư.\n");
  EXPECT_EQ(relation_of(inline_list, "21/2018/TT-BKHĐT"), "replaces");
  EXPECT_EQ(relation_of(inline_list, "640/QĐ-BKHĐT"), "replaces");
  EXPECT_EQ(relation_of(inline_list, "3312/BKHĐT-TCTK"), "replaces");
  Record items = extract(
      "QUYẾT ĐỊNH\nVề thời gian hoạt động của điểm truy nhập Internet\n\n"
      "Điều 4. Hiệu lực thi hành\n"
      "Quyết định này thay thế các Quyết định sau đây:\n"
      "a) Quyết định số 19/2017/QĐ-UBND ngày 03 tháng 7 năm 2017 của Ủy ban nhân dân tỉnh;\n"
      "b) Chỉ thị số 04/2018/CT-UBND ngày 10 tháng 4 năm 2018 của Ủy ban nhân dân tỉnh.\n"
      "Điều 5. Tổ chức thực hiện\n"
      "Sở Văn hóa thực hiện theo Kế hoạch số 51/KH-UBND ngày 04/01/2026.\n");
  EXPECT_EQ(relation_of(items, "19/2017/QĐ-UBND"), "replaces");
  EXPECT_EQ(relation_of(items, "04/2018/CT-UBND"), "replaces");
  EXPECT_EQ(relation_of(items, "51/KH-UBND"), "mentions");
}

TEST(ReferenceListRelation, AReplacingDraftNamedInAClauseHeadsNoList) {
  // "đề nghị ban hành Nghị quyết thay thế Nghị quyết số …" names the draft; the next clause of
  // the "Xét" paragraph is no replaced document.
  Record r = extract(
      "NGHỊ QUYẾT\nQuy định mức chi hỗ trợ hoạt động văn hóa cơ sở\n\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\n"
      "Xét Tờ trình số 275/TTr-UBND ngày 10 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh đề nghị "
      "ban hành Nghị quyết thay thế Nghị quyết số 09/2023/NQ-HĐND ngày 14 tháng 7 năm 2023 của Hội "
      "đồng nhân dân tỉnh; Báo cáo thẩm tra số 61/BC-VHXH ngày 20 tháng 11 năm 2025 của Ban Văn "
      "hóa - Xã hội.\n\nQUYẾT NGHỊ:\n");
  EXPECT_EQ(relation_of(r, "09/2023/NQ-HĐND"), "replaces");
  EXPECT_EQ(relation_of(r, "61/BC-VHXH"), "mentions");
}

TEST(ReferenceListRelation, AProposalToAmendIsNoAmendment) {
  Record r = extract(
      "BÁO CÁO\nKết quả rà soát vướng mắc trong quản lý đất đai\n\n"
      "III. KIẾN NGHỊ\n"
      "1. Nghiên cứu, sửa đổi Thông tư số 08/2024/TT-BTNMT ngày 31/7/2024 của Bộ Tài nguyên và "
      "Môi trường cho phù hợp thực tiễn.\n"
      "2. Các bộ đề xuất sửa đổi, bổ sung Nghị định số 71/2024/NĐ-CP ngày 27/6/2024 của Chính phủ.\n"
      "3. Sửa đổi, bổ sung Quy định số 05-QĐ/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy.\n");
  EXPECT_EQ(relation_of(r, "08/2024/TT-BTNMT"), "mentions");
  EXPECT_EQ(relation_of(r, "71/2024/NĐ-CP"), "mentions");
  EXPECT_EQ(relation_of(r, "05-QĐ/TU"), "amends") << "a task that amends keeps the cue";
}

TEST(ReferenceListRelation, AmendingARegulationNamedInFullAmendsTheTextThatIssuedIt) {
  Record r = extract(
      "QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của Quy chế tổ chức và hoạt động của Trung tâm "
      "dịch vụ việc làm tỉnh giai đoạn 2024-2026 ban hành kèm theo Quyết định số 27/2023/QĐ-UBND "
      "ngày 14 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh\n\n"
      "Căn cứ Luật Việc làm số 74/2025/QH15;\n\nQUYẾT ĐỊNH:\n\n"
      "Điều 1. Sửa đổi khoản 2 Điều 4 như sau.\n"
      "Điều 2. Các sở tổ chức thực hiện Quy định về hỗ trợ học nghề của tỉnh theo Kế hoạch số "
      "61/KH-UBND ngày 02/02/2026.\n");
  EXPECT_EQ(relation_of(r, "27/2023/QĐ-UBND"), "amends");
  EXPECT_EQ(relation_of(r, "74/2025/QH15"), "basis");
  EXPECT_EQ(relation_of(r, "61/KH-UBND"), "mentions") << "no \"ban hành\" or \"kèm\" before \"theo\"";
}

}  // namespace
}  // namespace vnpolicy
