// Document header written in other cases than Nghị định 30/2020's capitals: portals that
// capitalise by style sheet (the text keeps sentence or title case), scans that lose the type
// word's diacritics, joint issuers, and decisions crawled without their issuer block.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::header_of_text;

TEST(HeaderWrittenCase, ASentenceCaseHeaderGivesItsIssuerTypeAndTitle) {
  DocumentHeader plan = header_of_text(
      "Ủy ban nhân dân tỉnh Cà Mau\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 123/KH-UBND\nCà Mau, ngày 5 tháng 12 năm 2025\n\nKế hoạch\n"
      "Triển khai thực hiện chuyển đổi số trên địa bàn tỉnh năm 2026\n\n"
      "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ;\n");
  EXPECT_EQ(plan.doc_type, "Kế hoạch");
  EXPECT_EQ(plan.issuer, "Ủy ban nhân dân tỉnh Cà Mau");
  EXPECT_EQ(plan.title, "Triển khai thực hiện chuyển đổi số trên địa bàn tỉnh năm 2026");
  EXPECT_EQ(plan.number, "123/KH-UBND");
  EXPECT_EQ(plan.issued_date, "2025-12-05");
  // Title case, the body over its parent on two lines.
  DocumentHeader report = header_of_text(
      "Ủy Ban Nhân Dân\nTỉnh Quảng Trị\nSở Tài Chính\nCộng Hòa Xã Hội Chủ Nghĩa Việt Nam\nĐộc Lập - Tự Do - Hạnh Phúc\n"
      "Số: 77/BC-STC\nQuảng Trị, ngày 12 tháng 11 năm 2025\n\nBáo Cáo\nKết quả thực hiện dự toán ngân sách năm 2025\n\n"
      "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Tài chính báo cáo như sau:\n");
  EXPECT_EQ(report.doc_type, "Báo cáo");
  EXPECT_EQ(report.issuer, "Sở Tài chính tỉnh Quảng Trị");
  EXPECT_EQ(report.title, "Kết quả thực hiện dự toán ngân sách năm 2025");
  // A Party committee under its Đảng bộ, the Party's heading in sentence case beside it.
  DocumentHeader party = header_of_text(
      "Đảng bộ tỉnh Nghệ An\nTỉnh ủy\nĐảng Cộng sản Việt Nam\nSố 15-KH/TU\nNghệ An, ngày 3 tháng 10 năm 2025\n\n"
      "Kế hoạch\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n\nThực hiện Nghị quyết số 57-NQ/TW, Tỉnh ủy ban hành Kế hoạch.\n");
  EXPECT_EQ(party.issuer, "Tỉnh ủy Nghệ An");
  EXPECT_EQ(party.doc_type, "Kế hoạch");
}

TEST(HeaderWrittenCase, ASentenceOrALineOfTheBodyIsNoHeader) {
  // A sentence over the date is no issuer block: too long, and it goes on in lower case.
  DocumentHeader sentence = header_of_text(
      "Ủy ban nhân dân tỉnh đã ban hành nhiều văn bản chỉ đạo quan trọng về chuyển đổi số trong năm qua\n"
      "Cà Mau, ngày 5 tháng 12 năm 2025\n\nBÁO CÁO\nTình hình thực hiện\n");
  EXPECT_FALSE(sentence.issuer) << *sentence.issuer;
  // A letter's body line "Báo cáo" after "Kính gửi" is no type word of the header.
  DocumentHeader letter = header_of_text(
      "BỘ TÀI CHÍNH\nSố: 1234/BTC-NSNN\nV/v lập dự toán năm 2026\nHà Nội, ngày 20 tháng 7 năm 2025\n\n"
      "Kính gửi: Ủy ban nhân dân các tỉnh.\n\nBộ Tài chính đề nghị gửi các tài liệu sau:\n\nBáo cáo\n\nKế hoạch\n");
  EXPECT_EQ(letter.doc_type, "Công văn");
  // "Luật" over "số: 72/2025/QH15" is the number's label wrapped: the type line comes under it.
  DocumentHeader law = header_of_text(
      "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLuật\nsố: 72/2025/QH15\n"
      "Hà Nội, ngày 16 tháng 6 năm 2025\n\nLUẬT\nTỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\n\nCăn cứ Hiến pháp;\n");
  EXPECT_EQ(law.doc_type, "Luật");
  EXPECT_EQ(law.title, "TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG");
  EXPECT_EQ(law.place, "Hà Nội");
}

