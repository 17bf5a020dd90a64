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

TEST(DecodeDocument, NulByteMeansBinary) {
  ReadOutcome r = decode_document("bin.txt", std::string("PK\x03\x04\0\0", 6));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(*r.error, "binary file: NUL byte at byte offset 4");
  EXPECT_FALSE(r.source.sha256.empty());
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

TEST(ExpandInputs, DirectoryIsWalkedForTxtInOrder) {
  auto dir = std::filesystem::temp_directory_path() / "vnpolicy_expand_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "sub");
  for (const char* name : {"b.txt", "a.txt", "sub/c.txt", "skip.md"}) std::ofstream(dir / name) << "x";
  auto files = expand_inputs({dir.string(), "/nonexistent.txt"});
  ASSERT_EQ(files.size(), 4u);
  EXPECT_EQ(files[0].filename(), "a.txt");
  EXPECT_EQ(files[1].filename(), "b.txt");
  EXPECT_EQ(files[2].filename(), "c.txt");
  EXPECT_EQ(files[3].string(), "/nonexistent.txt");  // kept, so it is reported as an error
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vnpolicy
