// The catalog side of laws cited by name (record.named_references): every mention is a
// named_refs row; one resolved to a number the text does not write beside it also gets a
// refs row (named_ref_id, resolved_by), so `refs --cites`, `refs --from`, `graph` and the
// web's lược đồ link it like a number written in the text. (A number written beside the
// name is a numbered reference already.)
//
// Resolution from the catalog itself happens here, at ingest: a mention with a name and
// an adoption date that neither its own text nor the law lexicon resolved takes the number
// the catalog gives that name and date (resolve/law_lexicon resolve_law_by_evidence): the
// law itself when it is catalogued, or the numbers other documents write beside the same
// name and date. It is done again for the names and dates of every document stored or
// removed, so evidence that arrives later resolves earlier mentions, and evidence that
// goes takes its resolutions with it.
#include <vector>

#include "catalog/catalog.h"
#include "core/keys.h"
#include "normalize/unicode.h"
#include "resolve/law_lexicon.h"

namespace vnpolicy {
namespace {

// A refs row of a named reference comes after the record's numbered references.
constexpr int64_t kNamedRefSeqBase = 1'000'000;

// A catalogued document is a law when its type is one of the kinds a law's name opens with.
bool is_law_type(const std::string& type) { return type == "Luật" || type == "Bộ luật" || type == "Pháp lệnh"; }

}  // namespace

void Catalog::insert_named_refs(int64_t id, const Record& r) {
  auto& ins = statement(
      "INSERT INTO named_refs(doc_id, seq, name, name_key, kind, date, year, number, resolved_by, resolved_from, note,"
      " relation, line, text) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
  int64_t seq = 0;
  for (const auto& n : r.named_references) {
    ins.bind(1, id).bind(2, seq++).bind(3, n.name).bind(4, n.name_key).bind(5, n.kind).bind(6, n.date).bind(7, n.year)
        .bind(8, n.number).bind(9, n.resolved_by).bind(10, n.resolved_from).bind(11, n.note).bind(12, n.relation)
        .bind(13, n.line).bind(14, n.text).run();
    if (n.number && n.resolved_by != "written") write_named_ref_row(db_.last_insert_id());
  }
}

void Catalog::write_named_ref_row(int64_t named_id) {
  auto& drop = statement("DELETE FROM refs WHERE named_ref_id = ?1");
  drop.bind(1, named_id).run();
  auto& ins = statement(
      "INSERT INTO refs(doc_id, seq, number, number_key, year, doc_type, date, relation, line, text, named_ref_id,"
      " resolved_by) SELECT doc_id, ?2 + seq, number, ?3, ?4, kind, date, relation, line, text, id, resolved_by"
      " FROM named_refs WHERE id = ?1 AND number IS NOT NULL AND resolved_by != 'written'");
  auto& q = statement("SELECT number FROM named_refs WHERE id = ?1 AND resolved_by != 'written'");
  q.bind(1, named_id);
  std::optional<std::string> number;
  if (q.step()) number = q.opt_text(0);
  q.reset();
  if (!number) return;
  ins.bind(1, named_id).bind(2, kNamedRefSeqBase).bind(3, catalog_number_key(*number)).bind(4, year_in_number(*number))
      .run();
  // Linked as link_references links a numbered reference: same number key and year.
  auto& link = statement(
      "UPDATE refs SET cited_doc_id = (SELECT d.id FROM documents d WHERE d.number_key = refs.number_key"
      " AND d.year = refs.year AND d.id != refs.doc_id ORDER BY d.id LIMIT 1) WHERE named_ref_id = ?1");
  link.bind(1, named_id).run();
}

std::set<LawNameDate> Catalog::law_names_of(int64_t id) {
  std::set<LawNameDate> names;
  auto& q = statement("SELECT name_key, date FROM named_refs WHERE doc_id = ?1 AND date IS NOT NULL");
  q.bind(1, id);
  while (q.step()) names.emplace(q.text(0), q.text(1));
  q.reset();
  auto& self = statement("SELECT doc_type, title, issued_date FROM documents WHERE id = ?1 AND number IS NOT NULL"
                         " AND title IS NOT NULL AND issued_date IS NOT NULL");
  self.bind(1, id);
  if (self.step() && is_law_type(self.text(0))) {
    AccentFolder folder;
    names.emplace(law_name_key(self.text(0) + " " + self.text(1), folder), self.text(2));
  }
  self.reset();
  return names;
}

void Catalog::resolve_named_from_catalog(const std::set<LawNameDate>& names) {
  if (names.empty()) return;
  AccentFolder folder;
  auto& written = statement(
      "SELECT DISTINCT number FROM named_refs WHERE name_key = ?1 AND date = ?2 AND resolved_by = 'written'");
  auto& laws = statement(
      "SELECT number, doc_type, title FROM documents WHERE issued_date = ?2 AND year = ?1 AND number IS NOT NULL"
      " AND title IS NOT NULL");
  auto& open = statement(
      "SELECT id, number IS NOT NULL FROM named_refs WHERE name_key = ?1 AND date = ?2"
      " AND (number IS NULL OR resolved_from = 'catalog')");
  auto& set = statement(
      "UPDATE named_refs SET number = ?2, resolved_by = ?3, resolved_from = ?4, note = ?5 WHERE id = ?1");
  for (const auto& [key, date] : names) {
    LawEvidence evidence;
    written.bind(1, key).bind(2, date);
    while (written.step()) evidence.written_numbers.push_back(written.text(0));
    written.reset();
    laws.bind(1, std::stoi(date.substr(0, 4))).bind(2, date);
    while (laws.step())
      if (is_law_type(laws.text(1)) && law_name_key(laws.text(1) + " " + laws.text(2), folder) == key)
        evidence.catalogued_numbers.push_back(laws.text(0));
    laws.reset();
    const LawResolution found = resolve_law_by_evidence(evidence, date);
    std::vector<std::pair<int64_t, bool>> mentions;  // id, resolved now
    open.bind(1, key).bind(2, date);
    while (open.step()) mentions.emplace_back(open.int64(0), open.int64(1) != 0);
    open.reset();
    for (const auto& [id, resolved] : mentions) {
      if (!resolved && evidence.empty()) continue;  // nothing known here: the lexicon's note stays
      set.bind(1, id).bind(2, found.number).bind(3, found.resolved_by)
          .bind(4, found.number ? std::optional<std::string>("catalog") : std::nullopt).bind(5, found.note).run();
      write_named_ref_row(id);
    }
  }
}

}  // namespace vnpolicy
