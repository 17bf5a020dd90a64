// The tasks and agencies commands over a catalog ingested from the corpus.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace vnpolicy {
namespace {

using ::vnpolicy::testing::corpus_file;
using ::vnpolicy::testing::run_cli;

class TasksCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = (std::filesystem::temp_directory_path() / ("vnpolicy_tasks_cli_" + std::to_string(::getpid()) + ".sqlite")).string();
    std::filesystem::remove(db_);
    int status = -1;
    run_cli("ingest -q '" + corpus_file("000").string() + "' '" + corpus_file("003").string() + "' --db '" + db_ + "'", &status);
    ASSERT_EQ(status, 0);
  }
  static void TearDownTestSuite() { std::filesystem::remove(db_); }
  static nlohmann::json json_of(const std::string& args) {
    int status = -1;
    std::string out = run_cli(args + " --db '" + db_ + "' --format json", &status);
    EXPECT_EQ(status, 0) << args;
    return nlohmann::json::parse(out);
  }
  static std::string db_;
};
std::string TasksCli::db_;

TEST_F(TasksCli, AgencyMatchedThroughTheLexiconWithoutAccents) {
  // "Sở KH&ĐT" and "so ke hoach va dau tu" both name Sở Kế hoạch và Đầu tư.
  for (const char* q : {"'Sở KH&ĐT'", "'so ke hoach va dau tu'"}) {
    auto rows = json_of(std::string("tasks --agency ") + q);
    ASSERT_EQ(rows.size(), 1u) << q;
    EXPECT_EQ(rows[0]["line"], 1124);
    EXPECT_EQ(rows[0]["role"], "lead");
    EXPECT_EQ(rows[0]["due"], "2023-11-20");
  }
}

// A unit's calendar: the deadlines of the tasks it leads or supports, with their units.
TEST_F(TasksCli, DeadlinesOfAnAgencysTasks) {
  auto rows = json_of("deadlines --agency 'Sở KH&ĐT'");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["due"], "2023-11-20");
  EXPECT_EQ(rows[0]["role"], "lead");
  EXPECT_EQ(rows[0]["lead"], nlohmann::json::array({"Sở Kế hoạch và Đầu tư"}));
  // Supporting units see the deadlines of the tasks they support, and only those with --role.
  auto support = json_of("deadlines --agency 'UBND huyện' --role support");
  ASSERT_EQ(support.size(), 1u);
  EXPECT_EQ(support[0]["role"], "support");
  EXPECT_EQ(support[0]["due"], "2023-11-20");
  EXPECT_NE(support[0]["support"].dump().find("Ủy ban nhân dân huyện"), std::string::npos);
  // A Party board before its 2025 merger: the deadline of the task it leads in 26-CTr/TU.
  auto board = json_of("deadlines --agency 'Ban Tuyên giáo Tỉnh ủy' --as-of 2023-01-01");
  ASSERT_EQ(board.size(), 1u);
  EXPECT_EQ(board[0]["due"], "2022-12-31");
  EXPECT_EQ(board[0]["line"], 164);
  EXPECT_LT(board.size() + support.size(), json_of("deadlines").size());
  EXPECT_TRUE(json_of("deadlines --agency 'Sở Không Có Thật'").empty());
}

TEST_F(TasksCli, RoleFilterSeparatesLeadAndSupport) {
  auto support = json_of("tasks --agency 'Ban Tuyên giáo Tỉnh ủy' --role support");
  auto lead = json_of("tasks --agency 'Ban Tuyên giáo Tỉnh ủy' --role lead");
  ASSERT_FALSE(support.empty());
  ASSERT_FALSE(lead.empty());
  for (const auto& r : support) EXPECT_EQ(r["role"], "support");
  for (const auto& r : lead) EXPECT_EQ(r["role"], "lead");
}

TEST_F(TasksCli, DueBeforeAndOpenAt) {
  auto due = json_of("tasks --due-before 2023-03-31");
  ASSERT_FALSE(due.empty());
  for (const auto& r : due) EXPECT_LE(r["due"].get<std::string>(), "2023-03-31");
  auto open = json_of("tasks --open-at 2023-11-16 --doc 000_4d2137c20f8364eb.txt");
  ASSERT_EQ(open.size(), 1u);  // due 15/11 has passed; due 20/11 not yet
  EXPECT_EQ(open[0]["due"], "2023-11-15");
  // Dates as users write them, day first, and impossible dates refused.
  auto day_first = json_of("tasks --due-before 15/11/2023");
  ASSERT_FALSE(day_first.empty());
  for (const auto& r : day_first) EXPECT_LE(r["due"].get<std::string>(), "2023-11-15");
  EXPECT_EQ(day_first.size(), json_of("tasks --due-before 2023-11-15").size());
  for (const char* bad : {"2023-02-30", "31/02/2023", "15/13/2023", "2023-11", "tomorrow"}) {
    int status = -1;
    run_cli(std::string("tasks --due-before '") + bad + "' --db '" + db_ + "'", &status);
    EXPECT_EQ(status, 2) << bad;
  }
}