TEST(HeaderWrittenCase, ASentenceCaseSignatureNamesTheIssuer) {
  const std::string body =
      "KẾ HOẠCH\nTổ chức Hội nghị tổng kết công tác năm 2025\n\nI. MỤC ĐÍCH\n\nTổng kết công tác năm 2025 của tỉnh Gia Lai.\n\n"
      "Sở Nội vụ chủ trì tổ chức Hội nghị trong tháng 12 năm 2025.\n\n";
  DocumentHeader h = header_of_text(body + "TM. Ủy ban nhân dân\nKT. Chủ tịch\nPhó Chủ tịch\nTrần Văn B\n");
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Gia Lai");
  // Without its mark's dot the line is a sentence's start, not a signature.
  DocumentHeader none = header_of_text(body + "TM Ủy ban nhân dân\nTrần Văn B\n");
  EXPECT_FALSE(none.issuer) << *none.issuer;
}

TEST(HeaderWrittenCase, AScanThatLostTheTypeWordsDiacriticsStillNamesTheType) {
  const std::string head = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n";
  const std::pair<const char*, const char*> cases[] = {
      {"QUYET ĐỊNH", "Quyết định"}, {"THONG BAO", "Thông báo"}, {"NGHỊ QUYÉT", "Nghị quyết"}, {": : _ NGHỊ QUYẾT", "Nghị quyết"}};
  for (const auto& [line, type] : cases) {
    // Read or garbled, the number line puts the type line behind the header's top.
    for (const char* number : {"Số: 412/QĐ-TCT Hà Nội, ngày 07 tháng 4 năm 2022", "Số: 4⁄2 4/QĐ-TCT Hà Nội, ngày 0È tháng 4 năm 2022"}) {
      DocumentHeader h = header_of_text(head + number + "\n" + line +
                                        "\nVề việc ban hành quy chế trao đổi thông tin\nTỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ\n"
                                        "Căn cứ Luật Quản lý thuế;\n");
      EXPECT_EQ(h.doc_type, type) << line << " / " << number;
      EXPECT_EQ(h.title, "Về việc ban hành quy chế trao đổi thông tin") << line;
      EXPECT_EQ(h.issuer, "Tổng cục Thuế") << line;
    }
  }
  // A line of capitals that is no type word stays none.
  DocumentHeader other = header_of_text(head + "Số: 412/TCT-CS Hà Nội, ngày 07 tháng 4 năm 2022\nQUYET TOAN THUE\nKính gửi: Cục Thuế.\n");
  EXPECT_NE(other.doc_type, "Quyết định");
}

