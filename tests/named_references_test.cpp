// Laws cited by name: the law.* rules, the law lexicon's checks (file:line errors), the
// forms of a named mention and how each resolves to a number.
#include <gtest/gtest.h>

#include "extract/named_reference_extractor.h"
#include "resolve/law_lexicon.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::project_extractor;
using testing::project_rules;

// A decision of a province issued on `date` (dd/mm/yyyy) whose opening is `basis` and whose
// body is `body`.
std::string decision(const std::string& date, const std::string& basis, const std::string& body = "") {
  std::string d = date.substr(0, 2), m = date.substr(3, 2), y = date.substr(6, 4);
  return "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 15/2020/QĐ-UBND\nHòa Bình, ngày " + d + " tháng " + m + " năm " + y +
         "\n\nQUYẾT ĐỊNH\nBan hành Quy định về quản lý đất đai\n\nỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n\n" + basis +
         "\n\nQUYẾT ĐỊNH:\n\nĐiều 1. " + (body.empty() ? "Ban hành kèm theo Quyết định này Quy định." : body) + "\n";
}

std::vector<NamedReference> named_of(const std::string& text) {
  return project_extractor().extract_text(text, "named.txt").named_references;
}

const NamedReference* find_name(const std::vector<NamedReference>& all, const std::string& name) {
  for (const auto& n : all)
    if (n.name == name) return &n;
  return nullptr;
}

std::string names(const std::vector<NamedReference>& all) {
  std::string s;
  for (const auto& n : all) s += n.name + " -> " + n.number.value_or("null") + " (" + n.resolved_by.value_or("-") + ")\n";
  return s;
}

// ---- rules and lexicon ---------------------------------------------------------------------

TEST(LawRules, EveryLawRuleHoldsItsExamples) {
  std::string report;
  for (const auto& f : project_rules()->check_examples())
    if (f.rule_id.rfind("law.", 0) == 0) report += f.rule_id + ": " + f.message + "\n";
  EXPECT_EQ(report, "");
  EXPECT_GE(project_rules()->group("law.after").size(), 4u);
}

TEST(LawLexicon, ProjectLexiconLoadsWithSourcesAndNoContradiction) {
  LawLexicon lexicon(*project_rules());
  EXPECT_GT(lexicon.laws().size(), 300u);
  const Law* l = lexicon.by_number("76/2015/QH13");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->name, "Luật Tổ chức Chính phủ");
  EXPECT_EQ(l->adopted.value_or(""), "2015-06-19");
  EXPECT_FALSE(l->source.empty());
  EXPECT_TRUE(l->file.ends_with("laws.tsv"));
  EXPECT_GT(l->line, 1);
  for (const auto& law : lexicon.laws()) EXPECT_FALSE(law.source.empty()) << law.number;
}

constexpr const char* kLawsSpec = R"({"tables": {"laws": {"file": "laws.tsv", "columns": {
  "number": {"pattern": "\\d{2,3}/\\d{4}/QH\\d{1,2}", "required": true, "unique": true},
  "kind": {"required": true}, "name": {"required": true},
  "adopted": {"pattern": "\\d{4}-\\d{2}-\\d{2}", "required": true},
  "effective": {"pattern": "\\d{4}-\\d{2}-\\d{2}"}, "source": {"required": true}}}}})";
constexpr const char* kLawsHeader = "number\tkind\tname\tadopted\teffective\tsource\n";

// The error loading (and reading) a law table gives, "" when none.
std::string lexicon_error(const std::string& rows) {
  try {
    auto rules = RuleSet::load_texts({{"rules/laws.json", kLawsSpec}, {"rules/laws.tsv", std::string(kLawsHeader) + rows}});
    LawLexicon lexicon(*rules);
  } catch (const RuleError& e) {
    return e.what();
  }
  return "";
}

