#include "catalog/catalog.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <stdexcept>

#include "catalog/fts_tokenizer.h"
#include "core/keys.h"
#include "schema_sql.h"

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

}  // namespace

std::filesystem::path default_catalog_path() {
  if (const char* env = std::getenv("VNPOLICY_DB"); env && *env) return env;
  return std::filesystem::path("db") / "catalog.sqlite";
}

std::optional<int> Catalog::document_year(const DocumentHeader& h) {
  if (h.number)
    if (auto y = year_in_number(*h.number)) return y;
  if (h.issued_date && h.issued_date->size() >= 4) return std::stoi(h.issued_date->substr(0, 4));
  return std::nullopt;
}

Catalog::Catalog(const std::filesystem::path& path, bool read_only)
    : db_([&] {
        if (!read_only && path.has_parent_path()) {
          std::error_code ec;
          std::filesystem::create_directories(path.parent_path(), ec);
        }
        return path;
      }(), read_only) {
  register_fold_tokenizer(db_);
  if (read_only) return;
  db_.exec("PRAGMA journal_mode=WAL");
  db_.exec("PRAGMA synchronous=NORMAL");
  db_.exec("PRAGMA foreign_keys=ON");
  db_.exec(kSchemaSql);
}

std::optional<std::string> Catalog::stored_sha256(const std::string& path) {
  auto q = db_.prepare("SELECT sha256 FROM documents WHERE path = ?1");
  q.bind(1, path);
  if (q.step()) return q.text(0);
  return std::nullopt;
}

