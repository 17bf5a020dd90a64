// Legacy Vietnamese encodings: exact conversion of test texts, detection that never
// converts real UTF-8 text (every file of ../shared/realcorpus), font names.
#include <gtest/gtest.h>
#include <iconv.h>

#include <filesystem>

#include "read/document_reader.h"
#include "read/legacy_encoding.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

const std::string kSentence =
    "Kế hoạch phát triển kinh tế - xã hội tỉnh Lai Châu năm 2024; Đảng ủy, Ủy ban nhân dân, "
    "Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị thực hiện đường giao thông quốc lộ.\n";

// Encodes UTF-8 text with glibc iconv (the tables the reader decodes with are glibc's
// too, but the direction is the other one, and every byte is checked by the round trip).
std::string iconv_encode(const std::string& text, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << charset;
  std::string out(text.size() * 4, '\0');
  char* in = const_cast<char*>(text.data());
  char* o = out.data();
  size_t inleft = text.size(), outleft = out.size();
  EXPECT_NE(iconv(cd, &in, &inleft, &o, &outleft), static_cast<size_t>(-1)) << charset;
  iconv_close(cd);
  out.resize(out.size() - outleft);
  return out;
}

// Windows-1252 bytes as the Unicode characters Word or a browser shows for them.
std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      out += static_cast<char>(b);
    } else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  return out;
}

TEST(LegacyEncoding, VniTextConvertsToTheExactUnicode) {
  // Written by hand from the VNI-Windows table: a base letter, then mark bytes.
  const std::string vni_latin1 =
      "Keá hoaïch phaùt trieån kinh teá - xaõ hoäi tænh Lai Chaâu naêm 2024; \xD1" "aûng uûy, UÛy ban nhaân daân, "
      "Sôû Taøi chính chuû trì, phoái hôïp vôùi caùc cô quan, \xF1" "ôn vò thöïc hieän \xF1" "öôøng giao thoâng quoác loä.\n";
  // The literal above is UTF-8 source text; the file holds its Windows-1252 bytes.
  std::string bytes;
  for (size_t i = 0; i < vni_latin1.size();) {
    unsigned char c = vni_latin1[i];
    if (c < 0x80) { bytes += static_cast<char>(c); ++i; }
    else if ((c & 0xE0) == 0xC0 && i + 1 < vni_latin1.size() && (static_cast<unsigned char>(vni_latin1[i + 1]) & 0xC0) == 0x80) {
      bytes += static_cast<char>(((c & 0x1F) << 6) | (vni_latin1[i + 1] & 0x3F)); i += 2;
    } else { bytes += static_cast<char>(c); ++i; }  // the \xD1 / \xF1 bytes written directly
  }
  ReadOutcome r = decode_document("vni.txt", bytes);
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_EQ(*r.source.encoding, "vni");
  EXPECT_EQ(r.text, kSentence);
  // The same text saved as UTF-8 after a Windows-1252 reading ("Phaùt trieån").
  ReadOutcome m = decode_document("vni-mojibake.txt", latin1_to_utf8(bytes));
  ASSERT_FALSE(m.error) << *m.error;
  EXPECT_EQ(*m.source.encoding, "vni");
  EXPECT_EQ(m.text, kSentence);
}

TEST(LegacyEncoding, Tcvn3VisciiAndCp1258TextsConvertToTheExactUnicode) {
  for (auto [charset, name] : {std::pair{"TCVN5712-1", "tcvn3"}, {"VISCII", "viscii"}, {"CP1258", "cp1258"}}) {
    std::string bytes = iconv_encode(kSentence, charset);
    ASSERT_NE(bytes, kSentence);
    ReadOutcome r = decode_document(std::string(name) + ".txt", bytes);
    ASSERT_FALSE(r.error) << name << ": " << *r.error;
    EXPECT_EQ(*r.source.encoding, name);
    EXPECT_EQ(r.text, kSentence) << name;
  }
  // The mojibake the issue quotes, in a UTF-8 file.
  ReadOutcome m = decode_document("abc.txt", "Ph¸t triÓn kinh tÕ - x· héi cña tØnh n¨m 2024\n");
  ASSERT_FALSE(m.error);
  EXPECT_EQ(*m.source.encoding, "tcvn3");
  EXPECT_EQ(m.text, "Phát triển kinh tế - xã hội của tỉnh năm 2024\n");
}

TEST(LegacyEncoding, Utf8TextIsNeverConverted) {
  for (std::string text : {kSentence, std::string("Café au lait, naïve façade, Ångström, 25°C ± 2, © 2024, ½ giờ.\n"),
                           std::string("Hôtel Élysée à Paris; São Tomé; Müller; Ñandú señor años.\n"),
                           std::string("Tổng số: 15 ¸ 20 (ký hiệu lạ) triÓn\n")}) {
    ReadOutcome r = decode_document("u.txt", text);
    ASSERT_FALSE(r.error);
    EXPECT_EQ(*r.source.encoding, "utf-8") << text;
    EXPECT_EQ(r.text, text);
  }
}

