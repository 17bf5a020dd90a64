// The catalog: opening it, the documents' paths and content identity, storing, removing
// and pruning documents in transactions. Writing a document's rows: catalog_rows.cpp.
#include "catalog/catalog.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <stdexcept>

#include "catalog/fts_tokenizer.h"
#include "catalog/identity.h"
#include "catalog/migrate.h"
#include "core/keys.h"

namespace vnpolicy {
namespace {

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Refuses, in one sentence, a path that cannot be opened as asked (before SQLite would
// create folders, print raw SQL errors or "disk I/O error").
void check_catalog_path(const std::filesystem::path& path, const Catalog::Options& o) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto st = fs::status(path, ec);
  if (fs::is_directory(st)) throw CatalogError(path.string() + " is a folder, not a catalog file");
  if (fs::exists(st)) {
    if (!fs::is_regular_file(st)) throw CatalogError(path.string() + " is not a regular file, so not a catalog");
    if (!o.read_only && !file_is_writable(path))
      throw CatalogError(path.string() + " is read-only: cannot write to this catalog");
    return;
  }
  if (o.read_only) throw CatalogError("no catalog at " + path.string() + " (run `vnpolicy ingest` first)");
  const fs::path parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!fs::exists(parent, ec)) {
    if (!o.create_parent)
      throw CatalogError("cannot create the catalog " + path.string() + ": the folder " + parent.string() +
                         " does not exist");
    fs::create_directories(parent, ec);
    if (ec) throw CatalogError("cannot create the folder " + parent.string() + " for the catalog: " + ec.message());
  } else if (!fs::is_directory(parent, ec)) {
    throw CatalogError("cannot create the catalog " + path.string() + ": " + parent.string() + " is not a folder");
  }
  if (::access(parent.c_str(), W_OK) != 0)
    throw CatalogError("cannot create the catalog " + path.string() + ": the folder " + parent.string() +
                       " is read-only");
}

}  // namespace

const char* to_string(StoreStatus s) {
  switch (s) {
    case StoreStatus::Added: return "added";
    case StoreStatus::Replaced: return "replaced";
    case StoreStatus::Unchanged: return "unchanged";
    case StoreStatus::Moved: return "moved";
    case StoreStatus::Copied: return "copy";
  }
  return "?";
}

std::filesystem::path default_catalog_path() {
  if (const char* env = std::getenv("VNPOLICY_DB"); env && *env) return env;
  std::filesystem::path data;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') data = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home) data = std::filesystem::path(home) / ".local" / "share";
  else data = std::filesystem::temp_directory_path();
  return data / "vnpolicy" / "catalog.sqlite";
}

std::optional<int> Catalog::document_year(const Record& r) {
  const DocumentHeader& h = r.document;
  if (h.number)
    if (auto y = year_in_number(*h.number)) return y;
  if (h.issued_date && h.issued_date->size() >= 4) return std::stoi(h.issued_date->substr(0, 4));
  if (h.year) return h.year;
  std::optional<int> latest;
  for (const auto& ref : r.references)
    if (ref.date && ref.date->size() >= 4) latest = std::max(latest.value_or(0), std::stoi(ref.date->substr(0, 4)));
  return latest;
}

Catalog::Catalog(const std::filesystem::path& path, Options options)
    : path_(path), db_([&] {
        check_catalog_path(path, options);
        return path;
      }(), options.read_only) {
  register_fold_tokenizer(db_);
  if (!options.read_only) {
    db_.exec("PRAGMA foreign_keys=ON");
    db_.exec("PRAGMA synchronous=NORMAL");
    // 16 MB of pages for the writer (default 2 MB): a batch's figures land on random pages
    // of targets_group and figure_groups, which a small cache writes out to the WAL again
    // and again (10k records: writer CPU +42% over schema 6 with 2 MB, +17% with this).
    db_.exec("PRAGMA cache_size=-16384");
  }
  prepare_catalog(db_, path, options.read_only);
}

std::optional<Catalog::AtPath> Catalog::document_at(const std::string& canonical) {
  auto& q = statement(
      "SELECT d.id, d.sha256, d.bytes, d.ingested_at, d.record_version FROM document_paths p"
      " JOIN documents d ON d.id = p.document_id WHERE p.path = ?1");
  q.bind(1, canonical);
  std::optional<AtPath> at;
  if (q.step()) at = AtPath{q.int64(0), q.text(1), q.int64(2), q.text(3), q.int64(4)};
  q.reset();
  return at;
}

