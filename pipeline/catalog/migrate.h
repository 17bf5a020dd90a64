// The catalog's schema version (meta.schema_version) and the migrations that bring an
// older catalog to it. Version 1: the schema before versions were recorded (documents
// keyed by the path as given). Version 2: documents are their content at canonical
// paths (document_paths), text and page map kept, target and agency-name indexes.
// Version 3: targets carry indicator_code and activity (resolve/indicator_lexicon).
// Version 4: laws cited by name (named_refs; resolved ones linked through refs rows) and
// documents.record_version (items from an older record are extracted again at ingest).
// Version 5: the task agency indexes carry task_id (covering `tasks --agency`).
// Version 6: covering indexes of the figures' heads and the documents' places (`series`).
// Version 7: figure_groups (the figures grouped as `series` files them), kept by triggers.
#pragma once
#include <filesystem>

#include "catalog/sqlite.h"

namespace vnpolicy {

inline constexpr int kSchemaVersion = 7;

// Fills figure_groups and its word index from the targets (emptied first): what the
// triggers of db/schema.sql keep figure by figure.
inline constexpr const char* kFigureGroupsFromTargetsSql =
    "DELETE FROM figure_groups; DELETE FROM figure_group_index;"
    " INSERT INTO figure_groups(indicator, indicator_key, place, year, kind, activity, indicator_code, figures,"
    " first_id, last_id, last_doc, last_doc_first_id)"
    " SELECT indicator, indicator_key, place, year, kind, activity, indicator_code, COUNT(*), min(id), max(id), 0, 0"
    " FROM targets WHERE indicator_key IS NOT NULL"
    " GROUP BY indicator_key, indicator, place, year, kind, activity, indicator_code;"
    " UPDATE figure_groups SET last_doc = (SELECT doc_id FROM targets WHERE id = last_id);"
    " UPDATE figure_groups SET last_doc_first_id = (SELECT min(t.id) FROM targets t INDEXED BY targets_group"
    " WHERE t.indicator_key = figure_groups.indicator_key AND t.indicator IS figure_groups.indicator"
    " AND t.place IS figure_groups.place AND t.year IS figure_groups.year AND t.kind = figure_groups.kind"
    " AND t.activity = figure_groups.activity AND t.indicator_code IS figure_groups.indicator_code"
    " AND t.id >= (SELECT min(id) FROM targets WHERE doc_id = figure_groups.last_doc));"
    " INSERT INTO figure_group_index(rowid, words)"
    " SELECT id, coalesce(indicator, '') || ' ' || indicator_key FROM figure_groups;";

// The version of the catalog behind `db`: 0 for an empty database (a new catalog), -1
// for an SQLite database that is not a vnpolicy catalog. Throws SqliteError for a file
// that is not an SQLite database.
int catalog_schema_version(Database& db);

// Makes `db` a current catalog: creates the schema in an empty database, migrates an
// older one (each step one transaction; opened read-only, through a second, writable
// connection), and re-keys cited numbers made by another kCatalogNumberKeyVersion.
// Throws CatalogError (naming `path`) for a file that is not a catalog, a catalog made
// by a newer vnpolicy, or an old catalog that cannot be written to upgrade it.
void prepare_catalog(Database& db, const std::filesystem::path& path, bool read_only);

}  // namespace vnpolicy
