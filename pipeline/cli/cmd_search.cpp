#include <iostream>

#include "cli/common.h"

namespace vnpolicy::cli {

void add_search_command(CLI::App& app, CommandContext& ctx) {
  app.add_subcommand("search", "(not implemented yet)")->callback([&ctx] {
    std::cerr << "vnpolicy: search: not implemented yet\n";
    ctx.exit_code = kExitUsage;
  });
}

}  // namespace vnpolicy::cli
