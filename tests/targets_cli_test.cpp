// The targets, diff and series commands on a catalog of the sample corpus.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace vnpolicy {
namespace {

class TargetsCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = (std::filesystem::temp_directory_path() / ("vnpolicy_targets_cli_" + std::to_string(getpid()) + ".sqlite")).string();
    std::filesystem::remove(db_);
    int status = -1;
    testing::run_cli("ingest -q --db '" + db_ + "' '" + (testing::source_dir() / "corpus").string() + "'", &status);
    ASSERT_EQ(status, 0);
  }
  static void TearDownTestSuite() { std::filesystem::remove(db_); }
  static nlohmann::json json_of(const std::string& args) {
    int status = -1;
    std::string out = testing::run_cli(args + " --db '" + db_ + "' --format json", &status);
    EXPECT_EQ(status, 0) << args;
    return nlohmann::json::parse(out);
  }
  static std::string db_;
};
std::string TargetsCli::db_;

TEST_F(TargetsCli, IndicatorSearchIgnoresAccentsAndCase) {
  auto rows = json_of("targets --indicator 'CHE PHU RUNG'");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["indicator"], "Tỷ lệ che phủ rừng");
  EXPECT_DOUBLE_EQ(rows[0]["value"].get<double>(), 52.3);
  EXPECT_DOUBLE_EQ(rows[1]["value"].get<double>(), 56);
  auto actual_2022 = json_of("targets --indicator 'lao động qua đào tạo' --kind actual --year 2022");
  ASSERT_FALSE(actual_2022.empty());
  for (const auto& r : actual_2022) EXPECT_EQ(r["year"], 2022);
  auto one_doc = json_of("targets --doc 26-CTr/TU --kind target");
  for (const auto& r : one_doc) EXPECT_EQ(r["doc"], "26-CTr/TU");
}

TEST_F(TargetsCli, UnknownDocumentIsAUsageError) {
  int status = -1;
  testing::run_cli("diff nosuchdoc 26-CTr/TU --db '" + db_ + "'", &status);
  EXPECT_EQ(status, 2);
}

}  // namespace
}  // namespace vnpolicy
