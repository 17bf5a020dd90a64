#include "catalog/migrate.h"

#include <unistd.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/fts_tokenizer.h"
#include "catalog/identity.h"
#include "core/keys.h"
#include "schema_sql.h"

namespace vnpolicy {
namespace {

std::optional<std::string> meta_value(Database& db, const char* key) {
  auto q = db.prepare("SELECT value FROM meta WHERE key = ?1");
  q.bind(1, key);
  return q.step() ? std::optional(q.text(0)) : std::nullopt;
}

void set_meta(Database& db, const char* key, int value) {
  auto q = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
  q.bind(1, key).bind(2, std::to_string(value)).run();
}

void create_schema(Database& db) {
  db.exec("PRAGMA journal_mode=WAL");
  Transaction tx(db);
  db.exec(kSchemaSql);
  set_meta(db, "schema_version", kSchemaVersion);
  set_meta(db, "number_key_version", kCatalogNumberKeyVersion);
  tx.commit();
}

bool has_column(Database& db, const std::string& table, const std::string& column) {
  auto q = db.prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
  q.bind(1, table).bind(2, column);
  return q.step();
}

// The columns versions 3, 4 and 6 add to tables older versions already have (before the
// schema's CREATE ... IF NOT EXISTS runs, whose indexes need them).
// A table that does not exist (yet: version 1's documents is renamed away before the
// schema creates the new one) gets its columns from the schema itself.
void add_v4_columns(Database& db) {
  auto add = [&db](const std::string& table, const std::string& column, const std::string& declaration) {
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    exists.bind(1, table);
    if (exists.step() && !has_column(db, table, column))
      db.exec("ALTER TABLE " + table + " ADD COLUMN " + column + " " + declaration);
  };
  // Version 3's, for the schema's indexes that cover them (targets_head, version 6).
  add("targets", "indicator_code", "TEXT");
  add("targets", "activity", "INTEGER NOT NULL DEFAULT 0");
  add("targets", "place", "TEXT");  // version 6's, filled by migrate_5_to_6
  add("refs", "named_ref_id", "INTEGER REFERENCES named_refs(id) ON DELETE CASCADE");
  add("refs", "resolved_by", "TEXT");
  add("documents", "record_version", "INTEGER NOT NULL DEFAULT 0");
}

// Deletes a version-1 document's rows (foreign keys are off during the migration, so
// nothing cascades).
void drop_v1_document(Database& db, int64_t id) {
  for (const char* sql : {"DELETE FROM refs WHERE doc_id = ?1", "DELETE FROM targets WHERE doc_id = ?1",
                          "DELETE FROM deadlines WHERE doc_id = ?1",
                          "DELETE FROM task_agencies WHERE task_id IN (SELECT id FROM tasks WHERE doc_id = ?1)",
                          "DELETE FROM tasks WHERE doc_id = ?1", "DELETE FROM documents_v1 WHERE id = ?1"}) {
    auto q = db.prepare(sql);
    q.bind(1, id).run();
  }
  auto q = db.prepare("DELETE FROM sentence_index WHERE rowid >= ?1 AND rowid < ?2");
  q.bind(1, id * kSentenceRowsPerDocument).bind(2, (id + 1) * kSentenceRowsPerDocument).run();
}

// Version 1 -> 2. Documents were keyed by the path as given, so one file ingested under
// several spellings became several documents: those with the same sha256 are merged into
// the oldest (the others' items go, references to them point at it), and every path is
// made canonical. The documents table is rebuilt (no UNIQUE path, AUTOINCREMENT ids).
void migrate_1_to_2(Database& db) {
  db.exec("PRAGMA foreign_keys=OFF");
  // Renaming documents must not rewrite the other tables' REFERENCES documents(id).
  db.exec("PRAGMA legacy_alter_table=ON");
  {
    Transaction tx(db);
    db.exec(
        "DROP INDEX IF EXISTS documents_number; DROP INDEX IF EXISTS documents_sha;"
        " DROP INDEX IF EXISTS documents_year; DROP INDEX IF EXISTS documents_type;"
        " DROP INDEX IF EXISTS documents_issuer; DROP INDEX IF EXISTS refs_doc;"
        " ALTER TABLE documents RENAME TO documents_v1;");
    add_v4_columns(db);
    db.exec(kSchemaSql);

    struct Old {
      int64_t id;
      std::string path;
    };
    std::map<std::string, std::vector<Old>> by_content;  // sha256 -> documents, oldest first
    {
      auto q = db.prepare("SELECT id, path, sha256 FROM documents_v1 ORDER BY id");
      while (q.step()) by_content[q.text(2)].push_back({q.int64(0), q.text(1)});
    }
    std::vector<std::pair<int64_t, std::string>> paths;  // (document, path as given), in id order
    for (const auto& [sha, docs] : by_content) {
      const int64_t keeper = docs.front().id;
      for (const Old& d : docs) {
        paths.emplace_back(keeper, d.path);
        if (d.id == keeper) continue;
        auto relink = db.prepare("UPDATE refs SET cited_doc_id = ?1 WHERE cited_doc_id = ?2");
        relink.bind(1, keeper).bind(2, d.id).run();
        auto versions = db.prepare("UPDATE document_versions SET document_id = ?1 WHERE document_id = ?2");
        versions.bind(1, keeper).bind(2, d.id).run();
        drop_v1_document(db, d.id);
      }
    }
    db.exec(
        "INSERT INTO documents(id, path, sha256, bytes, doc_type, number, number_key, year, issuer, issued_date,"
        " place, title, error, ingested_at) SELECT id, path, sha256, bytes, doc_type, number, number_key, year, issuer,"
        " issued_date, place, title, error, ingested_at FROM documents_v1 ORDER BY id;"
        " DROP TABLE documents_v1;");

    // Paths, canonical. Two spellings of one path held two contents: the later ingest wins.
    std::sort(paths.begin(), paths.end());
    auto add = db.prepare(
        "INSERT INTO document_paths(path, document_id, name, stem, seen_at)"
        " SELECT ?1, ?2, ?3, ?4, ingested_at FROM documents WHERE id = ?2"
        " ON CONFLICT(path) DO UPDATE SET document_id = excluded.document_id");
    auto primary = db.prepare("UPDATE documents SET path = ?2 WHERE id = ?1");
    for (const auto& [id, given] : paths) {
      const std::string canonical = canonical_document_path(given);
      add.bind(1, canonical).bind(2, id).bind(3, path_file_name(canonical)).bind(4, path_file_stem(canonical)).run();
      primary.bind(1, id).bind(2, canonical).run();
    }

    {
      auto targets = db.prepare("SELECT id, indicator, indicator_key FROM targets ORDER BY id");
      auto ins = db.prepare("INSERT INTO target_index(rowid, words) VALUES (?1, ?2)");
      while (targets.step()) {
        Target t;
        t.indicator = targets.opt_text(1);
        t.indicator_key = targets.opt_text(2);
        const std::string words = target_index_words(t);
        if (!words.empty()) ins.bind(1, targets.int64(0)).bind(2, words).run();
      }
    }
    db.exec(
        "INSERT OR IGNORE INTO agency_names(name, canonical) SELECT DISTINCT name, canonical FROM task_agencies;"
        // The year rule of version 2: else the latest date the document cites.
        " UPDATE documents SET year = (SELECT max(CAST(substr(date, 1, 4) AS INTEGER)) FROM refs"
        " WHERE refs.doc_id = documents.id AND date IS NOT NULL) WHERE year IS NULL;");
    set_meta(db, "schema_version", 2);
    tx.commit();
  }
  db.exec("PRAGMA legacy_alter_table=OFF");
  db.exec("PRAGMA foreign_keys=ON");
}

// Version 2 -> 3: the targets' official code and activity flag. Figures ingested before
// have neither (NULL, 0) until their documents are ingested again.
void migrate_2_to_3(Database& db) {
  Transaction tx(db);
  if (!has_column(db, "targets", "indicator_code")) db.exec("ALTER TABLE targets ADD COLUMN indicator_code TEXT");
  if (!has_column(db, "targets", "activity"))
    db.exec("ALTER TABLE targets ADD COLUMN activity INTEGER NOT NULL DEFAULT 0");
  set_meta(db, "schema_version", 3);
  tx.commit();
}

// An upgrade to `version` that the schema's CREATE ... IF NOT EXISTS completes: the
// columns it needs added, then `sql` (what the schema cannot say), the schema, then
// `after` (what needs the schema's new tables), in one transaction.
void migrate_to(Database& db, int version, const char* sql, const char* after = "") {
  Transaction tx(db);
  add_v4_columns(db);
  db.exec(sql);
  db.exec(kSchemaSql);
  db.exec(after);
  set_meta(db, "schema_version", version);
  tx.commit();
}

// Version 3 -> 4: laws cited by name (named_refs, and their rows in refs) and the record
// version of each document. Documents catalogued before have record_version 0: the next
// `ingest` of their files extracts them again (same content, items refreshed), which
// brings their named references.
void migrate_3_to_4(Database& db) { migrate_to(db, 4, ""); }

// Version 4 -> 5: the agency indexes of task_agencies with task_id in them, in place of
// the two without it (a prefix of the new ones).
void migrate_4_to_5(Database& db) {
  migrate_to(db, 5, "DROP INDEX IF EXISTS task_agencies_canonical; DROP INDEX IF EXISTS task_agencies_name;");
}

// Version 5 -> 6: each figure's copy of its document's place, and the covering indexes
// `series` reads figures from (targets_head, targets_key_head).
void migrate_5_to_6(Database& db) {
  migrate_to(db, 6, "UPDATE targets SET place = (SELECT place FROM documents WHERE documents.id = targets.doc_id)");
}

// Version 6 -> 7: figure_groups, the figures grouped by what `series` files and names
// them by, kept by triggers from now on; built here from the figures (after every older
// step: their triggers may have run on tables that later steps changed). targets_head
// (series' words scan read each figure's head from it) goes: the groups replace that scan.
void migrate_6_to_7(Database& db) {
  migrate_to(db, 7, "DROP INDEX IF EXISTS targets_head", kFigureGroupsFromTargetsSql);
}

// Number keys made by another catalog_number_key: recomputed from the numbers as
// written, and every reference linked again.
void rekey_numbers(Database& db) {
  Transaction tx(db);
  for (const char* table : {"documents", "refs"}) {
    const std::string t = table;  // one of two fixed names, never user text
    auto q = db.prepare("SELECT id, number FROM " + t + " WHERE number IS NOT NULL");
    auto u = db.prepare("UPDATE " + t + " SET number_key = ?2 WHERE id = ?1");
    std::vector<std::pair<int64_t, std::string>> keys;
    while (q.step()) keys.emplace_back(q.int64(0), catalog_number_key(q.text(1)));
    for (const auto& [id, key] : keys) u.bind(1, id).bind(2, key).run();
  }
  db.exec(
      "UPDATE refs SET cited_doc_id = (SELECT d.id FROM refs_dated v JOIN documents d ON d.number_key = v.number_key"
      " AND d.year = v.cited_year WHERE v.id = refs.id AND d.id != refs.doc_id ORDER BY d.id LIMIT 1)");
  set_meta(db, "number_key_version", kCatalogNumberKeyVersion);
  tx.commit();
}

bool keys_current(Database& db) {
  auto v = meta_value(db, "number_key_version");
  return v && *v == std::to_string(kCatalogNumberKeyVersion);
}

void upgrade(Database& db, int version) {
  if (version < 2) migrate_1_to_2(db);
  if (version < 3) migrate_2_to_3(db);
  if (version < 4) migrate_3_to_4(db);
  if (version < 5) migrate_4_to_5(db);
  if (version < 6) migrate_5_to_6(db);
  if (version < 7) migrate_6_to_7(db);
  if (!keys_current(db)) rekey_numbers(db);
  // The pages an upgrade wrote (new indexes: 100+ MB on a large catalog) into the catalog
  // file now: a query's read-only connection cannot checkpoint, so every query until the
  // next ingest would find them in the WAL, page by page (`series` took twice the time).
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace

int catalog_schema_version(Database& db) {
  std::set<std::string> names;
  auto q = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
  while (q.step()) names.insert(q.text(0));
  if (names.empty()) return 0;
  if (names.count("meta")) {
    auto m = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (m.step()) {
      try {
        return std::stoi(m.text(0));
      } catch (const std::exception&) {
        return -1;
      }
    }
  }
  return names.count("documents") && names.count("refs") && names.count("sentence_index") ? 1 : -1;
}

void prepare_catalog(Database& db, const std::filesystem::path& path, bool read_only) {
  const std::string name = path.string();
  int version = 0;
  try {
    version = catalog_schema_version(db);
  } catch (const SqliteError&) {
    throw CatalogError(name + " is not a vnpolicy catalog (not an SQLite database)");
  }
  if (version < 0) throw CatalogError(name + " is an SQLite database but not a vnpolicy catalog");
  if (version > kSchemaVersion)
    throw CatalogError(name + " was made by a newer vnpolicy (catalog schema " + std::to_string(version) +
                       ", this program knows up to " + std::to_string(kSchemaVersion) + ")");
  if (version == kSchemaVersion && keys_current(db)) return;
  if (!read_only) {
    if (version == 0) create_schema(db);
    else upgrade(db, version);
    return;
  }
  if (version == 0) throw CatalogError(name + " is not a vnpolicy catalog (an empty file)");
  if (!file_is_writable(path))
    throw CatalogError(name + " is a catalog of an older vnpolicy and is read-only, so it cannot be upgraded");
  Database writer(path);  // the upgrade needs a writable connection; this one is read-only
  register_fold_tokenizer(writer);
  upgrade(writer, version);
}

}  // namespace vnpolicy
