#include "extract/deadline_extractor.h"

namespace vnpolicy {

DeadlineExtractor::DeadlineExtractor(const RuleSet& rules) : rules_(rules) {}

std::vector<Deadline> DeadlineExtractor::extract(const SegmentedDocument&, const DocumentHeader&) const {
  return {};  // issue #6
}

}  // namespace vnpolicy
