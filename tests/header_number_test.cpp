// The header's "Số" line: numbers left blank in a draft, numbers a scan garbled or whose
// separator it lost, and the issuer over them, which must never take the number's code nor a
// draft's stamp.
#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::header_of_text;
using testing::project_extractor;

TEST(HeaderNumberLine, ABlankDraftNumberStaysNullAndIsNoPartOfTheIssuer) {
  DocumentHeader h = header_of_text(
      "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số:   /KH-UBND\nHà Giang, ngày    tháng 3 năm 2024\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2024\n");
  EXPECT_FALSE(h.number);
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Hà Giang");
  EXPECT_EQ(h.doc_type, "Kế hoạch");
  // The issuing body under its parent, the blank number on the line under both.
  DocumentHeader mttq = header_of_text(
      "ỦY BAN MTTQ VIỆT NAM\nTỈNH CAO BẰNG\nBAN THƯỜNG TRỰC\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nSố: /HD-MTTQ-BTT\nCao Bằng, ngày 05 tháng 01 năm 2026\n\nHƯỚNG DẪN\nVề việc tổ chức hội nghị\n");
  EXPECT_FALSE(mttq.number);
  ASSERT_TRUE(mttq.issuer);
  EXPECT_EQ(mttq.issuer->find('/'), std::string::npos) << *mttq.issuer;
  EXPECT_EQ(mttq.issuer->rfind("Ban Thường trực", 0), 0u) << *mttq.issuer;
}

