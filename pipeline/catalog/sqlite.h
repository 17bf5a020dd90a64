// Thin RAII wrapper over the SQLite C API: every statement is prepared and every
// value bound as a parameter, so no text from a document ever becomes SQL.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <sqlite3.h>

namespace vnpolicy {

class SqliteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Statements a connection prepared and finished with, kept by their SQL text so that
// the next prepare() of the same text skips parsing and planning (most of what a short
// query costs). Bounded; one connection's, used by the thread that holds it.
class StatementCache {
 public:
  ~StatementCache();
  sqlite3_stmt* take(std::string_view sql);
  void give_back(sqlite3_stmt* stmt) noexcept;  // reset, or finalized when not kept

 private:
  static constexpr size_t kMaxKept = 128;
  std::map<std::string, sqlite3_stmt*, std::less<>> idle_;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  // Taken from `cache` (or prepared) and given back to it when destroyed.
  Statement(sqlite3* db, std::string_view sql, const std::shared_ptr<StatementCache>& cache);
  ~Statement();
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_), cache_(std::move(o.cache_)) { o.stmt_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::nullptr_t);
  Statement& bind(int i, int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind(int i, double v);
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  template <class T>
  Statement& bind(int i, const std::optional<T>& v) { return v ? bind(i, *v) : bind(i, nullptr); }

  // A pointer for an SQL function of ours (sqlite3_bind_pointer): never SQL text.
  Statement& bind_pointer(int i, void* p, const char* type);

  bool step();         // true while a row is available
  void run();          // step to completion
  void reset();        // ready to bind and run again

  bool is_null(int col) const;
  int64_t int64(int col) const;
  double real(int col) const;
  std::string text(int col) const;
  // A column's bytes (BLOB or text), valid until the next step() or reset().
  std::string_view blob(int col) const;
  std::optional<std::string> opt_text(int col) const;
  std::optional<int64_t> opt_int64(int col) const;
  std::optional<double> opt_real(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  std::weak_ptr<StatementCache> cache_;  // gone with its connection: then finalized
};

class Database {
 public:
  explicit Database(const std::filesystem::path& path, bool read_only = false);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(std::string_view sql);  // for fixed SQL only (schema, pragmas, BEGIN/COMMIT)
  // Reuses the statement a finished prepare() of the same text left (StatementCache).
  Statement prepare(std::string_view sql) { return Statement(db_, sql, statements_); }
  int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }
  sqlite3* handle() const { return db_; }
  bool in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

 private:
  sqlite3* db_ = nullptr;
  std::shared_ptr<StatementCache> statements_ = std::make_shared<StatementCache>();
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when destroyed without commit().
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

// SAVEPOINT ... RELEASE inside an open transaction, rolled back to when destroyed
// without release(): one document of a batch fails without undoing the others.
class Savepoint {
 public:
  explicit Savepoint(Database& db);
  ~Savepoint();
  void release();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace vnpolicy
