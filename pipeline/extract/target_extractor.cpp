#include "extract/target_extractor.h"

namespace vnpolicy {

TargetExtractor::TargetExtractor(const RuleSet& rules) : rules_(rules) {}

std::vector<Target> TargetExtractor::extract(const SegmentedDocument&, const DocumentHeader&) const {
  return {};  // issue #5
}

}  // namespace vnpolicy
