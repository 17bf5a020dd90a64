// References to other documents: number/symbol, type, date, issuer, relation, year.
#pragma once
#include <vector>

#include "core/record.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class ReferenceExtractor {
 public:
  explicit ReferenceExtractor(const RuleSet& rules);
  std::vector<Reference> extract(const SegmentedDocument& doc, const DocumentHeader& header) const;

 private:
  const RuleSet& rules_;
};

}  // namespace vnpolicy
