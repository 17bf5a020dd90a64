// Headers of layouts the dev sets lack: texts of the Party's Central Committee and its organs
// (Quy định 66-QĐ/TW: "BAN CHẤP HÀNH TRUNG ƯƠNG" over the organ, "T/M BỘ CHÍNH TRỊ" signing),
// signatures a table cell wrapped, and scanned letters whose day the OCR garbled.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::header_of_text;

const char* kPartyTop = "BAN\nCHẤP HÀNH TRUNG ƯƠNG\n*\n|\nĐẢNG\nCỘNG SẢN VIỆT NAM\n---------------\n";

TEST(HeaderPartyScan, ASignatureWrappedOverTwoLinesNamesTheSigningBody) {
  // The Central Committee's header, the Politburo signing on two lines of a table cell.
  DocumentHeader conclusion = header_of_text(
      std::string(kPartyTop) + "Số 301-KL/TW\n|\nHà Nội, ngày 12\ntháng 3 năm 2026\n|\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\n"
      "VỀ CÔNG TÁC CÁN BỘ\n-----\nTại phiên họp ngày 10/3/2026, Bộ Chính trị kết luận như sau:\n"
      "1. Giao Ban Tổ chức Trung ương chủ trì thực hiện.\n|\nNơi nhận:\n- Như trên,\n- Lưu Văn phòng Trung ương Đảng.\n|\n"
      "T/M BỘ CHÍNH\nTRỊ\nNguyễn Văn A\n|\n");
  EXPECT_EQ(conclusion.issuer, "Bộ Chính trị");
  EXPECT_EQ(conclusion.number, "301-KL/TW");
  // Standing on one line it was already read; the wrap must give the same.
  DocumentHeader one_line = header_of_text(
      std::string(kPartyTop) + "Số 302-KL/TW\nHà Nội, ngày 12 tháng 3 năm 2026\nKẾT LUẬN\nCỦA BAN BÍ THƯ\n"
      "Ban Bí thư kết luận như sau:\n1. Các cấp ủy thực hiện.\nT/M BAN BÍ THƯ\nNguyễn Văn B\n");
  EXPECT_EQ(one_line.issuer, "Ban Bí thư");
  // A provincial committee's standing board signing on two lines.
  DocumentHeader plan = header_of_text(
      "ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 15-KH/TU\nNghệ An, ngày 3 tháng 10 năm 2025\n\n"
      "KẾ HOẠCH\nthực hiện chuyển đổi số\n\n1. Các cấp ủy thực hiện.\n\nT/M BAN THƯỜNG\nVỤ\nPHÓ BÍ THƯ\nNguyễn Văn C\n");
  EXPECT_EQ(plan.issuer, "Ban Thường vụ Tỉnh ủy Nghệ An");
  // "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" joined names no body: the header's issuer stays.
  DocumentHeader letter = header_of_text(
      "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 12/UBND-VX\nV/v triển khai nhiệm vụ\nCà Mau, ngày 5 tháng 12 năm 2025\n\n"
      "Kính gửi: Các sở, ngành.\n\nỦy ban nhân dân tỉnh đề nghị các sở thực hiện.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn D\n");
  EXPECT_EQ(letter.issuer, "Ủy ban nhân dân tỉnh Cà Mau");
}

TEST(HeaderPartyScan, ALetterWithoutHeaderIsSignedByTheBodyItsWrappedSignatureNames) {
  // A portal's copy with no header block: "TM. ỦY BAN" alone is a generic head ("Ủy ban"
  // of what?); with the next line it is the people's committee of the place the text names.
  const std::string body =
      "|\nKính gửi:\n|\n- Sở Y tế;\n- UBND các xã, phường.\n|\nThời gian qua, Ủy ban nhân dân tỉnh Quảng Trị đã chỉ "
      "đạo các sở thực hiện. Sở Y tế tỉnh Quảng Trị chủ trì rà soát.\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n";
  DocumentHeader wrapped = header_of_text(body + "TM. ỦY BAN\nNHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn E\n");
  EXPECT_EQ(wrapped.issuer, "Ủy ban nhân dân tỉnh Quảng Trị");
  // With no place written anywhere, neither "Ủy ban" nor "Ủy ban nhân dân" names an issuer.
  DocumentHeader placeless = header_of_text(
      "|\nKính gửi: Các sở, ngành.\n|\nThời gian qua, các sở đã thực hiện.\n|\nTM. ỦY BAN\nNHÂN DÂN\nKT. CHỦ TỊCH\n"
      "Nguyễn Văn F\n");
  EXPECT_EQ(placeless.issuer, std::nullopt);
}

