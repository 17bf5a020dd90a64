// An older catalog is upgraded in place when a query opens it (every document and figure
// kept, the new columns and indexes added); a newer one is refused.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "catalog/fts_tokenizer.h"
#include "catalog/migrate.h"
#include "catalog_fixture.h"
#include "figure_groups_check.h"

namespace vnpolicy::testing {
namespace {

// What version 7 adds: figure_groups, its words, its triggers and targets_group.
constexpr const char* kDropFigureGroups =
    "DROP TRIGGER figure_groups_add; DROP TRIGGER figure_groups_drop; DROP TABLE figure_group_index;"
    " DROP TABLE figure_groups; DROP INDEX targets_group;";

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
    register_fold_tokenizer(old);  // dropping an FTS5 table calls its tokenizer
    old.exec(
        std::string(kDropFigureGroups) + " DROP INDEX targets_key_head;"
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
    register_fold_tokenizer(old);  // dropping an FTS5 table calls its tokenizer
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
    register_fold_tokenizer(old);  // dropping an FTS5 table calls its tokenizer
    old.exec(
        std::string(kDropFigureGroups) + " DROP INDEX targets_key_head; ALTER TABLE targets DROP COLUMN place;"
        " UPDATE meta SET value = '5' WHERE key = 'schema_version'");
  }
  const std::string after = run_cli(cmd, &status);
  ASSERT_EQ(status, 0) << after;
  EXPECT_EQ(after, before);
  EXPECT_EQ(count_rows(db, "SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                           " ('targets_group', 'targets_key_head')"), 2);
  EXPECT_GT(count_rows(db, "SELECT COUNT(*) FROM targets WHERE place IS NOT NULL"), 0);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM targets t JOIN documents d ON d.id = t.doc_id"
                           " WHERE t.place IS NOT d.place"), 0);
  // The groups are built after the places are filled in: with them.
  Catalog catalog(db, /*read_only=*/true);
  EXPECT_EQ(figure_groups_as_text(catalog.db(), false), figure_groups_as_text(catalog.db(), true));
  EXPECT_GT(count_rows(db, "SELECT COUNT(*) FROM figure_groups WHERE place IS NOT NULL"), 0);
}

TEST(CatalogMigration, Schema6CatalogGainsFigureGroupsAsTheFiguresDefineThemAndAnswersTheSame) {
  TempDir tmp;
  const auto db = tmp / "catalog.sqlite";
  ingest_in_process(db, seed_files());
  int status = -1;
  std::string before;
  for (const char* indicator : {"che phu rung", "ty le", "thu nhap binh quan", "2102"})
    for (const char* extra : {"--format json", "--format table", "--activities --format json"})
      before += run_cli(std::string("series --indicator '") + indicator + "' " + extra + " --db '" + db.string() + "'", &status);
  ASSERT_EQ(status, 0) << before;
  ASSERT_NE(before.find("\"key\": \"2102\""), std::string::npos) << before.substr(0, 300);
  std::string built;
  {
    Catalog catalog(db);
    built = figure_groups_as_text(catalog.db(), false);
    ASSERT_EQ(built, figure_groups_as_text(catalog.db(), true));
    ASSERT_GT(std::count(built.begin(), built.end(), '\n'), 50);
  }
  {
    // What version 6 had: no groups, and targets_head (by id) for series' words scan.
    Database old(db);
    register_fold_tokenizer(old);  // dropping an FTS5 table calls its tokenizer
    old.exec(std::string(kDropFigureGroups) +
             " CREATE INDEX targets_head ON targets(id, doc_id, kind, year, activity, indicator_key, indicator_code,"
             " indicator, place); UPDATE meta SET value = '6' WHERE key = 'schema_version'");
  }
  std::string after;
  for (const char* indicator : {"che phu rung", "ty le", "thu nhap binh quan", "2102"})
    for (const char* extra : {"--format json", "--format table", "--activities --format json"})
      after += run_cli(std::string("series --indicator '") + indicator + "' " + extra + " --db '" + db.string() + "'", &status);
  ASSERT_EQ(status, 0) << after;
  EXPECT_EQ(after, before);
  EXPECT_EQ(count_rows(db, "SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'targets_head'"), 0);
  Catalog catalog(db, /*read_only=*/true);
  EXPECT_EQ(figure_groups_as_text(catalog.db(), false), built);
  EXPECT_TRUE(figure_group_words_in_step(catalog.db()));
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
