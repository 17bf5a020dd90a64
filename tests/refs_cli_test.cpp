// `vnpolicy refs` and `vnpolicy graph` on the sample corpus, through the binary.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace vnpolicy {
namespace {

using nlohmann::json;
using testing::run_cli;

std::string quote(const std::string& s) { return "'" + s + "'"; }

// One catalog of the sample corpus (plus a stand-in for Nghị quyết 01/NQ-CP of 2023) for the suite.
class RefsCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     ("vnpolicy_refs_cli_" + std::to_string(::getpid())));
    std::filesystem::remove_all(*dir_);
    std::filesystem::create_directories(*dir_ / "cited");
    std::ofstream(*dir_ / "cited" / "nq01-2023.txt")
        << "CHÍNH PHỦ\n\nSố: 01/NQ-CP\n\nHà Nội, ngày 06 tháng 01 năm 2023\n\nNGHỊ QUYẾT\n"
           "Về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2023\n\n"
           "CHÍNH PHỦ\n\nQUYẾT NGHỊ:\n\nI. Mục tiêu tổng quát\n";
    int status = -1;
    run_cli("ingest -q --db " + quote(db()) + " " + quote((testing::source_dir() / "corpus").string()) + " " +
                quote((*dir_ / "cited").string()),
            &status);
    ASSERT_EQ(status, 0);
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static std::string db() { return (*dir_ / "c.sqlite").string(); }
  static json run_json(const std::string& args, int* status = nullptr) {
    std::string out = run_cli(args + " --db " + quote(db()) + " --format json", status);
    return json::parse(out);
  }
  static std::set<std::string> files_in(const json& rows, const char* column = "document") {
    std::set<std::string> out;
    for (const auto& r : rows) out.insert(std::filesystem::path(r[column].get<std::string>()).filename().string().substr(0, 3));
    return out;
  }
  static std::filesystem::path* dir_;
};
std::filesystem::path* RefsCli::dir_ = nullptr;

TEST_F(RefsCli, CitesWithYearListsThe2023PlanAndReportOnly) {
  json rows = run_json("refs --cites 01/NQ-CP --year 2023");
  EXPECT_EQ(files_in(rows), (std::set<std::string>{"000", "004"}));
  for (const auto& r : rows) {
    EXPECT_EQ(r["year"], 2023);
    EXPECT_FALSE(r["sentence"].get<std::string>().empty());
  }
  // The plan's opening: basis, on line 13, with its sentence.
  bool basis13 = false;
  for (const auto& r : rows)
    basis13 = basis13 || (r["line"] == 13 && r["relation"] == "basis" &&
                          r["sentence"].get<std::string>().rfind("Căn cứ Nghị quyết số 01/NQ-CP", 0) == 0);
  EXPECT_TRUE(basis13);
}

TEST_F(RefsCli, CitesWithoutYearListsAllThreeGroupedByYear) {
  json rows = run_json("refs --cites 01/NQ-CP");
  EXPECT_EQ(files_in(rows), (std::set<std::string>{"000", "001", "004"}));
  std::vector<int> years;
  for (const auto& r : rows) years.push_back(r["year"].get<int>());
  EXPECT_TRUE(std::is_sorted(years.begin(), years.end()));
  EXPECT_EQ(years.front(), 2021);
  EXPECT_EQ(years.back(), 2023);
  std::string table = run_cli("refs --cites 01/NQ-CP --db " + quote(db()));
  size_t y2021 = table.find("01/NQ-CP (2021): 2 mentions in 1 document"), y2023 = table.find("01/NQ-CP (2023):");
  EXPECT_NE(y2021, std::string::npos) << table;
  EXPECT_NE(y2023, std::string::npos) << table;
  EXPECT_LT(y2021, y2023);
}

TEST_F(RefsCli, NumberMatchingIgnoresCaseSpacesAndSo) {
  EXPECT_EQ(run_json("refs --cites " + quote("số 01/nq-cp")), run_json("refs --cites 01/NQ-CP"));
  EXPECT_EQ(run_json("refs --cites " + quote("01 / NQ - CP") + " --year 2021").size(), 2u);
}

TEST_F(RefsCli, CitesLinksToTheCataloguedDocumentOfTheSameYear) {
  for (const auto& r : run_json("refs --cites 01/NQ-CP")) {
    if (r["year"] == 2023) EXPECT_NE(r["cited_document"].get<std::string>().find("nq01-2023.txt"), std::string::npos);
    else EXPECT_TRUE(r["cited_document"].is_null()) << "no 2021 resolution is catalogued";
  }
}

