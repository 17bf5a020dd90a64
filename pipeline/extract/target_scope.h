// The context that gives a figure its kind and year when its own sentence does not: the
// document (a report reports results; a plan's year is in its title), the headings above
// it in the section tree, and lead-ins that govern the items after them — a line ending
// in ':' ("Phấn đấu đến năm 2027:") until the next plain paragraph, a bare title line
// ("Mục tiêu đến năm 2030") until the next title or heading. The nearer context wins.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/record.h"
#include "extract/target_text.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

struct Scope {
  // target | actual, when the context says; norm: rates and fees, no figures; rules: a law,
  // decree or circular outside its sections of goals, no figures either; recipients: "Nơi nhận:"
  std::optional<std::string> kind;
  std::optional<int> year;
  bool goal = false;  // its name says it sets goals ("Mục tiêu", "phấn đấu"): figures even in a decree
};

struct DocumentScope {
  bool report = false;             // a report: results unless a section says otherwise
  std::optional<int> year;         // from the title: a plan's last year, a report's first
  std::optional<int> issued_year;  // the year of results a report gives without saying
  bool norms = false;              // the title says it sets rates or fees ("quy định mức chi")
  bool rules = false;              // a law, decree, circular or other normative document (its number
                                   // carries its year): it sets rules, goals only where it says so
  std::string title;               // lower case, spaces collapsed: its lines in the body name no section
};

// Markers that open a section of their own (Roman numerals, Chương, Điều, capitals), as
// opposed to items of a list.
bool opens_section(MarkerKind k);

// The scope sets rates, fees or rules: its numbers are no figures.
// Rates a rule sets, a normative text outside its goals, the list of recipients: no figures there.
inline bool gives_no_figures(const Scope& s) { return s.kind == "norm" || s.kind == "rules" || s.kind == "recipients"; }

class TargetScopes {
 public:
  explicit TargetScopes(const RuleSet& rules);
  DocumentScope document(const SegmentedDocument& seg, const DocumentHeader& header) const;
  // The scope over each block's own text, by block index.
  std::vector<Scope> blocks(const SegmentedDocument& seg, const DocumentScope& doc) const;

 private:
  // What a block says about the text it governs (its headings' words, a lead-in's cues).
  Scope named(const SegmentedDocument& seg, const Block& b, bool lead_in) const;
  Scope scope_of_name(const std::string& name, bool lead_in) const;
  // The lower-case text holds one of the cues, once phrases that only look like one are out.
  bool cued(const PhraseList& cues, std::string lower) const;
  // The year a table row that only names a period ("| II | Giai đoạn 2028-2030 | | |") gives
  // the rows after it, as a heading does.
  std::optional<int> period_row_year(const SegmentedDocument& seg, const Block& row) const;

  const RuleGroup& year_rules_;
  const RuleGroup& rules_numbers_;  // an own number with its year: a normative document
  const RuleGroup& period_titles_;  // a line that only names a period ("Giai đoạn 2025-2027")
  const RuleGroup& recipients_;     // "Nơi nhận:", the head of the list of recipients
  PhraseList target_sections_, actual_sections_, report_types_, rule_types_, rule_goal_cues_, plan_titles_, goal_cues_, norm_cues_, cue_masks_;
};

}  // namespace vnpolicy
