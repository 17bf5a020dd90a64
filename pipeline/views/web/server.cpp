#include "views/web/server.h"

#include <arpa/inet.h>
#include <malloc.h>
#include <sys/socket.h>

#include <algorithm>
#include <thread>

#include <filesystem>
#include <iostream>

#include "catalog/queries/documents.h"
#include "views/web/pages.h"

namespace vnpolicy::views {

std::vector<std::string> tune_process_for_serving() {
  std::vector<std::string> not_set;
  const int arenas = static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
  if (mallopt(M_ARENA_MAX, arenas) != 1) not_set.push_back("malloc arenas (mallopt M_ARENA_MAX)");
  if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
    not_set.push_back("SQLite memory statistics (SQLite was already initialised)");
  return not_set;
}

bool is_loopback_host(const std::string& host) {
  if (host == "localhost" || host == "::1") return true;
  in_addr a{};
  if (inet_pton(AF_INET, host.c_str(), &a) == 1) return (ntohl(a.s_addr) >> 24) == 127;
  return false;
}

namespace {

// Debian's libcpp-httplib listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, fixed
// when the library was built): a sixth connection arriving while the workers are busy
// has its SYN dropped and the client retries a second later. Listening again on the
// bound socket raises the backlog; httplib keeps the socket to itself, so find it among
// this process's descriptors by its port.
void widen_listen_backlog(int port) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    int fd = -1;
    try {
      fd = std::stoi(entry.path().filename().string());
    } catch (const std::exception&) {
      continue;
    }
    int listening = 0;
    socklen_t len = sizeof listening;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) continue;
    sockaddr_storage addr{};
    socklen_t addr_len = sizeof addr;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &addr_len) != 0) continue;
    int bound = -1;
    if (addr.ss_family == AF_INET) bound = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
    if (addr.ss_family == AF_INET6) bound = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
    if (bound == port) ::listen(fd, SOMAXCONN);
  }
}

}  // namespace

ReaderPool::Lease ReaderPool::lease() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      auto r = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(r));
    }
  }
  return Lease(*this, std::make_unique<CatalogReader>(path_));
}

void ReaderPool::give_back(std::unique_ptr<CatalogReader> r) {
  if (!r) return;
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(r));
}

void check_catalog(const std::filesystem::path& path) {
  try {
    Catalog catalog(path, Catalog::Options{.read_only = true});
    catalog_stats(catalog.db());  // reads the tables the pages read
  } catch (const CatalogError& e) {
    throw ServeError(e.what());
  } catch (const std::exception& e) {
    throw ServeError(path.string() + " is not a vnpolicy catalog (" + e.what() + ")");
  }
}

struct WebServer::Impl {
  Impl(const ServerOptions& o, WebLexicons l)
      : readers(o.db_path),
        cache(o.cache_bytes),
        generation(o.db_path),
        agencies(std::move(l.agencies)),
        agency_table(std::move(l.agency_table)),
        indicators(std::move(l.indicators)),
        ctx{o, readers, assets, agencies, agency_table, indicators, cache, generation} {}
  ReaderPool readers;
  ResponseCache cache;
  CatalogGeneration generation;
  AssetStore assets;
  std::shared_ptr<const AgencyLexicon> agencies;
  std::shared_ptr<const AgencyTable> agency_table;
  std::shared_ptr<const IndicatorLexicon> indicators;
  web::WebContext ctx;
  httplib::Server http;
  int port = 0;
};

WebServer::WebServer(ServerOptions options, WebLexicons lexicons) : options_(std::move(options)) {
  check_catalog(options_.db_path);
  impl_ = std::make_unique<Impl>(options_, std::move(lexicons));
  auto& http = impl_->http;
  const int threads = std::max(1, options_.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(options_.max_request_bytes);
  http.set_read_timeout(5, 0);
  http.set_write_timeout(5, 0);
  http.set_keep_alive_max_count(100);
  http.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
  });
  web::register_assets(http, impl_->ctx);
  web::register_home(http, impl_->ctx);
  web::register_search(http, impl_->ctx);
  web::register_documents(http, impl_->ctx);
  web::register_indicators(http, impl_->ctx);
  web::register_tasks(http, impl_->ctx);
  // Anything else: a 404 page (or JSON under /api/). Only GET routes exist.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;  // a route already answered (400, 404 with its reason)
    const std::string message =
        res.status == 404 ? "no page at " + req.path : "the request was refused (" + std::to_string(res.status) + ")";
    if (req.path.rfind("/api/", 0) == 0)
      web::send_json(res, {{"error", message}, {"status", res.status}}, res.status);
    else
      web::send_html(res, web::error_page(res.status, message), res.status);
  });
}

WebServer::~WebServer() = default;

int WebServer::bind() {
  auto& http = impl_->http;
  if (options_.port == 0) {
    impl_->port = http.bind_to_any_port(options_.host.c_str());
    if (impl_->port <= 0) throw ServeError("cannot listen on " + options_.host + " (any port)");
  } else {
    if (!http.bind_to_port(options_.host.c_str(), options_.port))
      throw ServeError("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                       " (in use, or not an address of this machine)");
    impl_->port = options_.port;
  }
  widen_listen_backlog(impl_->port);
  return impl_->port;
}

void WebServer::run() { impl_->http.listen_after_bind(); }
void WebServer::stop() { impl_->http.stop(); }

std::vector<std::string> WebServer::missing_assets() const { return impl_->assets.missing(); }

}  // namespace vnpolicy::views
