// The whole extraction: bytes as read -> vnpolicy.extract/1 record.
// A pure function of the text and the rules: no I/O, no database, no shared mutable
// state, so one DocumentExtractor serves every worker thread.
#pragma once
#include <memory>

#include "core/record.h"
#include "extract/deadline_extractor.h"
#include "extract/header_extractor.h"
#include "extract/named_reference_extractor.h"
#include "extract/reference_extractor.h"
#include "extract/target_extractor.h"
#include "extract/task_extractor.h"
#include "read/document_reader.h"
#include "rules/rule_set.h"

namespace vnpolicy {

class DocumentExtractor {
 public:
  explicit DocumentExtractor(std::shared_ptr<const RuleSet> rules);

  // A record for a file as read; a read error gives a record carrying that error.
  // When `segmented` is given it receives the segmented text (for the search index),
  // so a caller that needs both does not segment twice.
  Record extract(const ReadOutcome& input, SegmentedDocument* segmented = nullptr) const;
  // Convenience for tests: text already decoded.
  Record extract_text(std::string_view utf8_text, std::string path = "<text>") const;
  // The intermediate stages, for tests and tools.
  SegmentedDocument segment(std::string_view utf8_text) const;

  const RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const RuleSet> rules_;
  HeaderExtractor header_;
  ReferenceExtractor references_;
  NamedReferenceExtractor named_references_;
  TargetExtractor targets_;
  DeadlineExtractor deadlines_;
  TaskExtractor tasks_;
};

}  // namespace vnpolicy
