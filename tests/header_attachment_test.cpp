// Texts whose header names another document: a title citing a number ("… CỦA THÔNG TƯ SỐ …"),
// an explanatory note on a draft, an appendix under its "(Kèm theo …)" note. The own number is
// the one of the Số line; a number a title cites is a reference; an appendix is issued by the
// body that issued the document it is attached to.
#include <gtest/gtest.h>

#include "core/keys.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::header_of_text;

TEST(HeaderCitedNumber, ANumberATitleCitesIsNoOwnNumber) {
  // A crawled circular: no Số line, the title amends another circular.
  DocumentHeader amend = header_of_text(
      "THÔNG TƯ\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 27/2019/TT-BXD\nQUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG\n\n"
      "Căn cứ Luật Xây dựng số 50/2014/QH13;\n\nĐiều 1. Sửa đổi khoản 2 Điều 3\n");
  EXPECT_FALSE(amend.number) << *amend.number;
  EXPECT_EQ(amend.doc_type, "Thông tư");
  // With its Số line, the own number stays the one of the Số line.
  DocumentHeader own = header_of_text(
      "BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 08/2026/TT-BXD\n"
      "Hà Nội, ngày 12 tháng 3 năm 2026\n\nTHÔNG TƯ\nBÃI BỎ THÔNG TƯ SỐ 27/2019/TT-BXD\n\nCăn cứ Luật Xây dựng;\n");
  EXPECT_EQ(own.number, "08/2026/TT-BXD");
  EXPECT_EQ(own.issuer, "Bộ Xây dựng");
}

TEST(HeaderCitedNumber, AnExplanatoryNoteTakesNeitherTheNumberNorTheTypeOfTheDraftItExplains) {
  // "Thuyết minh" is no type word: the title line is read as the header zone, and the circular
  // it names twice (the draft, the one replaced) is neither its type nor its number.
  DocumentHeader h = header_of_text(
      "THUYẾT MINH DỰ THẢO THÔNG TƯ THAY THẾ THÔNG TƯ SỐ 118/2018/TT-BTC\n\n"
      "(Kèm theo công văn số       /BTC-CST ngày     /02/2026 của Bộ Tài chính)\n\n"
      "I. SỰ CẦN THIẾT BAN HÀNH THÔNG TƯ\n\nNgày 12/9/2025, Bộ Tài chính đã có công văn đề nghị rà soát.\n");
  EXPECT_FALSE(h.number) << *h.number;
  EXPECT_NE(h.doc_type, "Thông tư");
  EXPECT_EQ(h.issuer, "Bộ Tài chính");  // from the note, the cited number's code no longer gives it
}

TEST(HeaderCitedNumber, AnOldTextHeadedByItsTypeAndNumberKeepsIt) {
  // "LUẬT SỐ …" opens the heading of an old law with no Số line: that number is its own.
  DocumentHeader h = header_of_text("LUẬT SỐ 45-SL/L-009 NGÀY 12-6-1958 QUY ĐỊNH QUYỀN KHIẾU NẠI\n\nĐiều 1. Phạm vi\n");
  EXPECT_EQ(h.number, "45-SL/L-009");
}

TEST(HeaderAttachment, AnAppendixIsIssuedByTheBodyItsNoteNames) {
  DocumentHeader h = header_of_text(
      "Phụ lục II\nDANH MỤC CÁC DỰ ÁN ƯU TIÊN\n"
      "(Kèm theo Quyết định số 215/QĐ-UBND ngày 14/3/2026 của Ủy ban nhân dân tỉnh Gia Lai)\n\n"
      "| STT | Tên dự án | Đơn vị chủ trì |\n| 1 | Đường liên xã | Sở Xây dựng |\n");
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Gia Lai");
  // The note wraps; the authority in front of the body ("Chủ tịch") is no part of it.
  DocumentHeader wrapped = header_of_text(
      "PHỤ LỤC\nCÁC NHIỆM VỤ TRỌNG TÂM\n(Ban hành kèm theo Kế hoạch số 45/KH-UBND ngày 03/02/2026\n"
      "của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk)\n\n1. Rà soát quy hoạch.\n");
  EXPECT_EQ(wrapped.issuer, "Ủy ban nhân dân tỉnh Đắk Lắk");
  // An issuer block wins over the note.
  DocumentHeader block = header_of_text(
      "SỞ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\n"
      "Tình hình thực hiện dự toán\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Gia Lai)\n");
  ASSERT_TRUE(block.issuer);
  EXPECT_EQ(block.issuer->rfind("Sở Tài chính", 0), 0u) << *block.issuer;
}

// A crawled circular that lost its header block: its appendices' notes repeat its own number.
constexpr const char* kCircularWithoutHeader =
    "THÔNG TƯ\n\nQUY ĐỊNH MÃ SỐ CHỨC DANH KHOA HỌC\n\n"
    "Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ;\n\n"
    "Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư quy định mã số chức danh khoa học.\n\n"
    "Điều 1. Mã số chức danh theo Phụ lục kèm theo Thông tư này.\n\n"
    "Phụ lục I\nMÃ SỐ CHỨC DANH\n"
    "(Kèm theo Thông tư số 37/2025/TT-BKHCN ngày 28 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và\nCông nghệ)\n\n"
    "1. Nghiên cứu viên cao cấp.\n\n"
    "Phụ lục II\nMẪU BÁO CÁO\n(Kèm theo Thông tư số 37/2025/TT-BKHCN ngày 28/11/2025)\n\n1. Họ và tên.\n";

