// `vnpolicy serve`: a local web server over one catalog, opened read-only (WAL: an
// ingest may write beside it). Pages are server-rendered HTML that work without
// JavaScript; /api/ answers the same data as JSON. Every answer comes from the
// catalog's read-only query layer; the server holds no SQL of its own.
#pragma once
#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "normalize/unicode.h"

namespace vnpolicy {
class AgencyLexicon;
class AgencyTable;
class IndicatorLexicon;
}

namespace vnpolicy::views {

// A server that cannot start, in one sentence for the user.
class ServeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ServerOptions {
  std::filesystem::path db_path;
  std::string host = "127.0.0.1";
  int port = 8080;                       // 0: any free port (tests)
  int threads = 8;                       // requests served at once
  size_t max_request_bytes = 16 * 1024;  // body of a request (pages take none)
  size_t max_query_bytes = 300;          // one query parameter
  int max_results = 100;                 // rows on one page or in one API answer
  int max_page = 200;                    // paging stops here
  size_t cache_bytes = 32u << 20;        // answers kept for the next asker (0: none kept)
};

// Process-wide settings for a long-running server, made before the first catalog is
// opened (a command that serves calls it first): one malloc arena per core instead of
// glibc's eight per core (each worker thread's arena kept its freed pages: resident
// memory grew under load), and no SQLite memory statistics (a global mutex every
// allocation took, contended by the workers). Returns what could not be set.
std::vector<std::string> tune_process_for_serving();

// Is `host` a loopback address (the default, safe to bind without a warning)?
bool is_loopback_host(const std::string& host);

// What one request reads through: a read-only catalog connection and the accent folder
// its searches use (neither may be used by two threads at once).
struct CatalogReader {
  explicit CatalogReader(const std::filesystem::path& path) : catalog(path, Catalog::Options{.read_only = true}) {}
  Catalog catalog;
  AccentFolder folder;
};

// Readers for the requests being answered, made as needed and kept for the next ones
// (at most as many as requests answered at once).
class ReaderPool {
 public:
  explicit ReaderPool(std::filesystem::path path) : path_(std::move(path)) {}
  class Lease {
   public:
    Lease(ReaderPool& pool, std::unique_ptr<CatalogReader> r) : pool_(pool), reader_(std::move(r)) {}
    ~Lease() { pool_.give_back(std::move(reader_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    CatalogReader& operator*() { return *reader_; }
    CatalogReader* operator->() { return reader_.get(); }

   private:
    ReaderPool& pool_;
    std::unique_ptr<CatalogReader> reader_;
  };
  Lease lease();

 private:
  void give_back(std::unique_ptr<CatalogReader> r);
  std::filesystem::path path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<CatalogReader>> idle_;
};

// Opens the catalog at `path` read-only and checks that it is a vnpolicy catalog;
// throws ServeError naming the path and what is wrong.
void check_catalog(const std::filesystem::path& path);

// What the pages read besides the catalog, built once and shared by every request; each
// may be null. The same as the CLI loads, so that a page answers what its command prints.
struct WebLexicons {
  std::shared_ptr<const AgencyLexicon> agencies;      // the agency a user types in the tasks filter
  std::shared_ptr<const AgencyTable> agency_table;    // abbreviations and mergers (as_of)
  std::shared_ptr<const IndicatorLexicon> indicators;  // null: the indicator pages answer 404
};

class WebServer {
 public:
  // Checks the catalog (ServeError when it is missing or not a catalog).
  explicit WebServer(ServerOptions options, WebLexicons lexicons = {});
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds host:port and returns the port bound; ServeError when it cannot.
  int bind();
  // Answers requests until stop() (from another thread or a signal handler's thread).
  void run();
  void stop();
  const ServerOptions& options() const { return options_; }
  // Installed files the pages would use but that are missing (named for a warning).
  std::vector<std::string> missing_assets() const;

 private:
  struct Impl;
  ServerOptions options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vnpolicy::views
