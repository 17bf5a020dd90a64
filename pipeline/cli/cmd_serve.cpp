// vnpolicy serve: the catalog as a local web site (pipeline/views/web).
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <thread>

#include "cli/common.h"
#include "views/web/server.h"

namespace vnpolicy::cli {

void add_serve_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("serve", "Serve the catalog as a local web site (search, documents, graphs, tasks)");
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
    for (const auto& what : views::tune_process_for_serving())
      std::cerr << "vnpolicy serve: note: could not set " << what << "\n";
    opts->db_path = catalog_path(*db);
    opts->cache_bytes = *cache_mb << 20;
    auto agencies = load_agency_lexicon(ctx);
    if (!agencies) return;
    auto agency_table = load_agency_table(ctx);
    if (!agency_table) return;
    auto indicators = load_indicator_lexicon(ctx);
    if (!indicators) return;
    if (!views::is_loopback_host(opts->host))
      std::cerr << "vnpolicy serve: warning: listening on " << opts->host
                << ", not only on this machine: anyone who can reach it can read the catalog\n";
    // SIGINT/SIGTERM go to one waiting thread that stops the server (never handled
    // inside a signal handler); blocked before the server's threads start, they inherit it.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    try {
      views::WebServer server(*opts, {agencies, agency_table, indicators});
      const int port = server.bind();
      for (const auto& m : server.missing_assets())
        std::cerr << "vnpolicy serve: warning: " << m << " is not installed; charts show as tables only\n";
      const std::string shown_host = opts->host.find(':') != std::string::npos ? "[" + opts->host + "]" : opts->host;
      std::cerr << "vnpolicy serve: " << opts->db_path.string() << " at http://" << shown_host << ":" << port
                << "/ (Ctrl-C stops)\n";
      std::thread waiter([&server, stop_signals] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        server.stop();
      });
      server.run();
      // The server stopped by itself (not by a signal): release the waiting thread.
      pthread_kill(waiter.native_handle(), SIGTERM);
      waiter.join();
    } catch (const views::ServeError& e) {
      std::cerr << "vnpolicy serve: " << e.what() << "\n";
      ctx.exit_code = kExitUsage;
    }
  });
}

}  // namespace vnpolicy::cli
