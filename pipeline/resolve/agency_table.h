// The agency catalogue (rules/agencies.tsv, from ../shared/lexicon): canonical names with
// abbreviations and variants, level, kind, the dates a body existed and the body that took
// over its work (the 2025 mergers: Sở Kế hoạch và Đầu tư -> Sở Tài chính). A name resolves
// to its entry; `as_of` follows successors to the body that answers for it on a date, so
// a query made today finds the merged department, and one about 2023 the old one.
// Loading checks every row (dates, successors that exist, no cycles) and throws RuleError
// with file:line. Immutable after construction; safe to share.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace vnpolicy {

struct AgencyEntry {
  std::string canonical;
  std::vector<std::string> abbreviations, variants;
  std::string level, kind;
  std::string valid_from, valid_to;  // ISO dates; "" when not known (never "forever")
  std::string successor;             // canonical name of the body that took over, or ""
  std::string source;
  std::string file;
  int line = 0;
};

class AgencyTable {
 public:
  // Reads the table "agencies"; no table gives an empty catalogue. Throws RuleError.
  explicit AgencyTable(const RuleSet& rules);
  const std::vector<AgencyEntry>& entries() const { return entries_; }

  // The entry whose canonical name, variant or abbreviation is `written` (case, tones and
  // spacing aside; "[tên tỉnh]" in the table stands for any province name), or null.
  const AgencyEntry* find(std::string_view written) const;
  // The body that answers for `e` on `date` (ISO): `e` itself while it exists, else its
  // successor, followed as far as the date needs. When the table does not say when `e`
  // ended, its successor answers from the day the successor began, or, when that is not
  // known either, only as of today.
  const AgencyEntry* as_of(const AgencyEntry& e, std::string_view date) const;

 private:
  std::vector<AgencyEntry> entries_;
  std::map<std::string, size_t, std::less<>> by_key_;  // folded written form -> entry
};

// Today's date as ISO YYYY-MM-DD (local time): the default of --as-of.
std::string today_iso();

}  // namespace vnpolicy
