// The lexicon tables of rules/ (indicators.tsv, agencies.tsv, unit_families.json): they load,
// a bad row is reported with its file and line, units convert within a family only, and an
// agency merged in 2025 answers to its successor's name today and to its own for the past.
#include <gtest/gtest.h>

#include "resolve/agency_table.h"
#include "resolve/indicator_table.h"
#include "resolve/unit_families.h"
#include "rules/table.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

const std::string kIndicatorHeader = "code\tname\tvariants\tunit\tunit_family\tgroup\tlevel\tsource\n";
const std::string kAgencyHeader = "canonical_name\tabbreviations\tvariants\tlevel\tkind\tvalid_from\tvalid_to\tsuccessor\tsource\n";
const std::string kFamilies = R"({"lexicons": {"unit_family_names": [{"family": "percent"}, {"family": "area"}]}})";

// The RuleError a set of sources raises when its tables are read, as "file:line: message".
std::string table_error(const std::vector<std::pair<std::string, std::string>>& sources) {
  try {
    auto rules = RuleSet::load_texts(sources);
    UnitFamilies units(*rules);
    IndicatorTable indicators(*rules, units.families());
    AgencyTable agencies(*rules);
  } catch (const RuleError& e) {
    return e.what();
  }
  return "";
}

TEST(LexiconTables, ProjectTablesLoadWithCodesAndMergers) {
  auto rules = testing::project_rules();
  UnitFamilies units(*rules);
  IndicatorTable indicators(*rules, units.families());
  AgencyTable agencies(*rules);
  size_t coded = 0;
  for (const auto& e : indicators.entries()) coded += !e.code.empty();
  EXPECT_GE(coded, 230u);  // the whole annex of Luật 01/2021/QH15
  EXPECT_GE(agencies.entries().size(), 250u);
  const IndicatorEntry* forest = nullptr;
  for (const auto& e : indicators.entries())
    if (e.code == "2102") forest = &e;
  ASSERT_NE(forest, nullptr);
  EXPECT_EQ(forest->unit_family, "percent");
  EXPECT_FALSE(forest->source.empty());
}

TEST(LexiconTables, RowWithTooFewFieldsNamesFileAndLine) {
  std::string e = table_error({{"f.json", kFamilies},
                               {"rules/indicators.tsv", kIndicatorHeader + "0101\tDiện tích\t\tha\tarea\tĐất\tnational\tLuật\n"
                                                                           "\n0102\tDân số\tdân số\tngười\n"}});
  EXPECT_EQ(e.rfind("rules/indicators.tsv:4: expected 8 TAB-separated fields", 0), 0u) << e;
}

TEST(LexiconTables, BadValuesAreReportedAtTheirRow) {
  auto row = [](std::string code, std::string family, std::string level, std::string source = "Luật 01/2021/QH15") {
    return code + "\tTỷ lệ che phủ rừng\tche phủ rừng\t%\t" + family + "\tMôi trường\t" + level + "\t" + source + "\n";
  };
  auto error = [&](const std::string& body) { return table_error({{"f.json", kFamilies}, {"i/indicators.tsv", kIndicatorHeader + body}}); };
  EXPECT_EQ(error(row("0502", "percent", "national")), "");
  EXPECT_EQ(error(row("502", "percent", "national")), "i/indicators.tsv:2: code '502' is not four digits (empty when no official code is known)");
  EXPECT_NE(error(row("0502", "percentage", "national")).find("i/indicators.tsv:2: unit_family 'percentage' is not a family"), std::string::npos);
  EXPECT_NE(error(row("0502", "percent", "national;province")).find("i/indicators.tsv:2: level 'national;province'"), std::string::npos);
  EXPECT_NE(error(row("", "percent", "plan-common", "")).find("i/indicators.tsv:2: 'Tỷ lệ che phủ rừng' has no source"), std::string::npos);
  std::string twice = error(row("0502", "percent", "national") + row("0502", "percent", "national"));
  EXPECT_EQ(twice, "i/indicators.tsv:3: code 0502 is given twice (also line 2)");
  EXPECT_NE(error("0502\tTỷ lệ \"che phủ\"\t\t%\tpercent\tx\tnational\ty\n").find("i/indicators.tsv:2: field 'name' holds a '\"'"), std::string::npos);
}

