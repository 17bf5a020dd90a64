// The entry of vnpolicy_web.so: `vnpolicy serve` after its options are read.
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <thread>

#include "modules/web_module.h"

namespace {

using namespace vnpolicy;

std::optional<std::string> serve(const views::ServerOptions& options, const views::WebLexicons& lexicons) {
  for (const auto& what : views::tune_process_for_serving())
    std::cerr << "vnpolicy serve: note: could not set " << what << "\n";
  if (!views::is_loopback_host(options.host))
    std::cerr << "vnpolicy serve: warning: listening on " << options.host
              << ", not only on this machine: anyone who can reach it can read the catalog\n";
  // SIGINT/SIGTERM go to one waiting thread that stops the server (never handled
  // inside a signal handler); blocked before the server's threads start, they inherit it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  try {
    views::WebServer server(options, lexicons);
    const int port = server.bind();
    for (const auto& m : server.missing_assets())
      std::cerr << "vnpolicy serve: warning: " << m << " is not installed; charts show as tables only\n";
    const std::string shown_host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
    std::cerr << "vnpolicy serve: " << options.db_path.string() << " at http://" << shown_host << ":" << port
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
    return e.what();
  }
  return std::nullopt;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const void* vnpolicy_web_module() {
  static const vnpolicy::modules::WebModule table{vnpolicy::modules::kWebModuleAbi, &serve};
  return &table;
}
