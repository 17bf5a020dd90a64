#include "catalog/queries/common.h"

namespace vnpolicy {

std::string page_of_line_sql(const std::string& doc, const std::string& line) {
  return "(SELECT pg.page FROM document_pages pg WHERE pg.document_id = " + doc + " AND pg.first_line <= " + line +
         " ORDER BY pg.first_line DESC LIMIT 1)";
}

std::string location_columns(const std::string& doc, const std::string& item) {
  return doc + ".id, " + doc + ".path, " + doc + ".number, " + item + ".line, " + page_of_line_sql(doc + ".id", item + ".line");
}

Location read_location(const Statement& q, int col) {
  Location at;
  at.document_id = q.int64(col);
  at.path = q.text(col + 1);
  at.number = q.opt_text(col + 2);
  at.line = static_cast<int>(q.int64(col + 3));
  at.page = static_cast<int>(q.opt_int64(col + 4).value_or(0));
  return at;
}

std::string document_ref_columns(const std::string& d) {
  return d + ".id, " + d + ".path, " + d + ".sha256, " + d + ".doc_type, " + d + ".number, " + d + ".issuer, " + d +
         ".issued_date, " + d + ".title, " + d + ".year";
}

std::optional<DocumentRef> read_document_ref(const Statement& q, int col) {
  if (q.is_null(col)) return std::nullopt;
  DocumentRef d;
  d.id = q.int64(col);
  d.path = q.text(col + 1);
  d.sha256 = q.text(col + 2);
  d.doc_type = q.opt_text(col + 3);
  d.number = q.opt_text(col + 4);
  d.issuer = q.opt_text(col + 5);
  d.issued_date = q.opt_text(col + 6);
  d.title = q.opt_text(col + 7);
  if (auto y = q.opt_int64(col + 8)) d.year = static_cast<int>(*y);
  return d;
}

}  // namespace vnpolicy
