// The tasks and agencies commands over a catalog ingested from the corpus.
#include <gtest/gtest.h>

#include <filesystem>
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
  auto rows = json_of("agencies");
  const nlohmann::json* bcs = nullptr;
  for (const auto& r : rows)
    if (r["agency"] == "Ban cán sự đảng Ủy ban nhân dân tỉnh") bcs = &r;
  ASSERT_NE(bcs, nullptr);
  EXPECT_EQ((*bcs)["leads"], 12);  // 11 table rows and prose item 2
  EXPECT_EQ((*bcs)["supports"], 0);
  EXPECT_EQ((*bcs)["variants"].size(), 2u);  // "Ban cán sự đảng UBND tỉnh" and the written-out form
  int status = -1;
  std::string table = run_cli("agencies --db '" + db_ + "'", &status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(table.find("Sở Kế hoạch và Đầu tư"), std::string::npos);
}

}  // namespace
}  // namespace vnpolicy
