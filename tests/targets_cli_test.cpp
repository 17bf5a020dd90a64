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

TEST_F(TargetsCli, DiffAlignsTheReportWithTheProgramme) {
  auto rows = json_of("diff 002_3835c3cb13c1955a.txt 26-CTr/TU");
  std::map<std::string, nlohmann::json> by_key;
  for (const auto& r : rows) by_key[r["key"].get<std::string>()] = r;
  ASSERT_TRUE(by_key.count("2102"));
  EXPECT_EQ(by_key["2102"]["a"], "52.3 %");
  EXPECT_EQ(by_key["2102"]["b"], "56 %");
  EXPECT_EQ(by_key["2102"]["change"], "raised");
  EXPECT_NEAR(by_key["2102"]["difference"].get<double>(), 3.7, 1e-9);
  EXPECT_EQ(by_key["0203"]["a"], "58.3 %");
  EXPECT_EQ(by_key["0203"]["b"], "~70 %");
  EXPECT_EQ(by_key["0714"]["a"], "96.1 %");
  EXPECT_EQ(by_key["0714"]["b_comparator"], "gt");
  EXPECT_EQ(by_key["ty le truong dat chuan quoc gia"]["a"], "60.9 %");
  EXPECT_EQ(by_key["ty le truong dat chuan quoc gia"]["b"], "80 %");
  // Never % against tỷ đồng: a key whose two sides have different units gives no difference.
  for (const auto& r : rows)
    if (r["change"] == "units differ") EXPECT_TRUE(r["difference"].is_null());
}

TEST_F(TargetsCli, SeriesShowsWhenATargetWasMet) {
  auto rows = json_of("series --indicator 'tốc độ tăng tổng sản phẩm trên địa bàn'");
  bool met_2022 = false;
  for (const auto& r : rows)
    if (r["year"] == 2022 && r["status"] == "met") met_2022 = true;  // 9,0% against the plan's 7,7%
  EXPECT_TRUE(met_2022);
}

TEST_F(TargetsCli, UnknownDocumentIsAUsageError) {
  int status = -1;
  testing::run_cli("diff nosuchdoc 26-CTr/TU --db '" + db_ + "'", &status);
  EXPECT_EQ(status, 2);
}

}  // namespace
}  // namespace vnpolicy
