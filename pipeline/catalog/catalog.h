// Stage 6 — catalog: records into SQLite, one transaction per document.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "catalog/sqlite.h"
#include "core/record.h"

namespace vnpolicy {

enum class StoreStatus { Added, Replaced, Unchanged };

struct StoreResult {
  StoreStatus status = StoreStatus::Added;
  int64_t document_id = 0;
  int links_made = 0;  // references (from any document) newly linked to their cited document
};

struct CatalogCounts {
  int64_t documents = 0, references = 0, linked_references = 0, targets = 0, deadlines = 0, tasks = 0;
};

class Catalog {
 public:
  // Opens (creating when needed, with its parent folder) a catalog; WAL mode so that
  // readers work while an ingest writes.
  explicit Catalog(const std::filesystem::path& path, bool read_only = false);

  // Stores a record (without error) atomically: all of its items or nothing.
  // Same path and same sha256 -> Unchanged; same path, new content -> Replaced (the
  // old version's sha256 goes to document_versions).
  StoreResult store(const Record& record);

  CatalogCounts counts();
  Database& db() { return db_; }

  // The year a document is known by: from its number's symbol, else its issue date.
  static std::optional<int> document_year(const DocumentHeader& h);

 private:
  void insert_items(int64_t doc_id, const Record& r);
  int link_references(int64_t doc_id, const Record& r);
  Database db_;
};

// Default catalog path: $VNPOLICY_DB, else db/catalog.sqlite under the working directory.
std::filesystem::path default_catalog_path();

}  // namespace vnpolicy
