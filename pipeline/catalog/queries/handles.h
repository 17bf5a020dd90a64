// The one handle resolver: what a user types to name a document, in every command and
// in the web app's /doc/{handle}. Forms, tried in this order (the first form that finds
// something decides):
//   doc:3 or 3          the document's id (what `docs` and `graph` print)
//   a path              any spelling of a catalogued path ("corpus/a.txt", "$PWD/corpus/a.txt")
//   4d2137c2            a sha256 prefix of at least 6 hex digits
//   002_3835c3cb13c1955a(.txt)   a file name, with or without its extension
//   01/NQ-CP 2023       the document's own number, with or without its year
//                       ("01/NQ-CP/2023", "Nghị quyết 1/NQ-CP", leading zeros optional)
//   002                 the start of a file name, up to a separator ("002_...")
#pragma once
#include <string_view>

#include "catalog/queries/common.h"

namespace vnpolicy {

struct HandleMatch {
  std::string form;                  // "id", "path", "sha256", "file name", "number", "file name prefix"
  std::vector<DocumentRef> matches;  // none: no document; one: resolved; more: ambiguous
  bool resolved() const { return matches.size() == 1; }
};

HandleMatch resolve_handle(Database& db, std::string_view handle);

// The catalogued documents with these ids, in the order given (missing ids left out).
std::vector<DocumentRef> document_refs(Database& db, const std::vector<int64_t>& ids);

}  // namespace vnpolicy