TEST(HeaderWrittenCase, AJointIssuerIsSpelledBodyByBody) {
  DocumentHeader circular = header_of_text(
      "BỘ TÀI CHÍNH - BỘ NỘI VỤ\n-------\nSố: 05/2025/TTLT-BTC-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 9 năm 2025\n\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn chế độ phụ cấp\n\n"
      "Căn cứ Nghị định số 29/2025/NĐ-CP;\n");
  EXPECT_EQ(circular.issuer, "Bộ Tài chính - Bộ Nội vụ");
  // The names wrapped inside "ỦY" / "BAN": the second line goes on with the same name.
  DocumentHeader resolution = header_of_text(
      "ỦY BAN THƯỜNG VỤ QUỐC HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY\nBAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\n-------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN\n"
      "Hà Nội, ngày 26 tháng 9 năm 2025\nNGHỊ QUYẾT LIÊN TỊCH\nHƯỚNG DẪN QUY TRÌNH HIỆP THƯƠNG\n\nCăn cứ Hiến pháp;\n");
  EXPECT_EQ(resolution.issuer,
            "Ủy ban Thường vụ Quốc hội - Chính phủ - Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
  // A listed name holding " - " itself stays whole.
  DocumentHeader ministry = header_of_text(
      "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 135/QĐ-BLĐTBXH\nHà Nội, ngày 31 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\nVề việc công bố\n");
  EXPECT_EQ(ministry.issuer, "Bộ Lao động - Thương binh và Xã hội");
}

TEST(HeaderWrittenCase, AScanThatGluedAListedNameOrMisreadVvStillReadsIt) {
  DocumentHeader h = header_of_text(
      "BỘ YTÉ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 10688/BYT-MT Hà Nội, ngày 15 tháng 12 năm 2021\nViv phòng, chống dịch COVID-19\n\n"
      "Kính gửi: Ủy ban nhân dân các tỉnh.\n\nBộ Y tế đề nghị các địa phương thực hiện.\n");
  EXPECT_EQ(h.issuer, "Bộ Y tế");  // "Y TẾ" glued by the scan
  EXPECT_EQ(h.doc_type, "Công văn");  // "V/v" read as "Viv"
  EXPECT_EQ(h.title, "phòng, chống dịch COVID-19");
}

TEST(HeaderWrittenCase, TheOfficeOnTheAuthorityLineNamesItsBody) {
  // A decision crawled without its issuer block: "BỘ TRƯỞNG BỘ Y TẾ" under the title.
  DocumentHeader minister = header_of_text(
      "QUYẾT ĐỊNH\nVề việc ban hành Hướng dẫn chẩn đoán và điều trị\n\nBỘ TRƯỞNG BỘ Y TẾ\n\n"
      "Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này.\n");
  EXPECT_EQ(minister.issuer, "Bộ Y tế");
  EXPECT_EQ(minister.title, "Về việc ban hành Hướng dẫn chẩn đoán và điều trị");
  DocumentHeader chair = header_of_text(
      "QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
  EXPECT_EQ(chair.issuer, "Ủy ban nhân dân tỉnh Bắc Ninh");
  // The Prime Minister's line is the issuer itself.
  DocumentHeader pm = header_of_text("QUYẾT ĐỊNH\nVề việc phê duyệt Đề án\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ;\n");
  EXPECT_EQ(pm.issuer, "Thủ tướng Chính phủ");
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

// Nghị định 30/2020 names more kinds of administrative text than plans and decisions (Phụ lục III):
// an invitation, a draft's explanatory note. Without its type word the caps line ran into the issuer.
TEST(HeaderWrittenCase, TheOtherKindsOfDecree30AreTypes) {
  DocumentHeader invitation = testing::header_of_text(
      "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 85/GM-UBND\nLâm Đồng, ngày 20 tháng 01 năm 2026\n\nGIẤY MỜI\nHọp đánh giá công tác cải cách hành chính năm 2025\n\n"
      "Ủy ban nhân dân tỉnh trân trọng kính mời đại diện lãnh đạo các sở, ngành dự họp.\n");
  EXPECT_EQ(invitation.doc_type, "Giấy mời");
  EXPECT_EQ(invitation.issuer, "Ủy ban nhân dân tỉnh Lâm Đồng");
  DocumentHeader note = testing::header_of_text(
      "BỘ TÀI CHÍNH\n\nTHUYẾT MINH\nDự thảo Thông tư quy định mức thu phí thẩm định\n\nI. SỰ CẦN THIẾT BAN HÀNH\n\n"
      "Căn cứ Luật Phí và lệ phí số 97/2015/QH13.\n");
  EXPECT_EQ(note.doc_type, "Thuyết minh");
  EXPECT_EQ(note.issuer, "Bộ Tài chính");
  EXPECT_EQ(note.title, "Dự thảo Thông tư quy định mức thu phí thẩm định");
}

}  // namespace
}  // namespace vnpolicy
