#include "extract/reference_extractor.h"

namespace vnpolicy {

ReferenceExtractor::ReferenceExtractor(const RuleSet& rules) : rules_(rules) {}

std::vector<Reference> ReferenceExtractor::extract(const SegmentedDocument&, const DocumentHeader&) const {
  return {};  // issue #4
}

}  // namespace vnpolicy
