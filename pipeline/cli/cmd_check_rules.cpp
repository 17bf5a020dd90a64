// vnpolicy check-rules : load rules/, run every rule's examples and check the lexicon
// tables (laws, indicators, agencies, unit families) row by row.
#include <iostream>

#include "cli/common.h"
#include "resolve/agency_table.h"
#include "resolve/indicator_table.h"
#include "resolve/law_lexicon.h"
#include "resolve/unit_families.h"

namespace vnpolicy::cli {

void add_check_rules_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "check-rules", "Compile every rule and run the examples it carries",
                          "Also loads the lexicons (indicators, agencies, laws) and checks their rows.");
  cmd->callback([&ctx] {
    auto rules = load_rules(ctx);
    if (!rules) { ctx.exit_code = kExitUsage; return; }
    auto failures = rules->check_examples();
    size_t examples = 0;
    for (const auto& r : rules->rules()) examples += r->examples.size();
    for (const auto& f : failures) std::cerr << f.file << ":" << f.line << ": " << f.rule_id << ": " << f.message << "\n";
    size_t laws = 0;
    try {
      laws = LawLexicon(*rules).laws().size();
    } catch (const RuleError& e) {
      std::cerr << e.what() << "\n";
      failures.push_back({e.file(), e.line(), "laws", e.what()});
    }
    std::cout << rules->rules().size() << " rules, " << examples << " examples, " << laws << " laws, " << failures.size()
              << " failed\n";
    bool tables_ok = true;
    try {
      UnitFamilies units(*rules);
      IndicatorTable indicators(*rules, units.families());
      AgencyTable agencies(*rules);
      size_t coded = 0, merged = 0;
      for (const auto& e : indicators.entries()) coded += !e.code.empty();
      for (const auto& e : agencies.entries()) merged += !e.successor.empty();
      std::cout << indicators.entries().size() << " indicators (" << coded << " with an official code), "
                << agencies.entries().size() << " agencies (" << merged << " with a successor), "
                << units.families().size() << " unit families\n";
    } catch (const RuleError& e) {
      std::cerr << e.what() << "\n";
      tables_ok = false;
    }
    ctx.exit_code = failures.empty() && tables_ok ? kExitOk : kExitFileFailed;
  });
}

}  // namespace vnpolicy::cli