TEST(LawLexicon, BadRowsAreReportedWithFileAndLine) {
  const std::string good = "76/2015/QH13\tLuật\tLuật Tổ chức Chính phủ\t2015-06-19\t2016-01-01\trc-1\n";
  EXPECT_EQ(lexicon_error(good), "");
  EXPECT_EQ(lexicon_error(good + "77/2015/QH13\tLuật\tLuật X\t2015-6-19\t\tsrc\n"),
            "rules/laws.tsv:3: column 'adopted': \"2015-6-19\" does not match \\d{4}-\\d{2}-\\d{2}");
  EXPECT_EQ(lexicon_error(good + "76/2015/QH13\tLuật\tLuật Y\t2015-06-19\t\tsrc\n"),
            "rules/laws.tsv:3: column 'number': \"76/2015/QH13\" appears twice");
  EXPECT_EQ(lexicon_error(good + "\n77/2015/QH13\tLuật\tLuật X\t2015-06-19\n"),
            "rules/laws.tsv:4: expected 6 TAB-separated fields (number, kind, name, adopted, effective, source), found 4");
  EXPECT_EQ(lexicon_error(good + "78/2015/QH13\tLuật\tLuật X\t2015-06-19\t\t\n"), "rules/laws.tsv:3: column 'source' is empty");
  // Checks the code makes on a row as a whole.
  EXPECT_EQ(lexicon_error(good + "79/2015/QH13\tLuật\tLuật X\t2014-06-19\t\tsrc\n"),
            "rules/laws.tsv:3: law 79/2015/QH13: adopted 2014-06-19 is not in the year of its number");
  EXPECT_EQ(lexicon_error(good + "80/2015/QH13\tLuật\tLuật X\t2015-06-19\t2015-01-01\tsrc\n"),
            "rules/laws.tsv:3: law 80/2015/QH13: effective 2015-01-01 is before adopted 2015-06-19");
  EXPECT_EQ(lexicon_error(good + "81/2015/QH13\tBộ luật\tLuật X\t2015-06-19\t\tsrc\n"),
            "rules/laws.tsv:3: law 81/2015/QH13: name \"Luật X\" does not start with its kind \"Bộ luật\"");
  EXPECT_EQ(lexicon_error(good + "82/2015/QH13\tLuật\tLuật tổ chức chính phủ\t2015-06-19\t\tsrc\n"),
            "rules/laws.tsv:3: law 82/2015/QH13: same name and adoption date as 76/2015/QH13 (line 2)");
}

TEST(LawLexicon, AnotherTitleOfALawIsCheckedLikeItsName) {
  constexpr const char* spec = R"({"tables": {"laws": {"file": "laws.tsv", "columns": {
    "number": {"required": true, "unique": true}, "kind": {"required": true}, "name": {"required": true},
    "adopted": {"required": true}, "source": {"required": true}, "also_named": {}}}}})";
  auto load = [&](const std::string& rows) -> std::string {
    try {
      auto rules = RuleSet::load_texts(
          {{"rules/laws.json", spec}, {"rules/laws.tsv", "number\tkind\tname\tadopted\tsource\talso_named\n" + rows}});
      LawLexicon lexicon(*rules);
      const Law* l = lexicon.by_number("57/2024/QH15");
      if (!l) return "no law";
      if (lexicon.named(law_name_key("Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C", AccentFolder())).size() != 1 ||
          lexicon.named(law_name_key("Luật sửa đổi, bổ sung một số điều của Luật A và Luật C", AccentFolder())).size() != 1)
        return "not found by both titles";
      return "";
    } catch (const RuleError& e) {
      return e.what();
    }
  };
  const std::string row =
      "57/2024/QH15\tLuật sửa đổi, bổ sung\tLuật sửa đổi, bổ sung một số điều của Luật A và Luật C\t2024-11-29\tsrc\t"
      "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C\n";
  EXPECT_EQ(load(row), "");
  EXPECT_EQ(load("57/2024/QH15\tLuật sửa đổi, bổ sung\tLuật sửa đổi, bổ sung một số điều của Luật A\t2024-11-29\tsrc\tLuật A\n"),
            "rules/laws.tsv:2: law 57/2024/QH15: also_named \"Luật A\" does not start with its kind \"Luật sửa đổi, bổ sung\"");
  EXPECT_EQ(load(row + "58/2024/QH15\tLuật sửa đổi, bổ sung\tLuật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C\t"
                       "2024-11-29\tsrc\t\n"),
            "rules/laws.tsv:3: law 58/2024/QH15: same name and adoption date as 57/2024/QH15 (line 2)");
}

TEST(LawLexicon, ADeclarationWithoutItsTableIsAnError) {
  // A table no rule file declares is still a table (rules/table.h), read by its code.
  auto undeclared = RuleSet::load_texts({{"rules/a.json", "{}"}, {"rules/laws.tsv", kLawsHeader}});
  ASSERT_NE(undeclared->table("laws"), nullptr);
  EXPECT_EQ(undeclared->lexicon("laws"), nullptr);
  try {
    RuleSet::load_texts({{"rules/laws.json", kLawsSpec}});
    FAIL() << "no error";
  } catch (const RuleError& e) {
    EXPECT_EQ(e.file(), "rules/laws.json");
    EXPECT_NE(std::string(e.what()).find("no file laws.tsv"), std::string::npos);
  }
}

