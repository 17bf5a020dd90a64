#include <iostream>

#include "cli/common.h"

namespace vnpolicy::cli {

void add_refs_commands(CLI::App& app, CommandContext& ctx) {
  app.add_subcommand("refs", "(not implemented yet)")->callback([&ctx] {
    std::cerr << "vnpolicy: refs: not implemented yet\n";
    ctx.exit_code = kExitUsage;
  });
  app.add_subcommand("graph", "(not implemented yet)")->callback([&ctx] {
    std::cerr << "vnpolicy: graph: not implemented yet\n";
    ctx.exit_code = kExitUsage;
  });
}

}  // namespace vnpolicy::cli
