// Document header: the five corpus documents, the second development set, and
// headers that are split, noisy or incomplete.
#include <gtest/gtest.h>

#include "read/document_reader.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

DocumentHeader header_of(const std::filesystem::path& p) {
  return testing::project_extractor().extract(read_document(p)).document;
}
using testing::header_of_text;

TEST(HeaderExtractor, PlanWithFullHeaderBlock) {
  DocumentHeader h = header_of(testing::corpus_file("001"));
  EXPECT_EQ(h.doc_type, "Kế hoạch");
  EXPECT_EQ(h.number, "148/KH-UBND");  // written "Số:   148 /KH-UBND"
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Lai Châu");
  EXPECT_EQ(h.issued_date, "2021-01-19");
  EXPECT_EQ(h.place, "Lai Châu");
  EXPECT_EQ(h.title,
            "Thực hiện Nghị quyết số 01/NQ-CP ngày 01 tháng 01 năm 2021 của Chính phủ về nhiệm vụ, giải pháp chủ yếu "
            "thực hiện kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2021");
}

TEST(HeaderExtractor, PlanWithoutHeaderBlockTakesIssuerFromSignature) {
  DocumentHeader h = header_of(testing::corpus_file("000"));
  EXPECT_EQ(h.doc_type, "Kế hoạch");
  EXPECT_FALSE(h.number);
  EXPECT_FALSE(h.issued_date);
  EXPECT_FALSE(h.place);
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Lai Châu");  // "TM. UỶ BAN NHÂN DÂN" + the province it names
  ASSERT_TRUE(h.title);
  EXPECT_EQ(h.title->rfind("Thực hiện Nghị quyết 01/NQ-CP ngày 06/01/2023 của Chính phủ về", 0), 0u) << *h.title;
  const std::string tail = "cạnh tranh quốc gia năm 2023";
  EXPECT_EQ(h.title->substr(h.title->size() - tail.size()), tail);
}

TEST(HeaderExtractor, PartyReportSignedByTheExecutiveCommittee) {
  DocumentHeader h = header_of(testing::corpus_file("002"));
  EXPECT_EQ(h.doc_type, "Báo cáo");  // "**BÁO CÁO****tình hình ...**" on one line
  EXPECT_EQ(h.issuer, "Ban Chấp hành Đảng bộ tỉnh Lai Châu");
  EXPECT_EQ(h.title, "tình hình thực hiện nhiệm vụ năm 2022, nhiệm vụ năm 2023");
  EXPECT_FALSE(h.issued_date);
}

TEST(HeaderExtractor, OcrNoiseInTheHeader) {
  DocumentHeader h = header_of(testing::corpus_file("003"));
  EXPECT_EQ(h.doc_type, "Chương trình hành động");
  EXPECT_EQ(h.number, "26-CTr/TU");  // the stamp "ĐỀN Số - 1H -" above it is not a number
  EXPECT_EQ(h.issued_date, "2022-12-28");
  EXPECT_EQ(h.place, "Lai Châu");
  EXPECT_EQ(h.issuer, "Ban Thường vụ Tỉnh ủy Lai Châu");
}

TEST(HeaderExtractor, DraftDateWithBlankDay) {
  DocumentHeader h = header_of(testing::corpus_file("004"));
  EXPECT_EQ(h.doc_type, "Báo cáo");
  EXPECT_EQ(h.place, "Lai Châu");
  EXPECT_FALSE(h.issued_date);  // "ngày      tháng 02 năm 2023"
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Lai Châu");
}

TEST(HeaderExtractor, GazetteAndMarkdownLayouts) {
  auto extra = testing::source_dir() / "tests" / "data" / "extra";
  DocumentHeader a = header_of(extra / "h2-01.txt");
  EXPECT_EQ(a.doc_type, "Nghị quyết");
  EXPECT_EQ(a.number, "122/NQ-CP");
  EXPECT_EQ(a.issuer, "Chính phủ");
  EXPECT_EQ(a.issued_date, "2026-05-06");
  EXPECT_EQ(a.place, "Hà Nội");
  EXPECT_EQ(a.title, "Phiên họp Chính phủ thường kỳ tháng 4 năm 2026");
  DocumentHeader b = header_of(extra / "h2-02.txt");
  EXPECT_EQ(b.issuer, "Thủ tướng Chính phủ");
  EXPECT_EQ(b.doc_type, "Quyết định");
  ASSERT_TRUE(b.title);
  EXPECT_EQ(*b.title, "Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí "
                      "thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới");
  DocumentHeader c = header_of(extra / "h2-03.txt");  // "*Đồng Nai, ngày 20\ntháng 11 năm 2025*"
  EXPECT_EQ(c.issuer, "Ủy ban nhân dân tỉnh Đồng Nai");
  EXPECT_EQ(c.issued_date, "2025-11-20");
  EXPECT_EQ(c.place, "Đồng Nai");
  DocumentHeader d = header_of(extra / "h2-04.txt");
  EXPECT_EQ(d.title, "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030");
}

