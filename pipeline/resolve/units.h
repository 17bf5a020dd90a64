// Units of figures, from the lexicons of rules/units.json: scale words (nghìn, triệu,
// tỷ), measures (%, tấn, ha, đồng ...), counted nouns (lượt khách, dự án ...) and
// per-units (/năm, /1 vạn dân). Immutable after construction; safe to share.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace vnpolicy {

struct UnitMatch {
  size_t length = 0;        // bytes of the text the unit covers, from the start of `after`
  std::string written;      // as written ("nghìn lượt khách", "%/năm"); "điểm%" shows as "điểm %"
  std::string base;         // "đồng", "kg", "%", or the counted noun
  double scale = 1;         // value * scale is the value in `base`
  bool measure = false;     // a measure (%, tấn, ...) rather than a counted noun
};

class UnitLexicon {
 public:
  explicit UnitLexicon(const RuleSet& rules);
  // The unit at the start of `after` (leading spaces skipped), or nullopt when no
  // unit is written there.
  std::optional<UnitMatch> match(std::string_view after) const;
  // Whether `word` is built as a Vietnamese syllable (rules unit.noun.syllable); "hành" yes, "of" no.
  bool is_syllable(std::string_view word) const;
  // Whether most words of `text` (acronyms aside) are not Vietnamese syllables: an English
  // paragraph ("paragraph 2 of Article 5") or OCR garbage, whose numbers are no figures.
  bool foreign_text(std::string_view text) const;
  // Whether two units measure the same thing (after scales), so values may be subtracted.
  static bool compatible(const std::string& base_a, const std::string& base_b) { return !base_a.empty() && base_a == base_b; }

 private:
  struct Entry {
    std::string written;  // lexicon spelling
    std::string display;
    std::string base;
    double scale = 1;
    bool measure = false;
  };
  // Longest entry that starts `s` and ends on a word boundary.
  const Entry* longest(const std::vector<Entry>& entries, std::string_view s) const;
  // The end of a counted noun joined to the one ending at `from` by ',' or "và", else 0.
  size_t joined_noun(std::string_view after, size_t from) const;
  // The end of a per-unit ("/năm", "/1 vạn dân") starting at `from`, else 0.
  size_t per_unit_end(std::string_view after, size_t from) const;
  // The byte length of an unlisted counted noun at the start of `rest`, else 0.
  size_t unlisted_noun(std::string_view rest) const;

  std::vector<Entry> scales_, measures_, nouns_;
  std::vector<std::string> not_units_;
  std::vector<std::string> standalone_nouns_;  // one-syllable nouns that count on their own ("bộ", "tờ")
  std::vector<std::string> joiners_;  // words that join two counted nouns ("và")
  const RuleSet& rules_;
};

// Byte length of the word (letters and digits) at the start of s.
size_t word_length(std::string_view s);

}  // namespace vnpolicy
