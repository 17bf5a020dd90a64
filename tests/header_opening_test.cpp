// Header layouts of Nghị định 30/2020 beyond a body over its unit: a council named over the
// institution it belongs to, and texts without a header block that open with type and title.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::header_of_text;

std::string header_block(const std::string& top, const std::string& number, const std::string& type) {
  return top + "\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: " + number +
         "\nHà Nội, ngày 10 tháng 3 năm 2025\n\n" + type + "\nVỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC\n\nCăn cứ Luật Tổ chức;\n";
}

TEST(HeaderOpening, ACouncilOverItsInstitutionIsTheIssuer) {
  DocumentHeader judges =
      header_of_text(header_block("HỘI ĐỒNG THẨM PHÁN\nTÒA ÁN NHÂN DÂN TỐI CAO", "02/2025/NQ-HĐTP", "NGHỊ QUYẾT"));
  EXPECT_EQ(judges.issuer, "Hội đồng Thẩm phán Tòa án nhân dân tối cao");
  DocumentHeader inspection =
      header_of_text(header_block("ỦY BAN KIỂM TRA\nTỈNH ỦY NAM HÀ", "15-QĐ/UBKTTU", "QUYẾT ĐỊNH"));
  EXPECT_EQ(inspection.issuer, "Ủy ban Kiểm tra Tỉnh ủy Nam Hà");
  DocumentHeader ministry = header_of_text(header_block("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nBỘ Y TẾ", "12/QĐ-HĐTĐKT", "QUYẾT ĐỊNH"));
  EXPECT_EQ(ministry.issuer, "Hội đồng Thi đua - Khen thưởng Bộ Y tế");
}

TEST(HeaderOpening, ABodyOverItsUnitStaysTheUnit) {
  // The usual order: the parent over the issuing unit, a council or committee among them.
  EXPECT_EQ(header_of_text(header_block("BỘ TÀI CHÍNH\nCỤC THUẾ", "12/QĐ-CT", "QUYẾT ĐỊNH")).issuer, "Cục Thuế");
  EXPECT_EQ(header_of_text(header_block("ỦY BAN NHÂN DÂN TỈNH NAM HÀ\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "15/KH-HĐTĐKT",
                                        "KẾ HOẠCH"))
                .issuer,
            "Hội đồng Thi đua - Khen thưởng");
  // A council over its own office: the office issues.
  EXPECT_EQ(header_of_text(header_block("HỘI ĐỒNG NHÂN DÂN TỈNH NAM HÀ\nVĂN PHÒNG", "5/TB-VP", "THÔNG BÁO")).issuer,
            "Văn phòng Hội đồng nhân dân tỉnh Nam Hà");
  // An office wrapped over two cells with no owner above it: the line under it is the owner.
  EXPECT_EQ(header_of_text(header_block("VĂN PHÒNG\nCHÍNH PHỦ", "659/TB-VPCP", "THÔNG BÁO")).issuer, "Văn phòng Chính phủ");
  EXPECT_EQ(header_of_text(header_block("VĂN PHÒNG\nQUỐC HỘI", "12/TB-VPQH", "THÔNG BÁO")).issuer, "Văn phòng Quốc hội");
}

TEST(HeaderOpening, ATextWithoutHeaderTakesTheTypeOfItsFirstLine) {
  DocumentHeader draft = header_of_text(
      "THUYẾT MINH DỰ THẢO THÔNG TƯ QUY ĐỊNH MỨC THU PHÍ THẨM ĐỊNH\n\nI. SỰ CẦN THIẾT BAN HÀNH\n\n"
      "Năm 2023, các cơ quan thu phí thu được 35,4 tỷ đồng.\n\nII. BÁO CÁO KẾT QUẢ\n");
  EXPECT_EQ(draft.doc_type, "Thuyết minh");
  EXPECT_EQ(draft.title, "DỰ THẢO THÔNG TƯ QUY ĐỊNH MỨC THU PHÍ THẨM ĐỊNH");
  EXPECT_FALSE(draft.issuer);
  EXPECT_EQ(header_of_text("BÁO CÁO TÓM TẮT KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n\nNăm 2024, tỉnh đã hoàn thành.\n").doc_type,
            "Báo cáo");
  EXPECT_EQ(header_of_text("Tờ trình về việc ban hành Nghị quyết quy định mức chi\n\nKính trình Hội đồng nhân dân tỉnh.\n")
                .doc_type,
            "Tờ trình");
  EXPECT_EQ(header_of_text("NGHỊ QUYẾT LIÊN TỊCH HƯỚNG DẪN TIẾP XÚC CỬ TRI\n\nĐiều 1. Phạm vi\n").doc_type,
            "Nghị quyết liên tịch");
}

TEST(HeaderOpening, AFirstLineThatCitesADocumentGivesNoTitle) {
  DocumentHeader letter = header_of_text(
      "Công văn số 7137/CT-TTHT ngày 10/7/2013 của Cục Thuế tỉnh Nam Hà trả lời về hoàn thuế\n\nKính gửi: Công ty A\n");
  EXPECT_FALSE(letter.title) << *letter.title;
}

}  // namespace
}  // namespace vnpolicy
