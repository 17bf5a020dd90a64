#include <iostream>

#include "cli/common.h"

namespace vnpolicy::cli {

void add_targets_commands(CLI::App& app, CommandContext& ctx) {
  app.add_subcommand("targets", "(not implemented yet)")->callback([&ctx] {
    std::cerr << "vnpolicy: targets: not implemented yet\n";
    ctx.exit_code = kExitUsage;
  });
  app.add_subcommand("diff", "(not implemented yet)")->callback([&ctx] {
    std::cerr << "vnpolicy: diff: not implemented yet\n";
    ctx.exit_code = kExitUsage;
  });
  app.add_subcommand("series", "(not implemented yet)")->callback([&ctx] {
    std::cerr << "vnpolicy: series: not implemented yet\n";
    ctx.exit_code = kExitUsage;
  });
}

}  // namespace vnpolicy::cli