TEST(LexiconTables, AddedFilesRepeatTheHeaderAndJoinTheTable) {
  auto rules = RuleSet::load_texts(
      {{"f.json", kFamilies},
       {"indicators.tsv", kIndicatorHeader + "0502\tTỷ lệ che phủ rừng\t\t%\tpercent\tMôi trường\tnational\tLuật\n"},
       {"indicators.local.tsv", kIndicatorHeader + "\tSố xã đạt chuẩn nông thôn mới\t\txã\t\tNông thôn\tplan-common\tkế hoạch tỉnh\n"}});
  UnitFamilies units(*rules);
  IndicatorTable t(*rules, units.families());
  ASSERT_EQ(t.entries().size(), 2u);
  EXPECT_EQ(t.entries()[1].file, "indicators.local.tsv");
  EXPECT_EQ(t.entries()[1].line, 2);
  std::string e = table_error({{"f.json", kFamilies}, {"indicators.tsv", kIndicatorHeader}, {"indicators.x.tsv", "code\tname\n"}});
  EXPECT_EQ(e.rfind("indicators.x.tsv:1: header must repeat the columns of indicators.tsv", 0), 0u) << e;
}

// A breakdown row (part_of: the area of tea within 0802) names a code the catalogue holds.
TEST(LexiconTables, BreakdownRowsNameACodeOfTheCatalogue) {
  const std::string header = "code\tname\tvariants\tunit\tunit_family\tgroup\tlevel\tsource\tpart_of\n";
  const std::string whole = "0802\tDiện tích cây lâu năm\t\tha\tarea\tNông nghiệp\tnational\tLuật\t\n";
  auto error = [&](const std::string& body) { return table_error({{"f.json", kFamilies}, {"i/indicators.tsv", header + whole + body}}); };
  EXPECT_EQ(error("\tDiện tích cây chè\t\tha\tarea\tNông nghiệp\tnational\tTT 06/2023\t0802\n"), "");
  EXPECT_EQ(error("\tDiện tích cây chè\t\tha\tarea\tNông nghiệp\tnational\tTT 06/2023\t0803\n"),
            "i/indicators.tsv:3: part_of 0803: no row of the catalogue has this code");
  EXPECT_NE(error("0899\tDiện tích cây chè\t\tha\tarea\tNông nghiệp\tnational\tTT 06/2023\t0802\n").find("i/indicators.tsv:3: a row with a code"),
            std::string::npos);
  EXPECT_NE(error("\tDiện tích cây chè\t\tha\tarea\tNông nghiệp\tnational\tTT 06/2023\tchè\n").find("i/indicators.tsv:3: part_of 'chè'"),
            std::string::npos);
}

TEST(LexiconTables, AgencyRowsAreChecked) {
  auto error = [](const std::string& body) { return table_error({{"agencies.tsv", kAgencyHeader + body}}); };
  const std::string finance = "Sở Tài chính\tSTC\t\tprovince\tdepartment\t\t\t\tNĐ 45/2025\n";
  EXPECT_EQ(error(finance), "");
  EXPECT_EQ(error(finance + "Sở Kế hoạch và Đầu tư\tSKHĐT\t\tprovince\tdepartment\t\t2025-02-30\tSở Tài chính\tNĐ 45/2025\n"),
            "agencies.tsv:3: date '2025-02-30' is not a real date written YYYY-MM-DD");
  EXPECT_EQ(error(finance + "Sở Kế hoạch và Đầu tư\tSKHĐT\t\tprovince\tdepartment\t\t2025-02-28\tSở Tài chánh\tNĐ 45/2025\n"),
            "agencies.tsv:3: successor 'Sở Tài chánh' is not a canonical_name of the table");
  EXPECT_EQ(error("A\t\t\tprovince\tx\t\t\tB\ts\nB\t\t\tprovince\tx\t\t\tA\ts\n"), "agencies.tsv:2: successors of 'A' go round in a cycle");
  EXPECT_EQ(error("A\t\t\tprovince\tx\t2025-03-01\t2025-02-28\t\ts\n"), "agencies.tsv:2: valid_to 2025-02-28 comes before valid_from 2025-03-01");
  EXPECT_NE(error("A\t\t\tregion\tx\t\t\t\ts\n").find("agencies.tsv:2: level 'region'"), std::string::npos);
}

