// Time limits on work: dates, months, quarters, years, periods, recurring, conditional.
#pragma once
#include <vector>

#include "core/record.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class DeadlineExtractor {
 public:
  explicit DeadlineExtractor(const RuleSet& rules);
  std::vector<Deadline> extract(const SegmentedDocument& doc, const DocumentHeader& header) const;

 private:
  const RuleSet& rules_;
};

}  // namespace vnpolicy
