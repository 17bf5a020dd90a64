// diff, series and scorecard on a catalog built from real text: the seed documents (Lai
// Châu 2021-2023) and ../shared/extra's documents (tests/data/extra).
#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace vnpolicy {
namespace {

class IndicatorsCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = (std::filesystem::temp_directory_path() / ("vnpolicy_indicators_cli_" + std::to_string(getpid()) + ".sqlite")).string();
    std::filesystem::remove(db_);
    int status = -1;
    testing::run_cli("ingest -q --db '" + db_ + "' '" + (testing::source_dir() / "corpus").string() + "' '" +
                         (testing::source_dir() / "tests/data/extra").string() + "'",
                     &status);
    ASSERT_EQ(status, 0);
  }
  static void TearDownTestSuite() { std::filesystem::remove(db_); }
  static std::string run(const std::string& args, int expected_status = 0) {
    int status = -1;
    std::string out = testing::run_cli(args + " --db '" + db_ + "'", &status);
    EXPECT_EQ(status, expected_status) << args;
    return out;
  }
  static nlohmann::json json_of(const std::string& args) { return nlohmann::json::parse(run(args + " --format json")); }
  static std::map<std::string, nlohmann::json> by_key(const nlohmann::json& rows) {
    std::map<std::string, nlohmann::json> out;
    for (const auto& r : rows) out.emplace(r["key"].get<std::string>(), r);
    return out;
  }
  static std::string db_;
};
std::string IndicatorsCli::db_;

// 002 (the 2022 report with the 2023 plan) against 003 (the programme to 2030): the
// indicators both state, on aligned rows, before any one-sided row.
TEST_F(IndicatorsCli, DiffAlignsTheIndicatorsBothDocumentsState) {
  auto rows = json_of("diff 002 26-CTr/TU");
  auto k = by_key(rows);
  struct Expected {
    const char* key;
    double a, b;
    const char* change;
  };
  for (const Expected& e : {Expected{"2102", 52.3, 56, "raised"},          // Tỷ lệ che phủ rừng
                            Expected{"0203", 58.3, 70, "raised"},          // lao động qua đào tạo
                            Expected{"0714", 96.1, 95, "lowered"},         // BHYT: 96,1% (2023) then > 95%
                            Expected{"1601", 13, 13, "same"},              // bác sỹ/1 vạn dân ~ bác sĩ/vạn dân
                            Expected{"1806", 99, 100, "raised"},           // nước sạch đô thị
                            Expected{"1807", 90, 100, "raised"},           // nước sạch nông thôn
                            Expected{"0601", 2450, 5000, "raised"},        // thu ngân sách, tỷ đồng
                            Expected{"2107", 98.1, 100, "raised"},         // chất thải rắn (sinh hoạt) đô thị
                            Expected{"ty le truong dat chuan quoc gia", 60.9, 80, "raised"},
                            Expected{"toc do tang tong san pham tren dia ban", 9, 9, "same"},
                            // GRDP per person, "triệu đồng" against "triệu đồng/người/năm"
                            Expected{"tong san pham tren dia ban binh quan dau nguoi", 52.9, 116.6, "raised"},
                            Expected{"0802/dien tich cay che", 9862, 10000, "raised"},  // diện tích (cây) chè
                            Expected{"0807", 2992, 20000, "behind"},                 // trồng rừng mới, trồng lại rừng sau khai thác
                            Expected{"so luot khach du lich", 762, 2, "behind"},     // nghìn lượt khách -> triệu lượt người
                            Expected{"ty le xa dat chuan nong thon moi", 41.5, 70, "raised"},
                            Expected{"gia tri san xuat cong nghiep.growth", 14.7, 8, "on_track"},
                            Expected{"tong kim ngach xuat nhap khau.growth", 3, 13, "raised"},
                            Expected{"ty le thon ban co duong o to hoac xe may di lai thuan loi", 99, 100, "raised"}}) {
    ASSERT_TRUE(k.count(e.key)) << e.key;
    const auto& r = k[e.key];
    EXPECT_DOUBLE_EQ(r["a_value"].get<double>(), e.a) << e.key;
    EXPECT_DOUBLE_EQ(r["b_value"].get<double>(), e.b) << e.key;
    EXPECT_EQ(r["change"], e.change) << e.key;
  }
  EXPECT_EQ(k["2102"]["code"], "2102");
  EXPECT_EQ(k["2102"]["indicator"], "Tỷ lệ che phủ rừng");
  EXPECT_NEAR(k["2102"]["difference"].get<double>(), 3.7, 1e-9);
  EXPECT_EQ(k["0714"]["b_comparator"], "gt");
  // Tea and macadamia are two crops of 0802 (area of perennial crops): two rows, one code.
  EXPECT_EQ(k["0802/dien tich cay che"]["code"], "0802");
  ASSERT_TRUE(k.count("0802/dien tich cay mac ca"));
  EXPECT_TRUE(k["0802/dien tich cay mac ca"]["a_value"].is_null());
  EXPECT_DOUBLE_EQ(k["0802/dien tich cay mac ca"]["b_value"].get<double>(), 35000);
  EXPECT_FALSE(k.count("0802"));
  EXPECT_EQ(k["0714"]["a_kind"], "target");
  // 9 % against 9-11 %/năm: one family, said so, not "units differ".
  const auto& grdp = k["toc do tang tong san pham tren dia ban"];
  EXPECT_EQ(grdp["b_value_max"], 11.0);
  EXPECT_EQ(grdp["b_unit"], "%/năm");
  EXPECT_NE(grdp["unit_note"].get<std::string>().find("yearly rate"), std::string::npos);
  // These 19 are every indicator the gold answers of both documents state, and nothing else
  // is aligned: a "vượt 88% kế hoạch" of cooperatives is no growth of the economy, a share of
  // farming in GRDP no fish catch.
  size_t aligned_rows = 0;
  for (const auto& r : rows) aligned_rows += !r["a_value"].is_null() && !r["b_value"].is_null();
  EXPECT_EQ(aligned_rows, 19u);
  // Aligned rows first, then one-sided; no activity counts.
  bool one_sided = false;
  for (const auto& r : rows) {
    const bool aligned = !r["a_value"].is_null() && !r["b_value"].is_null();
    EXPECT_FALSE(aligned && one_sided) << r["key"] << " comes after a one-sided row";
    one_sided = one_sided || !aligned;
    for (const char* side : {"a_unit", "b_unit"})
      if (r[side].is_string()) EXPECT_NE(r[side], "cuộc họp") << r["key"];
  }
}

