// Stage read: encodings, line ends and bad input give values, never crashes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/sha256.h"
#include "read/document_reader.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

TEST(DecodeDocument, Utf8WithBomAndCrlf) {
  ReadOutcome r = decode_document("a.txt", "\xEF\xBB\xBFKẾ HOẠCH\r\nSố: 148/KH-UBND\rdòng ba\n");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.text, "KẾ HOẠCH\nSố: 148/KH-UBND\ndòng ba\n");
  EXPECT_EQ(r.source.bytes, 44u);
}

TEST(DecodeDocument, Utf16LittleAndBigEndianWithBom) {
  // "Lai Châu\n" in UTF-16: â is U+00E2.
  const std::string le("\xFF\xFE" "L\0a\0i\0 \0C\0h\0\xE2\0u\0\n\0", 20);
  const std::string be("\xFE\xFF" "\0L\0a\0i\0 \0C\0h\0\xE2\0u\0\n", 20);
  for (const auto& bytes : {le, be}) {
    ReadOutcome r = decode_document("u16.txt", bytes);
    ASSERT_FALSE(r.error) << *r.error;
    EXPECT_EQ(r.text, "Lai Châu\n");
  }
}

TEST(DecodeDocument, InvalidUtf8NamesTheByteOffset) {
  ReadOutcome r = decode_document("bad.txt", std::string("Lai Ch\xC3") + "u\n");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(*r.error, "invalid UTF-8 at byte offset 6");
  // Overlong and surrogate encodings are invalid too.
  EXPECT_EQ(*decode_document("x", "ab\xC0\xAF").error, "invalid UTF-8 at byte offset 2");
  EXPECT_EQ(*decode_document("x", "\xED\xA0\x80").error, "invalid UTF-8 at byte offset 0");
}

TEST(DecodeDocument, StrayNulAndControlBytesAreDroppedWithAWarning) {
  ReadOutcome r = decode_document("nul.txt", std::string("S\xE1\xBB\x91: 12/KH\0-UBND\x01\n", 19));
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_EQ(r.text, "Số: 12/KH-UBND\n");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "dropped 2 control bytes (1 NUL), first at byte offset 11");
  ReadOutcome one = decode_document("one.txt", std::string("ab\0c", 4));
  ASSERT_EQ(one.warnings.size(), 1u);
  EXPECT_EQ(one.warnings[0], "dropped 1 NUL byte at byte offset 2");
  // Word's manual line break (vertical tab) is a line end, not a dropped byte.
  ReadOutcome vt = decode_document("vt.txt", "a\vb");
  EXPECT_EQ(vt.text, "a\nb");
  EXPECT_TRUE(vt.warnings.empty());
}

TEST(DecodeDocument, MostlyBinaryFileIsRefused) {
  std::string bytes = "abc";
  bytes += std::string(40, '\0');
  bytes += "def";
  ReadOutcome r = decode_document("bin.dat", bytes);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(*r.error, "binary file: 40 of 46 bytes are NUL or control bytes (first at byte offset 3)");
  EXPECT_FALSE(r.source.sha256.empty());
}

TEST(DecodeDocument, InvalidUtf8OffsetCountsDroppedBytes) {
  ReadOutcome r = decode_document("x.txt", std::string("a\0b\xC3", 4));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(*r.error, "invalid UTF-8 at byte offset 3");
}

TEST(DecodeDocument, Utf16WithoutBomIsRecognisedByItsNulPattern) {
  const std::string le("S\0\xD1\x1E:\0 \0\x31\0\x32\0/\0K\0H\0\n\0", 20);
  ReadOutcome r = decode_document("u16.txt", le);
  ASSERT_FALSE(r.error) << *r.error;
  EXPECT_EQ(r.text, "Số: 12/KH\n");
  EXPECT_EQ(*r.source.encoding, "utf-16le");
}