TEST(HeaderExtractor, MissingFieldsStayNull) {
  DocumentHeader h = header_of_text("Một đoạn văn bản không có tiêu đề.\nDòng thứ hai.\n");
  EXPECT_FALSE(h.doc_type);
  EXPECT_FALSE(h.number);
  EXPECT_FALSE(h.issuer);
  EXPECT_FALSE(h.issued_date);
  EXPECT_FALSE(h.place);
  EXPECT_FALSE(h.title);
}

TEST(HeaderExtractor, OldToneMarksAndSplitIssuer) {
  DocumentHeader h = header_of_text(
      "UỶ BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG\nSố: 12/QĐ-UBND\nTam Đường, ngày 05 tháng 3 năm 2024\n"
      "QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân huyện Tam Đường");
  EXPECT_EQ(h.number, "12/QĐ-UBND");
  EXPECT_EQ(h.issued_date, "2024-03-05");
  EXPECT_EQ(h.place, "Tam Đường");
  EXPECT_EQ(h.doc_type, "Quyết định");
  EXPECT_EQ(h.title, "Về việc phê duyệt kế hoạch");
}

TEST(HeaderExtractor, ImpossibleDateIsNull) {
  DocumentHeader h = header_of_text("Lai Châu, ngày 31 tháng 02 năm 2023\nKẾ HOẠCH\nThực hiện nhiệm vụ\n");
  EXPECT_EQ(h.place, "Lai Châu");
  EXPECT_FALSE(h.issued_date);
}

TEST(HeaderExtractor, LetterDateAfterAWrappedSubjectLine) {
  // A crawled letter: one table cell per line, "|" for the cell borders, the subject over two
  // lines between the number and the place, the date split after "ngày".
  DocumentHeader h = header_of_text(
      "|\nBỘ NỘI VỤ\n--------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "---------------\n|\n|\nSố:215/BNV-TCBC\nV/v hướng dẫn tinh giản biên chế\ncủa các cơ quan, đơn vị.\n|\n"
      "Hà Nội, ngày\n21 tháng 11 năm 2025\n|\n|\nKính gửi:\n|\n- Các bộ, cơ quan ngang bộ,\n"
      "Thực hiện chỉ đạo của Chính phủ, Bộ Nội vụ đề nghị các cơ quan báo cáo trước ngày 15 tháng 12 năm 2025.\n");
  EXPECT_EQ(h.doc_type, "Công văn");
  EXPECT_EQ(h.number, "215/BNV-TCBC");
  EXPECT_EQ(h.issuer, "Bộ Nội vụ");
  EXPECT_EQ(h.place, "Hà Nội");
  EXPECT_EQ(h.issued_date, "2025-11-21");
}

TEST(HeaderExtractor, PlaceIsTheCellBeforeTheDateNotTheSubjectsLastWords) {
  DocumentHeader h = header_of_text(
      "VĂN PHÒNG CHÍNH PHỦ\nSố: 118/VPCP-CN\nV/v đầu tư tuyến đường qua Nam Định, Thái Bình\n|\n"
      "Hà Nội, ngày 27 tháng 11 năm 2025\n|\nKính gửi: Bộ Xây dựng.\n");
  EXPECT_EQ(h.place, "Hà Nội");
  EXPECT_EQ(h.issued_date, "2025-11-27");
  DocumentHeader split = header_of_text(
      "THUẾ TỈNH TÂY NINH\nSố: 57/TNI-QLDN1\nV/v thuế suất thuế GTGT\n|\nTây\nNinh, ngày 01 tháng 12 năm 2025\n"
      "|\nKính gửi: Công ty A.\n");
  EXPECT_EQ(split.place, "Tây Ninh");
  EXPECT_EQ(split.issued_date, "2025-12-01");
}

