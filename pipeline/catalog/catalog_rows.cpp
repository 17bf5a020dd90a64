// Writing one document's rows (Catalog's part that store() and remove() share): its text
// and pages, sentences for the full-text index, references, targets, deadlines, tasks and
// their agencies, the links from its references to the documents they cite, and the
// deletion of all of these.
#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "core/keys.h"

namespace vnpolicy {

std::string target_index_words(const Target& t) {
  std::string words = t.indicator.value_or("");
  if (t.indicator_key) words += (words.empty() ? "" : " ") + *t.indicator_key;
  return words;
}

void Catalog::clear_items(int64_t id) {
  auto& untarget = statement(
      "DELETE FROM target_index WHERE rowid BETWEEN (SELECT min(id) FROM targets WHERE doc_id = ?1)"
      " AND (SELECT max(id) FROM targets WHERE doc_id = ?1)");
  untarget.bind(1, id).run();
  for (const char* sql : {"DELETE FROM refs WHERE doc_id = ?1", "DELETE FROM named_refs WHERE doc_id = ?1",
                          "DELETE FROM targets WHERE doc_id = ?1", "DELETE FROM deadlines WHERE doc_id = ?1",
                          "DELETE FROM task_agencies WHERE task_id IN (SELECT id FROM tasks WHERE doc_id = ?1)",
                          "DELETE FROM tasks WHERE doc_id = ?1", "DELETE FROM document_texts WHERE document_id = ?1",
                          "DELETE FROM document_pages WHERE document_id = ?1",
                          "UPDATE refs SET cited_doc_id = NULL WHERE cited_doc_id = ?1"}) {
    auto& s = statement(sql);
    s.bind(1, id).run();
  }
  if (in_batch_) drop_pending_rows(id);
  auto& unindex = statement("DELETE FROM sentence_index WHERE rowid >= ?1 AND rowid < ?2");
  unindex.bind(1, id * kSentenceRowsPerDocument).bind(2, (id + 1) * kSentenceRowsPerDocument).run();
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

void Catalog::insert_content(int64_t id, const Record& r, const std::optional<std::string>& text) {
  std::optional<std::string> warnings;
  if (!r.warnings.empty()) warnings = nlohmann::json(r.warnings).dump();
  if (text || warnings) {
    auto& t = statement("INSERT INTO document_texts(document_id, text, warnings) VALUES (?1,?2,?3)");
    t.bind(1, id).bind(2, text).bind(3, warnings).run();
  }
  auto& pages = statement(
      "INSERT OR REPLACE INTO document_pages(document_id, first_line, page, ocr_confidence) VALUES (?1,?2,?3,?4)");
  for (const auto& p : r.source.pages)
    pages.bind(1, id).bind(2, p.first_line).bind(3, p.page).bind(4, p.ocr_confidence).run();
}

void Catalog::insert_items(int64_t id, const Record& r) {
  auto& refs = statement(
      "INSERT INTO refs(doc_id, seq, number, number_key, year, doc_type, date, issuer, relation, line, text, sentence)"
      " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
  int seq = 0;
  for (const auto& x : r.references) {
    std::string key = catalog_number_key(x.number_key.empty() ? x.number : x.number_key);
    refs.bind(1, id).bind(2, seq++).bind(3, x.number).bind(4, key).bind(5, x.year).bind(6, x.doc_type)
        .bind(7, x.date).bind(8, x.issuer).bind(9, x.relation).bind(10, x.line).bind(11, x.text)
        .bind(12, x.sentence.empty() ? std::optional<std::string>() : std::optional(x.sentence)).run();
  }
  insert_named_refs(id, r);
  auto& targets = statement(
      "INSERT INTO targets(doc_id, seq, indicator, indicator_key, value, value_max, unit, value_base, unit_base,"
      " comparator, kind, year, line, text, indicator_code, activity, place)"
      " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)");
  auto& target_index = statement("INSERT INTO target_index(rowid, words) VALUES (?1,?2)");
  seq = 0;
  for (const auto& t : r.targets) {
    targets.bind(1, id).bind(2, seq++).bind(3, t.indicator).bind(4, t.indicator_key).bind(5, t.value)
        .bind(6, t.value_max).bind(7, t.unit).bind(8, t.value_base).bind(9, t.unit_base).bind(10, t.comparator)
        .bind(11, t.kind).bind(12, t.year).bind(13, t.line).bind(14, t.text).bind(15, t.indicator_code)
        .bind(16, t.activity ? 1 : 0).bind(17, r.document.place).run();
    const std::string words = target_index_words(t);
    if (!words.empty()) target_index.bind(1, db_.last_insert_id()).bind(2, words).run();
  }
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
  auto& names = statement("INSERT OR IGNORE INTO agency_names(name, canonical) VALUES (?1,?2)");
  seq = 0;
  for (const auto& t : r.tasks) {
    tasks.bind(1, id).bind(2, seq++).bind(3, t.description);
    if (t.deadline)
      tasks.bind(4, t.deadline->text).bind(5, t.deadline->start).bind(6, t.deadline->end).bind(7, t.deadline->kind);
    else
      tasks.bind(4, nullptr).bind(5, nullptr).bind(6, nullptr).bind(7, nullptr);
    tasks.bind(8, t.line).run();
    int64_t task_id = db_.last_insert_id();
    auto add = [&](const char* role, const std::vector<std::string>& written, const std::vector<std::string>& canon) {
      for (size_t i = 0; i < written.size(); ++i) {
        const std::string& c = i < canon.size() && !canon[i].empty() ? canon[i] : written[i];
        agencies.bind(1, task_id).bind(2, role).bind(3, static_cast<int64_t>(i)).bind(4, written[i]).bind(5, c).run();
        names.bind(1, written[i]).bind(2, c).run();
      }
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
  std::optional<int> year = document_year(r);
  if (r.document.number && year) {
    auto& link_in = statement(
        "UPDATE refs SET cited_doc_id = ?1 WHERE cited_doc_id IS NULL AND doc_id != ?1 AND id IN"
        " (SELECT id FROM refs_dated WHERE number_key = ?2 AND cited_year = ?3)");
    link_in.bind(1, id).bind(2, catalog_number_key(*r.document.number)).bind(3, *year).run();
    links += db_.changes();
  }
  return links;
}

}  // namespace vnpolicy
