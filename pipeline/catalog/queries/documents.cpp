#include "catalog/queries/documents.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "catalog/migrate.h"
#include "catalog/queries/search.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

std::string document_row_select() {
  return "SELECT " + document_ref_columns("d") +
         ", d.bytes, d.place, d.format, d.encoding, d.ocr, d.ingested_at,"
         " (SELECT COUNT(*) FROM refs WHERE doc_id = d.id), (SELECT COUNT(*) FROM refs WHERE cited_doc_id = d.id"
         " AND doc_id != d.id), (SELECT COUNT(*) FROM targets WHERE doc_id = d.id),"
         " (SELECT COUNT(*) FROM deadlines WHERE doc_id = d.id), (SELECT COUNT(*) FROM tasks WHERE doc_id = d.id)"
         " FROM documents d";
}

DocumentRow read_document_row(const Statement& q) {
  DocumentRow r;
  static_cast<DocumentRef&>(r) = *read_document_ref(q, 0);
  r.bytes = q.int64(9);
  r.place = q.opt_text(10);
  r.format = q.text(11);
  r.encoding = q.opt_text(12);
  r.ocr = q.int64(13) != 0;
  r.ingested_at = q.text(14);
  r.counts = {q.int64(15), q.int64(16), q.int64(17), q.int64(18), q.int64(19)};
  return r;
}

}  // namespace

DocumentList list_documents(Database& db, const DocumentFilter& f) {
  DocumentList out;
  auto by_id = db.prepare(document_row_select() + " WHERE d.id = ?1");
  const size_t end = f.limit ? f.offset + f.limit : SIZE_MAX;
  if (!f.doc_type && !f.year && !f.issuer) {
    auto total = db.prepare("SELECT COUNT(*) FROM documents");
    if (total.step()) out.total = total.int64(0);
    std::string sql = document_row_select() + " ORDER BY d.id";
    if (f.limit) sql += " LIMIT " + std::to_string(f.limit) + " OFFSET " + std::to_string(f.offset);
    else if (f.offset) sql += " LIMIT -1 OFFSET " + std::to_string(f.offset);
    auto q = db.prepare(sql);
    while (q.step()) out.rows.push_back(read_document_row(q));
  } else {
    AccentFolder folder;
    const std::vector<bool> passing = documents_passing(db, {f.doc_type, f.year, f.issuer}, folder);
    size_t rank = 0;
    for (size_t id = 0; id < passing.size(); ++id) {
      if (!passing[id]) continue;
      if (rank >= f.offset && rank < end) {
        by_id.bind(1, static_cast<int64_t>(id));
        if (by_id.step()) out.rows.push_back(read_document_row(by_id));
        by_id.reset();
      }
      ++rank;
    }
    out.total = static_cast<int64_t>(rank);
  }
  out.more = static_cast<int64_t>(f.offset + out.rows.size()) < out.total;
  return out;
}

std::optional<DocumentDetail> document_detail(Database& db, int64_t id) {
  auto q = db.prepare(document_row_select() + " WHERE d.id = ?1");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  DocumentDetail d;
  d.document = read_document_row(q);
  auto paths = db.prepare("SELECT path FROM document_paths WHERE document_id = ?1 ORDER BY seen_at DESC, path");
  paths.bind(1, id);
  while (paths.step()) d.paths.push_back(paths.text(0));
  auto pages = db.prepare(
      "SELECT page, first_line, ocr_confidence FROM document_pages WHERE document_id = ?1 ORDER BY first_line");
  pages.bind(1, id);
  while (pages.step()) {
    PageStart p;
    p.page = static_cast<int>(pages.int64(0));
    p.first_line = static_cast<int>(pages.int64(1));
    p.ocr_confidence = pages.opt_real(2);
    d.pages.push_back(p);
  }
  auto text = db.prepare("SELECT text IS NOT NULL, warnings FROM document_texts WHERE document_id = ?1");
  text.bind(1, id);
  if (text.step()) {
    d.has_text = text.int64(0) != 0;
    if (auto w = text.opt_text(1)) d.warnings = nlohmann::json::parse(*w).get<std::vector<std::string>>();
  }
  auto versions = db.prepare(
      "SELECT sha256, bytes, ingested_at, replaced_at FROM document_versions WHERE document_id = ?1 ORDER BY id");
  versions.bind(1, id);
  while (versions.step()) d.versions.push_back({versions.text(0), versions.int64(1), versions.text(2), versions.text(3)});
  d.cites = references_of(db, id);
  d.cited_by = references_to(db, id);
  TargetFilter tf;
  tf.document_id = id;
  d.targets = find_targets(db, tf).rows;
  DeadlineFilter df;
  df.document_id = id;
  d.deadlines = find_deadlines(db, df).rows;
  std::sort(d.deadlines.begin(), d.deadlines.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  TaskFilter kf;
  kf.document_id = id;
  d.tasks = find_tasks(db, kf, nullptr).rows;
  return d;
}

std::vector<TextLine> document_lines(Database& db, int64_t id, int first, int last) {
  std::vector<TextLine> lines;
  auto q = db.prepare("SELECT text FROM document_texts WHERE document_id = ?1 AND text IS NOT NULL");
  q.bind(1, id);
  if (!q.step()) return lines;
  const std::string_view text = q.blob(0);
  std::vector<std::pair<int, int>> pages;  // first line, page
  auto p = db.prepare("SELECT first_line, page FROM document_pages WHERE document_id = ?1 ORDER BY first_line");
  p.bind(1, id);
  while (p.step()) pages.emplace_back(static_cast<int>(p.int64(0)), static_cast<int>(p.int64(1)));
  size_t page_at = 0;
  int n = 1;
  for (size_t pos = 0; pos <= text.size() && n <= last; ++n) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (n >= first) {
      while (page_at < pages.size() && pages[page_at].first <= n) ++page_at;
      lines.push_back({n, page_at ? pages[page_at - 1].second : 0, std::string(text.substr(pos, nl - pos))});
    }
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  return lines;
}

CatalogStats catalog_stats(Database& db) {
  CatalogStats c;
  auto q = db.prepare(
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM document_paths), (SELECT COUNT(*) FROM refs),"
      " (SELECT COUNT(*) FROM refs WHERE cited_doc_id IS NOT NULL), (SELECT COUNT(*) FROM targets),"
      " (SELECT COUNT(*) FROM deadlines), (SELECT COUNT(*) FROM tasks), (SELECT COUNT(*) FROM sentence_index_docsize),"
      " (SELECT COUNT(*) FROM document_texts WHERE text IS NOT NULL)");
  if (q.step()) {
    c.documents = q.int64(0);
    c.paths = q.int64(1);
    c.references = q.int64(2);
    c.linked_references = q.int64(3);
    c.targets = q.int64(4);
    c.deadlines = q.int64(5);
    c.tasks = q.int64(6);
    c.sentences = q.int64(7);
    c.with_text = q.int64(8);
  }
  c.schema_version = catalog_schema_version(db);
  return c;
}

}  // namespace vnpolicy