TEST(HeaderExtractor, LetterDateIsNotTakenFromTheBody) {
  DocumentHeader h = header_of_text(
      "BỘ TÀI CHÍNH\nSố: 12/BTC-CST\nV/v chính sách thuế\nKính gửi: Cục Thuế.\n"
      "Hà Nội, ngày 05 tháng 3 năm 2024 Bộ Tài chính nhận được công văn.\n");
  EXPECT_EQ(h.number, "12/BTC-CST");
  EXPECT_FALSE(h.issued_date);
}

TEST(HeaderExtractor, LawTakesItsDateFromThePassingSentence) {
  DocumentHeader h = header_of_text(
      "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLuật số: 12/2024/QH15\n\nLUẬT\n"
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT A\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
      "Điều 1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.\n"
      "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV,\nkỳ họp thứ 8 thông qua ngày 27 tháng 11 năm 2024.\n"
      "CHỦ TỊCH QUỐC HỘI\n");
  EXPECT_EQ(h.number, "12/2024/QH15");
  EXPECT_EQ(h.issuer, "Quốc hội");
  EXPECT_EQ(h.issued_date, "2024-11-27");
  EXPECT_FALSE(h.place);
  // The header's own date wins over the passing sentence.
  DocumentHeader hdnd = header_of_text(
      "HỘI ĐỒNG NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 10/NQ-HĐND\nLai Châu, ngày 12 tháng 12 năm 2022\nNGHỊ QUYẾT\nVề dự toán\n"
      "Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XV, Kỳ họp thứ 12 thông qua ngày 09 tháng 12 năm 2022.\n");
  EXPECT_EQ(hdnd.issued_date, "2022-12-12");
}

TEST(HeaderExtractor, ConsolidatedTextTakesItsOwnNumberFromTheSeal) {
  // The consolidated text repeats the header of the decree; the seal after the last article
  // gives the consolidated text its own number, date and issuer.
  DocumentHeader h = header_of_text(
      "CHÍNH PHỦ\nSố: 49/2018/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNGHỊ ĐỊNH\n"
      "Quy định về kiểm định chất lượng\n\nNghị định số 49/2018/NĐ-CP ngày 30 tháng 3 năm 2018 của Chính phủ, được sửa đổi.\n"
      "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về kiểm định.\n"
      "Điều 2. Trách nhiệm thi hành\nCác Bộ trưởng chịu trách nhiệm thi hành Nghị định này./.\n\n"
      "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n\nSố: 1798/VBHN-BLĐTBXH\nXÁC THỰC VĂN BẢN HỢP NHẤT\n\n"
      "Hà Nội, ngày 18 tháng 5 năm 2023\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A\n");
  EXPECT_EQ(h.doc_type, "Văn bản hợp nhất");
  EXPECT_EQ(h.number, "1798/VBHN-BLĐTBXH");
  EXPECT_EQ(h.issuer, "Bộ Lao động - Thương binh và Xã hội");
  EXPECT_EQ(h.issued_date, "2023-05-18");
  EXPECT_EQ(h.place, "Hà Nội");
  EXPECT_EQ(h.title, "Quy định về kiểm định chất lượng");
  // Number under the seal, issuer alone over it.
  DocumentHeader under = header_of_text(
      "THÔNG TƯ\nHướng dẫn quản lý lao động\n\nĐiều 1. Thông tư này có hiệu lực./.\n\n"
      "BỘ TÀI CHÍNH\nXÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 19/VBHN-BTC\nHà Nội, ngày 04 tháng 6 năm 2026\nKT. BỘ TRƯỞNG\n");
  EXPECT_EQ(under.number, "19/VBHN-BTC");
  EXPECT_EQ(under.issuer, "Bộ Tài chính");
  EXPECT_EQ(under.issued_date, "2026-06-04");
  // Without the seal the repeated header stands.
  DocumentHeader plain = header_of_text("CHÍNH PHỦ\nSố: 49/2018/NĐ-CP\nNGHỊ ĐỊNH\nQuy định về kiểm định\n");
  EXPECT_EQ(plain.doc_type, "Nghị định");
  EXPECT_EQ(plain.number, "49/2018/NĐ-CP");
}

