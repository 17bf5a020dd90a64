// The server's answer cache: bounded in bytes, least recently used out first, emptied
// when the catalog changes; and through the server, a page kept from before an ingest
// is never sent after it.
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "catalog/sqlite.h"
#include "catalog_fixture.h"
#include "views/web/response_cache.h"
#include "web_support.h"

namespace vnpolicy::testing {
namespace {

using views::CachedAnswer;
using views::ResponseCache;

CachedAnswer answer_of(size_t bytes, char fill = 'x') { return {200, "text/html", std::string(bytes, fill)}; }

TEST(ResponseCache, StaysWithinItsBoundAndDropsTheLeastRecentlyUsed) {
  ResponseCache cache(64 * 1024);
  for (int i = 0; i < 100; ++i) {
    cache.store("/doc/" + std::to_string(i), 1, answer_of(4000));
    if (i >= 1) ASSERT_TRUE(cache.find("/doc/0", 1)) << "kept while it is used (" << i << " stored)";
    EXPECT_LE(cache.stats().bytes, cache.max_bytes()) << i;
  }
  const auto s = cache.stats();
  EXPECT_GT(s.entries, 10u);
  EXPECT_LT(s.entries, 16u);  // 64 KB of 4 KB answers
  EXPECT_TRUE(cache.find("/doc/99", 1));
  EXPECT_FALSE(cache.find("/doc/1", 1)) << "the oldest unused answer goes first";
  EXPECT_EQ(cache.find("/doc/99", 1)->body, std::string(4000, 'x'));
  // An answer of more than an eighth of the bound is not kept.
  cache.store("/doc/big", 1, answer_of(9000));
  EXPECT_FALSE(cache.find("/doc/big", 1));
  // Storing a key again replaces its answer and counts its bytes once.
  const size_t before = cache.stats().bytes;
  cache.store("/doc/99", 1, answer_of(4000, 'y'));
  EXPECT_EQ(cache.stats().bytes, before);
  EXPECT_EQ(cache.find("/doc/99", 1)->body, std::string(4000, 'y'));
}

TEST(ResponseCache, ANewCatalogGenerationEmptiesItAndOldAnswersAreRefused) {
  ResponseCache cache(1 << 20);
  cache.store("/search?q=rung", 1, answer_of(100));
  ASSERT_TRUE(cache.find("/search?q=rung", 1));
  EXPECT_FALSE(cache.find("/search?q=rung", 2));
  EXPECT_EQ(cache.stats().entries, 0u);
  EXPECT_EQ(cache.stats().bytes, 0u);
  // Rendered before the change but stored after it: not kept.
  cache.store("/search?q=rung", 1, answer_of(100));
  EXPECT_FALSE(cache.find("/search?q=rung", 2));
  EXPECT_EQ(cache.stats().entries, 0u);
  ResponseCache none(0);
  none.store("/", 1, answer_of(10));
  EXPECT_FALSE(none.find("/", 1));
}

TEST(CatalogGeneration, MovesWhenAnotherConnectionCommitsOnly) {
  TempDir dir;
  const auto path = dir / "c.sqlite";
  {
    Database db(path);
    db.exec("PRAGMA journal_mode=WAL; CREATE TABLE t(x)");
  }
  views::CatalogGeneration generation(path);
  const uint64_t g0 = generation.current();
  EXPECT_EQ(generation.current(), g0);
  Database writer(path);
  writer.exec("INSERT INTO t VALUES (1)");
  const uint64_t g1 = generation.current();
  EXPECT_GT(g1, g0);
  EXPECT_EQ(generation.current(), g1);
  writer.exec("BEGIN; INSERT INTO t VALUES (2); COMMIT");
  EXPECT_GT(generation.current(), g1);
}

// A document the seeds do not hold, with a word of its own to search for.
constexpr const char* kLater =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH LAI CHÂU\n"
    "Số: 77/KH-UBND\n"
    "Lai Châu, ngày 02 tháng 4 năm 2024\n"
    "KẾ HOẠCH\n"
    "Phát triển dược liệu năm 2024\n"
    "Phấn đấu đến năm 2025 diện tích trồng sâm dưới tán rừng đạt 3.000 ha.\n";

TEST(WebServerCache, AnIngestBesideTheServerChangesTheAnswerAtOnce) {
  TempDir dir;
  SeedServer server(dir / "c.sqlite");
  httplib::Client c("127.0.0.1", server.port());
  c.set_read_timeout(20, 0);
  auto get = [&](const char* path) {
    auto r = c.Get(path);
    EXPECT_TRUE(r && r->status == 200) << path;
    return r ? std::make_pair(r->body, r->get_header_value("X-Cache")) : std::make_pair(std::string(), std::string());
  };
  const char* kSearch = "/api/search?q=sam+duoi+tan+rung";
  const auto [before, first] = get(kSearch);
  EXPECT_EQ(first, "miss");
  const auto [again, second] = get(kSearch);
  EXPECT_EQ(second, "hit");
  EXPECT_EQ(again, before);
  const auto [home_before, home_state] = get("/");
  EXPECT_NE(home_before.find(">5</td>"), std::string::npos) << "5 documents";
  // Parameters in another order, and an empty one, ask the same thing.
  get("/api/search?year=2024&q=rung");
  EXPECT_EQ(get("/api/search?q=rung&type=&year=2024").second, "hit");

  std::ofstream(dir / "later.txt") << kLater;
  ingest_in_process(dir / "c.sqlite", {dir / "later.txt"});

  const auto [after, third] = get(kSearch);
  EXPECT_EQ(third, "miss") << "kept from before the ingest";
  EXPECT_NE(after, before);
  EXPECT_EQ(nlohmann::json::parse(after).size(), nlohmann::json::parse(before).size() + 1) << after;
  EXPECT_NE(get("/").first.find(">6</td>"), std::string::npos) << "6 documents";
}

}  // namespace
}  // namespace vnpolicy::testing
