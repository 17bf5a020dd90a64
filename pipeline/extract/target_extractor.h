// Numeric targets and reported results: value, unit, comparator, kind, indicator, year.
// Every number token of the body is a candidate; the skip rules of rules/targets.json
// drop dates, symbols, ordinals, ages and numbers inside names. Units come from
// resolve/units, keys from resolve/indicator_lexicon; kind and year come from the
// figure's own words, then its section headings, then the document.
#pragma once
#include <string>
#include <vector>

#include "core/record.h"
#include "resolve/indicator_lexicon.h"
#include "resolve/units.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class TargetExtractor {
 public:
  explicit TargetExtractor(const RuleSet& rules);
  std::vector<Target> extract(const SegmentedDocument& doc, const DocumentHeader& header) const;

 private:
  struct Words {
    std::vector<std::string> list;  // longest first
  };
  Words words(const char* lexicon) const;
  // The clause before a figure without its cue words; `verb` gets the tăng/giảm/vượt it ended with.
  std::string strip_subject(std::string clause, std::string& verb) const;

  const RuleSet& rules_;
  UnitLexicon units_;
  IndicatorLexicon indicators_;
  Words target_sections_, actual_sections_, report_types_, plan_cues_, result_words_;
  Words trailing_, leading_, rise_, fall_, over_, bare_, goal_cues_, heads_, comparison_heads_;
};

}  // namespace vnpolicy