TEST(AgencyTable, MergedDepartmentAnswersToItsSuccessorAfterTheMergerOnly) {
  AgencyTable agencies(*testing::project_rules());
  const AgencyEntry* planning = agencies.find("Sở KH&ĐT");
  ASSERT_NE(planning, nullptr);
  EXPECT_EQ(planning->canonical, "Sở Kế hoạch và Đầu tư");
  EXPECT_EQ(agencies.find("SKHĐT"), planning);
  EXPECT_EQ(agencies.find("sở kế hoạch và đầu tư"), planning);
  EXPECT_EQ(agencies.find("Sở Kế hoạch và Đầu tư tỉnh Lai Châu"), planning);
  EXPECT_EQ(agencies.as_of(*planning, "2023-06-30")->canonical, "Sở Kế hoạch và Đầu tư");
  EXPECT_EQ(agencies.as_of(*planning, "2025-02-28")->canonical, "Sở Kế hoạch và Đầu tư");
  EXPECT_EQ(agencies.as_of(*planning, "2025-03-01")->canonical, "Sở Tài chính");
  EXPECT_EQ(agencies.as_of(*planning, today_iso())->canonical, "Sở Tài chính");
  const AgencyEntry* agri = agencies.find("Sở Nông nghiệp và Phát triển nông thôn");
  ASSERT_NE(agri, nullptr);
  EXPECT_EQ(agencies.as_of(*agri, today_iso())->canonical, "Sở Nông nghiệp và Môi trường");
  EXPECT_EQ(agencies.find("Sở Không Có Thật"), nullptr);
}

UnitFamilies project_units() { return UnitFamilies(*testing::project_rules()); }

TEST(UnitFamilies, ConvertsWithinAFamilyAndSaysSo) {
  UnitFamilies u = project_units();
  Quantity nine{9, std::nullopt, "%", 9, "%"};
  Quantity range{9, 11, "%/năm", 9, "%/năm"};
  Conversion c = u.convert(nine, range);
  ASSERT_TRUE(c.comparable()) << c.note;
  EXPECT_EQ(c.result, Conversion::Result::Converted);
  EXPECT_DOUBLE_EQ(c.value, 9);
  EXPECT_NE(c.note.find("yearly rate"), std::string::npos) << c.note;

  Quantity thousand_bn{1.2, std::nullopt, "nghìn tỷ đồng", 1.2e12, "đồng"};
  Quantity bn{950, std::nullopt, "tỷ đồng", 950e9, "đồng"};
  c = u.convert(thousand_bn, bn);
  EXPECT_EQ(c.result, Conversion::Result::Converted);
  EXPECT_NEAR(c.value, 1200, 1e-9);
  EXPECT_EQ(c.note, "nghìn tỷ đồng -> tỷ đồng");

  Quantity usd{50, std::nullopt, "triệu USD", 50e6, "USD"};
  EXPECT_EQ(u.convert(usd, bn).result, Conversion::Result::NoRate);
  Quantity ha{1000, std::nullopt, "ha", 1000, "ha"};
  c = u.convert(ha, nine);
  EXPECT_EQ(c.result, Conversion::Result::NotComparable);
  EXPECT_EQ(c.note, "not comparable: ha vs %");
  Quantity km2{12, std::nullopt, "km2", 1200, "ha"};
  EXPECT_NEAR(u.convert(km2, ha).value, 1200, 1e-9);
}

TEST(UnitFamilies, PeopleVisitsAndPerPopulationRatios) {
  UnitFamilies u = project_units();
  EXPECT_EQ(u.classify("lượt khách").family, "people");
  EXPECT_EQ(u.classify("lao động").as, "người");
  UnitClass beds = u.classify("giường bệnh/vạn dân");
  EXPECT_EQ(beds.family, "ratio");
  EXPECT_EQ(beds.as, "giường/10.000 dân");
  EXPECT_EQ(u.classify("giường/10.000 dân").as, beds.as);
  EXPECT_EQ(u.dimension("bác sỹ/1 vạn dân"), u.dimension("bác sĩ/10.000 dân"));
  EXPECT_NE(u.dimension("doanh nghiệp"), u.dimension("hợp tác xã"));
  // An amount per person is not an amount: GRDP per head and GRDP do not compare.
  EXPECT_EQ(u.classify("đồng/người").family, "per-capita");
  EXPECT_NE(u.dimension("đồng/người"), u.dimension("đồng"));
  EXPECT_EQ(u.classify("%/năm").family, "percent");
}

TEST(UnitFamilies, UndeclaredFamilyIsAnError) {
  std::string e = table_error({{"rules/unit_families.json",
                                R"({"lexicons": {"unit_family_names": [{"family": "percent"}], "unit_families": [{"base": "ha", "family": "area"}]}})"}});
  EXPECT_NE(e.find("family 'area' is not declared in unit_family_names"), std::string::npos) << e;
}

}  // namespace
}  // namespace vnpolicy
