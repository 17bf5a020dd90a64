// The indicator catalogue (rules/indicators.tsv, from ../shared/lexicon): the national
// statistical indicators with their official codes (Luật 01/2021/QH15, Phụ lục) and the
// indicators provincial plans repeat, each with written variants, units, a unit family
// and the source it was read from. Loading checks every row and throws RuleError with
// the file and line of a bad one. Immutable after construction; safe to share.
#pragma once
#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace vnpolicy {

struct IndicatorEntry {
  std::string code;                   // official code ("0101"), or "" when none is known
  std::string name;                   // official or usual name
  std::vector<std::string> variants;  // written forms, without the name itself
  std::vector<std::string> units;     // usual units ("ha"; "cuộc", "năm")
  std::string unit_family;            // "percent", "money" ... or "" when unknown
  std::string group;                  // the catalogue's group heading
  std::vector<std::string> levels;    // national, province, district, commune, plan-common
  std::string source;
  // The official code of the indicator this row is a breakdown of ("0802" for the area of
  // tea within the area of perennial crops), or "". Optional column `part_of`.
  std::string part_of;
  std::string file;
  int line = 0;
};

class IndicatorTable {
 public:
  // Reads the table "indicators"; no table gives an empty catalogue. `families` are the
  // unit families a row may name (UnitFamilies::families()). Throws RuleError.
  IndicatorTable(const RuleSet& rules, const std::vector<std::string>& families);
  const std::vector<IndicatorEntry>& entries() const { return entries_; }

 private:
  std::vector<IndicatorEntry> entries_;
};

}  // namespace vnpolicy
