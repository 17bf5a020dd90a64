// The web server's tests start it with what `vnpolicy serve` loads from rules/, taken
// from the project's rules: the server then answers what the CLI prints.
#pragma once
#include <algorithm>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

#include "catalog_fixture.h"

#include "resolve/agency_lexicon.h"
#include "resolve/agency_table.h"
#include "resolve/indicator_lexicon.h"
#include "test_support.h"
#include "views/web/server.h"

namespace vnpolicy::testing {

inline views::WebLexicons project_web_lexicons() {
  return {std::make_shared<const AgencyLexicon>(*project_rules()), std::make_shared<const AgencyTable>(*project_rules()),
          std::make_shared<const IndicatorLexicon>(*project_rules())};
}

// The seeds (corpus/) and `more` files ingested into the catalog `db`, served on a free
// loopback port by a thread of its own until destroyed.
class SeedServer {
 public:
  explicit SeedServer(const std::filesystem::path& db, const std::vector<std::filesystem::path>& more = {}) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(source_dir() / "corpus")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    files.insert(files.end(), more.begin(), more.end());
    ingest_in_process(db, files);
    views::ServerOptions o;
    o.db_path = db;
    o.port = 0;
    o.threads = 4;
    server_ = std::make_unique<views::WebServer>(o, project_web_lexicons());
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
  }
  ~SeedServer() {
    server_->stop();
    thread_.join();
  }
  SeedServer(const SeedServer&) = delete;
  SeedServer& operator=(const SeedServer&) = delete;
  int port() const { return port_; }

 private:
  std::unique_ptr<views::WebServer> server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace vnpolicy::testing
