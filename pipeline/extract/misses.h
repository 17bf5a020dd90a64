// What the extraction left out, for a rule writer facing a new corpus: sentences with a
// task cue ("chủ trì", "giao", "có trách nhiệm", "phối hợp", "đề nghị") in a block that gave
// no task, figures with a unit or "%" on a line that gave no target, symbols shaped like a
// document number (NN/XX-YY, NN-XX/YY) that gave no reference, and a header without a number
// or an issuer. The cues are the `misses.*` rules; a miss is a lead, not a verdict.
#pragma once
#include <string>
#include <vector>

#include "core/record.h"
#include "extract/target_scope.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

struct Miss {
  int line = 0;
  std::string kind;  // task | target | reference | header
  std::string text;  // the sentence, figure or symbol as written (a sentence cut to ~200 bytes)
  std::string why;   // the cue, the unit, or the header field that is missing
  std::string rule_id;
};

inline constexpr const char* kMissKinds[] = {"task", "target", "reference", "header"};

class MissFinder {
 public:
  explicit MissFinder(const RuleSet& rules);
  // The misses of one document, in line order (kinds in the order of kMissKinds on a line).
  std::vector<Miss> find(const SegmentedDocument& doc, const Record& record) const;

 private:
  void task_misses(const SegmentedDocument& doc, const Record& record, std::vector<Miss>& out) const;
  void target_misses(const SegmentedDocument& doc, const Record& record, std::vector<Miss>& out) const;
  void reference_misses(const SegmentedDocument& doc, const Record& record, std::vector<Miss>& out) const;
  const RuleSet& rules_;
  std::vector<std::string> skips_on_purpose_;  // target skip rules that reject conditions, not figures missed
  TargetScopes scopes_;  // where figures are rules, not goals: no target is missed there
};

}  // namespace vnpolicy
