// References: who cites a number (`refs --cites`), what a document cites (`refs --from`),
// what cites a document, and the citation graph (`graph`).
#pragma once
#include "catalog/queries/common.h"

namespace vnpolicy {

struct ReferenceRow {
  int64_t id = 0;
  Location at;                     // the citing document and line
  OptString citing_type;           // the citing document's type
  std::string number;              // as written
  std::optional<int> year;         // of the cited document: its own, else the one its citing document gives it
  OptString doc_type, date, issuer;
  std::string relation;            // implements | basis | replaces | amends | mentions
  std::string text;                // the reference as written
  OptString sentence;              // the citing sentence
  std::optional<DocumentRef> cited;  // the catalogued document it cites, if any
  // A law cited by its name (text): the name as written, and how its number was found
  // (name+date | name+year | in-force | written). Null for a number written in the text.
  OptString name, resolved_by;
};

struct CitesQuery {
  std::string number;              // as typed: "01/NQ-CP", "1/nq-cp", "Nghị quyết số 01/NQ-CP"
  std::optional<int> year;         // only references to the document of that year
};

// Every reference to a number, by cited year (unknown last), then citing path and line.
std::vector<ReferenceRow> references_citing(Database& db, const CitesQuery& q);
// A document's references in document order.
std::vector<ReferenceRow> references_of(Database& db, int64_t document_id);
// References from other documents to a document.
std::vector<ReferenceRow> references_to(Database& db, int64_t document_id);

struct GraphNode {
  std::string id;                  // "doc:ID" for a catalogued document, else "ref:NUMBER@YEAR" (YEAR "?" if unknown)
  std::optional<int64_t> document_id;
  OptString doc_type, number, issuer, path;
  OptString name;                  // outside the catalog, cited by name: the law's name as first written
  std::optional<int> year;
  bool in_catalog = false;
};
struct GraphEdge {
  std::string from, to, relation;
  int64_t count = 0;               // references of that relation between the two
  int64_t by_name = 0;             // of them, laws cited by name and resolved to a number
};
struct CitationGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

// The whole graph, or the documents within `depth` citations of one document (what it
// cites, what cites it, and so on).
CitationGraph citation_graph(Database& db, std::optional<int64_t> around = std::nullopt, int depth = 1);

}  // namespace vnpolicy
