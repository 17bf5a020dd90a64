// Document identity and handles, through the binary: the seeds under several path
// spellings stay five documents, every handle form names a document in every command
// that takes one, `docs` and `show` list and describe them.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalog_fixture.h"

namespace vnpolicy {
namespace {

using nlohmann::json;
using testing::run_cli;

std::string quote(const std::string& s) { return "'" + s + "'"; }

class DocsCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     ("vnpolicy_docs_cli_" + std::to_string(::getpid())));
    std::filesystem::remove_all(*dir_);
    std::filesystem::create_directories(*dir_);
    const std::string corpus = (testing::source_dir() / "corpus").string();
    int status = -1;
    // The same files under three spellings: absolute, relative from the project, "." from inside.
    run_cli("ingest -q --db " + quote(db()) + " " + quote(corpus), &status);
    ASSERT_EQ(status, 0);
    run_cli("ingest -q --db " + quote(db()) + " corpus/", &status);  // tests run in the source dir
    ASSERT_EQ(status, 0);
    std::string out = run_in(corpus, "ingest --db " + quote(db()) + " ./", &status);
    ASSERT_EQ(status, 0);
    EXPECT_NE(out.find("0 added, 0 replaced, 5 unchanged"), std::string::npos) << out;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static std::string run_in(const std::string& folder, const std::string& args, int* status) {
    return run_cli("--rules " + quote((testing::source_dir() / "rules").string()) + " " + args, status, false,
                   folder);
  }
  static std::string db() { return (*dir_ / "c.sqlite").string(); }
  static json run_json(const std::string& args, int* status = nullptr) {
    std::string out = run_cli(args + " --db " + quote(db()) + " --format json", status);
    return out.empty() ? json() : json::parse(out);
  }
  static std::filesystem::path* dir_;
};
std::filesystem::path* DocsCli::dir_ = nullptr;

TEST_F(DocsCli, ThreeSpellingsOfOnePathAreFiveDocuments) {
  json docs = run_json("docs");
  ASSERT_EQ(docs.size(), 5u);
  std::set<std::string> paths;
  for (const auto& d : docs) paths.insert(d["path"].get<std::string>());
  EXPECT_EQ(paths.size(), 5u);
  for (const auto& p : paths) EXPECT_EQ(p.front(), '/') << "canonical paths are absolute: " << p;
  int status = -1;
  json rows = run_json("refs --cites 01/NQ-CP --year 2023", &status);
  std::set<int64_t> citing;
  for (const auto& r : rows) citing.insert(r["document_id"].get<int64_t>());
  EXPECT_EQ(citing.size(), 2u) << "the 2023 plan and the 2023 report, once each";
}

TEST_F(DocsCli, TheSeedsYearsComeFromTheirHeaders) {
  std::map<std::string, int> year;
  for (const auto& d : run_json("docs"))
    year[std::filesystem::path(d["path"].get<std::string>()).filename().string().substr(0, 3)] = d["year"].get<int>();
  // 000: the latest date it cites (06/01/2023); 004: "ngày    tháng 02 năm 2023" with no day;
  // 002: the report on 2022 cites nothing after 2022.
  EXPECT_EQ(year, (std::map<std::string, int>{{"000", 2023}, {"001", 2021}, {"002", 2022}, {"003", 2022}, {"004", 2023}}));
  EXPECT_EQ(run_json("docs --year 2023").size(), 2u);
  EXPECT_EQ(run_json("docs --type 'bao cao'").size(), 2u);
  EXPECT_EQ(run_json("docs --issuer 'tinh uy'").size(), 1u);
}

TEST_F(DocsCli, EveryHandleFormResolvesInEveryCommand) {
  const auto file = testing::corpus_file("003");
  const std::string sha = sha256_hex(testing::read_file(file));
  int64_t id = -1;
  for (const auto& d : run_json("docs"))
    if (d["sha256"] == sha) id = d["id"].get<int64_t>();
  ASSERT_GT(id, 0);
  const std::string stem = file.stem().string();
  const std::vector<std::string> handles = {
      std::to_string(id), "doc:" + std::to_string(id), sha.substr(0, 6), sha, file.filename().string(), stem,
      stem.substr(0, 3), file.string(), "corpus/" + file.filename().string(), "26-CTr/TU", "26-ctr/tu 2022",
      "26-CTr/TU/2022", "Chương trình hành động số 26-CTr/TU"};
  for (const auto& h : handles) {
    int status = -1;
    json shown = run_json("show " + quote(h), &status);
    ASSERT_EQ(status, 0) << h;
    EXPECT_EQ(shown["id"], id) << h;
    json cites = run_json("refs --from " + quote(h), &status);
    EXPECT_EQ(status, 0) << h;
    ASSERT_FALSE(cites.empty()) << h;
    for (const auto& r : cites) EXPECT_EQ(r["document"], file.string()) << h;
    json diff = run_json("diff " + quote(h) + " 002", &status);
    EXPECT_EQ(status, 0) << h;
    EXPECT_FALSE(diff.empty()) << h;
    json graph = run_json("graph " + quote(h), &status);
    EXPECT_EQ(status, 0) << h;
    bool centre = false;
    for (const auto& n : graph["nodes"]) centre = centre || n["id"] == "doc:" + std::to_string(id);
    EXPECT_TRUE(centre) << h;
  }
}

