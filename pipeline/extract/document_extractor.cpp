#include "extract/document_extractor.h"

#include "core/sha256.h"

namespace vnpolicy {

DocumentExtractor::DocumentExtractor(std::shared_ptr<const RuleSet> rules)
    : rules_(std::move(rules)),
      header_(*rules_),
      references_(*rules_),
      named_references_(*rules_),
      targets_(*rules_),
      deadlines_(*rules_),
      tasks_(*rules_) {}

SegmentedDocument DocumentExtractor::segment(std::string_view utf8_text) const {
  return segment_document(normalize_document(utf8_text, *rules_), *rules_);
}

Record DocumentExtractor::extract(const ReadOutcome& input, SegmentedDocument* segmented) const {
  Record r;
  r.source = input.source;
  r.warnings = input.warnings;
  if (input.error) {
    r.error = input.error;
    return r;
  }
  SegmentedDocument seg = segment(input.text);
  r.document = header_.extract(seg.doc);
  r.references = references_.extract(seg, r.document);
  r.named_references = named_references_.extract(seg, r.document, references_);
  r.targets = targets_.extract(seg, r.document);
  r.deadlines = deadlines_.extract(seg, r.document);
  r.tasks = tasks_.extract(seg, r.document, r.deadlines);
  if (segmented) *segmented = std::move(seg);
  return r;
}

Record DocumentExtractor::extract_text(std::string_view utf8_text, std::string path) const {
  ReadOutcome in;
  in.source.path = std::move(path);
  in.source.sha256 = sha256_hex(utf8_text);
  in.source.bytes = utf8_text.size();
  in.text = std::string(utf8_text);
  return extract(in);
}

}  // namespace vnpolicy