TEST(DecodeDocument, KindComesFromContentNotName) {
  // Magic bytes decide; the name (here .txt everywhere) never does.
  EXPECT_EQ(decode_document("a.txt", "%PDF-1.7\n...").source.format, "pdf");
  EXPECT_EQ(decode_document("a.txt", std::string("PK\x03\x04\0\0", 6)).source.format, "docx");
  EXPECT_EQ(decode_document("a.txt", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0", 9)).source.format, "doc");
  EXPECT_EQ(decode_document("a.txt", "{\\rtf1\\ansi x}").source.format, "rtf");
  EXPECT_EQ(decode_document("a.txt", "<!--Timer:0.003-->\n\n<!DOCTYPE html><html><body>x</body></html>").source.format,
            "html");
  EXPECT_EQ(decode_document("a.txt", "  <html lang=\"vi\"><body>x</body></html>").source.format, "html");
  EXPECT_EQ(decode_document("a.htm", "<b>Số</b> không phải HTML? vẫn là thẻ b").source.format, "html");
  EXPECT_EQ(decode_document("a.html", "<bang> is not a tag").source.format, "text");
  EXPECT_EQ(decode_document("a.html", "Kế hoạch <html> ở giữa dòng").source.format, "text");
  ReadOutcome png = decode_document("scan.txt", std::string("\x89PNG\r\n\x1A\n\0\0", 10));
  ASSERT_TRUE(png.error);
  EXPECT_EQ(*png.error, "unsupported kind of file: PNG image");
}

TEST(DecodeDocument, OddLengthUtf16IsAnError) {
  ReadOutcome r = decode_document("odd.txt", std::string("\xFF\xFE" "L\0a", 5));
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->find("UTF-16"), std::string::npos);
}

TEST(ReadDocument, MissingPathAndDirectoryGiveErrors) {
  EXPECT_EQ(*read_document("/nonexistent/x.txt").error, "no such file");
  EXPECT_EQ(*read_document(testing::source_dir() / "corpus").error, "is a directory");
}

TEST(ReadDocument, CorpusFileHasItsSha256) {
  ReadOutcome r = read_document(testing::corpus_file("000"));
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.source.sha256, "b7f3eddaa488a51faea84d0f792510b71b4a1182c58ce2e77cfd14512d41b395");
}

// FIPS 180-4 examples, through both the fastest rounds this CPU has and the portable
// ones (on a CPU without the SHA extensions both are the portable rounds).
TEST(Sha256, KnownDigestsFromBothRoundImplementations) {
  const std::pair<std::string, std::string> cases[] = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  for (const auto& [input, digest] : cases) {
    EXPECT_EQ(sha256_hex(input), digest) << input.size() << " bytes";
    EXPECT_EQ(sha256_hex(input, Sha256Rounds::Portable), digest) << input.size() << " bytes";
  }
  // Every length around the one- and two-block padding boundaries.
  std::string bytes;
  for (int n = 0; n < 300; ++n, bytes += static_cast<char>(n * 37 + 11))
    ASSERT_EQ(sha256_hex(bytes), sha256_hex(bytes, Sha256Rounds::Portable)) << n << " bytes";
}

TEST(ExpandInputs, DirectoryIsWalkedForEveryReadableKindInOrder) {
  auto dir = std::filesystem::temp_directory_path() / "vnpolicy_expand_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "sub");
  for (const char* name : {"b.txt", "a.txt", "sub/c.txt", "skip.md", "d.DOCX", "e.html", "~$d.docx"})
    std::ofstream(dir / name) << "x";
  std::ofstream(dir / "noext") << "%PDF-1.4\n";         // no telling name: taken by content
  std::ofstream(dir / "photo.jpg") << "\xFF\xD8\xFF\xE0";  // a kind no reader takes
  auto walk = walk_inputs({dir.string(), "/nonexistent.txt"});
  std::vector<std::string> names;
  for (const auto& f : walk.files) names.push_back(f.filename().string());
  EXPECT_EQ(names, (std::vector<std::string>{"a.txt", "b.txt", "d.DOCX", "e.html", "noext", "c.txt",
                                             "nonexistent.txt"}));
  EXPECT_EQ(walk.files.back().string(), "/nonexistent.txt");  // kept, so it is reported as an error
  EXPECT_EQ(describe_skipped(walk.skipped),
            "skipped 1 file (office lock file): ~$d.docx; skipped 2 files of unsupported kind: photo.jpg, skip.md");
  EXPECT_EQ(expand_inputs({dir.string()}).size(), 6u);
  std::filesystem::remove_all(dir);
}

TEST(ExpandInputs, TheCatalogBeingWrittenAndItsSidecarsAreNeverOpened) {
  auto dir = std::filesystem::temp_directory_path() / "vnpolicy_expand_catalog_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const char* name : {"a.txt", "c.sqlite", "c.sqlite-wal", "c.sqlite-shm"}) std::ofstream(dir / name) << "x";
  // Spelled another way than the walk finds it: exclusion compares resolved paths.
  auto walk = walk_inputs({dir.string()}, catalog_sidecars(dir / "." / "c.sqlite"));
  ASSERT_EQ(walk.files.size(), 1u);
  EXPECT_EQ(walk.files[0].filename(), "a.txt");
  EXPECT_TRUE(walk.skipped.empty()) << describe_skipped(walk.skipped);
  std::filesystem::remove_all(dir);
}

TEST(ExpandInputs, SkippedListIsCutAfterAFewNames) {
  std::vector<SkippedFile> s;
  for (int i = 0; i < 7; ++i) s.push_back({"f" + std::to_string(i) + ".xyz", "unsupported kind"});
  EXPECT_EQ(describe_skipped(s, 3), "skipped 7 files of unsupported kind: f0.xyz, f1.xyz, f2.xyz, …");
  EXPECT_EQ(describe_skipped({}), "");
}

}  // namespace
}  // namespace vnpolicy
