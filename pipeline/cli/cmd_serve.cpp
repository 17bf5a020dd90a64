// vnpolicy serve: the catalog as a local web site (pipeline/views/web, run from the module vnpolicy_web.so).
#include <iostream>

#include "cli/common.h"
#include "modules/module_loader.h"
#include "modules/web_module.h"

namespace vnpolicy::cli {

void add_serve_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "serve", "Serve the catalog as a local web site",
                          "Pages: search, documents, citation graphs, tasks, targets.");
  auto opts = std::make_shared<views::ServerOptions>();
  auto db = std::make_shared<std::string>();
  add_db_option(*cmd, *db);
  cmd->add_option("--port", opts->port, "Port (default 8080)")->check(CLI::Range(1, 65535));
  cmd->add_option("--host", opts->host,
                  "Address to listen on (default 127.0.0.1: this machine only; anything else is reachable by others)");
  cmd->add_option("--threads", opts->threads, "Requests answered at once (default 8)")->check(CLI::Range(1, 64));
  auto cache_mb = std::make_shared<size_t>(opts->cache_bytes >> 20);
  cmd->add_option("--cache-mb", *cache_mb,
                  "Memory for answers kept until the catalog changes (default 32; 0: render every request)")
      ->check(CLI::Range(0, 4096));
  cmd->callback([&ctx, opts, db, cache_mb] {
    opts->db_path = catalog_path(*db);
    opts->cache_bytes = *cache_mb << 20;
    auto agencies = load_agency_lexicon(ctx);
    if (!agencies) return;
    auto agency_table = load_agency_table(ctx);
    if (!agency_table) return;
    auto indicators = load_indicator_lexicon(ctx);
    if (!indicators) return;
    try {
      const auto* web = static_cast<const modules::WebModule*>(
          modules::load_module("web", modules::kWebModuleAbi, "serving the catalog"));
      if (auto error = web->serve(*opts, {agencies, agency_table, indicators})) {
        std::cerr << "vnpolicy serve: " << *error << "\n";
        ctx.exit_code = kExitUsage;
      }
    } catch (const modules::ModuleError& e) {
      std::cerr << "vnpolicy serve: " << e.what() << "\n";
      ctx.exit_code = kExitFileFailed;
    }
  });
}

}  // namespace vnpolicy::cli