TEST(LawLexicon, CheckRulesReportsABadLawRowWithFileAndLine) {
  auto dir = std::filesystem::temp_directory_path() / ("vnpolicy-laws-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const auto& e : std::filesystem::directory_iterator(testing::source_dir() / "rules"))
    std::filesystem::copy_file(e.path(), dir / e.path().filename());
  std::string tsv = testing::read_file(dir / "laws.tsv");
  size_t line2 = tsv.find('\n') + 1;
  std::string row = tsv.substr(line2, tsv.find('\n', line2) - line2);
  std::string bad = row;
  bad.replace(bad.find('\t', bad.find('\t', bad.find('\t') + 1) + 1) + 1, 4, "1890");  // adopted in another year
  tsv.replace(line2, row.size(), bad);
  std::ofstream(dir / "laws.tsv", std::ios::binary) << tsv;
  int status = 0;
  std::string out = testing::run_cli("check-rules --rules '" + dir.string() + "'", &status, true);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find((dir / "laws.tsv").string() + ":2: law "), std::string::npos) << out;
  std::filesystem::remove_all(dir);
}

// ---- resolution ----------------------------------------------------------------------------

Law law(const std::string& number, const std::string& adopted, const std::string& effective = "") {
  Law l;
  l.number = number;
  l.adopted = adopted;
  l.year = std::stoi(adopted.substr(0, 4));
  if (!effective.empty()) l.effective = effective;
  return l;
}

TEST(LawResolution, ANameValidInTwoPeriodsResolvesToTheLawInForceOnTheCitingDate) {
  Law old_law = law("45/2013/QH13", "2013-11-29", "2014-07-01"), new_law = law("31/2024/QH15", "2024-01-18", "2024-08-01");
  std::vector<const Law*> both{&old_law, &new_law};
  EXPECT_EQ(resolve_law(both, {}, {}, "2020-05-01").number.value_or(""), "45/2013/QH13");
  // Between the new law's adoption and its effective date a bare name may mean either (a plan
  // to carry out the new law, or work under the old one): left unresolved.
  EXPECT_EQ(resolve_law(both, {}, {}, "2024-07-31").note.value_or(""), "ambiguous on 2024-07-31: 45/2013/QH13, 31/2024/QH15");
  EXPECT_EQ(resolve_law(both, {}, {}, "2024-08-01").number.value_or(""), "31/2024/QH15");
  EXPECT_EQ(resolve_law(both, {}, {}, "2025-03-10").resolved_by.value_or(""), "in-force");
  // Before the first one took effect there is no law of that name in force that we know.
  EXPECT_FALSE(resolve_law(both, {}, {}, "2014-01-01").number);
  EXPECT_FALSE(resolve_law(both, {}, {}, {}).number);  // the citing document has no date
  // Name and date, name and year decide whatever the citing date.
  EXPECT_EQ(resolve_law(both, "2013-11-29", {}, "2025-01-01").number.value_or(""), "45/2013/QH13");
  EXPECT_EQ(resolve_law(both, {}, 2024, "2024-03-01").number.value_or(""), "31/2024/QH15");
  EXPECT_EQ(resolve_law(both, {}, 2024, "2024-03-01").resolved_by.value_or(""), "name+year");
  // A date or year no law of the name has stays unresolved rather than guessed.
  LawResolution wrong = resolve_law(both, "2013-11-30", {}, "2020-01-01");
  EXPECT_FALSE(wrong.number);
  EXPECT_EQ(wrong.note.value_or(""), "no law of this name adopted on 2013-11-30 (known: 45/2013/QH13, 31/2024/QH15)");
  EXPECT_FALSE(resolve_law(both, {}, 2019, "2020-01-01").number);
}

