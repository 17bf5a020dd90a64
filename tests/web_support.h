// The web server's tests start it with what `vnpolicy serve` loads from rules/, taken
// from the project's rules: the server then answers what the CLI prints.
#pragma once
#include <algorithm>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog_fixture.h"

#include "resolve/agency_lexicon.h"
#include "resolve/agency_table.h"
#include "resolve/indicator_lexicon.h"
#include "test_support.h"
#include "views_support.h"
#include "views/web/server.h"

namespace vnpolicy::testing {

inline views::WebLexicons project_web_lexicons() {
  return {std::make_shared<const AgencyLexicon>(*project_rules()), std::make_shared<const AgencyTable>(*project_rules()),
          std::make_shared<const IndicatorLexicon>(*project_rules())};
}

// The seeds (corpus/) and `more` files ingested into the catalog `db`, served on a free
// loopback port by a thread of its own until destroyed.
// What `vnpolicy ARGS --db DB --format json` prints: what the server must answer.
inline nlohmann::json cli_json_of(const std::filesystem::path& db, const std::string& args) {
  int status = -1;
  const std::string out = run_cli(args + " --db " + shell_quote(db.string()) + " --format json", &status);
  EXPECT_EQ(status, 0) << args;
  return nlohmann::json::parse(out);
}

class SeedServer {
 public:
  explicit SeedServer(const std::filesystem::path& db, const std::vector<std::filesystem::path>& more = {}) {
    std::vector<std::filesystem::path> files = seed_files();
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