TEST(HeaderPartyScan, AnOrganOfTheCentralCommitteeIsCalledByItsOwnName) {
  auto organ = [](const std::string& name) {
    return header_of_text("BAN CHẤP HÀNH\nTRUNG ƯƠNG\n" + name + "\n*\nĐẢNG CỘNG SẢN\nVIỆT NAM\n---------------\n"
                          "Số 07-HD/TW\nHà Nội, ngày 01 tháng 12 năm 2025\nHƯỚNG DẪN\nVỀ CÔNG TÁC VĂN PHÒNG\n-----\n"
                          "Thực hiện Quy định của Ban Bí thư, cơ quan hướng dẫn như sau:\n1. Các tỉnh ủy thực hiện.\n"
                          "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Văn E\n");
  };
  EXPECT_EQ(organ("VĂN PHÒNG").issuer, "Văn phòng Trung ương Đảng");
  EXPECT_EQ(organ("BAN TỔ CHỨC").issuer, "Ban Tổ chức Trung ương");
  EXPECT_EQ(organ("BAN TUYÊN GIÁO VÀ DÂN VẬN").issuer, "Ban Tuyên giáo và Dân vận Trung ương");
  // An organ of a provincial committee is still named after its committee.
  DocumentHeader provincial = header_of_text(
      "TỈNH ỦY NGHỆ AN\nBAN TUYÊN GIÁO\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 40-HD/BTGTU\nNghệ An, ngày 3 tháng 10 năm 2025\n\n"
      "HƯỚNG DẪN\ntuyên truyền kỷ niệm ngày thành lập Đảng\n\n1. Các huyện ủy thực hiện.\n");
  EXPECT_EQ(provincial.issuer, "Ban Tuyên giáo Tỉnh ủy Nghệ An");
}

TEST(HeaderPartyScan, AUnitOfAPeoplesCommitteeIsNamedWithThePlace) {
  auto unit = [](const std::string& parent, const std::string& name) {
    return header_of_text(parent + "\n" + name + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BC-TT\n"
                          "Hà Nam, ngày 3 tháng 5 năm 2025\nBÁO CÁO\nKết quả công tác quý I\n1. Tình hình chung.\n").issuer;
  };
  // Nghị định 30/2020: the unit of a people's committee is "<unit> <place>", its office
  // "Văn phòng Ủy ban nhân dân <place>"; a Party committee's organ keeps the committee's name.
  EXPECT_EQ(unit("UBND TỈNH HÀ NAM", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), "Trung tâm Phục vụ hành chính công tỉnh Hà Nam");
  EXPECT_EQ(unit("ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"), "Phòng Tài chính - Kế hoạch huyện Kim Bảng");
  EXPECT_EQ(unit("UBND TỈNH HÀ NAM", "VĂN PHÒNG"), "Văn phòng Ủy ban nhân dân tỉnh Hà Nam");
  EXPECT_EQ(unit("TỈNH ỦY HÀ NAM", "BAN NỘI CHÍNH"), "Ban Nội chính Tỉnh ủy Hà Nam");
  EXPECT_EQ(unit("HĐND TỈNH HÀ NAM", "BAN PHÁP CHẾ"), "Ban Pháp chế Hội đồng nhân dân tỉnh Hà Nam");
}

