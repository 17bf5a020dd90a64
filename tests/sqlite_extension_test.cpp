// The tokenizer as a loadable extension: the real sqlite3 shell and sqlite-utils search
// a catalog's sentence index once it is loaded, and read plain tables without it.
#include <gtest/gtest.h>

#include "catalog_fixture.h"
#include "views_support.h"

namespace vnpolicy::testing {
namespace {

class SqliteExtension : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ingest_in_process(db(), {corpus_file("002"), corpus_file("003")});
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::filesystem::path db() { return *dir_ / "c.sqlite"; }
  // The extension's path without ".so", as users type it after .load.
  static std::string extension() {
    std::string p = fold_extension_path();
    return p.substr(0, p.size() - 3);
  }
  static std::string sqlite3(const std::string& load, const std::string& sql, int* status) {
    std::string cmd = "sqlite3 -bail " + shell_quote(db().string());
    if (!load.empty()) cmd += " " + shell_quote(".load " + load);
    return run_shell(cmd + " " + shell_quote(sql) + " 2>&1", status);
  }
  static TempDir* dir_;
};
TempDir* SqliteExtension::dir_ = nullptr;

TEST_F(SqliteExtension, Sqlite3ShellSearchesAfterLoadAndNotBefore) {
  int status = -1;
  const std::string without = sqlite3("", "select count(*) from sentence_index where sentence_index match 'rung'", &status);
  EXPECT_NE(status, 0);
  EXPECT_NE(without.find("no such tokenizer: vnpolicy_fold"), std::string::npos) << without;
  // Plain tables need nothing.
  EXPECT_EQ(sqlite3("", "select count(*) from documents", &status), "2\n");
  EXPECT_EQ(status, 0);
  // Loaded: folded words find accented text, exactly as the program's own search does.
  const std::string n = sqlite3(extension(), "select count(*) from sentence_index where sentence_index match 'che phu rung'",
                                &status);
  EXPECT_EQ(status, 0) << n;
  EXPECT_EQ(n, "2\n");  // one sentence on forest cover in each of 002 and 003
  const std::string text =
      sqlite3(extension(), "select text from sentence_index where sentence_index match 'che phu rung' limit 1", &status);
  EXPECT_NE(text.find("che phủ rừng"), std::string::npos) << text;
  // Accents as typed match only those accents (the colocated exact form).
  const std::string exact = sqlite3(extension(), "select count(*) from sentence_index where sentence_index match 'rừng'",
                                    &status);
  const std::string folded = sqlite3(extension(), "select count(*) from sentence_index where sentence_index match 'rung'",
                                     &status);
  EXPECT_GT(std::stoi(exact), 0);
  EXPECT_GE(std::stoi(folded), std::stoi(exact));
  // The full file name works too, and a catalog can be written through the shell
  // (an FTS5 table of one's own with the tokenizer).
  EXPECT_EQ(sqlite3(fold_extension_path(),
                    "create virtual table temp.t using fts5(x, tokenize='vnpolicy_fold'); insert into temp.t values"
                    " ('Đầu tư công'); select count(*) from temp.t where t match 'dau tu'",
                    &status),
            "1\n");
}

TEST_F(SqliteExtension, SqliteUtilsQueriesWithLoadExtension) {
  int status = -1;
  const std::string out = run_shell("sqlite-utils query " + shell_quote(db().string()) +
                                        " \"select count(*) as n from sentence_index where sentence_index match 'che "
                                        "phu rung'\" --load-extension " +
                                        shell_quote(fold_extension_path()) + " 2>&1",
                                    &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(out, "[{\"n\": 2}]\n");
  const std::string plain =
      run_shell("sqlite-utils rows " + shell_quote(db().string()) + " documents -c doc_type 2>&1", &status);
  EXPECT_EQ(status, 0) << plain;
  EXPECT_NE(plain.find("doc_type"), std::string::npos) << plain;
}

}  // namespace
}  // namespace vnpolicy::testing
