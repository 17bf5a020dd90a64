// The figures of a normative text (a law, decree or circular, a decision issuing a Quy định or
// Quy chế, their drafts and the Thuyết minh or Tờ trình of a draft). The rates, fee splits and
// thresholds it sets are no targets; the results of past years it states to justify them
// ("Năm 2023, các cơ quan thu được 35,4 tỷ đồng") are actuals of that year. Which texts are
// normative is data: lexicons normative_doc_types and normative_title_cues of rules/targets.json.
#pragma once
#include <string_view>
#include <vector>

#include "extract/target_scope.h"

namespace vnpolicy {

class NormativeScopes {
 public:
  explicit NormativeScopes(const RuleSet& rules);
  // The scope of each block: TargetScopes::blocks, after marking `doc` as setting rules when its
  // header names a normative text, with the blocks of its rule sections that state a past
  // year's result opened as actuals of that year.
  std::vector<Scope> blocks(const TargetScopes& scopes, const SegmentedDocument& seg, const DocumentHeader& header,
                            DocumentScope& doc) const;

 private:
  bool normative(const DocumentHeader& header) const;
  // The year of the past result every figure-bearing sentence of the block states, or none.
  std::optional<int> past_result_year(const SegmentedDocument& seg, const Block& b, std::optional<int> issued_year, bool dated) const;
  // The past year or span a sentence opens with ("Năm 2023, …", "Theo Bộ X, từ ngày … đến ngày …"), or none.
  std::optional<int> leading_past_year(std::string_view s, std::optional<int> issued_year, bool dated) const;
  // The year of a lead-in ending in ':' that opens with a past year or span: the figures under it are its results.
  std::optional<int> past_frame_year(const SegmentedDocument& seg, const Block& b, std::optional<int> issued_year, bool dated) const;

  const RuleGroup& year_rules_;
  const RuleGroup& numbers_;  // target.number: a sentence without one states nothing
  PhraseList types_, title_cues_, plan_titles_, result_cues_, norm_cues_;
  PhraseList span_openers_;  // "từ", "trong giai đoạn": the words a leading span of time opens with
  PhraseList source_openers_;  // "theo": a leading clause naming whose figures they are
};

}  // namespace vnpolicy
