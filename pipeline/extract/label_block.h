// Label lines: the layout in which a plan states an item's work, units and time each on a
// line of its own ("a) Nhiệm vụ: …", "- Cơ quan chủ trì: Sở Tài chính", "- Cơ quan thực
// hiện: Sở X chủ trì, phối hợp với Y", "c) Thời gian thực hiện: Quý II/2024"), in any order,
// with or without markers, a value wrapped onto the lines below. The labels are the
// `task.label` rules; each names its role in `fields.role`.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

// Procedure: a label of an administrative procedure ("Trình tự thực hiện"): the agency it
// names handles a file, it is not assigned work.
enum class LabelRole { Work, Executor, Lead, Support, Time, Product, Procedure };

struct LabelLine {
  int block = -1;         // the block that opens with the label (or holds it inline)
  LabelRole role = LabelRole::Work;
  Span value;             // after the label, to the end of its value (may be empty)
  int last_block = -1;    // the last block the value runs on to (unmarked paragraphs or sub-items below it)
  size_t begin = 0;       // where the label starts: the block's start, or inside it for an inline label
  bool inline_label = false;  // one of several labels on one line ("…; Cơ quan chủ trì: Sở X; Thời gian: …")
};

// The labels under one item, and the item they describe.
struct LabelGroup {
  int owner = -1;                 // the item or heading the labels stand under, -1 at top level
  std::vector<LabelLine> labels;  // in document order
  const LabelLine* first(LabelRole r) const;
  // True when a label names who does the work (chủ trì, thực hiện, phối hợp).
  bool names_units() const;
};

class LabelBlockReader {
 public:
  explicit LabelBlockReader(const RuleSet& rules);
  // Every group of label lines in the document, in order. A group opens at the first label
  // under an owner and at a second work (or lead) label under the same owner.
  std::vector<LabelGroup> groups(const SegmentedDocument& doc) const;
  // The label a block's content opens with: its role and where its value starts.
  std::optional<std::pair<LabelRole, size_t>> label_of(std::string_view content) const;
  // Where the value of a label line ends.
  static size_t value_end(const SegmentedDocument& doc, const LabelLine& l);

 private:
  // The labels of one block: the one it opens with, and those that follow a ';', '|', tab, '(' or
  // sentence end on the same line when one of them names who does the work; the text before the
  // first inline label is then the item's work. Empty when the block holds no label.
  std::vector<LabelLine> labels_in(const SegmentedDocument& doc, size_t block) const;

  const RuleGroup& rules_;
};

}  // namespace vnpolicy
