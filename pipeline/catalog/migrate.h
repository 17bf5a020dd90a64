// The catalog's schema version (meta.schema_version) and the migrations that bring an
// older catalog to it. Version 1: the schema before versions were recorded (documents
// keyed by the path as given). Version 2: documents are their content at canonical
// paths (document_paths), text and page map kept, target and agency-name indexes.
// Version 3: targets carry indicator_code and activity (resolve/indicator_lexicon).
// Version 4: laws cited by name (named_refs; resolved ones linked through refs rows) and
// documents.record_version (items from an older record are extracted again at ingest).
// Version 5: the task agency indexes carry task_id (covering `tasks --agency`).
// Version 6: covering indexes of the figures' heads and the documents' places (`series`).
#pragma once
#include <filesystem>

#include "catalog/sqlite.h"

namespace vnpolicy {

inline constexpr int kSchemaVersion = 6;

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