std::optional<int64_t> Catalog::document_with_content(const std::string& sha256) {
  auto& q = statement("SELECT id FROM documents WHERE sha256 = ?1");
  q.bind(1, sha256);
  std::optional<int64_t> id;
  if (q.step()) id = q.int64(0);
  q.reset();
  return id;
}

std::optional<std::string> Catalog::stored_sha256(const std::string& path) {
  auto at = document_at(canonical_document_path(path));
  return at ? std::optional(at->sha256) : std::nullopt;
}

bool Catalog::has_content(const std::string& sha256) { return document_with_content(sha256).has_value(); }

void Catalog::add_path(int64_t id, const std::string& canonical, const std::string& now) {
  auto& ins = statement(
      "INSERT INTO document_paths(path, document_id, name, stem, seen_at) VALUES (?1,?2,?3,?4,?5)"
      " ON CONFLICT(path) DO UPDATE SET document_id = excluded.document_id, seen_at = excluded.seen_at");
  ins.bind(1, canonical).bind(2, id).bind(3, path_file_name(canonical)).bind(4, path_file_stem(canonical)).bind(5, now)
      .run();
  auto& primary = statement("UPDATE documents SET path = ?2 WHERE id = ?1");
  primary.bind(1, id).bind(2, canonical).run();
}

void Catalog::detach_path(int64_t id, const std::string& canonical) {
  auto& del = statement("DELETE FROM document_paths WHERE path = ?1 AND document_id = ?2");
  del.bind(1, canonical).bind(2, id).run();
  // The document is shown by one of the paths it still has.
  auto& primary = statement(
      "UPDATE documents SET path = (SELECT path FROM document_paths WHERE document_id = ?1 ORDER BY seen_at DESC, path"
      " LIMIT 1) WHERE id = ?1 AND EXISTS (SELECT 1 FROM document_paths WHERE document_id = ?1)");
  primary.bind(1, id).run();
}

StoreResult Catalog::join_content(int64_t id, const std::string& canonical, const std::string& now) {
  // Its other paths whose file is gone: the file was moved or renamed.
  std::vector<std::string> gone;
  {
    auto& q = statement("SELECT path FROM document_paths WHERE document_id = ?1");
    q.bind(1, id);
    while (q.step()) {
      std::string p = q.text(0);
      std::error_code ec;
      if (p != canonical && !std::filesystem::exists(p, ec)) gone.push_back(std::move(p));
    }
    q.reset();
  }
  for (const auto& p : gone) {
    auto& del = statement("DELETE FROM document_paths WHERE path = ?1");
    del.bind(1, p).run();
  }
  add_path(id, canonical, now);
  StoreResult result;
  result.document_id = id;
  result.status = gone.empty() ? StoreStatus::Copied : StoreStatus::Moved;
  return result;
}

