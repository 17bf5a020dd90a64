#include "catalog/queries/laws.h"

#include <set>

#include "core/keys.h"

namespace vnpolicy {

std::map<std::string, LawCitations> law_citations(Database& db, const std::vector<std::string>& numbers) {
  std::map<std::string, LawCitations> out;
  auto q = db.prepare(
      "SELECT COUNT(DISTINCT doc_id), COUNT(*), COUNT(named_ref_id) FROM refs WHERE number_key = ?1 AND year = ?2");
  for (const auto& n : numbers) {
    q.bind(1, catalog_number_key(n)).bind(2, year_in_number(n));
    LawCitations c;
    if (q.step()) c = {q.int64(0), q.int64(1), q.int64(2)};
    q.reset();
    out[n] = c;
  }
  return out;
}

std::vector<CatalogLaw> laws_in_catalog(Database& db) {
  std::vector<CatalogLaw> laws;
  std::set<std::string> seen;  // catalog number keys
  auto own = db.prepare(
      "SELECT number, doc_type || ' ' || title, issued_date FROM documents WHERE doc_type IN ('Luật', 'Bộ luật',"
      " 'Pháp lệnh') AND number IS NOT NULL AND title IS NOT NULL ORDER BY id");
  while (own.step())
    if (seen.insert(catalog_number_key(own.text(0))).second)
      laws.push_back({own.text(0), own.text(1), own.opt_text(2), std::string("catalogued")});
  auto written = db.prepare(
      "SELECT number, name, date FROM named_refs WHERE resolved_by = 'written' AND date IS NOT NULL ORDER BY id");
  while (written.step())
    if (seen.insert(catalog_number_key(written.text(0))).second)
      laws.push_back({written.text(0), written.text(1), written.opt_text(2), std::nullopt});
  return laws;
}

}  // namespace vnpolicy
