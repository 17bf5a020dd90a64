// Stage 6 — catalog: records into SQLite, one transaction per document.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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
  int64_t sentences = 0;  // rows of the full-text index
};

// One row of the full-text index (see sentence_index in db/schema.sql).
struct IndexedSentence {
  int line = 0;      // original 1-based line; 0 = not from the file's text (a title)
  std::string text;  // as matched: tone marks in one convention
};

// sentence_index rowids: document id * kSentenceRowsPerDocument + sentence number.
inline constexpr int64_t kSentenceRowsPerDocument = int64_t{1} << 24;

class Catalog {
 public:
  // Opens (creating when needed, with its parent folder) a catalog; WAL mode so that
  // readers work while an ingest writes. Registers the sentence index's tokenizer.
  explicit Catalog(const std::filesystem::path& path, bool read_only = false);

  // Stores a record (without error) atomically: all of its items or nothing.
  // Same path and same sha256 -> Unchanged; same path, new content -> Replaced (the
  // old version's sha256 goes to document_versions). `sentences` (at most
  // kSentenceRowsPerDocument) replace the document's rows of the full-text index.
  // Inside a Batch it uses a savepoint instead, and the document's sentences are
  // indexed when the batch commits.
  StoreResult store(const Record& record, const std::vector<IndexedSentence>& sentences = {});

  // The sha256 stored for a path, if the path is catalogued.
  std::optional<std::string> stored_sha256(const std::string& path);

  CatalogCounts counts();
  Database& db() { return db_; }

  // Many documents in one transaction. The full-text rows of the batch are inserted
  // together just before it commits: FTS5 writes its pending terms to disk at every
  // savepoint, so rows inserted document by document would each make a small index
  // segment that FTS5 must merge later. Destroyed without commit(): rolled back.
  class Batch {
   public:
    explicit Batch(Catalog& catalog);
    ~Batch();
    void commit();

   private:
    Catalog& catalog_;
    Transaction tx_;
  };

  // The year a document is known by: from its number's symbol, else its issue date.
  static std::optional<int> document_year(const DocumentHeader& h);

 private:
  // A prepared statement kept for the life of the catalog (store() runs the same few
  // statements for every document), reset and ready to bind.
  Statement& statement(const std::string& sql);
  void insert_items(int64_t doc_id, const Record& r);
  using SentenceRows = std::vector<std::pair<int64_t, IndexedSentence>>;  // rowid, row
  static SentenceRows sentence_rows_of(int64_t doc_id, const std::vector<IndexedSentence>& sentences);
  void insert_sentence_rows(const SentenceRows& rows);
  int link_references(int64_t doc_id, const Record& r);
  void drop_pending_rows(int64_t doc_id);  // a document replaced within the open batch
  Database db_;
  bool in_batch_ = false;
  SentenceRows pending_rows_;  // the open batch's full-text rows, inserted at its commit
  std::map<std::string, std::unique_ptr<Statement>> statements_;  // after db_: finalized first
};

// Default catalog path: $VNPOLICY_DB, else db/catalog.sqlite under the working directory.
std::filesystem::path default_catalog_path();

}  // namespace vnpolicy