TEST(HeaderNumberLine, ADraftStampIsNoPartOfTheIssuer) {
  DocumentHeader h = header_of_text(
      "ỦY BAN NHÂN DÂN\n\nTỈNH ĐIỆN BIÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "DỰ THẢO\n\nQUY CHẾ\n\nPhối hợp quản lý cụm công nghiệp\n\nChương I\n");
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Điện Biên");
  EXPECT_EQ(h.doc_type, "Quy chế");
}

TEST(HeaderNumberLine, GarbledDigitsAreNeverReadAndTheirCodeIsNoPartOfTheIssuer) {
  const std::string tail = " Hà Nội, ngày 12 tháng 5 năm 2019\nV/v thủ tục hải quan\nKính gửi: Công ty TNHH An Phát.\n";
  for (const std::string number_line : {"Số: §B./,/TCHQ-GSQL", "Số:À394Ù /TCHQ-GSQL ˆ", "861913 /TCHQ-GSQL",
                                        "Số: 553. 3/TCHQ-GSQL", "Số: 21/24 /TCHQ-GSQL", "8é:.29Š3 /TCHQ - GSQL",
                                        "Số: #40 /TCHQ-GSQL", "Số:##23/TCHQ-GSQL"}) {
    DocumentHeader h = header_of_text("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                      "TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n" + number_line + tail);
    EXPECT_FALSE(h.number) << number_line << " -> " << *h.number;
    EXPECT_EQ(h.issuer, "Tổng cục Hải quan") << number_line;
  }
  // Digits left of a garbled number under its label are no cited document either.
  for (const std::string number_line : {"Số: #40 /TCHQ-GSQL", "Số: 553. 3/TCHQ-GSQL", "Số: 21/24 /TCHQ-GSQL", "só: 73 3/TCHQ-GSQL"}) {
    Record r = project_extractor().extract_text("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                                "TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n" + number_line + tail);
    EXPECT_FALSE(r.document.number) << number_line;
    for (const auto& ref : r.references) ADD_FAILURE() << number_line << " gives the reference " << ref.number;
  }
  // A '#' glued to a figure is a garbled figure, while markdown headings and emphasis still go.
  DocumentHeader markdown = header_of_text("**ỦY BAN NHÂN DÂN**\n**TỈNH HÀ GIANG**\n\n**Số: 12/KH-UBND**\n\n"
                                           "## KẾ HOẠCH\n\n#Triển khai chuyển đổi số năm 2024\n");
  EXPECT_EQ(markdown.number, "12/KH-UBND");
  EXPECT_EQ(markdown.doc_type, "Kế hoạch");
  EXPECT_EQ(markdown.issuer, "Ủy ban nhân dân tỉnh Hà Giang");
  // Specks after the name on the issuer's own line end no name.
  DocumentHeader specks = header_of_text("CỤC THUẾ TỈNH LONG AN - ~ Độc lập - Tự do - Hạnh phúc\nSố: /CTLAN-TTHT Long An, ngày tháng năm\n"
                                         "V/v chính sách thuế\nKính gửi: Công ty TNHH An Phát.\n");
  EXPECT_EQ(specks.issuer, "Cục Thuế tỉnh Long An");
}

TEST(HeaderNumberLine, WholeDigitsWithALostSeparatorAreRead) {
  const std::string head = "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc\n";
  const std::string tail = " Bắc Ninh, ngày 10 tháng 7 năm 2020\nV/v chính sách thuế\nKính gửi: Công ty TNHH An Phát.\n";
  const std::pair<const char*, const char*> cases[] = {
      {"Số: 2254 NHNN-QLNH", "2254/NHNN-QLNH"},  // a space for '/'
      {"Số: 271 !CT-TTHT", "271/CT-TTHT"},       // '!' for '/'
      {"Số: 2686 7TCT-DNNCN", "2686/TCT-DNNCN"},  // '7' standing alone before the code
      {"Số: 3790 TCT- cs", "3790/TCT-CS"},        // the code's case lost too
      {"Số: 3941 _ /CT-TTHT", "3941/CT-TTHT"},    // an underline speck before the '/'
  };
  for (const auto& [line, number] : cases) {
    DocumentHeader h = header_of_text(head + line + tail);
    EXPECT_EQ(h.number, number) << line;
    EXPECT_EQ(h.issued_date, "2020-07-10") << line;
  }
  // Letters or symbols among the digits: no number is guessed.
  for (const char* line : {"Số: 4451CT-KK", "Số: OF 2CVL-QLLĐ", "Số: 68% /TCT-CS", "Số: 28 FL0 _/CTHN-TTHT"}) {
    DocumentHeader h = header_of_text(head + line + tail);
    EXPECT_FALSE(h.number) << line << " -> " << *h.number;
  }
}

TEST(HeaderNumberLine, AWholeNumberUnderALabelAScanMisreadIsRead) {
  const std::string head = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n";
  const std::string tail =
      " Hà Nội, ngày 19 tháng 9 năm 2018\nV/v nhập khẩu hàng hóa\nKính gửi: Công ty TNHH An Phát.\n\n"
      "Tổng cục Hải quan nhận được công văn số 12/AP-XNK ngày 01/9/2018 của Công ty.\n";
  const std::pair<const char*, const char*> cases[] = {
      {"sé; 5452 /TCHQ-GSQL", "5452/TCHQ-GSQL"},    // "Số:" read as "sé;"
      {".Sẽ: 1883 /TCHQ-GSQL", "1883/TCHQ-GSQL"},   // a speck before the label
      {"$6:990/TCHQ-GSQL", "990/TCHQ-GSQL"},        // S as $, ố as 6
      {"8é:.2953 /TCHQ - GSQL", "2953/TCHQ-GSQL"},  // S as 8, a speck after the colon, the hyphen spaced
      {"Sô: 77/TCHQ-GSQL", "77/TCHQ-GSQL"},         // the tone mark lost
      {"Sổ: 78/TCHQ-GSQL", "78/TCHQ-GSQL"},
      {"SO: 79/TCHQ-GSQL", "79/TCHQ-GSQL"},
  };
  for (const auto& [line, number] : cases) {
    Record r = project_extractor().extract_text(head + line + tail);
    EXPECT_EQ(r.document.number, number) << line;
    EXPECT_EQ(r.document.issuer, "Tổng cục Hải quan") << line;
    // The own number is no reference of the letter; the letter it answers is.
    std::vector<std::string> refs;
    for (const auto& ref : r.references) refs.push_back(ref.number);
    EXPECT_EQ(refs, std::vector<std::string>{"12/AP-XNK"}) << line;
  }
  // A decree's number with its year.
  DocumentHeader decree = header_of_text(
      "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSó:109/2020/NĐ-CP Hà Nội, ngày 15 tháng 9 năm 2020\n\n"
      "NGHỊ ĐỊNH\nGia hạn thời hạn nộp thuế tiêu thụ đặc biệt\n");
  EXPECT_EQ(decree.number, "109/2020/NĐ-CP");
  EXPECT_EQ(decree.doc_type, "Nghị định");
  EXPECT_EQ(decree.issued_date, "2020-09-15");
}

TEST(HeaderNumberLine, AMisreadLabelGivesNoNumberThatIsNotWellFormed) {
  const std::string head = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n";
  const std::string tail = " Hà Nội, ngày 10 tháng 7 năm 2020\nV/v chính sách thuế\nKính gửi: Công ty TNHH An Phát.\n";
  // Garbled digits, a mark before them, a gap among them (a figure may be lost), no code hyphen,
  // no colon after the label, "Sở" (a word).
  for (const char* line : {"SO: JAOF /TCT-CS", "$6:44>4TCT-CS", "86:-4440 /TCT-CS", "só: 73 3/TCT-CS", "Só: 12/TCT",
                           "sốl 0688/TCT-CS", "Sở: 12/TCT-CS"}) {
    DocumentHeader h = header_of_text(head + line + tail);
    EXPECT_FALSE(h.number) << line << " -> " << *h.number;
  }
}

TEST(HeaderNumberLine, TheTypeCodeOfTheDocumentsOwnTypeTakesBackItsDBar) {
  const std::string head = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
  const std::string tail = " Hà Nội, ngày 6 tháng 5 năm 2022\n";
  struct Case { const char* number_line; const char* type_word; const char* number; };
  const Case cases[] = {
      {"Số: 66.2/QD-BTC", "QUYẾT ĐỊNH", "66.2/QĐ-BTC"},        // a Quyết định's QĐ
      {"Số: 19 /CD-TTg", "CÔNG ĐIỆN", "19/CĐ-TTg"},            // a Công điện's CĐ
      {"Số: 12/2022/ND-CP", "NGHỊ ĐỊNH", "12/2022/NĐ-CP"},     // after the year
      {"Số 05-DA/TU", "ĐỀ ÁN", "05-ĐA/TU"},                    // a Party body's number
      {"Số: 12/HD-BTC", "HƯỚNG DẪN", "12/HD-BTC"},             // HD is a Hướng dẫn's own code
      {"Số: 12/CD-BTC", "QUYẾT ĐỊNH", "12/CD-BTC"},            // another type's code: as written
      {"Số: 12/QĐ-HDND", "QUYẾT ĐỊNH", "12/QĐ-HDND"},          // the issuer's code is not touched
  };
  for (const auto& c : cases) {
    DocumentHeader h = header_of_text(head + c.number_line + tail + "\n" + c.type_word + "\nVề việc ban hành Kế hoạch\n");
    EXPECT_EQ(h.number, c.number) << c.number_line;
  }
}

// A letter's trích yếu is its "V/v" line (wrapped lines joined; a "Kính gửi" line or a
// flattened header's place and date end it); a letter known by "Kính gửi" alone has no title.
TEST(HeaderLetter, TheSubjectLineIsTheTitle) {
  const std::string head = "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
  DocumentHeader wrapped = header_of_text(head + "Số: 5678/BYT-KCB\nHà Nội, ngày 03 tháng 11 năm 2025\n"
                                          "V/v triển khai Chỉ thị số 25/CT-TTg\nngày 25/10/2025 của Thủ tướng Chính phủ.\n"
                                          "Kính gửi: Sở Y tế các tỉnh, thành phố.\n");
  EXPECT_EQ(wrapped.doc_type, "Công văn");
  EXPECT_EQ(wrapped.title, "triển khai Chỉ thị số 25/CT-TTg ngày 25/10/2025 của Thủ tướng Chính phủ");
  DocumentHeader flat = header_of_text(head + "Số: 5678/BYT-KCB\nV/v chính sách thuế Hà Nội, ngày 03 tháng 11 năm 2025\n"
                                       "Kính gửi: Công ty TNHH An Phát.\n");
  EXPECT_EQ(flat.title, "chính sách thuế");
  DocumentHeader addressed = header_of_text(head + "Số: 5678/BYT-KCB\nHà Nội, ngày 03 tháng 11 năm 2025\n"
                                            "Kính gửi:\n- Sở Y tế;\n- Bảo hiểm xã hội tỉnh.\n");
  EXPECT_FALSE(addressed.title) << *addressed.title;
}

}  // namespace
}  // namespace vnpolicy
