// vnpolicy: Vietnamese policy documents -> a queryable catalog of what they commit to.
#include <iostream>

#include "cli/common.h"

int main(int argc, char** argv) {
  using namespace vnpolicy::cli;
  CommandContext ctx;
  ctx.argv0 = argc > 0 ? argv[0] : "vnpolicy";
  CLI::App app{"vnpolicy: targets, deadlines, tasks and citations of Vietnamese policy texts"};
  app.require_subcommand(1);
  app.add_option("--rules", ctx.rules_dir, "Rules folder (default: $VNPOLICY_RULES, else the project's)");
  app.fallthrough();
  add_extract_command(app, ctx);
  add_ingest_command(app, ctx);
  add_check_rules_command(app, ctx);
  add_segment_command(app, ctx);
  add_docs_commands(app, ctx);
  add_refs_commands(app, ctx);
  add_laws_command(app, ctx);
  add_targets_commands(app, ctx);
  add_indicator_command(app, ctx);
  add_tasks_commands(app, ctx);
  add_search_command(app, ctx);
  add_misses_command(app, ctx);
  add_serve_command(app, ctx);
  add_export_command(app, ctx);
  fit_command_list(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "vnpolicy: " << e.what() << "\n";
    return kExitFileFailed;
  }
  return ctx.exit_code;
}
