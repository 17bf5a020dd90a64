// A catalog of schema 2 (before targets had indicator_code and activity) is upgraded in
// place when a query opens it: every document and figure kept, the new columns added.
#include <nlohmann/json.hpp>

#include "catalog/migrate.h"
#include "catalog_fixture.h"

namespace vnpolicy::testing {
namespace {

TEST(CatalogMigration, Schema2CatalogKeepsItsFiguresAndGainsIndicatorCodeAndActivity) {
  TempDir tmp;
  const auto db = tmp / "catalog.sqlite";
  ingest_in_process(db, {corpus_file("002"), corpus_file("003")});
  const int64_t targets = count_rows(db, "SELECT COUNT(*) FROM targets");
  ASSERT_GT(targets, 200);
  ASSERT_GT(count_rows(db, "SELECT COUNT(*) FROM targets WHERE indicator_code IS NOT NULL"), 0);
  {
    // What version 2 wrote: no such columns, schema_version 2.
    Database old(db);
    old.exec(
        "ALTER TABLE targets DROP COLUMN indicator_code; ALTER TABLE targets DROP COLUMN activity;"
        " UPDATE meta SET value = '2' WHERE key = 'schema_version'");
  }
  int status = -1;
  std::string out = run_cli("targets --doc 002 --format json --limit 0 --db '" + db.string() + "'", &status);
  ASSERT_EQ(status, 0) << out;
  EXPECT_EQ(count_rows(db, "SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM targets"), targets);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM targets WHERE indicator_code IS NULL AND activity = 0"), targets);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 2);
  // diff still runs on the upgraded catalog, aligning by the stored keys.
  out = run_cli("diff 002 26-CTr/TU --format json --db '" + db.string() + "'", &status);
  EXPECT_EQ(status, 0) << out;
  bool forest = false;
  for (const auto& r : nlohmann::json::parse(out))
    forest = forest || (r["key"] == "2102" && r["a_value"] == 52.3 && r["b_value"] == 56.0);
  EXPECT_TRUE(forest) << out.substr(0, 300);
}

}  // namespace
}  // namespace vnpolicy::testing
