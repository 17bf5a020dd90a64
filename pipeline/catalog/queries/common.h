// The read-only query layer: every view (the CLI, the web server, exports) asks these
// functions and formats what they return; no SQL lives anywhere else. Queries return
// plain structs, run their filters in SQL over indexes, and read a catalog opened
// read-only (several connections, one per thread, may query one catalog while an
// ingest writes it: WAL).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/sqlite.h"
#include "core/record.h"

namespace vnpolicy {

// Enough to name a catalogued document to a user: what `docs` lists and what an
// ambiguous handle offers.
struct DocumentRef {
  int64_t id = 0;
  std::string path;  // canonical path it was last seen at
  std::string sha256;
  OptString doc_type, number, issuer, issued_date, title;
  std::optional<int> year;
};

// Where an item is: its document and line, and the page when the source has pages
// (PDF, scans): shown as "file.pdf p.3 l.12".
struct Location {
  int64_t document_id = 0;
  std::string path;
  OptString number;  // the document's own number
  int line = 0;
  int page = 0;      // 0: the document has no pages
};

// A list query's rows and whether more matched than `limit` allowed.
template <class Row>
struct Rows {
  std::vector<Row> rows;
  bool more = false;  // rows were cut at the limit
};

// The five columns a Location is read from (document id, path, number, line, page), for
// an item table aliased `item` joined to documents aliased `doc`; read_location reads
// them starting at column `col`.
std::string location_columns(const std::string& doc, const std::string& item);
Location read_location(const Statement& q, int col);

// The nine columns a DocumentRef is read from, of documents aliased `doc`.
std::string document_ref_columns(const std::string& doc);
// A DocumentRef from column `col` on; nullopt when its id is NULL (a LEFT JOIN missed).
std::optional<DocumentRef> read_document_ref(const Statement& q, int col);

// SQL that selects the page of line `line_expr` of document `doc_expr` (NULL when it has
// no pages): for queries that return Locations. The expressions are fixed column names.
std::string page_of_line_sql(const std::string& doc_expr, const std::string& line_expr);

}  // namespace vnpolicy