TEST(HeaderExtractor, CapitalTitleEndsBeforeTheAuthorityLine) {
  DocumentHeader h = header_of_text(
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 15/QĐ-UBND\nBắc Ninh, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ\n"
      "VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ\nCỦA SỞ NỘI VỤ TỈNH BẮC NINH\n"
      "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
  EXPECT_EQ(h.title, "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ CỦA SỞ NỘI VỤ TỈNH BẮC NINH");
  DocumentHeader gov = header_of_text(
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: 15/QĐ-TTg\nQUYẾT ĐỊNH\nPHÊ DUYỆT DANH MỤC CÁC DỰ ÁN QUAN TRỌNG\nTHỦ TƯỚNG CHÍNH PHỦ\n"
      "Căn cứ Luật Tổ chức Chính phủ;\n");
  EXPECT_EQ(gov.title, "PHÊ DUYỆT DANH MỤC CÁC DỰ ÁN QUAN TRỌNG");
  // A wrapped title whose next line names a body goes on: after a comma, or when the line says more.
  DocumentHeader party = header_of_text(
      "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-KL/TW\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ TÌNH HÌNH HOẠT ĐỘNG\n-----\n\nNội dung.\n");
  EXPECT_EQ(party.title, "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH HOẠT ĐỘNG");
}

TEST(HeaderExtractor, TypeWordWrappedOverTwoLines) {
  DocumentHeader h = header_of_text(
      "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 80/2025/QĐ-UBND\nHà Tĩnh, ngày 24 tháng 11 năm 2025\nQUYẾT\nĐỊNH\nBÃI BỎ QUYẾT ĐỊNH SỐ 15/2025/QĐ-UBND\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương;\n");
  EXPECT_EQ(h.doc_type, "Quyết định");
  EXPECT_EQ(h.title, "BÃI BỎ QUYẾT ĐỊNH SỐ 15/2025/QĐ-UBND");
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Hà Tĩnh");
  // Before the number a wrapped capital line is a name, not a type word.
  DocumentHeader name = header_of_text("BỘ KẾ\nHOẠCH VÀ ĐẦU TƯ\nSố: 12/BKHĐT-TH\nV/v báo cáo\nKính gửi: Các bộ\n");
  EXPECT_EQ(name.doc_type, "Công văn");
}

TEST(HeaderExtractor, LettersWithoutATypeWord) {
  // "V/v" alone on its line, the subject under it.
  DocumentHeader alone = header_of_text(
      "VĂN PHÒNG CHÍNH PHỦ\nSố: 11/VPCP-KGVX\nV/v\nthành lập mạng lưới quan trắc\nHà Nội, ngày 18 tháng 11 năm 2025\n"
      "Kính gửi: Bộ Khoa học và Công nghệ.\n");
  EXPECT_EQ(alone.doc_type, "Công văn");
  EXPECT_EQ(alone.issued_date, "2025-11-18");
  // A crawl that kept only the body: addressed "Kính gửi".
  DocumentHeader body = header_of_text("Kính gửi:\n- Các thương nhân đầu mối kinh doanh xăng dầu.\nCăn cứ Nghị định số 83/2014/NĐ-CP;\n");
  EXPECT_EQ(body.doc_type, "Công văn");
  // A form with its own type word is no letter.
  DocumentHeader form = header_of_text(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTỜ KHAI\nĐề nghị cấp Giấy chứng sinh\nKính gửi: ……\n");
  EXPECT_EQ(form.doc_type, "Tờ khai");
}

TEST(HeaderExtractor, TypeFromTheNumbersCodeWhenNoTypeWordStands) {
  DocumentHeader h = header_of_text(
      "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\nSố: 21/2025/TT-BGDĐT |\n\n"
      "Quy định chế độ trả tiền lương dạy thêm giờ\n\nCăn cứ Luật Giáo dục số 43/2019/QH14;\n");
  EXPECT_EQ(h.number, "21/2025/TT-BGDĐT");
  EXPECT_EQ(h.doc_type, "Thông tư");
  // Without the year the code may name the issuer ("CT" of Cục Thuế): no type from it.
  DocumentHeader letter = header_of_text("CỤC THUẾ\nSố: 5330/CT-CS\nNội dung trả lời.\n");
  EXPECT_FALSE(letter.doc_type);
}

TEST(HeaderExtractor, ACentralBodyIsNamedByItsNumbersCodeWhenTheIssuerBlockIsLost) {
  DocumentHeader decree = header_of_text(
      "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\nSố: 09/2025/NĐ-CP |\n\n"
      "NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Đầu tư\n\nCăn cứ Luật Đầu tư số 61/2020/QH14;\n");
  EXPECT_EQ(decree.number, "09/2025/NĐ-CP");
  EXPECT_EQ(decree.issuer, "Chính phủ");
  DocumentHeader circular = header_of_text("Số: 21/2025/TT-BGDĐT |\n\nThông tư quy định chế độ trả tiền lương\n");
  EXPECT_EQ(circular.issuer, "Bộ Giáo dục và Đào tạo");
  // "UBND" is a kind of body: without its province the number names no issuer.
  DocumentHeader plan = header_of_text("Số: 15/KH-UBND |\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2025\n");
  EXPECT_EQ(plan.number, "15/KH-UBND");
  EXPECT_FALSE(plan.issuer);
}

TEST(HeaderExtractor, TheEnactingFormulaNamesTheIssuerWhenNothingElseDoes) {
  DocumentHeader decree = header_of_text(
      "NGHỊ ĐỊNH\n\nPHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH\n\nCăn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;\n\n"
      "Theo đề nghị của Bộ trưởng Bộ Nội vụ;\n\nChính phủ ban hành Nghị định phân loại đơn vị hành chính.\n");
  EXPECT_EQ(decree.doc_type, "Nghị định");
  EXPECT_EQ(decree.issuer, "Chính phủ");
  DocumentHeader circular = header_of_text(
      "THÔNG TƯ\nQuy định mã số chức danh khoa học\n\nCăn cứ Luật Viên chức số 58/2010/QH12;\n\n"
      "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ;\n\nBộ trưởng Bộ Khoa học và Công nghệ\nban hành Thông tư quy định mã số.\n");
  EXPECT_EQ(circular.issuer, "Bộ Khoa học và Công nghệ");  // the ministry, not its minister
}

TEST(HeaderExtractor, ANoticeWithoutItsHeaderIsIssuedByTheBodyItsFormulaNames) {
  DocumentHeader notice = header_of_text(
      "THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tiến độ dự án\n\n"
      "Ngày 10 tháng 11 năm 2025, Phó Thủ tướng chủ trì cuộc họp. Phó Thủ tướng kết luận như sau:\n\n"
      "1. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ.\n\n"
      "Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.\n");
  EXPECT_EQ(notice.issuer, "Văn phòng Chính phủ");
  // A header block wins over the formula.
  DocumentHeader block = header_of_text(
      "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "Số: 12/TB-UBND\n\nTHÔNG BÁO\nKết luận của Chủ tịch\n\nVăn phòng Chính phủ thông báo để biết.\n");
  EXPECT_EQ(block.issuer, "Ủy ban nhân dân tỉnh Nghệ An");
}

TEST(HeaderExtractor, OcrNameWithLostDiacriticsTakesTheListedSpelling) {
  DocumentHeader h = header_of_text(
      "--- PAGE 1 ---\nBỘ TAI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc\n"
      "Số: 509/TCT-CS Hà Nội, ngày 07 tháng 02 năm 2018\nV/v hoàn thuế GTGT.\n\nKính gửi: Cục Thuế tỉnh Nam Định.\n");
  EXPECT_EQ(h.issuer, "Tổng cục Thuế");
  EXPECT_EQ(h.number, "509/TCT-CS");
  // The supreme court says no place; dashes left on the type line are no title.
  DocumentHeader court = header_of_text(
      "TOA ÁN NHÂN DAN TOI CAO Độc lập - Tự do - Hạnh phúc\nSố: 05/2019/NQ-HĐTP Hà Nội, ngày 15 tháng 8 năm 2019\n\n"
      "NGHỊ QUYẾT - -\nHướng dẫn áp dụng Điều 214\n\nCăn cứ Luật Tổ chức Tòa án nhân dân;\n");
  EXPECT_EQ(court.issuer, "Tòa án nhân dân tối cao");
  EXPECT_EQ(court.title, "Hướng dẫn áp dụng Điều 214");
  EXPECT_EQ(h.issued_date, "2018-02-07");
  // The issuing body under its parent, on a line that lost every diacritic ("CUC THUE").
  DocumentHeader local = header_of_text(
      "TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM\nCUC THUE TINH BAC NINH Độc lập - Tự do - Hạnh phúc\n"
      "Số: 125/CT-TTHT Bắc Ninh, ngày 14 tháng 6 năm 2018\nV/v chính sách thuế\nKính gửi: Công ty TNHH An Phát.\n");
  ASSERT_TRUE(local.issuer);
  EXPECT_EQ(local.issuer->rfind("Cục Thu", 0), 0u) << *local.issuer;
}

// Without an issuer block, the header zone ends at an attachment's note or a part numbered in
// Roman figures: the capitals of a table under them name no issuer.
TEST(HeaderExtractor, AnAttachmentNoteAndARomanPartOpenTheBody) {
  DocumentHeader appendix = header_of_text(
      "PHỤ LỤC\n\nKẾT QUẢ XẾP LOẠI CÁC CƠ QUAN NĂM 2025\n\n"
      "(Kèm theo Quyết định số 15/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh)\n\n"
      "| STT | Đơn vị | Xếp loại |\n| 1 | SỞ TƯ PHÁP | TỐT |\n| 2 | SỞ NỘI VỤ | KHÁ |\n");
  EXPECT_FALSE(appendix.issuer) << *appendix.issuer;
  DocumentHeader note = header_of_text(
      "THUYẾT MINH DỰ THẢO QUY CHẾ\n\nI. SỰ CẦN THIẾT BAN HÀNH QUY CHẾ\n\nNội dung thuyết minh.\n");
  EXPECT_FALSE(note.issuer) << *note.issuer;  // "BAN HÀNH" is no Ban
}

TEST(HeaderExtractor, PlaceDateLineWithTheDateInFigures) {
  DocumentHeader h = header_of_text(
      "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 118/BC-UBND\nLâm Đồng, ngày 05/6/2025\n\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 5\n\n"
      "Căn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh Lâm Đồng ngày 03/01/2025;\n");
  EXPECT_EQ(h.issued_date, "2025-06-05");
  EXPECT_EQ(h.place, "Lâm Đồng");
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Lâm Đồng");
  // Without the comma a date in figures is a cited document's, not the place-date line.
  DocumentHeader cited = header_of_text(
      "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 118/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch của UBND tỉnh Lâm Đồng ngày 05/6/2025\n");
  EXPECT_FALSE(cited.issued_date) << *cited.issued_date;
}

TEST(HeaderExtractor, AScannedDayWrittenSpacedOrWithLForOneDatesTheDocument) {
  const std::string head = "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1 0 9 4 3 /BYT-MT ";
  const std::string tail = "\nV/v phòng chống dịch\nKính gửi: Các Sở Y tế.\n\nBộ Y tế đề nghị ngày 2 4 tháng 12 năm 2021 các Sở báo cáo.\n";
  const std::pair<const char*, const char*> cases[] = {
      {"Hà Nội, ngày 2 4 tháng 12 năm 2021", "2021-12-24"},  // a stamped day spaced out
      {"Hà Nội, ngày 2 2tháng 12 năm 2021", "2021-12-22"},   // and glued to "tháng"
      {"Hà Nội, ngày l8thang 12 năm 2021", "2021-12-18"},    // l for 1, "tháng" without its marks
      {"Hà Nội, ngày I5 tháng 12 năm 2021", "2021-12-15"},   // I for 1
  };
  for (const auto& [line, date] : cases) {
    DocumentHeader h = header_of_text(head + line + tail);
    EXPECT_EQ(h.issued_date, date) << line;
    EXPECT_EQ(h.place, "Hà Nội") << line;
    EXPECT_EQ(h.number, "10943/BYT-MT") << line;
  }
  // A lone mark or another glyph in the day, or a day out of range, dates nothing.
  for (const char* line : {"Hà Nội, ngày | tháng 12 năm 2021", "Hà Nội, ngày [| 2 tháng 12 năm 2021",
                           "Hà Nội, ngày 2 { tháng 12 năm 2021", "Hà Nội, ngày 4 8 tháng 12 năm 2021"}) {
    DocumentHeader h = header_of_text(head + line + tail);
    EXPECT_FALSE(h.issued_date) << line << " -> " << *h.issued_date;
  }
}

}  // namespace
}  // namespace vnpolicy
