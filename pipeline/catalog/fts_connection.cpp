// The tokenizer registered on one of the program's connections. Kept apart from
// fts_tokenizer.cpp, which the loadable extension (fts_extension.cpp) links without
// linking SQLite itself.
#include "catalog/fts_tokenizer.h"
#include "catalog/sqlite.h"

namespace vnpolicy {
namespace {

fts5_api* fts5_of(Database& db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

void register_fold_tokenizer(Database& db, const AccentFolder* shared) {
  fts5_api* api = fts5_of(db);
  if (!api) throw SqliteError("this SQLite has no FTS5");
  if (!register_fold_tokenizer(api, shared)) throw SqliteError("cannot register the FTS5 tokenizer vnpolicy_fold");
}

}  // namespace vnpolicy
