// The document's own header: doc_type, number, issuer, issued_date, place, title.
// Reads the first lines as laid out (the header is a two-column block, not prose),
// falls back to the signature block for the issuer, and leaves a field null rather
// than guessing.
#pragma once
#include <string>
#include <vector>

#include "core/record.h"
#include "normalize/normalized_document.h"
#include "rules/rule_set.h"

namespace vnpolicy {

class HeaderExtractor {
 public:
  explicit HeaderExtractor(const RuleSet& rules);
  DocumentHeader extract(const NormalizedDocument& doc) const;

 private:
  struct Named { std::string caps, name; bool takes_area = false, takes_place_name = false; std::string body_of; };
  const RuleSet& rules_;
  std::vector<Named> doc_types_, issuer_heads_, area_levels_;
  std::vector<std::string> dangling_words_;
};

}  // namespace vnpolicy
