// Texts whose header names another document: a title citing a number ("… CỦA THÔNG TƯ SỐ …"),
// an explanatory note on a draft, an appendix under its "(Kèm theo …)" note. The own number is
// the one of the Số line; a number a title cites is a reference; an appendix is issued by the
// body that issued the document it is attached to.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace vnpolicy
