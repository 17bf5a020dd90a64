// Time limits on work: dates, months, quarters, years, periods, recurring, conditional.
// Prose is scanned with the `deadline.prose` rules; the Thời gian cell of an assignment
// table and of a "Thời gian thực hiện:" label first with `deadline.cell`; a `deadline.not`
// match removes what it overlaps.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/record.h"
#include "extract/assignment_table.h"
#include "extract/label_block.h"
#include "extract/target_text.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class DeadlineExtractor {
 public:
  explicit DeadlineExtractor(const RuleSet& rules);
  std::vector<Deadline> extract(const SegmentedDocument& doc, const DocumentHeader& header) const;
  // Deadlines in text[b, e) of the document; `cell` when it is a Thời gian cell (read as
  // prose too when no cell rule matches, unless `prose_fallback` is false).
  // `default_year` completes a month or quarter written without its year (0 = none).
  // `begins`, when given, receives each deadline's offset in the document text.
  std::vector<Deadline> scan(const SegmentedDocument& doc, size_t b, size_t e, bool cell, int default_year,
                             bool prose_fallback = true, std::vector<size_t>* begins = nullptr) const;

 private:
  const RuleSet& rules_;
  AssignmentTableReader tables_;
  LabelBlockReader labels_;
  PhraseList recalled_cues_, recalled_masks_;
  PhraseList bare_periodic_;  // "định kỳ" that says not how often
  PhraseList meeting_titles_;  // titles of a notice that reports a meeting's conclusions
  // A finish-by date at text[at, ...) that an earlier order set ("… đã chỉ đạo … hoàn thành … trước ngày
  // 30/10/2025"): a limit on work even when it had passed on the issue date.
  bool recalled_limit(const std::string& text, size_t at) const;
  // The day before which a limit counts as past: the issue date, or for a notice of a meeting's
  // conclusions the meeting's day, since the limits were set there ("Ngày 05/11/2025, Thủ tướng …
  // chủ trì cuộc họp"; a notice issued on 20/11 keeps "hoàn thành trước ngày 15/11/2025").
  OptString past_before(const SegmentedDocument& doc, const DocumentHeader& header) const;
};

// The year the document is about: its issue date, else a year in its title; 0 if unknown.
int document_year(const DocumentHeader& header);

}  // namespace vnpolicy
