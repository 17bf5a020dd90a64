// The vnpolicy_fold tokenizer as a loadable SQLite extension, so that the sqlite3 shell,
// sqlite-utils and any SQLite client can search a catalog's full-text indexes:
//   sqlite3 catalog.sqlite ".load build/vnpolicy_fold" "select ... match 'rung'"
// It registers the very tokenizer the program uses (fts_tokenizer.cpp, linked in, not
// copied) and calls SQLite only through the routines the host passes in.
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "catalog/fts_tokenizer.h"

namespace {

fts5_api* fts5_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

// The entry point SQLite derives from the file name vnpolicy_fold.so.
extern "C" int sqlite3_vnpolicyfold_init(sqlite3* db, char** error, const sqlite3_api_routines* routines) {
  SQLITE_EXTENSION_INIT2(routines);
  fts5_api* api = fts5_of(db);
  if (!api) {
    if (error) *error = sqlite3_mprintf("vnpolicy_fold: this SQLite has no FTS5");
    return SQLITE_ERROR;
  }
  bool ok = false;
  try {
    ok = vnpolicy::register_fold_tokenizer(api);
  } catch (...) {
  }
  if (!ok) {
    if (error) *error = sqlite3_mprintf("vnpolicy_fold: FTS5 refused the tokenizer");
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

// The generic entry point, for hosts that look for it whatever the file is called.
extern "C" int sqlite3_extension_init(sqlite3* db, char** error, const sqlite3_api_routines* routines) {
  return sqlite3_vnpolicyfold_init(db, error, routines);
}