TEST(HeaderAttachment, AnAppendixNoteOfTheDocumentsOwnTypeGivesItsLostNumberAndDate) {
  Record r = testing::project_extractor().extract_text(kCircularWithoutHeader);
  EXPECT_EQ(r.document.number, "37/2025/TT-BKHCN");
  EXPECT_EQ(r.document.issued_date, "2025-11-28");
  EXPECT_EQ(r.document.issuer, "Bộ Khoa học và Công nghệ");
  // The own number the notes repeat is no reference; the decree the basis cites is one.
  bool cites_decree = false;
  for (const auto& ref : r.references) {
    EXPECT_NE(ref.number_key, reference_number_key("37/2025/TT-BKHCN")) << "line " << ref.line;
    cites_decree |= ref.number_key == reference_number_key("55/2025/NĐ-CP");
  }
  EXPECT_TRUE(cites_decree);
}

TEST(HeaderAttachment, NotesOfAnotherTypeOrOfTwoNumbersOrUnderAFormLabelGiveNoNumber) {
  // A form another body set: its label opens the line, the note names the setter's circular.
  DocumentHeader form = header_of_text(
      "THÔNG TƯ\n\nHƯỚNG DẪN CHẾ ĐỘ KẾ TOÁN\n\nĐiều 1. Phạm vi\n\n"
      "Mẫu số: B11-BH (Ban hành kèm theo Thông tư số 102/2018/TT-BTC ngày 14/11/2018 của Bộ Tài chính)\n");
  EXPECT_FALSE(form.number) << *form.number;
  // A decision whose appendix repeats a circular's note: another type, another document.
  DocumentHeader other_type = header_of_text(
      "QUYẾT ĐỊNH\n\nCÔNG BỐ THỦ TỤC HÀNH CHÍNH\n\nĐiều 1. Công bố\n\n"
      "(Ban hành kèm theo Thông tư số 40/2025/TT-BNNMT ngày 02/7/2025 của Bộ trưởng)\n");
  EXPECT_FALSE(other_type.number) << *other_type.number;
  EXPECT_FALSE(other_type.issued_date) << *other_type.issued_date;
  // A consolidated decision carries the notes of two decisions: neither is its own.
  DocumentHeader two = header_of_text(
      "QUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ\n\nĐiều 1. Ban hành\n\n"
      "(Ban hành kèm theo Quyết định số 25/2016/QĐ-TTg ngày 27 tháng 6 năm 2016 của Thủ tướng Chính phủ)\n\n"
      "(Ban hành kèm theo Quyết định số 38/2025/QĐ-TTg ngày 13 tháng 10 năm 2025 của Thủ tướng Chính phủ)\n");
  EXPECT_FALSE(two.number) << *two.number;
  // A blank draft number stays unread.
  DocumentHeader draft = header_of_text(
      "KẾ HOẠCH\n\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\n\nI. MỤC ĐÍCH\n\n"
      "(Kèm theo Kế hoạch số      /KH-UBND ngày    tháng 11 năm 2025 của UBND tỉnh)\n");
  EXPECT_FALSE(draft.number) << *draft.number;
}

TEST(HeaderAttachment, AnAppendixNoteRepeatingTheOwnNumberWithoutItsYearIsNoReference) {
  Record r = testing::project_extractor().extract_text(
      "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 55/2025/TT-BCT\n"
      "Hà Nội, ngày 28 tháng 11 năm 2025\n\nTHÔNG TƯ\nQUY ĐỊNH VỀ XUẤT XỨ HÀNG HÓA\n\n"
      "Điều 1. Thay thế Thông tư số 55/TT-BCT ngày 20 tháng 12 năm 2019 về xuất xứ.\n\n"
      "PHỤ LỤC\n(Ban hành kèm theo Thông tư số 55/TT-BCT ngày 28 tháng 11 năm 2025 của Bộ trưởng Bộ Công Thương)\n");
  EXPECT_EQ(r.document.number, "55/2025/TT-BCT");
  int same_number = 0;
  for (const auto& ref : r.references)
    if (ref.number_key == reference_number_key("55/TT-BCT")) {
      ++same_number;
      EXPECT_EQ(ref.date, "2019-12-20") << "line " << ref.line;  // the 2019 circular stays a reference
    }
  EXPECT_EQ(same_number, 1);
}

TEST(HeaderAttachment, TheNoteThatGaveTheOwnNumberNamesTheIssuer) {
  // A decision crawled without its header block and without a signature: the regulation it
  // issues is headed by the note, far below the first lines.
  std::string text = "QUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP\n\n"
                     "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\n"
                     "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.\n\n";
  for (int i = 2; i < 30; ++i) text += "Điều " + std::to_string(i) + ". Nội dung quản lý thứ " + std::to_string(i) + ".\n\n";
  text += "QUY CHẾ\nQUẢN LÝ CỤM CÔNG NGHIỆP\n"
          "(Kèm theo Quyết định số 215/QĐ-UBND ngày 14/3/2026 của Ủy ban nhân dân tỉnh Gia Lai)\n\n"
          "Điều 1. Phạm vi điều chỉnh\n";
  DocumentHeader h = header_of_text(text);
  EXPECT_EQ(h.number, "215/QĐ-UBND");
  EXPECT_EQ(h.issued_date, "2026-03-14");
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân tỉnh Gia Lai");
}

TEST(HeaderAttachment, ASteeringCommitteesNameRunsOnWithItsRemit) {
  DocumentHeader h = header_of_text(
      "QUY CHẾ\nTỔ CHỨC VÀ HOẠT ĐỘNG\n(Kèm theo Quyết định số 172/QĐ-BCĐ ngày 25 tháng 11 năm 2025 của Trưởng\n"
      "Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn)\n\nĐiều 1. Phạm vi điều chỉnh\n");
  EXPECT_EQ(h.issuer, "Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn");
}

}  // namespace
}  // namespace vnpolicy