TEST(HeaderPartyScan, AScanThatGarbledTheDayStillGivesThePlaceAndYear) {
  DocumentHeader letter = header_of_text(
      "BỘ TÀI CHÍNH CONG HOA XÃ HOI CHỦ NGHĨA VIET NAM\n\nTONG CỤC HAI QUAN Độc lập - Tự do - Hạnh phúc\n"
      "Số: 3100 /TCHQ-TXNK Hà Nội, ngày | & tháng 5 năm 2020\n\nV/v thuế nhập khẩu máy móc tạm nhập\n\n"
      "Kính gửi: Cục Hải quan tỉnh Bình Dương.\n\nTổng cục Hải quan có ý kiến như sau:\n");
  EXPECT_EQ(letter.place, "Hà Nội");
  EXPECT_EQ(letter.year, 2020);
  EXPECT_FALSE(letter.issued_date) << *letter.issued_date;
  EXPECT_EQ(letter.issuer, "Tổng cục Hải quan");
  EXPECT_EQ(letter.number, "3100/TCHQ-TXNK");
  // A garbled month too; a readable date line still dates the text.
  EXPECT_EQ(header_of_text("CỤC THUẾ TP HẢI PHÒNG\nSố: 55/CT-TTHT\nHải Phòng, ngày gg tháng Ÿ năm 2019\n\nV/v hoàn thuế\n\n"
                           "Kính gửi: Công ty A.\n").place,
            "Hải Phòng");
  DocumentHeader dated = header_of_text("TỔNG CỤC THUẾ\nSố: 56/TCT-CS\nHà Nội, ngày 12 tháng 5 năm 2020\n\nV/v hoàn thuế\n\n"
                                        "Kính gửi: Cục Thuế tỉnh A.\n");
  EXPECT_EQ(dated.issued_date, "2020-05-12");
  // A cited text's date in the body is no place line.
  DocumentHeader cited = header_of_text("TỔNG CỤC THUẾ\nSố: 57/TCT-CS\n\nV/v hoàn thuế\n\n"
                                        "Kính gửi: Cục Thuế tỉnh A.\n\nCăn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;\n");
  EXPECT_FALSE(cited.place) << *cited.place;
}

TEST(HeaderPartyScan, APlaceAScanMisspelledTakesTheSpellingOfACityOrOfTheIssuersArea) {
  auto letter = [](const std::string& issuer, const std::string& place_line) {
    return header_of_text(issuer + "\nSố: 55/CT-TTHT\n" + place_line + "\n\nV/v hoàn thuế\n\nKính gửi: Công ty A.\n");
  };
  EXPECT_EQ(letter("TỔNG CỤC THUẾ", "Ha Nội, ngày 12 tháng 5 năm 2020").place, "Hà Nội");
  EXPECT_EQ(letter("CỤC THUẾ TP HẢI PHÒNG", "Hai Phong, ngày 12 tháng 5 năm 2020").place, "Hải Phòng");
  EXPECT_EQ(letter("CỤC THUẾ TỈNH BÌNH DƯƠNG", "Binh Dương, ngày 12 tháng 5 năm 2020").place, "Bình Dương");
  // Other letters are another place, kept as written.
  EXPECT_EQ(letter("CỤC THUẾ TỈNH BÌNH DƯƠNG", "Thuận An, ngày 12 tháng 5 năm 2020").place, "Thuận An");
  EXPECT_EQ(letter("TỔNG CỤC THUẾ", "Hà Nam, ngày 12 tháng 5 năm 2020").place, "Hà Nam");
}

TEST(HeaderPartyScan, ASignatureOfAKindOfBodyWithNoPlaceNamesNoIssuer) {
  // A letter crawled from "Kính gửi" on: "TM. ỦY BAN NHÂN DÂN" does not say which one.
  DocumentHeader crawled = header_of_text(
      "Kính gửi:\n- Các sở, ban, ngành;\n\nỦy ban nhân dân yêu cầu các sở thực hiện một số nội dung sau:\n"
      "1. Rà soát các gói thầu.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn F\n");
  EXPECT_FALSE(crawled.issuer) << *crawled.issuer;
  // Where the text names its province, the signature names the body there.
  DocumentHeader placed = header_of_text(
      "Kính gửi:\n- Các sở, ban, ngành tỉnh Cà Mau;\n\nỦy ban nhân dân tỉnh Cà Mau yêu cầu các sở thực hiện:\n"
      "1. Rà soát các gói thầu trên địa bàn tỉnh Cà Mau.\n\nNơi nhận:\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nNguyễn Văn G\n");
  EXPECT_EQ(placed.issuer, "Ủy ban nhân dân tỉnh Cà Mau");
}

}  // namespace
}  // namespace vnpolicy