TEST_F(IndicatorsCli, ActivitiesOnlyWhenAskedAndOnlyChangedLeavesOutTheSame) {
  // 002 counts meetings of the provincial Party committee (cuộc họp, hội nghị).
  auto with = json_of("diff 002 26-CTr/TU --activities");
  auto without = json_of("diff 002 26-CTr/TU");
  EXPECT_GT(with.size(), without.size());
  bool meeting = false;
  for (const auto& r : with)
    meeting = meeting || r["a_unit"] == "cuộc họp" || r["a_unit"] == "hội nghị";
  EXPECT_TRUE(meeting);
  for (const auto& r : json_of("diff 002 26-CTr/TU --only-changed")) EXPECT_NE(r["change"], "same") << r["key"];
}

TEST_F(IndicatorsCli, DiffTakesAnyHandleAndCsv) {
  // A file stem, a file-name prefix, an id: one resolver for every command.
  auto by_stem = run("diff 002_3835c3cb13c1955a 26-CTr/TU --format csv");
  auto by_prefix = run("diff 002 26-CTr/TU --format csv");
  EXPECT_EQ(by_stem, by_prefix);
  EXPECT_EQ(by_stem.rfind("key,code,indicator,change,difference,a_in_b_unit,unit_note,a_value,", 0), 0u) << by_stem.substr(0, 200);
  EXPECT_NE(by_stem.find("2102,2102,Tỷ lệ che phủ rừng,raised,3.7,52.3,"), std::string::npos);
  run("diff nosuchdoc 26-CTr/TU", 2);
}

TEST_F(IndicatorsCli, SeriesJudgesActualsAgainstTargetsByComparator) {
  // 002 line 57: GRDP grew 9,0% in 2022 against the plan's 7,7%.
  auto rows = json_of("series --indicator 'tốc độ tăng tổng sản phẩm trên địa bàn'");
  bool met_2022 = false;
  for (const auto& r : rows)
    if (r["year"] == 2022 && r["met"] == "met") {
      met_2022 = true;
      EXPECT_DOUBLE_EQ(r["actual_value"].get<double>(), 9);
      EXPECT_DOUBLE_EQ(r["target_value"].get<double>(), 7.7);
    }
  EXPECT_TRUE(met_2022);
  // An official code finds its indicator however each document wrote it.
  auto forest = json_of("series --indicator 2102");
  ASSERT_FALSE(forest.empty());
  for (const auto& r : forest) EXPECT_EQ(r["code"], "2102");
}

TEST_F(IndicatorsCli, ScorecardGivesEachTargetItsLatestActualOfTheSamePlace) {
  auto rows = json_of("scorecard 26-CTr/TU");
  ASSERT_GT(rows.size(), 20u);
  std::map<std::string, int> statuses;
  for (const auto& r : rows) {
    ++statuses[r["status"].get<std::string>()];
    EXPECT_EQ(r["target_kind"], "target");
    EXPECT_EQ(r["target_doc"], "26-CTr/TU");
    if (r["status"] == "no_data") EXPECT_TRUE(r["actual_value"].is_null());
    else EXPECT_FALSE(r["actual_doc"].is_null());  // the source line of the actual
  }
  EXPECT_GT(statuses["no_data"], 0);
  EXPECT_GT(statuses["on_track"] + statuses["behind"], 0);  // 2022-2023 results against 2030 targets
  // Budget revenue: > 5000 tỷ đồng by 2030, against a 2022-2023 result of the same province.
  bool budget = false;
  for (const auto& r : rows)
    if (r["code"] == "0601" && !r["actual_value"].is_null()) {
      budget = true;
      EXPECT_EQ(r["status"], "behind");
      EXPECT_LE(r["actual_year"].get<int>(), 2023);
    }
  EXPECT_TRUE(budget);
}

}  // namespace
}  // namespace vnpolicy
