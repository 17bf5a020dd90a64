// Every rule in rules/ carries examples it must and must not match; run them all.
#include <algorithm>

#include <gtest/gtest.h>

#include "test_support.h"

namespace vnpolicy {
namespace {

TEST(ProjectRules, EveryExampleHolds) {
  auto rules = testing::project_rules();
  ASSERT_GT(rules->rules().size(), 10u);
  std::string report;
  for (const auto& f : rules->check_examples()) report += f.file + ":" + std::to_string(f.line) + ": " + f.rule_id + ": " + f.message + "\n";
  EXPECT_EQ(report, "");
}

TEST(ProjectRules, EveryRuleHasExamplesOfBothKinds) {
  for (const auto& r : testing::project_rules()->rules()) {
    bool pos = false, neg = false;
    for (const auto& x : r->examples) (x.should_match ? pos : neg) = true;
    EXPECT_TRUE(pos) << r->id << " (" << r->file << ":" << r->line << ") has no example it must match";
    EXPECT_TRUE(neg) << r->id << " (" << r->file << ":" << r->line << ") has no example it must not match";
  }
}

TEST(RuleLoader, LexiconsAndTablesAloneCompileNoPatternAndKeepEveryLexicon) {
  const std::string text = R"({"lexicons": {"words": ["a", "b"]},
    "rules": [{"id": "x.bad", "group": "g", "pattern": "(unclosed"}]})";
  EXPECT_THROW(RuleSet::load_texts({{"r.json", text}}), RuleError);
  auto lite = RuleSet::load_texts({{"r.json", text}}, RuleSet::Parts::LexiconsAndTables);
  EXPECT_TRUE(lite->rules().empty());
  ASSERT_NE(lite->lexicon("words"), nullptr);
  EXPECT_EQ(*lite->lexicon("words"), nlohmann::json({"a", "b"}));
  // The project's rules: every lexicon and table a query reads is there, equal.
  auto project = RuleSet::load_directory(testing::source_dir() / "rules", RuleSet::Parts::LexiconsAndTables);
  EXPECT_TRUE(project->rules().empty());
  for (const char* name : {"indicator_words", "agency_abbreviations", "doc_types", "issuer_heads", "number_words"}) {
    ASSERT_NE(project->lexicon(name), nullptr) << name;
    EXPECT_EQ(*project->lexicon(name), *testing::project_rules()->lexicon(name)) << name;
  }
  for (const char* name : {"indicators", "agencies"}) {
    ASSERT_NE(project->table(name), nullptr) << name;
    EXPECT_EQ(project->table(name)->rows().size(), testing::project_rules()->table(name)->rows().size()) << name;
  }
}

TEST(RuleLoader, BadPatternNamesFileAndLine) {
  const std::string text = "{\n  \"rules\": [\n    {\"id\": \"x.ok\", \"group\": \"g\", \"pattern\": \"a+\"},\n"
                           "    {\"id\": \"x.bad\", \"group\": \"g\",\n     \"pattern\": \"(unclosed\"}\n  ]\n}\n";
  try {
    RuleSet::load_texts({{"rules/bad.json", text}});
    FAIL() << "a bad pattern must not load";
  } catch (const RuleError& e) {
    EXPECT_EQ(e.file(), "rules/bad.json");
    EXPECT_EQ(e.line(), 4);
    EXPECT_NE(std::string(e.what()).find("x.bad"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("missing )"), std::string::npos) << e.what();
  }
}

// Patterns compile in parallel; the error is still the first bad one in file order.
TEST(RuleLoader, OfSeveralBadPatternsTheFirstIsReported) {
  std::string rules;
  for (int i = 0; i < 40; ++i)
    rules += std::string(i ? ",\n" : "") + "    {\"id\": \"x." + std::to_string(i) + "\", \"group\": \"g\", \"pattern\": \"" +
             (i == 17 || i == 33 ? "(bad" : "a{" + std::to_string(i) + "}") + "\"}";
  try {
    RuleSet::load_texts({{"a.json", "{\n  \"rules\": [\n    {\"id\": \"y\", \"group\": \"g\", \"pattern\": \"b\"}\n  ]\n}\n"},
                         {"b.json", "{\n  \"rules\": [\n" + rules + "\n  ]\n}\n"}});
    FAIL() << "bad patterns must not load";
  } catch (const RuleError& e) {
    EXPECT_EQ(e.file(), "b.json");
    EXPECT_EQ(e.line(), 3 + 17);
    EXPECT_NE(std::string(e.what()).find("'x.17'"), std::string::npos) << e.what();
  }
}

TEST(RuleLoader, InvalidJsonNamesLine) {
  try {
    RuleSet::load_texts({{"r.json", "{\n \"rules\": [\n  {\"id\": \"a\",, }\n ]\n}"}});
    FAIL();
  } catch (const RuleError& e) {
    EXPECT_EQ(e.line(), 3) << e.what();
  }
}

TEST(RuleLoader, MacrosExpandAcrossFilesAndUnknownMacroFails) {
  auto set = RuleSet::load_texts({{"a.json", R"({"macros": {"NUM": "\\d+"}})"},
                                  {"b.json", R"({"rules": [{"id": "n", "group": "g", "pattern": "^{{NUM}}/QĐ$"}]})"}});
  ASSERT_NE(set->find("n"), nullptr);
  EXPECT_TRUE(RE2::FullMatch("30/QĐ", *set->find("n")->re));
  EXPECT_THROW(RuleSet::load_texts({{"c.json", R"({"rules": [{"id": "m", "group": "g", "pattern": "{{NOPE}}"}]})"}}),
               RuleError);
}

TEST(RuleLoader, FailingExampleIsReportedWithItsLine) {
  auto set = RuleSet::load_texts({{"e.json", "{\"rules\": [{\"id\": \"e\", \"group\": \"g\", \"pattern\": \"^abc\",\n"
                                             " \"examples\": {\"match\": [\"abc\",\n \"xabc\"], \"no_match\": [\"zzz\"]}}]}"}});
  auto failures = set->check_examples();
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0].line, 3);
  EXPECT_EQ(failures[0].rule_id, "e");
}