TEST_F(RefsCli, FromByNumberPathOrShaPrefix) {
  json by_number = run_json("refs --from 148/KH-UBND");
  ASSERT_FALSE(by_number.empty());
  EXPECT_EQ(files_in(by_number), (std::set<std::string>{"001"}));
  EXPECT_EQ(by_number[0]["number"], "01/NQ-CP");
  EXPECT_EQ(by_number[0]["relation"], "implements");
  EXPECT_EQ(by_number[0]["in_catalog"], false);
  EXPECT_EQ(run_json("refs --from 001_f85f2ba0c45a5d7a.txt"), by_number);
  std::string sha = testing::project_extractor()
                        .extract_text(testing::read_file(testing::corpus_file("004")), "x")
                        .source.sha256;
  json by_sha = run_json("refs --from " + sha.substr(0, 10));
  ASSERT_EQ(by_sha.size(), 12u);
  int catalogued = 0;
  for (const auto& r : by_sha) catalogued += r["in_catalog"].get<bool>();
  EXPECT_EQ(catalogued, 6) << "the six mentions of 01/NQ-CP link to the 2023 resolution";
}

TEST_F(RefsCli, UsageAndMissingCatalog) {
  int status = 0;
  run_cli("refs --db " + quote(db()), &status);
  EXPECT_EQ(status, 2);
  run_cli("refs --cites 01/NQ-CP --from x --db " + quote(db()), &status);
  EXPECT_EQ(status, 2);
  run_cli("refs --from no-such-document --db " + quote(db()), &status);
  EXPECT_EQ(status, 2);
  run_cli("graph --db " + quote((*dir_ / "none.sqlite").string()), &status);
  EXPECT_EQ(status, 2);
  EXPECT_FALSE(std::filesystem::exists(*dir_ / "none.sqlite"));
}

TEST_F(RefsCli, GraphJsonHasTypedNodesAndRelationEdges) {
  json g = run_json("graph");
  std::map<std::string, json> nodes;
  for (const auto& n : g["nodes"]) nodes[n["id"].get<std::string>()] = n;
  ASSERT_EQ(std::count_if(g["nodes"].begin(), g["nodes"].end(), [](const json& n) { return n["in_catalog"] == true; }), 6);
  std::set<std::string> relations;
  bool plan_implements_2023 = false;
  for (const auto& e : g["edges"]) {
    ASSERT_TRUE(nodes.count(e["from"].get<std::string>())) << e;
    ASSERT_TRUE(nodes.count(e["to"].get<std::string>())) << e;
    relations.insert(e["relation"].get<std::string>());
    const json& to = nodes[e["to"].get<std::string>()];
    if (to["number"] == "01/NQ-CP" && to["year"] == 2023 && e["relation"] == "implements")
      plan_implements_2023 = to["in_catalog"] == true;
  }
  EXPECT_EQ(relations, (std::set<std::string>{"basis", "implements", "mentions", "replaces", "amends"}));
  EXPECT_TRUE(plan_implements_2023);
  // 01/NQ-CP of 2021 is not catalogued: an outside node of its own.
  EXPECT_TRUE(nodes.count("ref:01/NQ-CP@2021"));
  EXPECT_EQ(nodes["ref:01/NQ-CP@2021"]["type"], "Nghị quyết");
}

TEST_F(RefsCli, GraphDotDeclaresEveryNodeItLinks) {
  std::string dot = run_cli("graph --db " + quote(db()));
  ASSERT_EQ(dot.rfind("digraph citations {", 0), 0u);
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
  std::set<std::string> declared, used;
  std::regex node(R"re(^  ("(?:[^"\\]|\\.)*") \[label=)re"), edge(R"re(^  ("(?:[^"\\]|\\.)*") -> ("(?:[^"\\]|\\.)*") \[)re");
  std::istringstream lines(dot);
  for (std::string l; std::getline(lines, l);) {
    std::smatch m;
    if (std::regex_search(l, m, edge)) {
      used.insert(m[1]);
      used.insert(m[2]);
    } else if (std::regex_search(l, m, node)) {
      declared.insert(m[1]);
    }
  }
  EXPECT_FALSE(used.empty());
  for (const auto& u : used) EXPECT_TRUE(declared.count(u)) << u;
  // Graphviz reads what we wrote. scripts/setup.sh installs it: a machine without `dot`
  // fails here rather than passing a test it never ran.
  ASSERT_EQ(std::system("command -v dot >/dev/null 2>&1"), 0) << "graphviz `dot` is not installed (scripts/setup.sh installs it)";
  std::string file = (*dir_ / "g.dot").string();
  std::ofstream(file) << dot;
  EXPECT_EQ(std::system(("dot -Tsvg " + quote(file) + " -o /dev/null").c_str()), 0);
}

TEST_F(RefsCli, GraphTableHasOneRowPerEdge) {
  std::string table = run_cli("graph --format table --db " + quote(db()));
  std::regex replaces("Báo cáo 004_717ab213b4604b3c.txt +replaces +1 +0 +Quyết định 30/2017/QĐ-UBND +2017 +no");
  EXPECT_TRUE(std::regex_search(table, replaces)) << table.substr(0, 600);
}

}  // namespace
}  // namespace vnpolicy
