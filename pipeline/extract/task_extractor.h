// Assigned work: lead (chủ trì) and support (phối hợp) units, description, deadline.
#pragma once
#include <vector>

#include "core/record.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class TaskExtractor {
 public:
  explicit TaskExtractor(const RuleSet& rules);
  // `deadlines` are the document's deadlines, already extracted: a task carries the one
  // on its row or sentence.
  std::vector<Task> extract(const SegmentedDocument& doc, const DocumentHeader& header,
                            const std::vector<Deadline>& deadlines) const;

 private:
  const RuleSet& rules_;
};

}  // namespace vnpolicy
