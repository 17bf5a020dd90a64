#include "catalog/sqlite.h"

namespace vnpolicy {

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
    throw SqliteError(std::string("SQL prepare failed: ") + sqlite3_errmsg(db) + " in: " + std::string(sql));
}
Statement::Statement(sqlite3* db, std::string_view sql, const std::shared_ptr<StatementCache>& cache)
    : db_(db), cache_(cache) {
  stmt_ = cache->take(sql);
  if (stmt_) return;
  if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
      SQLITE_OK)
    throw SqliteError(std::string("SQL prepare failed: ") + sqlite3_errmsg(db) + " in: " + std::string(sql));
}
Statement::~Statement() {
  if (!stmt_) return;
  if (auto cache = cache_.lock())
    cache->give_back(stmt_);
  else
    sqlite3_finalize(stmt_);
}

StatementCache::~StatementCache() {
  for (auto& [sql, stmt] : idle_) sqlite3_finalize(stmt);
}

sqlite3_stmt* StatementCache::take(std::string_view sql) {
  auto it = idle_.find(sql);
  if (it == idle_.end()) return nullptr;
  sqlite3_stmt* stmt = it->second;
  idle_.erase(it);
  return stmt;
}

void StatementCache::give_back(sqlite3_stmt* stmt) noexcept {
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  const char* sql = sqlite3_sql(stmt);
  try {
    if (sql && idle_.size() < kMaxKept && idle_.emplace(sql, stmt).second) return;
  } catch (...) {
  }
  sqlite3_finalize(stmt);  // not kept: full, or the same text already kept
}

namespace {
void check_bind(sqlite3* db, int rc) {
  if (rc != SQLITE_OK) throw SqliteError(std::string("SQL bind failed: ") + sqlite3_errmsg(db));
}
}  // namespace

Statement& Statement::bind(int i, std::nullptr_t) { check_bind(db_, sqlite3_bind_null(stmt_, i)); return *this; }
Statement& Statement::bind(int i, int64_t v) { check_bind(db_, sqlite3_bind_int64(stmt_, i, v)); return *this; }
Statement& Statement::bind(int i, double v) { check_bind(db_, sqlite3_bind_double(stmt_, i, v)); return *this; }
Statement& Statement::bind(int i, std::string_view v) {
  check_bind(db_, sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  return *this;
}

Statement& Statement::bind_pointer(int i, void* p, const char* type) {
  check_bind(db_, sqlite3_bind_pointer(stmt_, i, p, type, nullptr));
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw SqliteError(std::string("SQL step failed: ") + sqlite3_errmsg(db_));
}
void Statement::run() { while (step()) {} reset(); }
void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
int64_t Statement::int64(int c) const { return sqlite3_column_int64(stmt_, c); }
double Statement::real(int c) const { return sqlite3_column_double(stmt_, c); }
std::string Statement::text(int c) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
  return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))) : std::string();
}
std::string_view Statement::blob(int c) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, c));
  return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))) : std::string_view();
}
std::optional<std::string> Statement::opt_text(int c) const { return is_null(c) ? std::nullopt : std::optional(text(c)); }
std::optional<int64_t> Statement::opt_int64(int c) const { return is_null(c) ? std::nullopt : std::optional(int64(c)); }
std::optional<double> Statement::opt_real(int c) const { return is_null(c) ? std::nullopt : std::optional(real(c)); }

Database::Database(const std::filesystem::path& path, bool read_only) {
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw SqliteError("cannot open catalog " + path.string() + ": " + msg);
  }
  sqlite3_busy_timeout(db_, 10000);
  sqlite3_extended_result_codes(db_, 1);
}
Database::~Database() {
  statements_.reset();  // finalizes the kept statements; a live Statement finalizes its own
  sqlite3_close_v2(db_);
}

void Database::exec(std::string_view sql) {
  char* err = nullptr;
  std::string s(sql);
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw SqliteError("SQL failed: " + msg);
  }
}

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
Transaction::~Transaction() {
  if (!done_) {
    try { db_.exec("ROLLBACK"); } catch (...) {}
  }
}
void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

Savepoint::Savepoint(Database& db) : db_(db) { db_.exec("SAVEPOINT vnpolicy_store"); }
Savepoint::~Savepoint() {
  if (!done_) {
    try { db_.exec("ROLLBACK TO vnpolicy_store; RELEASE vnpolicy_store"); } catch (...) {}
  }
}
void Savepoint::release() {
  db_.exec("RELEASE vnpolicy_store");
  done_ = true;
}

}  // namespace vnpolicy