StoreResult Catalog::store(const Record& r, const std::vector<IndexedSentence>& sentences,
                           const std::optional<std::string>& text) {
  StoreResult result;
  // A document on its own is one transaction; inside a caller's batch, a savepoint.
  std::optional<Transaction> own_tx;
  std::optional<Savepoint> in_batch;
  if (db_.in_transaction())
    in_batch.emplace(db_);
  else
    own_tx.emplace(db_);
  auto commit = [&] { own_tx ? own_tx->commit() : in_batch->release(); };
  const std::string now = now_utc();
  const std::string canonical = canonical_document_path(r.source.path);
  const auto& d = r.document;
  std::optional<std::string> number_key = d.number ? std::optional(catalog_number_key(*d.number)) : std::nullopt;
  std::optional<int> year = document_year(r);

  std::optional<AtPath> at = document_at(canonical);
  // Same content whose items came from an older record: extracted again, in place.
  const bool refresh = at && at->sha256 == r.source.sha256;
  if (refresh && at->record_version >= kRecordVersion) {
    result.status = StoreStatus::Unchanged;
    result.document_id = at->id;
    commit();
    return result;
  }
  std::set<LawNameDate> law_names;  // named references to resolve again once stored
  if (auto same = refresh ? std::nullopt : document_with_content(r.source.sha256)) {
    // Known content at a new path. The document that was at this path (other content)
    // loses the path; left with none, its content is nowhere any more.
    if (at) {
      detach_path(at->id, canonical);
      auto& left = statement("SELECT COUNT(*) FROM document_paths WHERE document_id = ?1");
      left.bind(1, at->id);
      const bool orphan = left.step() && left.int64(0) == 0;
      left.reset();
      if (orphan) remove_in_transaction(at->id);
    }
    result = join_content(*same, canonical, now);
    commit();
    return result;
  }
  bool replace = refresh;
  if (at && !refresh) {
    // New content at a catalogued path: the document is replaced, unless it lives on at
    // another path (then this path leaves it and the content is a new document).
    auto& others = statement("SELECT COUNT(*) FROM document_paths WHERE document_id = ?1 AND path != ?2");
    others.bind(1, at->id).bind(2, canonical);
    replace = others.step() && others.int64(0) == 0;
    others.reset();
    if (!replace) detach_path(at->id, canonical);
  }
  if (replace) {
    if (!refresh) {
      auto& v = statement(
          "INSERT INTO document_versions(document_id, sha256, bytes, ingested_at, replaced_at) VALUES (?1,?2,?3,?4,?5)");
      v.bind(1, at->id).bind(2, at->sha256).bind(3, at->bytes).bind(4, at->ingested_at).bind(5, now).run();
    }
    result.status = StoreStatus::Replaced;
    law_names = law_names_of(at->id);
    clear_items(at->id);
    auto& u = statement(
        "UPDATE documents SET sha256=?2, bytes=?3, doc_type=?4, number=?5, number_key=?6, year=?7, issuer=?8,"
        " issued_date=?9, place=?10, title=?11, error=NULL, format=?12, encoding=?13, ocr=?14, ingested_at=?15,"
        " record_version=?16 WHERE id=?1");
    u.bind(1, at->id).bind(2, r.source.sha256).bind(3, static_cast<int64_t>(r.source.bytes)).bind(4, d.doc_type)
        .bind(5, d.number).bind(6, number_key).bind(7, year).bind(8, d.issuer).bind(9, d.issued_date)
        .bind(10, d.place).bind(11, d.title).bind(12, r.source.format).bind(13, r.source.encoding)
        .bind(14, static_cast<int64_t>(r.source.ocr)).bind(15, now).bind(16, int64_t{kRecordVersion}).run();
    result.document_id = at->id;
    add_path(at->id, canonical, now);
  } else {
    auto& ins = statement(
        "INSERT INTO documents(path, sha256, bytes, doc_type, number, number_key, year, issuer, issued_date, place,"
        " title, format, encoding, ocr, ingested_at, record_version)"
        " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)");
    ins.bind(1, canonical).bind(2, r.source.sha256).bind(3, static_cast<int64_t>(r.source.bytes))
        .bind(4, d.doc_type).bind(5, d.number).bind(6, number_key).bind(7, year).bind(8, d.issuer)
        .bind(9, d.issued_date).bind(10, d.place).bind(11, d.title).bind(12, r.source.format)
        .bind(13, r.source.encoding).bind(14, static_cast<int64_t>(r.source.ocr)).bind(15, now)
        .bind(16, int64_t{kRecordVersion}).run();
    result.document_id = db_.last_insert_id();
    add_path(result.document_id, canonical, now);
  }
  insert_content(result.document_id, r, text);
  insert_items(result.document_id, r);
  SentenceRows rows = sentence_rows_of(result.document_id, sentences);  // throws before anything is kept
  if (!in_batch_) insert_sentence_rows(rows);
  result.links_made = link_references(result.document_id, r);
  law_names.merge(law_names_of(result.document_id));
  resolve_named_from_catalog(law_names);
  commit();
  if (in_batch_)  // only once the document's savepoint is released
    pending_rows_.insert(pending_rows_.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  return result;
}

void Catalog::remove_in_transaction(int64_t id) {
  const std::set<LawNameDate> law_names = law_names_of(id);
  clear_items(id);
  for (const char* sql : {"DELETE FROM document_paths WHERE document_id = ?1",
                          "DELETE FROM document_versions WHERE document_id = ?1", "DELETE FROM documents WHERE id = ?1"}) {
    auto& s = statement(sql);
    s.bind(1, id).run();
  }
  resolve_named_from_catalog(law_names);  // what it was the evidence of
}

void Catalog::remove(const std::vector<int64_t>& ids) {
  std::optional<Transaction> own_tx;
  if (!db_.in_transaction()) own_tx.emplace(db_);
  for (int64_t id : ids) remove_in_transaction(id);
  if (own_tx) own_tx->commit();
}

PruneResult Catalog::prune(const std::vector<std::string>& under) {
  PruneResult result;
  Transaction tx(db_);
  auto gone = [&](Statement& q) {
    while (q.step()) {
      std::string p = q.text(0);
      std::error_code ec;
      if (!std::filesystem::exists(p, ec) && !ec) result.paths_dropped.push_back(std::move(p));
    }
  };
  if (under.empty()) {
    auto q = db_.prepare("SELECT path FROM document_paths ORDER BY path");
    gone(q);
  } else {
    // A folder's paths are one range of the primary key: "DIR/" up to "DIR0" ('0' follows '/').
    auto q = db_.prepare("SELECT path FROM document_paths WHERE path = ?1 OR (path > ?2 AND path < ?3) ORDER BY path");
    for (const auto& u : under) {
      std::string root = canonical_document_path(u);
      while (root.size() > 1 && root.back() == '/') root.pop_back();
      q.bind(1, root).bind(2, root + "/").bind(3, root + "0");
      gone(q);
      q.reset();
    }
  }
  auto del = db_.prepare("DELETE FROM document_paths WHERE path = ?1 RETURNING document_id");
  std::vector<int64_t> touched;
  for (const auto& p : result.paths_dropped) {
    del.bind(1, p);
    while (del.step()) touched.push_back(del.int64(0));
    del.reset();
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  auto left = db_.prepare("SELECT COUNT(*) FROM document_paths WHERE document_id = ?1");
  for (int64_t id : touched) {
    left.bind(1, id);
    const bool orphan = left.step() && left.int64(0) == 0;
    left.reset();
    if (orphan) {
      remove_in_transaction(id);
      result.documents_removed.push_back(id);
    } else {
      detach_path(id, "");  // re-point documents.path at a path it still has
    }
  }
  tx.commit();
  return result;
}

void Catalog::drop_pending_rows(int64_t id) {
  const int64_t lo = id * kSentenceRowsPerDocument, hi = lo + kSentenceRowsPerDocument;
  std::erase_if(pending_rows_, [&](const auto& row) { return row.first >= lo && row.first < hi; });
}

Catalog::Batch::Batch(Catalog& catalog) : catalog_(catalog), tx_(catalog.db_) {
  catalog_.in_batch_ = true;
  catalog_.pending_rows_.clear();
}

Catalog::Batch::~Batch() {
  catalog_.in_batch_ = false;
  catalog_.pending_rows_.clear();  // rolled back with tx_ unless committed
}

void Catalog::Batch::commit() {
  catalog_.insert_sentence_rows(catalog_.pending_rows_);
  catalog_.pending_rows_.clear();
  tx_.commit();
  catalog_.in_batch_ = false;
}

Statement& Catalog::statement(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) it = statements_.emplace(sql, std::make_unique<Statement>(db_.prepare(sql))).first;
  it->second->reset();
  return *it->second;
}

CatalogCounts Catalog::counts() {
  CatalogCounts c;
  auto q = db_.prepare(
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM refs),"
      " (SELECT COUNT(*) FROM refs WHERE cited_doc_id IS NOT NULL), (SELECT COUNT(*) FROM targets),"
      " (SELECT COUNT(*) FROM deadlines), (SELECT COUNT(*) FROM tasks), (SELECT COUNT(*) FROM sentence_index_docsize)");
  if (q.step()) {
    c.documents = q.int64(0);
    c.references = q.int64(1);
    c.linked_references = q.int64(2);
    c.targets = q.int64(3);
    c.deadlines = q.int64(4);
    c.tasks = q.int64(5);
    c.sentences = q.int64(6);
  }
  return c;
}

}  // namespace vnpolicy
