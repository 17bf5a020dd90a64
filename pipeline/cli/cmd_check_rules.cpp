// vnpolicy check-rules : load rules/ and run every rule's examples.
#include <iostream>

#include "cli/common.h"

namespace vnpolicy::cli {

void add_check_rules_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("check-rules", "Compile every rule and run the examples it carries");
  cmd->callback([&ctx] {
    auto rules = load_rules(ctx);
    if (!rules) { ctx.exit_code = kExitUsage; return; }
    auto failures = rules->check_examples();
    size_t examples = 0;
    for (const auto& r : rules->rules()) examples += r->examples.size();
    for (const auto& f : failures) std::cerr << f.file << ":" << f.line << ": " << f.rule_id << ": " << f.message << "\n";
    std::cout << rules->rules().size() << " rules, " << examples << " examples, " << failures.size() << " failed\n";
    ctx.exit_code = failures.empty() ? kExitOk : kExitFileFailed;
  });
}

}  // namespace vnpolicy::cli