TEST(LawResolution, ALawWithoutKnownEffectiveDateMakesTheNameAmbiguousForTwoYears) {
  Law old_law = law("76/2015/QH13", "2015-06-19", "2016-01-01"), new_law = law("63/2025/QH15", "2025-02-18");
  std::vector<const Law*> both{&old_law, &new_law};
  LawResolution r = resolve_law(both, {}, {}, "2025-06-01");
  EXPECT_FALSE(r.number);
  EXPECT_EQ(r.note.value_or(""), "ambiguous on 2025-06-01: 76/2015/QH13, 63/2025/QH15");
  EXPECT_EQ(resolve_law(both, {}, {}, "2025-01-01").number.value_or(""), "76/2015/QH13");
  EXPECT_EQ(resolve_law(both, {}, {}, "2027-03-01").number.value_or(""), "63/2025/QH15");
  // Two laws of one name in one year: the year cannot tell them apart.
  Law a = law("10/2020/QH14", "2020-06-01", "2021-01-01"), b = law("20/2020/QH14", "2020-11-01", "2021-07-01");
  LawResolution y = resolve_law({&a, &b}, {}, 2020, "2022-01-01");
  EXPECT_FALSE(y.number);
  EXPECT_EQ(y.note.value_or(""), "ambiguous: 10/2020/QH14, 20/2020/QH14 of 2020");
}

// ---- extraction: every form ----------------------------------------------------------------

