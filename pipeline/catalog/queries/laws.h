// Laws as the catalog sees them (`vnpolicy laws`): how many documents cite each law, by its
// number written in the text or by its name resolved to the number, and the laws the
// catalog knows beside the lexicon (numbers documents write with a law's name and date,
// and catalogued laws).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "catalog/queries/common.h"

namespace vnpolicy {

struct LawCitations {
  int64_t documents = 0;  // distinct citing documents
  int64_t mentions = 0;   // references to it, numbered or by name
  int64_t by_name = 0;    // of them, cited by name (refs.named_ref_id)
};

// Citations of each number (as given), read by its catalog number key.
std::map<std::string, LawCitations> law_citations(Database& db, const std::vector<std::string>& numbers);

struct CatalogLaw {
  std::string number;   // as first written
  std::string name;     // the name written with it (a catalogued law: its type and title)
  OptString adopted;    // the date written with it, or the law's own issue date
  OptString document;   // "catalogued" when the law itself is in the catalog
};

// Laws known to the catalog: numbers written beside a law's name and date in some
// document, and catalogued documents whose type is Luật, Bộ luật or Pháp lệnh.
std::vector<CatalogLaw> laws_in_catalog(Database& db);

}  // namespace vnpolicy
