// Every rule in rules/ carries examples it must and must not match; run them all.
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

}  // namespace
}  // namespace vnpolicy