StoreResult Catalog::store(const Record& r, const std::vector<IndexedSentence>& sentences) {
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
  const auto& d = r.document;
  std::optional<std::string> number_key = d.number ? std::optional(reference_number_key(*d.number)) : std::nullopt;
  std::optional<int> year = document_year(d);

  std::optional<int64_t> existing;
  {
    auto& q = statement("SELECT id, sha256, bytes, ingested_at FROM documents WHERE path = ?1");
    q.bind(1, r.source.path);
    if (q.step()) {
      existing = q.int64(0);
      std::string sha = q.text(1), ingested_at = q.text(3);
      int64_t bytes = q.int64(2);
      q.reset();
      if (sha == r.source.sha256) {
        result.status = StoreStatus::Unchanged;
        result.document_id = *existing;
        commit();
        return result;
      }
      auto& v = statement(
          "INSERT INTO document_versions(document_id, sha256, bytes, ingested_at, replaced_at) VALUES (?1,?2,?3,?4,?5)");
      v.bind(1, *existing).bind(2, sha).bind(3, bytes).bind(4, ingested_at).bind(5, now).run();
    }
    q.reset();
  }
  if (existing) {
    result.status = StoreStatus::Replaced;
    for (const char* sql : {"DELETE FROM refs WHERE doc_id = ?1", "DELETE FROM targets WHERE doc_id = ?1",
                            "DELETE FROM deadlines WHERE doc_id = ?1", "DELETE FROM tasks WHERE doc_id = ?1",
                            "UPDATE refs SET cited_doc_id = NULL WHERE cited_doc_id = ?1"}) {
      auto& s = statement(sql);
      s.bind(1, *existing).run();
    }
    if (in_batch_) drop_pending_rows(*existing);
    auto& unindex = statement("DELETE FROM sentence_index WHERE rowid >= ?1 AND rowid < ?2");
    unindex.bind(1, *existing * kSentenceRowsPerDocument).bind(2, (*existing + 1) * kSentenceRowsPerDocument).run();
    auto& u = statement(
        "UPDATE documents SET sha256=?2, bytes=?3, doc_type=?4, number=?5, number_key=?6, year=?7, issuer=?8,"
        " issued_date=?9, place=?10, title=?11, error=NULL, ingested_at=?12 WHERE id=?1");
    u.bind(1, *existing).bind(2, r.source.sha256).bind(3, static_cast<int64_t>(r.source.bytes)).bind(4, d.doc_type)
        .bind(5, d.number).bind(6, number_key).bind(7, year).bind(8, d.issuer).bind(9, d.issued_date)
        .bind(10, d.place).bind(11, d.title).bind(12, now).run();
    result.document_id = *existing;
  } else {
    auto& ins = statement(
        "INSERT INTO documents(path, sha256, bytes, doc_type, number, number_key, year, issuer, issued_date, place,"
        " title, ingested_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
    ins.bind(1, r.source.path).bind(2, r.source.sha256).bind(3, static_cast<int64_t>(r.source.bytes))
        .bind(4, d.doc_type).bind(5, d.number).bind(6, number_key).bind(7, year).bind(8, d.issuer)
        .bind(9, d.issued_date).bind(10, d.place).bind(11, d.title).bind(12, now).run();
    result.document_id = db_.last_insert_id();
  }
  insert_items(result.document_id, r);
  SentenceRows rows = sentence_rows_of(result.document_id, sentences);  // throws before anything is kept
  if (!in_batch_) insert_sentence_rows(rows);
  result.links_made = link_references(result.document_id, r);
  commit();
  if (in_batch_)  // only once the document's savepoint is released
    pending_rows_.insert(pending_rows_.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
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

Catalog::SentenceRows Catalog::sentence_rows_of(int64_t id, const std::vector<IndexedSentence>& sentences) {
  if (static_cast<int64_t>(sentences.size()) > kSentenceRowsPerDocument)
    throw std::runtime_error("more than 2^24 sentences in one document");
  SentenceRows rows;
  rows.reserve(sentences.size());
  int64_t rowid = id * kSentenceRowsPerDocument;
  for (const auto& s : sentences) rows.emplace_back(rowid++, s);
  return rows;
}

void Catalog::insert_sentence_rows(const SentenceRows& rows) {
  if (rows.empty()) return;
  auto& ins = statement("INSERT INTO sentence_index(rowid, text, line) VALUES (?1,?2,?3)");
  for (const auto& [rowid, row] : rows) ins.bind(1, rowid).bind(2, row.text).bind(3, row.line).run();
}

void Catalog::insert_items(int64_t id, const Record& r) {
  auto& refs = statement(
      "INSERT INTO refs(doc_id, seq, number, number_key, year, doc_type, date, issuer, relation, line, text, sentence)"
      " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
  int seq = 0;
  for (const auto& x : r.references) {
    std::string key = x.number_key.empty() ? reference_number_key(x.number) : x.number_key;
    refs.bind(1, id).bind(2, seq++).bind(3, x.number).bind(4, key).bind(5, x.year).bind(6, x.doc_type)
        .bind(7, x.date).bind(8, x.issuer).bind(9, x.relation).bind(10, x.line).bind(11, x.text)
        .bind(12, x.sentence.empty() ? std::optional<std::string>() : std::optional(x.sentence)).run();
  }
  auto& targets = statement(
      "INSERT INTO targets(doc_id, seq, indicator, indicator_key, value, value_max, unit, value_base, unit_base,"
      " comparator, kind, year, line, text) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
  seq = 0;
  for (const auto& t : r.targets)
    targets.bind(1, id).bind(2, seq++).bind(3, t.indicator).bind(4, t.indicator_key).bind(5, t.value)
        .bind(6, t.value_max).bind(7, t.unit).bind(8, t.value_base).bind(9, t.unit_base).bind(10, t.comparator)
        .bind(11, t.kind).bind(12, t.year).bind(13, t.line).bind(14, t.text).run();
  auto& deadlines = statement(
      "INSERT INTO deadlines(doc_id, seq, text, start, end, kind, line) VALUES (?1,?2,?3,?4,?5,?6,?7)");
  seq = 0;
  for (const auto& x : r.deadlines)
    deadlines.bind(1, id).bind(2, seq++).bind(3, x.text).bind(4, x.start).bind(5, x.end).bind(6, x.kind)
        .bind(7, x.line).run();
  auto& tasks = statement(
      "INSERT INTO tasks(doc_id, seq, description, deadline_text, deadline_start, deadline_end, deadline_kind, line)"
      " VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
  auto& agencies = statement(
      "INSERT INTO task_agencies(task_id, role, position, name, canonical) VALUES (?1,?2,?3,?4,?5)");
  seq = 0;
  for (const auto& t : r.tasks) {
    tasks.bind(1, id).bind(2, seq++).bind(3, t.description);
    if (t.deadline)
      tasks.bind(4, t.deadline->text).bind(5, t.deadline->start).bind(6, t.deadline->end).bind(7, t.deadline->kind);
    else
      tasks.bind(4, nullptr).bind(5, nullptr).bind(6, nullptr).bind(7, nullptr);
    tasks.bind(8, t.line).run();
    int64_t task_id = db_.last_insert_id();
    auto add = [&](const char* role, const std::vector<std::string>& names, const std::vector<std::string>& canon) {
      for (size_t i = 0; i < names.size(); ++i)
        agencies.bind(1, task_id).bind(2, role).bind(3, static_cast<int64_t>(i)).bind(4, names[i])
            .bind(5, i < canon.size() && !canon[i].empty() ? canon[i] : names[i]).run();
    };
    add("lead", t.lead, t.lead_canonical);
    add("support", t.support, t.support_canonical);
  }
}

int Catalog::link_references(int64_t id, const Record& r) {
  // A reference cites the catalogued document with the same number key and the same
  // year (refs_dated.cited_year); a number without a known year is linked to nothing,
  // because numbers like 01/NQ-CP restart every year.
  auto& link_out = statement(
      "UPDATE refs SET cited_doc_id = (SELECT d.id FROM refs_dated v JOIN documents d ON d.number_key = v.number_key"
      " AND d.year = v.cited_year WHERE v.id = refs.id AND d.id != refs.doc_id ORDER BY d.id LIMIT 1) WHERE doc_id = ?1");
  link_out.bind(1, id).run();
  int links = 0;
  auto& count = statement("SELECT COUNT(*) FROM refs WHERE doc_id = ?1 AND cited_doc_id IS NOT NULL");
  count.bind(1, id);
  if (count.step()) links += static_cast<int>(count.int64(0));
  count.reset();  // a cached statement left mid-step would hold its read open
  // References stored earlier, from other documents, to this one.
  std::optional<int> year = document_year(r.document);
  if (r.document.number && year) {
    auto& link_in = statement(
        "UPDATE refs SET cited_doc_id = ?1 WHERE cited_doc_id IS NULL AND doc_id != ?1 AND id IN"
        " (SELECT id FROM refs_dated WHERE number_key = ?2 AND cited_year = ?3)");
    link_in.bind(1, id).bind(2, reference_number_key(*r.document.number)).bind(3, *year).run();
    links += db_.changes();
  }
  return links;
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
