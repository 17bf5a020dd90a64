#include <iostream>

#include "cli/common.h"

namespace vnpolicy::cli {

void add_tasks_commands(CLI::App& app, CommandContext& ctx) {
  app.add_subcommand("tasks", "(not implemented yet)")->callback([&ctx] {
    std::cerr << "vnpolicy: tasks: not implemented yet\n";
    ctx.exit_code = kExitUsage;
  });
  app.add_subcommand("agencies", "(not implemented yet)")->callback([&ctx] {
    std::cerr << "vnpolicy: agencies: not implemented yet\n";
    ctx.exit_code = kExitUsage;
  });
}

}  // namespace vnpolicy::cli