// Some PDFs' fonts map ư to U+01A3 and Đ to U+00D0: in Vietnamese text they are repaired,
// in other text left alone.
TEST(LegacyEncoding, LookAlikeLettersInVietnameseText) {
  ReadOutcome r = decode_document("a.txt", "ÐIỀU 1. Phƣơng hƣớng; TRƢỞNG BAN; ðồng chí Ðỗ Văn A\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.text, "ĐIỀU 1. Phương hướng; TRƯỞNG BAN; đồng chí Đỗ Văn A\n");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "6 look-alike letters (ƣ, Ð) read as ư, Đ: the file's fonts map them wrongly");
  ReadOutcome other = decode_document("b.txt", "Sigurðsson, Ðórr and Ƣ (Latin OI)\n");
  EXPECT_EQ(other.text, "Sigurðsson, Ðórr and Ƣ (Latin OI)\n");
  EXPECT_TRUE(other.warnings.empty());
}

// Every real document of ../shared/realcorpus is UTF-8: not one may be "converted".
TEST(LegacyEncoding, NoFalseConversionOnTheRealCorpus) {
  auto dir = testing::shared_dir() / "realcorpus";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  int files = 0, utf8 = 0;
  for (const auto& path : expand_inputs({dir.string()})) {
    ReadOutcome r = read_document(path);
    ++files;
    if (r.error) continue;
    EXPECT_TRUE(*r.source.encoding == "utf-8" || *r.source.encoding == "utf-16le" || *r.source.encoding == "utf-16be")
        << path << " read as " << *r.source.encoding;
    utf8 += *r.source.encoding == "utf-8";
  }
  EXPECT_GT(files, 1000);
  EXPECT_GT(utf8, 1000);
}

TEST(LegacyEncoding, SyllableShape) {
  for (const char* w : {"phát", "triển", "NGHIÊNG", "Quốc", "giữa", "gì", "khuya", "nguyễn", "đường", "oải", "Ủy"})
    EXPECT_TRUE(is_vietnamese_syllable(w)) << w;
  for (const char* w : {"Ph¸t", "triÓn", "Phaùt", "trieån", "hoäi", "café", "naïve", "Ångström", "ááá", "phát́"})
    EXPECT_FALSE(is_vietnamese_syllable(w)) << w;
}

TEST(LegacyEncoding, BestReadingOfAShortSpan) {
  std::vector<LegacyEncoding> both{LegacyEncoding::Tcvn3, LegacyEncoding::Vni};
  EXPECT_EQ(best_reading("§VT: 1000 ®ång", both), LegacyEncoding::Tcvn3);
  EXPECT_EQ(best_reading("Phaùt trieån", both), LegacyEncoding::Vni);
  // Reads as well as it stands ("Ñôn" has the shape of a syllable with a tilde).
  EXPECT_FALSE(best_reading("Ñôn vò tính", both));
  EXPECT_FALSE(best_reading("Đơn vị", both));   // Unicode already
  EXPECT_FALSE(best_reading("Bảng 2: 1000", both));
  EXPECT_FALSE(best_reading("café", both));      // reads no better either way
}

TEST(LegacyEncoding, FontNamesAndUpperCaseRuns) {
  auto f = encoding_of_font(".VnTimeH");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->encoding, LegacyEncoding::Tcvn3);
  EXPECT_TRUE(f->upper);
  EXPECT_FALSE(encoding_of_font(".VnTime")->upper);
  EXPECT_EQ(encoding_of_font("VNI-Times")->encoding, LegacyEncoding::Vni);
  EXPECT_FALSE(encoding_of_font("Times New Roman"));
  // A .VnTimeH run holds lower-case codes that the font draws as capitals.
  EXPECT_EQ(decode_legacy_chars("céng hoµ x· héi chñ nghÜa viÖt nam", LegacyEncoding::Tcvn3, true),
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  // A title typed in capitals with TCVN3's lower-case toned letters (the H font lost).
  EXPECT_EQ(decode_legacy_chars("MôC LôC - PHÇN THø NHÊT", LegacyEncoding::Tcvn3), "MỤC LỤC - PHẦN THỨ NHẤT");
  EXPECT_EQ(decode_legacy_chars("Hµ TØnh KH&§T", LegacyEncoding::Tcvn3), "Hà Tỉnh KH&ĐT");
  // Characters outside U+0080..U+00FF (Word's curly quotes) stay as they are.
  EXPECT_EQ(decode_legacy_chars("\u201Cph¸t\u201D", LegacyEncoding::Tcvn3), "\u201Cphát\u201D");
}

}  // namespace
}  // namespace vnpolicy
