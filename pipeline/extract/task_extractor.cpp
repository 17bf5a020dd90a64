#include "extract/task_extractor.h"

namespace vnpolicy {

TaskExtractor::TaskExtractor(const RuleSet& rules) : rules_(rules) {}

std::vector<Task> TaskExtractor::extract(const SegmentedDocument&, const DocumentHeader&,
                                         const std::vector<Deadline>&) const {
  return {};  // issue #6
}

}  // namespace vnpolicy