TEST(RuleLoader, DuplicateIdIsAnError) {
  EXPECT_THROW(RuleSet::load_texts({{"d.json", R"({"rules": [{"id": "a", "group": "g", "pattern": "x"},
                                                              {"id": "a", "group": "g", "pattern": "y"}]})"}}),
               RuleError);
}

// "^A|B" is anchored only in its first branch: a set searched anchored at the start must not hold it,
// or its other branch is never found past the first character.
TEST(RuleGroup, APatternAnchoredInOneBranchOnlyIsSearchedEverywhere) {
  auto set = RuleSet::load_texts({{"g.json", R"json({"rules": [
    {"id": "g.either", "group": "g", "pattern": "^hằng năm|\\pL\\s+hằng năm\\s+đạt"},
    {"id": "g.start", "group": "g", "pattern": "^phấn đấu\\s"},
    {"id": "g.class", "group": "g", "pattern": "^[|(]\\s*quý"}]})json"}});
  const RuleGroup& g = set->group("g");
  const std::string text = "số lượt khách hằng năm đạt 25.000 lượt";
  std::vector<const Rule*> cand = g.matching(text);
  EXPECT_NE(std::find_if(cand.begin(), cand.end(), [](const Rule* r) { return r->id == "g.either"; }), cand.end());
  ASSERT_TRUE(g.first_matching(text));
  EXPECT_EQ(g.first_matching(text)->id, "g.either");
  // A '|' inside a class or a group leaves the pattern anchored.
  ASSERT_TRUE(g.first_matching("| quý I"));
  EXPECT_EQ(g.first_matching("| quý I")->id, "g.class");
  EXPECT_FALSE(g.first_matching("năm nay | quý I"));
}

// The group's RE2::Set only narrows which rules run: its answers must equal running
// every rule, for anchored rules (kept out of the set), case-insensitive ones and none.
TEST(RuleGroup, SetAnswersEqualRunningEveryRule) {
  auto set = RuleSet::load_texts({{"g.json", R"json({"rules": [
    {"id": "g.start", "group": "g", "pattern": "^quý\\s+[IV]+"},
    {"id": "g.start2", "group": "g", "pattern": "^(?:trong|trước)\\s+tháng", "case_insensitive": true},
    {"id": "g.month", "group": "g", "pattern": "tháng\\s+\\d{1,2}"},
    {"id": "g.year", "group": "g", "pattern": "(?P<y>năm\\s+\\d{4})", "case_insensitive": true},
    {"id": "g.end", "group": "g", "pattern": "hằng năm$"}]})json"}});
  const RuleGroup& g = set->group("g");
  ASSERT_EQ(g.size(), 5u);
  auto ids = [](const std::vector<const Rule*>& rs) {
    std::string out;
    for (const Rule* r : rs) out += (out.empty() ? "" : " ") + r->id;
    return out;
  };
  for (std::string text : {"quý II năm 2025", "trong tháng 10 NĂM 2024", "TRƯỚC tháng 6", "báo cáo hằng năm",
                           "không có gì", "", "trong quý I"}) {
    std::vector<const Rule*> truth;
    for (const Rule* r : g) if (RE2::PartialMatch(text, *r->re)) truth.push_back(r);
    const Rule* first = g.first_matching(text);
    EXPECT_EQ(first ? first->id : "", truth.empty() ? "" : truth.front()->id) << text;
    // matching() may add the anchored rules as candidates, never drop a matching rule.
    std::vector<const Rule*> cand = g.matching(text);
    for (const Rule* r : truth) EXPECT_NE(std::find(cand.begin(), cand.end(), r), cand.end()) << r->id << " in " << text;
  }
  // Start-anchored rules share an anchored set; the end-anchored one always runs.
  EXPECT_EQ(ids(g.matching("trong tháng 10 NĂM 2024")), "g.start2 g.month g.year g.end");
  EXPECT_EQ(ids(g.matching("không có gì")), "g.end");
  EXPECT_EQ(ids(g.matching("quý II")), "g.start g.end");
  EXPECT_EQ(g.first_matching("trong tháng 10 NĂM 2024")->id, "g.start2");
  EXPECT_EQ(g.first_matching("báo cáo hằng năm")->id, "g.end");
}

}  // namespace
}  // namespace vnpolicy