TEST_F(DocsCli, AnAmbiguousHandleListsItsCandidatesAndExits2) {
  // Numbers like 01/NQ-CP restart every year: two resolutions, and the same file name twice.
  const auto folder = *dir_ / "cited";
  std::filesystem::create_directories(folder / "2021");
  std::filesystem::create_directories(folder / "2023");
  std::ofstream(folder / "2021" / "nq01.txt") << "CHÍNH PHỦ\n\nSố: 01/NQ-CP\n\nHà Nội, ngày 01 tháng 01 năm 2021\n\nNGHỊ QUYẾT\nVề nhiệm vụ năm 2021\n";
  std::ofstream(folder / "2023" / "nq01.txt") << "CHÍNH PHỦ\n\nSố: 01/NQ-CP\n\nHà Nội, ngày 06 tháng 01 năm 2023\n\nNGHỊ QUYẾT\nVề nhiệm vụ năm 2023\n";
  const std::string cited_db = (*dir_ / "cited.sqlite").string();
  int status = -1;
  run_cli("ingest -q --db " + quote(cited_db) + " " + quote(folder.string()), &status);
  ASSERT_EQ(status, 0);
  for (const char* handle : {"01/NQ-CP", "nq01", "nq01.txt"}) {
    std::string err = run_cli(std::string("show ") + handle + " --db " + quote(cited_db), &status, true);
    EXPECT_EQ(status, 2) << handle;
    EXPECT_NE(err.find("2 documents match " + std::string(handle)), std::string::npos) << err;
    for (const char* part : {"2021-01-01", "2023-01-06", "2021/nq01.txt", "2023/nq01.txt", "01/NQ-CP"})
      EXPECT_NE(err.find(part), std::string::npos) << part << " in " << err;
  }
  json one = json::parse(run_cli("show '01/NQ-CP 2023' --format json --db " + quote(cited_db), &status));
  EXPECT_EQ(status, 0);
  EXPECT_EQ(one["date"], "2023-01-06");
  std::string err;
  err = run_cli("refs --from no-such-document --db " + quote(db()), &status, true);
  EXPECT_EQ(status, 2);
  EXPECT_NE(err.find("no catalogued document matches no-such-document"), std::string::npos) << err;
  for (const char* cmd : {"show", "diff", "refs", "graph", "tasks", "targets", "remove", "deadlines"}) {
    std::string help = run_cli(std::string(cmd) + " --help", &status);
    EXPECT_NE(help.find("several documents match"), std::string::npos) << cmd;
  }
}

TEST_F(DocsCli, CitedNumbersMatchAsUsersWriteThem) {
  const size_t all = run_json("refs --cites 01/NQ-CP").size();
  ASSERT_GT(all, 0u);
  for (const char* typed : {"1/NQ-CP", "1/nq-cp", "001/NQ-CP", "Nghị quyết 01/NQ-CP", "Nghị quyết số 1/NQ-CP",
                            "số 01/NQ-CP"})
    EXPECT_EQ(run_json(std::string("refs --cites ") + quote(typed)).size(), all) << typed;
  int status = -1;
  std::string table = run_cli("refs --cites 'Nghị quyết 01/NQ-CP' --db " + quote(db()), &status);
  EXPECT_EQ(table.find("NGHỊQUYẾT"), std::string::npos) << "an internal key was printed: " << table;
  EXPECT_EQ(table.find("NGHỊ QUYẾT01"), std::string::npos) << table;
  EXPECT_NE(table.find("01/NQ-CP (2023): "), std::string::npos) << table;
}

TEST_F(DocsCli, ShowGivesHeaderCountsLinksItemsAndText) {
  int status = -1;
  json d = run_json("show 148/KH-UBND", &status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(d["number"], "148/KH-UBND");
  EXPECT_EQ(d["date"], "2021-01-19");
  EXPECT_EQ(d["refs"], d["cites"].size());
  EXPECT_EQ(d["tasks"], d["items"]["tasks"].size());
  EXPECT_EQ(d["targets"], d["items"]["targets"].size());
  EXPECT_TRUE(d["has_text"].get<bool>());
  ASSERT_FALSE(d["items"]["targets"].empty());
  // Each item's line holds its text in the stored text: an item is shown in context
  // without the original file.
  const auto& t = d["items"]["targets"][0];
  json lines = run_json("show 148/KH-UBND --text --lines " + std::to_string(t["line"].get<int>()), &status);
  ASSERT_EQ(lines.size(), 1u);
  const std::string file_line = [&] {
    std::istringstream in(testing::read_file(testing::corpus_file("001")));
    std::string l;
    for (int i = 0; i < t["line"].get<int>(); ++i) std::getline(in, l);
    return l;
  }();
  EXPECT_EQ(lines[0]["text"], file_line);
  std::string table = run_cli("show 148/KH-UBND --db " + quote(db()), &status);
  EXPECT_EQ(status, 0);
  for (const char* part : {"Kế hoạch 148/KH-UBND", "Cites (", "Targets (", "Tasks (", "sha256"})
    EXPECT_NE(table.find(part), std::string::npos) << part << "\n" << table;
}

}  // namespace
}  // namespace vnpolicy
