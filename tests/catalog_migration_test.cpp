// An older catalog is upgraded in place when a query opens it (every document and figure
// kept, the new columns and indexes added); a newer one is refused.
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
    // What version 2 wrote: no such columns (nor the indexes of version 6 that cover them), schema_version 2.
    Database old(db);
    old.exec(
        "DROP INDEX targets_head; DROP INDEX targets_key_head;"
        " ALTER TABLE targets DROP COLUMN indicator_code; ALTER TABLE targets DROP COLUMN activity;"
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

TEST(CatalogMigration, Schema4CatalogGainsTheAgencyIndexesThatHoldTaskIds) {
  TempDir tmp;
  const auto db = tmp / "catalog.sqlite";
  ingest_in_process(db, {corpus_file("002"), corpus_file("003")});
  int status = -1;
  const std::string before = run_cli("tasks --agency 'Mặt trận Tổ quốc' --format json --db '" + db.string() + "'", &status);
  ASSERT_EQ(status, 0) << before;
  ASSERT_GT(nlohmann::json::parse(before).size(), 0u);
  {
    // What version 4 had: agency indexes without task_id.
    Database old(db);
    old.exec(
        "DROP INDEX task_agencies_canonical_task; DROP INDEX task_agencies_name_task;"
        " CREATE INDEX task_agencies_canonical ON task_agencies(canonical, role);"
        " CREATE INDEX task_agencies_name ON task_agencies(name, role);"
        " UPDATE meta SET value = '4' WHERE key = 'schema_version'");
  }
  const std::string after = run_cli("tasks --agency 'Mặt trận Tổ quốc' --format json --db '" + db.string() + "'", &status);
  ASSERT_EQ(status, 0) << after;
  EXPECT_EQ(after, before);
  EXPECT_EQ(count_rows(db, "SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                           " ('task_agencies_canonical_task', 'task_agencies_name_task')"), 2);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                           " ('task_agencies_canonical', 'task_agencies_name')"), 0);
}

TEST(CatalogMigration, Schema5CatalogGainsTheSeriesIndexesAndAnswersTheSame) {
  TempDir tmp;
  const auto db = tmp / "catalog.sqlite";
  ingest_in_process(db, {corpus_file("002"), corpus_file("003")});
  int status = -1;
  const std::string cmd = "series --indicator 'che phu rung' --format json --db '" + db.string() + "'";
  const std::string before = run_cli(cmd, &status);
  ASSERT_EQ(status, 0) << before;
  // The forest cover of 002 (52.3 % in 2023) and of 26-CTr/TU (56 % in 2030): real rows to compare.
  bool forest = false;
  bool placed = false;  // a cell of a named place: the place the upgrade copies onto each figure
  for (const auto& r : nlohmann::json::parse(before)) {
    forest = forest || (r["key"] == "2102" && r["year"] == 2030);
    placed = placed || (r.contains("place") && r["place"].is_string() && !r["place"].get<std::string>().empty());
  }
  ASSERT_TRUE(forest) << before.substr(0, 300);
  ASSERT_TRUE(placed) << before.substr(0, 300);
  {
    // What version 5 had: no covering indexes for series, no place on the figures.
    Database old(db);
    old.exec(
        "DROP INDEX targets_head; DROP INDEX targets_key_head; ALTER TABLE targets DROP COLUMN place;"
        " UPDATE meta SET value = '5' WHERE key = 'schema_version'");
  }
  const std::string after = run_cli(cmd, &status);
  ASSERT_EQ(status, 0) << after;
  EXPECT_EQ(after, before);
  EXPECT_EQ(count_rows(db, "SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                           " ('targets_head', 'targets_key_head')"), 2);
  EXPECT_GT(count_rows(db, "SELECT COUNT(*) FROM targets WHERE place IS NOT NULL"), 0);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM targets t JOIN documents d ON d.id = t.doc_id"
                           " WHERE t.place IS NOT d.place"), 0);
}

TEST(CatalogMigration, CatalogOfANewerSchemaIsRefusedWithItsVersionNamed) {
  TempDir tmp;
  const auto db = tmp / "catalog.sqlite";
  ingest_in_process(db, {corpus_file("002")});
  const std::string newer = std::to_string(kSchemaVersion + 1);
  {
    Database later(db);
    later.exec("UPDATE meta SET value = '" + newer + "' WHERE key = 'schema_version'");
  }
  int status = -1;
  const std::string out = run_cli("series --indicator 'che phu rung' --db '" + db.string() + "'", &status, true);
  EXPECT_EQ(status, 2) << out;
  EXPECT_NE(out.find("newer vnpolicy (catalog schema " + newer), std::string::npos) << out;
  Database untouched(db, /*read_only=*/true);
  auto version = untouched.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  ASSERT_TRUE(version.step());
  EXPECT_EQ(version.text(0), newer);
}

}  // namespace
}  // namespace vnpolicy::testing
