// References in a document's body: a type word opening a body paragraph or a flattened table
// cell is no new title (its mentions are `mentions`), and a form's number is no reference.
#include <gtest/gtest.h>

#include "references_support.h"

namespace vnpolicy {
namespace {

using reference_tests::extract;
using reference_tests::relation_of;

TEST(ReferenceBody, SentenceCaseTypeWordInTheBodyIsNoTitle) {
  Record r = extract(
      "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n"
      "Thực hiện Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ\n\n"
      "1. Sở Nội vụ\n"
      "a) Rà soát đội ngũ cán bộ, công chức cấp xã trong tháng 6 năm 2026.\n"
      "Phương án bố trí, sử dụng phải gắn với yêu cầu nâng cao chất lượng đội ngũ theo tinh thần "
      "Chỉ thị số 18/CT-TTg ngày 08 tháng 5 năm 2026 của Thủ tướng Chính phủ.\n"
      "2. Các nhiệm vụ bổ sung\n"
      "| STT | Nhiệm vụ | Căn cứ |\n"
      "Đề án về chỉ số đánh giá\n"
      "Nghị quyết\n"
      "số 23/NQ-\n"
      "CP ngày\n"
      "07/02/2026\n");
  EXPECT_EQ(relation_of(r, "05/CT-TTg"), "implements") << "the title";
  EXPECT_EQ(relation_of(r, "18/CT-TTg"), "mentions") << "\"Phương án ...\" opens a body paragraph";
  EXPECT_EQ(relation_of(r, "23/NQ-CP"), "mentions") << "\"Nghị quyết\" alone in a table cell";
}

TEST(ReferenceBody, TypeInCapitalsStillOpensAnAnnexInTheBody) {
  Record r = extract(
      "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\n"
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
      "KẾ HOẠCH\n"
      "Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n");
  EXPECT_EQ(relation_of(r, "57-NQ/TW"), "implements");
}

TEST(ReferenceBody, SentenceCaseTitleAfterAHeaderFlattenedIntoTableRows) {
  Record r = extract(
      "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\nSố: 21/2025/TT-BGDĐT |\n|\n\n"
      "Quy định chế độ trả tiền lương dạy thêm giờ đối với nhà giáo\n\n"
      "Căn cứ Luật Giáo dục số 43/2019/QH14;\n\n"
      "Căn cứ Bộ luật Lao động số 45/2019/QH14;\n");
  EXPECT_EQ(relation_of(r, "43/2019/QH14"), "basis");
  EXPECT_EQ(relation_of(r, "45/2019/QH14"), "basis");
}

TEST(ReferenceBody, AFormsNumberIsNoReference) {
  Record r = extract(
      "Lập Biên bản theo Mẫu số 03/BCĐBHĐND-MT và Danh sách trích ngang Mẫu số 04/BCĐBHĐND-MT.\n"
      "Tờ khai theo mẫu 01/CNKD ban hành kèm theo Thông tư số 40/2021/TT-BTC ngày 01/6/2021.\n"
      "Biểu số 401/BTXH - Sở Lao động.\n"
      "Mẫu số: 02/MTK\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].number, "40/2021/TT-BTC");
}

TEST(ReferenceBody, AFormInAListOrADeclarationIsNoReference) {
  Record r = extract(
      "Các biểu mẫu (Kèm theo các mẫu số 05, 06, 07/HĐBC-HĐND).\n"
      "PHỤ LỤC BẢNG KÊ (Kèm theo Tờ khai 01/TCKT áp dụng theo Thông tư số 86/2024/TT-BTC).\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].number, "86/2024/TT-BTC");
}

TEST(ReferenceBody, AStandardsCodeIsNoDocumentNumber) {
  // "QCVN 01:2019/BCT" is one code: "2019/BCT" after its colon is no document of the Bộ Công Thương.
  Record r = extract(
      "Thiết bị phải bảo đảm an toàn theo đúng quy định tại QCVN 01: 2019/BCT và Thông tư số 13/2018/TT-BCT.\n"
      "Chất lượng không khí theo QCVN 05:2013/BTNMT; quy trình theo Tiêu chuẩn cơ sở 661: 2018/BVTV.\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].number, "13/2018/TT-BCT");
}

TEST(ReferenceBody, ASentenceOpeningOnADateThatIssuesTheDocumentDatesIt) {
  Record r = extract(
      "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX về việc\n"
      "triển khai cập nhật cơ sở dữ liệu.\n\n"
      "Ngày 15/02/2023, Cục Thuế nhận được công văn số 06/CV-ABC của Công ty.\n");
  ASSERT_EQ(r.references.size(), 2u);
  EXPECT_EQ(r.references[0].number, "3280/UBND-VX");
  EXPECT_EQ(r.references[0].year, 2025);
  EXPECT_EQ(r.references[0].date, "2025-10-28");
  EXPECT_EQ(r.references[1].year, std::nullopt);  // a letter received that day may be older
}

TEST(ReferenceBody, AnOpeningClauseAfterAWrappedSpanOfYearsStillImplements) {
  // "giai đoạn 2024" / "- 2030”;" is the end of a quoted name, not a list item that ends the opening.
  Record r = extract(
      "KẾ HOẠCH\nTriển khai Tháng hành động vì bình đẳng giới năm 2025\n\n"
      "Căn cứ Quyết định số 101/QĐ-TTg ngày 25 tháng 01 năm 2024 của Thủ tướng Chính phủ về phê duyệt\n"
      "“Chương trình hành động quốc gia về Phụ nữ, hòa bình và an ninh giai đoạn 2024\n- 2030”;\n\n"
      "Thực hiện Thông tri số\n02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy về lãnh đạo thực hiện;\n\n"
      "Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n");
  EXPECT_EQ(relation_of(r, "101/QĐ-TTg"), "basis");
  EXPECT_EQ(relation_of(r, "02-TT/TU"), "implements");
}

TEST(ReferenceBody, AnAmendingLawCitedByItsTitleIsABasisNotAnAmendment) {
  // The number after "Luật sửa đổi, bổ sung một số điều của Luật X" is the amending law's own;
  // in the amending law's own enacting words it is the amended law's.
  Record basis = extract(
      "NGHỊ QUYẾT\nQuy định mức hỗ trợ đóng bảo hiểm y tế\n\n"
      "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12;\n\n"
      "Căn cứ Luật sửa đổi, bổ sung\nmột số điều của Luật Bảo hiểm y tế số 46/2014/QH13;\n\n"
      "Xét Tờ trình số 16/TTr-UBND ngày 02 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh;\n\n"
      "QUYẾT NGHỊ:\n\nĐiều 1. Phạm vi điều chỉnh\n");
  EXPECT_EQ(relation_of(basis, "25/2008/QH12"), "basis");
  EXPECT_EQ(relation_of(basis, "46/2014/QH13"), "basis");
  EXPECT_EQ(relation_of(basis, "16/TTr-UBND"), "mentions");
  Record own = extract(
      "LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI\n\n"
      "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15.\n\n"
      "Điều 1. Sửa đổi, bổ sung một số điều của Luật Đất đai\n");
  EXPECT_EQ(relation_of(own, "31/2024/QH15"), "amends");
}

TEST(ReferenceBody, AListOfBasesWrappedIntoBlocksStaysTheBasis) {
  // A crawler breaks the "Căn cứ" list into blocks: mid-name ("… của Luật" / "Xây dựng số …"),
  // or after ';' on the next document ("Luật sửa đổi …"), which is no title of its own.
  // A clause of its own after ';' ("Theo đề nghị của …") is no basis.
  Record r = extract(
      "QUYẾT ĐỊNH\nBan hành Quy định quản lý hoạt động thoát nước\n\n"
      "Căn cứ Luật Xây dựng số 50/2014/QH13; Luật sửa đổi, bổ sung một số điều của Luật\n\n"
      "Xây dựng số 62/2020/QH14;\n\n"
      "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; Luật Mặt trận Tổ quốc Việt Nam, Luật\n\n"
      "Thực hiện dân chủ ở cơ sở; Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị;\n\n"
      "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12;\n\n"
      "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 51/2024/QH15;\n\n"
      "Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 356/TTr-SXD ngày 18 tháng 11 năm 2025;\n\n"
      "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý.\n");
  EXPECT_EQ(relation_of(r, "50/2014/QH13"), "basis");
  EXPECT_EQ(relation_of(r, "62/2020/QH14"), "basis");
  EXPECT_EQ(relation_of(r, "46-CT/TW"), "basis");
  EXPECT_EQ(relation_of(r, "51/2024/QH15"), "basis");
  EXPECT_EQ(relation_of(r, "356/TTr-SXD"), "mentions");
}

TEST(ReferenceBody, AScansDoubledHyphenAndUntonedDateStillGiveTheReference) {
  // OCR doubles a hyphen with a space between ("- -") and drops the tone of "ngày".
  Record r = extract(
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: 20/CĐ-TTg\nHà Nội, ngày 10 tháng 6 năm 2024\nCÔNG ĐIỆN\n"
      "Về việc phòng, chống lũ\n\nTiếp theo Công điện số 889/CĐ- -TTg ngay 06 tháng 6 năm 2023 của Thủ tướng "
      "Chính phủ, các bộ thực hiện.\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].number, "889/CĐ-TTg");
  EXPECT_EQ(r.references[0].date, "2023-06-06");
  EXPECT_EQ(r.references[0].year, 2023);
}

}  // namespace
}  // namespace vnpolicy
