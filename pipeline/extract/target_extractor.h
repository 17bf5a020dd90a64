// Numeric targets and reported results: value, unit, comparator, kind, indicator, year.
#pragma once
#include <vector>

#include "core/record.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class TargetExtractor {
 public:
  explicit TargetExtractor(const RuleSet& rules);
  std::vector<Target> extract(const SegmentedDocument& doc, const DocumentHeader& header) const;

 private:
  const RuleSet& rules_;
};

}  // namespace vnpolicy
