// Stage 6 — catalog: records into SQLite, one transaction per document (or per batch).
// This is the writer; everything that reads the catalog goes through catalog/queries/.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>
#include <string>
#include <vector>

#include "catalog/sqlite.h"
#include "core/record.h"

namespace vnpolicy {

// A catalog that cannot be used, in one sentence naming the path: "x.pdf is not a
// vnpolicy catalog", "no catalog at ...", "... is read-only". The CLI prints it and
// exits 2.
class CatalogError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What store() did with a record. A document is its content (sha256): Moved and Copied
// are content already catalogued, seen at a new path (the old path gone, or still there).
enum class StoreStatus { Added, Replaced, Unchanged, Moved, Copied };

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

// The version of the records a catalog stores items from: raised when records carry items
// the catalog did not keep before (1: named references), so that `ingest` extracts again
// documents whose file is unchanged but whose items came from an older record.
inline constexpr int kRecordVersion = 1;

// A law name and adoption date cited somewhere (named_refs.name_key, date): the unit the
// catalog resolves named references by.
using LawNameDate = std::pair<std::string, std::string>;

// sentence_index rowids: document id * kSentenceRowsPerDocument + sentence number.
inline constexpr int64_t kSentenceRowsPerDocument = int64_t{1} << 24;

struct PruneResult {
  std::vector<std::string> paths_dropped;  // paths whose file is gone
  std::vector<int64_t> documents_removed;  // documents left with no path
};

class Catalog {
 public:
  struct Options {
    bool read_only = false;
    // Create missing parent folders (for the per-user default catalog). A path the user
    // gave in a missing folder is an error instead: a typo should not make folders.
    bool create_parent = false;
  };
  // Opens a catalog, creating it when it does not exist (unless read-only) and
  // migrating an older schema (see catalog/migrate.h). WAL mode, so readers work while
  // an ingest writes. Throws CatalogError for a path that cannot be a catalog.
  Catalog(const std::filesystem::path& path, Options options);
  // For programs and tests: missing parent folders are made.
  explicit Catalog(const std::filesystem::path& path, bool read_only = false)
      : Catalog(path, Options{read_only, true}) {}

  // Stores a record (without error) atomically: all of its items or nothing. The record's
  // path is made canonical (catalog/identity.h). At a catalogued path with the same
  // sha256 -> Unchanged; with new content -> Replaced (the old sha256 goes to
  // document_versions, the id stays). Content already catalogued under another path ->
  // Moved (its other paths that are gone are dropped) or Copied (they are still there):
  // the path joins that document. `sentences` (at most kSentenceRowsPerDocument) replace
  // the document's rows of the full-text index; `text` is the text as read (NULL for a
  // record without its file). Inside a Batch it uses a savepoint, and the document's
  // sentences are indexed when the batch commits.
  StoreResult store(const Record& record, const std::vector<IndexedSentence>& sentences = {},
                    const std::optional<std::string>& text = std::nullopt);

  // Removes documents and all of their items, paths and index rows, in one transaction
  // (or inside the open one). References from other documents to them become unlinked.
  void remove(const std::vector<int64_t>& ids);

  // Drops the catalogued paths whose file no longer exists (those under `under`, every
  // path when empty) and removes the documents left with no path, in one transaction.
  PruneResult prune(const std::vector<std::string>& under = {});

  // The sha256 stored for a path (made canonical), if the path is catalogued.
  std::optional<std::string> stored_sha256(const std::string& path);
  // Whether some document has this content.
  bool has_content(const std::string& sha256);

  CatalogCounts counts();
  Database& db() { return db_; }
  const std::filesystem::path& path() const { return path_; }

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

  // The year a document is known by: from its number's symbol, else its issue date,
  // else the year of its header's date line, else the latest date it cites (a document
  // is issued on or after every dated document it cites).
  static std::optional<int> document_year(const Record& record);

 private:
  struct AtPath {
    int64_t id = 0;
    std::string sha256;
    int64_t bytes = 0;
    std::string ingested_at;
    int64_t record_version = 0;
  };
  // A prepared statement kept for the life of the catalog (store() runs the same few
  // statements for every document), reset and ready to bind.
  Statement& statement(const std::string& sql);
  std::optional<AtPath> document_at(const std::string& canonical_path);
  std::optional<int64_t> document_with_content(const std::string& sha256);
  StoreResult join_content(int64_t id, const std::string& canonical_path, const std::string& now);
  void add_path(int64_t id, const std::string& canonical_path, const std::string& now);
  void detach_path(int64_t id, const std::string& canonical_path);
  void clear_items(int64_t id);  // items, index rows and links of a document being replaced or removed
  void insert_items(int64_t doc_id, const Record& r);
  void insert_content(int64_t doc_id, const Record& r, const std::optional<std::string>& text);
  using SentenceRows = std::vector<std::pair<int64_t, IndexedSentence>>;  // rowid, row
  static SentenceRows sentence_rows_of(int64_t doc_id, const std::vector<IndexedSentence>& sentences);
  void insert_sentence_rows(const SentenceRows& rows);
  int link_references(int64_t doc_id, const Record& r);
  // Laws cited by name (catalog/named_refs.cpp). insert_named_refs stores a record's named
  // references and links the resolved ones through refs rows; law_names_of lists the names
  // and dates a document cites or is; resolve_named_from_catalog resolves, or undoes, the
  // catalog's resolution of every unresolved mention of those names and dates.
  void insert_named_refs(int64_t doc_id, const Record& r);
  std::set<LawNameDate> law_names_of(int64_t doc_id);
  void resolve_named_from_catalog(const std::set<LawNameDate>& names);
  void write_named_ref_row(int64_t named_ref_id);  // its refs row: made, replaced or dropped
  void drop_pending_rows(int64_t doc_id);  // a document replaced within the open batch
  void remove_in_transaction(int64_t id);
  std::filesystem::path path_;
  Database db_;
  bool in_batch_ = false;
  SentenceRows pending_rows_;  // the open batch's full-text rows, inserted at its commit
  std::map<std::string, std::unique_ptr<Statement>> statements_;  // after db_: finalized first
};

const char* to_string(StoreStatus s);

// The words target_index holds for a target (rowid = targets.id): its indicator and key.
std::string target_index_words(const Target& t);

// The catalog used when --db is not given: $VNPOLICY_DB, else the per-user data path
// $XDG_DATA_HOME/vnpolicy/catalog.sqlite (XDG_DATA_HOME defaults to ~/.local/share), the
// same from any folder.
std::filesystem::path default_catalog_path();

}  // namespace vnpolicy