TEST_F(TasksCli, AgenciesCountLeadAndSupportWithVariants) {
  // As of the seeds' years; today the Party's ban cán sự đảng answers as its 2025 successor.
  auto rows = json_of("agencies --as-of 2023-12-31");
  const nlohmann::json* bcs = nullptr;
  for (const auto& r : rows)
    if (r["agency"] == "Ban cán sự đảng Ủy ban nhân dân tỉnh") bcs = &r;
  ASSERT_NE(bcs, nullptr);
  bool successor = false;
  for (const auto& r : json_of("agencies"))
    successor = successor || (r["agency"] == "Đảng ủy Ủy ban nhân dân tỉnh" && r["leads"] == 12 &&
                              r["answers_for"] == nlohmann::json::array({"Ban cán sự đảng Ủy ban nhân dân tỉnh"}));
  EXPECT_TRUE(successor);
  EXPECT_EQ((*bcs)["leads"], 12);  // 11 table rows and prose item 2
  EXPECT_EQ((*bcs)["supports"], 0);
  EXPECT_EQ((*bcs)["variants"].size(), 2u);  // "Ban cán sự đảng UBND tỉnh" and the written-out form
  int status = -1;
  std::string table = run_cli("agencies --db '" + db_ + "'", &status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(table.find("Sở Kế hoạch và Đầu tư"), std::string::npos);
}

// After the 2025 merger (Nghị định 45/2025/NĐ-CP: Sở Kế hoạch và Đầu tư into Sở Tài chính),
// a query made today for either name finds the tasks of both; a query about 2023 finds
// each body's own. Every written form of the old department (name, "Sở KH&ĐT", "SKHĐT")
// is one agency.
TEST(TasksAsOf, AMergedDepartmentAnswersForItsSuccessorTodayAndForItselfBefore) {
  const auto dir = std::filesystem::temp_directory_path() / ("vnpolicy_tasks_as_of_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream plan(dir / "plan2025.txt");
    plan << "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 85/KH-UBND\nLai Châu, ngày 10 tháng 6 năm 2025\n\n"
            "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành tỉnh tổng hợp kết quả thực hiện "
            "Kế hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n";
  }
  const std::string db = (dir / "catalog.sqlite").string();
  int status = -1;
  run_cli("ingest -q '" + corpus_file("000").string() + "' '" + (dir / "plan2025.txt").string() + "' --db '" + db + "'", &status);
  ASSERT_EQ(status, 0);
  // The lines of the tasks found, with the lead as written.
  auto leads = [&](const std::string& args) {
    std::multiset<std::string> out;
    int st = -1;
    auto rows = nlohmann::json::parse(run_cli(args + " --db '" + db + "' --format json", &st));
    EXPECT_EQ(st, 0) << args;
    for (const auto& r : rows)
      for (const auto& lead : r["lead"]) out.insert(lead.get<std::string>());
    return out;
  };
  const std::multiset<std::string> both = {"Sở Kế hoạch và Đầu tư", "Sở Tài chính"};
  for (const char* q : {"Sở KH&ĐT", "SKHĐT", "Sở Kế hoạch và Đầu tư", "Sở Tài chính"}) {
    EXPECT_EQ(leads(std::string("tasks --agency '") + q + "'"), both) << q;
    EXPECT_EQ(leads(std::string("tasks --agency '") + q + "' --as-of 2025-06-30"), both) << q;
  }
  for (const char* q : {"Sở KH&ĐT", "SKHĐT", "Sở Kế hoạch và Đầu tư"})
    EXPECT_EQ(leads(std::string("tasks --agency '") + q + "' --as-of 2023-12-31"), std::multiset<std::string>{"Sở Kế hoạch và Đầu tư"}) << q;
  EXPECT_EQ(leads("tasks --agency 'Sở Tài chính' --as-of 31/12/2023"), std::multiset<std::string>{"Sở Tài chính"});
  // The day the old department ended (valid_to 2025-02-28) is still its own.
  EXPECT_EQ(leads("tasks --agency 'Sở KH&ĐT' --as-of 2025-02-28"), std::multiset<std::string>{"Sở Kế hoạch và Đầu tư"});
  // `deadlines --agency`: the deadlines of the same tasks, by the same successor rule.
  for (const char* q : {"Sở KH&ĐT", "Sở Tài chính"}) {
    EXPECT_EQ(leads(std::string("deadlines --agency '") + q + "'"), both) << q;
    EXPECT_EQ(leads(std::string("deadlines --agency '") + q + "' --as-of 2025-06-30"), both) << q;
  }
  EXPECT_EQ(leads("deadlines --agency 'Sở KH&ĐT' --as-of 2023-12-31"), std::multiset<std::string>{"Sở Kế hoạch và Đầu tư"});
  EXPECT_EQ(leads("deadlines --agency 'Sở Tài chính' --as-of 2023-12-31"), std::multiset<std::string>{"Sở Tài chính"});
  // `agencies`: today the old department's tasks count for Sở Tài chính; in 2023 each is its own.
  auto agencies = [&](const std::string& as_of) {
    std::map<std::string, nlohmann::json> out;
    int st = -1;
    for (const auto& r : nlohmann::json::parse(run_cli("agencies" + as_of + " --db '" + db + "' --format json", &st)))
      out.emplace(r["agency"].get<std::string>(), r);
    EXPECT_EQ(st, 0) << as_of;
    return out;
  };
  for (const std::string as_of : {"", " --as-of 2025-06-30"}) {
    auto now = agencies(as_of);
    EXPECT_FALSE(now.count("Sở Kế hoạch và Đầu tư")) << as_of;
    ASSERT_TRUE(now.count("Sở Tài chính")) << as_of;
    EXPECT_EQ(now["Sở Tài chính"]["leads"], 2) << as_of;
    EXPECT_EQ(now["Sở Tài chính"]["answers_for"], nlohmann::json::array({"Sở Kế hoạch và Đầu tư"})) << as_of;
  }
  auto before = agencies(" --as-of 2023-12-31");
  ASSERT_TRUE(before.count("Sở Kế hoạch và Đầu tư"));
  ASSERT_TRUE(before.count("Sở Tài chính"));
  EXPECT_EQ(before["Sở Kế hoạch và Đầu tư"]["leads"], 1);
  EXPECT_EQ(before["Sở Tài chính"]["leads"], 1);
  EXPECT_TRUE(before["Sở Tài chính"]["answers_for"].empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vnpolicy
