// Answers the server already rendered, kept for the next request that asks the same
// thing of the same catalog. A page costs milliseconds of SQL and HTML; sending a kept
// one costs a copy. Two things make a kept answer wrong, and both are part of its key:
// the catalog changed (an ingest committed beside the server: CatalogGeneration moves
// and every kept answer is dropped at once) and the day changed (what is overdue).
#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "catalog/sqlite.h"

namespace vnpolicy::views {

// Counts the states of the catalog this server has seen: grows each time another
// connection (an ingest, the sqlite3 shell) commits. Read through a connection of its
// own, so the number is comparable from one request to the next (PRAGMA data_version
// is only comparable on one connection).
class CatalogGeneration {
 public:
  explicit CatalogGeneration(const std::filesystem::path& db);
  uint64_t current();

 private:
  std::mutex mutex_;
  Database db_;
  int64_t data_version_ = -1;
  uint64_t generation_ = 0;
};

struct CachedAnswer {
  int status = 200;
  std::string content_type;
  std::string body;
};

// Least-recently-used answers, bounded by the bytes they hold (keys and bodies), of one
// catalog generation: an answer of an older one is never returned and a newer one
// empties the cache. Safe to use from every request thread.
class ResponseCache {
 public:
  // max_bytes 0: keeps nothing.
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  std::shared_ptr<const CachedAnswer> find(const std::string& key, uint64_t generation);
  // An answer larger than an eighth of the bound is not kept (it would push out many).
  void store(const std::string& key, uint64_t generation, CachedAnswer answer);

  struct Stats {
    size_t entries = 0;
    size_t bytes = 0;
    uint64_t hits = 0;
    uint64_t misses = 0;
  };
  Stats stats() const;
  size_t max_bytes() const { return max_bytes_; }

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const CachedAnswer> answer;
    size_t bytes;
  };
  void start_generation(uint64_t generation);  // holding mutex_
  void evict_to(size_t bytes);                 // holding mutex_

  const size_t max_bytes_;
  mutable std::mutex mutex_;
  uint64_t generation_ = 0;
  std::list<Entry> order_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  size_t bytes_ = 0;
  uint64_t hits_ = 0, misses_ = 0;
};

}  // namespace vnpolicy::views