TEST(NamedReferences, NameAndDateResolveThroughTheLexicon) {
  auto all = named_of(decision("05/03/2020",
                               "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                               "Căn cứ Luật Đầu tư ngày 17/6/2020;"));
  ASSERT_EQ(all.size(), 2u) << names(all);
  EXPECT_EQ(all[0].name, "Luật Tổ chức chính quyền địa phương");
  EXPECT_EQ(all[0].name_key, "luat to chuc chinh quyen dia phuong");
  EXPECT_EQ(all[0].kind, "Luật");
  EXPECT_EQ(all[0].date.value_or(""), "2015-06-19");
  EXPECT_EQ(all[0].year.value_or(0), 2015);
  EXPECT_EQ(all[0].number.value_or(""), "77/2015/QH13");
  EXPECT_EQ(all[0].resolved_by.value_or(""), "name+date");
  EXPECT_EQ(all[0].resolved_from.value_or(""), "lexicon");
  EXPECT_EQ(all[0].relation, "basis");
  EXPECT_EQ(all[0].text, "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015");
  EXPECT_EQ(all[0].line, 11);
  EXPECT_EQ(all[1].number.value_or(""), "61/2020/QH14");
  EXPECT_EQ(all[1].date.value_or(""), "2020-06-17");
  EXPECT_EQ(all[1].line, 12);
}

TEST(NamedReferences, CodesAndYearsResolve) {
  auto all = named_of(decision("10/02/2022", "Căn cứ Bộ luật Lao động năm 2019;\nCăn cứ Luật Đất đai 2013;"));
  ASSERT_EQ(all.size(), 2u) << names(all);
  EXPECT_EQ(all[0].kind, "Bộ luật");
  EXPECT_EQ(all[0].name, "Bộ luật Lao động");
  EXPECT_EQ(all[0].year.value_or(0), 2019);
  EXPECT_FALSE(all[0].date);
  EXPECT_EQ(all[0].number.value_or(""), "45/2019/QH14");
  EXPECT_EQ(all[0].resolved_by.value_or(""), "name+year");
  EXPECT_EQ(all[1].number.value_or(""), "45/2013/QH13");
}

TEST(NamedReferences, ANameAloneResolvesToTheLawInForceAtTheDocumentsDate) {
  const std::string basis = "Căn cứ Luật Đất đai;\nCăn cứ Bộ luật Dân sự;";
  auto in2020 = named_of(decision("05/03/2020", basis));
  auto in2025 = named_of(decision("05/03/2025", basis));
  ASSERT_EQ(in2020.size(), 2u) << names(in2020);
  ASSERT_EQ(in2025.size(), 2u) << names(in2025);
  EXPECT_EQ(in2020[0].number.value_or(""), "45/2013/QH13");
  EXPECT_EQ(in2025[0].number.value_or(""), "31/2024/QH15");
  EXPECT_EQ(in2025[0].resolved_by.value_or(""), "in-force");
  EXPECT_EQ(in2020[1].number.value_or(""), "91/2015/QH13");
  EXPECT_EQ(in2020[1].kind, "Bộ luật");
}

TEST(NamedReferences, AnAmendingLawIsOneMentionThatKeepsTheLawsItAmendsInItsName) {
  auto all = named_of(decision("05/03/2021",
                               "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
                               "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng "
                               "11 năm 2019;"));
  ASSERT_EQ(all.size(), 2u) << names(all);
  EXPECT_EQ(all[1].name,
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương");
  EXPECT_EQ(all[1].kind, "Luật");
  EXPECT_EQ(all[1].number.value_or(""), "47/2019/QH14");
  EXPECT_EQ(all[1].relation, "basis");
}

TEST(NamedReferences, AccentCaseAndSpellingDoNotMatter) {
  auto all = named_of(decision("05/03/2020",
                               "Căn cứ LUẬT TỔ CHỨC CHÍNH PHỦ ngày 19 tháng 6 năm 2015;\n"
                               "Căn cứ Luật tổ chức chính phủ ngày 19/6/2015;\n"
                               "Can cu Luat To chuc Chinh phu ngay 19 thang 6 nam 2015;\n"
                               "Căn cứ Luật Phòng chống ma tuý năm 2021;"));
  ASSERT_EQ(all.size(), 4u) << names(all);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(all[i].name_key, "luat to chuc chinh phu") << all[i].name;
    EXPECT_EQ(all[i].number.value_or(""), "76/2015/QH13") << all[i].name;
  }
  EXPECT_EQ(all[3].number.value_or(""), "73/2021/QH14");  // no comma, "tuý" for "túy"
}

TEST(NamedReferences, ANumberWrittenBesideTheNameIsKeptAsWritten) {
  auto all = named_of(decision("05/03/2021", "Căn cứ Luật Đầu tư số 61/2020/QH14 ngày 17 tháng 6 năm 2020;"));
  ASSERT_EQ(all.size(), 1u) << names(all);
  EXPECT_EQ(all[0].number.value_or(""), "61/2020/QH14");
  EXPECT_EQ(all[0].resolved_by.value_or(""), "written");
  EXPECT_EQ(all[0].resolved_from.value_or(""), "text");
  EXPECT_EQ(all[0].date.value_or(""), "2020-06-17");
  EXPECT_EQ(all[0].text, "Luật Đầu tư số 61/2020/QH14 ngày 17 tháng 6 năm 2020");
}

TEST(NamedReferences, AnUnknownNameIsReportedUnresolved) {
  auto all = named_of(decision("05/03/2026", "Căn cứ Luật Khai thác tài nguyên vũ trụ ngày 10 tháng 12 năm 2025;"));
  ASSERT_EQ(all.size(), 1u) << names(all);
  EXPECT_EQ(all[0].name, "Luật Khai thác tài nguyên vũ trụ");
  EXPECT_EQ(all[0].date.value_or(""), "2025-12-10");
  EXPECT_FALSE(all[0].number);
  EXPECT_EQ(all[0].note.value_or(""), "not in the law lexicon");
}

TEST(NamedReferences, TheWordsOfAKnownNameMustNotRunOnIntoALongerName) {
  // "Luật Giáo dục" is known; "Luật Giáo dục quốc phòng và an ninh" is another law.
  auto all = named_of(decision("05/03/2022", "Căn cứ Luật Giáo dục quốc phòng và an ninh;"));
  ASSERT_EQ(all.size(), 1u) << names(all);
  EXPECT_NE(all[0].number.value_or(""), "43/2019/QH14");
}

TEST(NamedReferences, BillsTheDocumentsOwnNameAndOtherWordsAreNoMentions) {
  auto all = named_of(decision("05/03/2023",
                               "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
                               "Góp ý dự án Luật Đất đai (sửa đổi); tham gia ý kiến dự thảo Luật Thủ đô; theo Luật này, "
                               "Luật sư và người dân; pháp luật về đất đai; Luật số 31/2024/QH15."));
  ASSERT_EQ(all.size(), 1u) << names(all);
  EXPECT_EQ(all[0].number.value_or(""), "45/2013/QH13");
}

TEST(NamedReferences, InTheBodyANamedLawIsAMention) {
  auto all = named_of(decision("05/03/2023", "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
                               "Thực hiện theo quy định của Luật Đất đai và Luật Nhà ở năm 2014."));
  ASSERT_EQ(all.size(), 3u) << names(all);
  EXPECT_EQ(all[1].relation, "mentions");
  EXPECT_EQ(all[1].number.value_or(""), "45/2013/QH13");  // in force in 2023
  EXPECT_EQ(all[2].name, "Luật Nhà ở");
  EXPECT_EQ(all[2].number.value_or(""), "65/2014/QH13");
}

TEST(NamedReferences, RecordJsonRoundTrips) {
  Record r = project_extractor().extract_text(decision("05/03/2020", "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;"), "x.txt");
  ASSERT_EQ(r.named_references.size(), 1u);
  nlohmann::json j = to_json(r);
  ASSERT_TRUE(j.contains("named_references"));
  EXPECT_EQ(j["named_references"][0]["number"], "45/2013/QH13");
  EXPECT_EQ(j["named_references"][0]["resolved_by"], "name+date");
  Record back = record_from_json(j);
  ASSERT_EQ(back.named_references.size(), 1u);
  EXPECT_EQ(back.named_references[0].name, r.named_references[0].name);
  EXPECT_EQ(back.named_references[0].number, r.named_references[0].number);
  EXPECT_EQ(back.named_references[0].line, r.named_references[0].line);
  EXPECT_TRUE(r.references.empty());  // the numbered references keep their meaning
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

TEST(NamedReferences, ABareNameTakesTheNumberAFullerMentionGivesItInTheSameDocument) {
  // Issued between the adoption and the effective date of a new law of the same name: a bare
  // name alone would be ambiguous, but the opening cites the law with its date.
  auto all = testing::project_extractor()
                 .extract_text(decision("05/07/2024", "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
                                        "Triển khai thi hành Luật Đất đai trên địa bàn tỉnh."),
                               "x.txt")
                 .named_references;
  ASSERT_EQ(all.size(), 2u) << names(all);
  EXPECT_EQ(all[0].number.value_or(""), "31/2024/QH15");
  EXPECT_EQ(all[1].number.value_or(""), "31/2024/QH15");
  EXPECT_EQ(all[1].resolved_by.value_or(""), "in-document");
  EXPECT_EQ(all[1].resolved_from.value_or(""), "lexicon");
  // Without the opening the bare name stays unresolved.
  auto bare = testing::project_extractor()
                  .extract_text(decision("05/07/2024", "Căn cứ Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ;",
                                         "Triển khai thi hành Luật Đất đai trên địa bàn tỉnh."),
                                "x.txt")
                  .named_references;
  ASSERT_EQ(bare.size(), 1u) << names(bare);
  EXPECT_FALSE(bare[0].number);
  EXPECT_EQ(bare[0].note.value_or(""), "ambiguous on 2024-07-05: 45/2013/QH13, 31/2024/QH15");
}

TEST(NamedReferences, ANameWrappedOverTwoLinesIsOneName) {
  auto all = testing::project_extractor()
                 .extract_text(decision("05/03/2021", "Căn cứ Luật Tổ chức\nChính phủ ngày 19 tháng 6 năm 2015;"), "x.txt")
                 .named_references;
  ASSERT_EQ(all.size(), 1u) << names(all);
  EXPECT_EQ(all[0].name, "Luật Tổ chức Chính phủ");
  EXPECT_EQ(all[0].number.value_or(""), "76/2015/QH13");
}

TEST(NamedReferences, ABareNameIsReadAmongTheNumbersTheCanCuBlockGivesTheName) {
  // The opening writes the number without a date, a remark the old law's year: the bare name
  // in the body is not the only dated mention's law but, the two disagreeing, the law in force.
  auto all = named_of(decision("17/11/2025", "Căn cứ Luật Đất đai số 31/2024/QH15;",
                               "Trường hợp đã có quyết định theo Luật Đất đai năm 2013 thì thực hiện theo quyết định "
                               "đó. Bồi thường theo Điều 95 của Luật Đất đai."));
  ASSERT_EQ(all.size(), 3u) << names(all);
  EXPECT_EQ(all[1].number.value_or(""), "45/2013/QH13");
  EXPECT_EQ(all[2].number.value_or(""), "31/2024/QH15");
  EXPECT_EQ(all[2].resolved_by.value_or(""), "in-force");
  // A number the Căn cứ block writes without date decides a bare name, even where the name
  // alone would be ambiguous (between the new law's adoption and its effect).
  auto one = named_of(decision("05/07/2024", "Căn cứ Luật Đất đai số 31/2024/QH15;", "Thi hành Luật Đất đai."));
  ASSERT_EQ(one.size(), 2u) << names(one);
  EXPECT_EQ(one[1].number.value_or(""), "31/2024/QH15");
  EXPECT_EQ(one[1].resolved_by.value_or(""), "in-document");
  EXPECT_EQ(one[1].resolved_from.value_or(""), "text");
  // An old law's number written once in the body (a transitional clause) does not.
  auto body = named_of(decision("17/11/2025", "Căn cứ Nghị quyết số 01/NQ-CP ngày 05/01/2025 của Chính phủ;",
                                "Hồ sơ nộp trước khi Luật Đất đai số 45/2013/QH13 hết hiệu lực thì giải quyết theo "
                                "quy định đó. Bồi thường theo Điều 95 của Luật Đất đai."));
  ASSERT_EQ(body.size(), 2u) << names(body);
  EXPECT_EQ(body[1].number.value_or(""), "31/2024/QH15");
  EXPECT_EQ(body[1].resolved_by.value_or(""), "in-force");
}

// The issue's form: a long amending law's name wrapped mid-word-list over three lines, the
// laws it amends separated by commas. It is one mention, resolved to the amending law; "Luật
// Đấu thầu ngày 29 tháng 11 năm 2024" at its end is no second mention of the law it amends.
TEST(NamedReferences, AnAmendingLawWrappedOverLinesWithItsListOfLawsIsOneMention) {
  auto all = named_of(decision("20/02/2025",
                               "Căn cứ Luật Đấu thầu ngày 23 tháng 6 năm 2023; Luật sửa đổi, bổ sung một \n"
                               "số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác \n"
                               "công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;"));
  ASSERT_EQ(all.size(), 2u) << names(all);
  EXPECT_EQ(all[0].number.value_or(""), "22/2023/QH15");
  EXPECT_EQ(all[1].name,
            "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công "
            "tư và Luật Đấu thầu");
  EXPECT_EQ(all[1].date.value_or(""), "2024-11-29");
  EXPECT_EQ(all[1].number.value_or(""), "57/2024/QH15");
  EXPECT_EQ(all[1].resolved_by.value_or(""), "name+date");
  EXPECT_EQ(all[1].relation, "basis");
  EXPECT_EQ(all[1].line, 11);
}

TEST(NamedReferences, AnAmendingLawsListInLowerCaseOrWithItsOtherTitleResolves) {
  // The lexicon's other title (with "Luật Đầu tư công", as some documents write it) and the
  // list in lower case after a wrap.
  auto all = named_of(decision("20/02/2025",
                               "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật\n"
                               "Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu ngày 29/11/2024;\n"
                               "Căn cứ Luật sửa đổi, bổ sung một số điều của luật quy hoạch, luật đầu tư,\n"
                               "luật đầu tư theo phương thức đối tác công tư và luật đấu thầu ngày 29 tháng 11 năm 2024;"));
  ASSERT_EQ(all.size(), 2u) << names(all);
  EXPECT_EQ(all[0].number.value_or(""), "57/2024/QH15") << all[0].name;
  EXPECT_EQ(all[1].number.value_or(""), "57/2024/QH15") << all[1].name;
}

TEST(NamedReferences, AnAmendingLawsNameEndsBeforeADecreeCitedWithIt) {
  auto all = named_of(decision("10/03/2014",
                               "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân và Nghị định số "
                               "65/2013/NĐ-CP ngày 27 tháng 6 năm 2013 của Chính phủ;"));
  ASSERT_EQ(all.size(), 1u) << names(all);
  EXPECT_EQ(all[0].name, "Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân");
  EXPECT_EQ(all[0].number.value_or(""), "26/2012/QH13");
  EXPECT_EQ(all[0].resolved_by.value_or(""), "in-force");
}

TEST(NamedReferences, OrdinancesOfTheStandingCommitteeAndShortTitlesResolve) {
  auto all = named_of(decision("15/03/2022",
                               "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;\n"
                               "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14;\n"
                               "Căn cứ Luật Khám chữa bệnh ngày 23 tháng 11 năm 2009;"));
  ASSERT_EQ(all.size(), 3u) << names(all);
  EXPECT_EQ(all[0].kind, "Pháp lệnh");
  EXPECT_EQ(all[0].number.value_or(""), "02/2020/UBTVQH14");
  EXPECT_EQ(all[0].resolved_by.value_or(""), "name+date");
  EXPECT_EQ(all[1].number.value_or(""), "02/2020/UBTVQH14");
  EXPECT_EQ(all[1].resolved_by.value_or(""), "written");
  EXPECT_EQ(all[2].number.value_or(""), "40/2009/QH12");  // "Luật Khám bệnh, chữa bệnh"
}

}  // namespace
}  // namespace vnpolicy
