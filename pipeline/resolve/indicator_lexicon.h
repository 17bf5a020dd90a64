// Indicator keys: the same indicator gets the same key in every document. A lexicon
// (rules/indicators.json) lists common socio-economic indicators with their written
// variants; an indicator phrase that contains a variant (accent-, tone- and
// case-insensitive, whole words; the longest variant wins) takes its key, any other
// phrase keys as its folded form ("che phu rung").
#pragma once
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "normalize/unicode.h"
#include "rules/rule_set.h"

namespace vnpolicy {

class IndicatorLexicon {
 public:
  explicit IndicatorLexicon(const RuleSet& rules);
  // `folder` belongs to the calling thread (AccentFolder is not shareable).
  std::string key(const std::string& indicator, const AccentFolder& folder) const;
  // Display name of a lexicon key ("forest_cover" -> "Tỷ lệ che phủ rừng"), or nullopt.
  std::optional<std::string> name(const std::string& key) const;

 private:
  struct Variant {
    std::string folded;  // " che phu rung " (padded with spaces for whole-word search)
    size_t entry;
  };
  struct Entry {
    std::string key, name;
  };
  std::vector<Entry> entries_;
  std::vector<Variant> variants_;  // longest first
  // First word of a variant -> its indices in variants_ (ascending): key() looks up the
  // variants that start at each word of the phrase instead of searching for them all.
  std::unordered_map<std::string, std::vector<size_t>> by_first_word_;
  std::vector<std::string> change_prefixes_;  // folded "muc tang", "muc giam"
};

// Folds a phrase for keys and search: accents and case removed, punctuation to spaces,
// whitespace collapsed ("Tỷ lệ che phủ rừng (%)" -> "ty le che phu rung").
std::string fold_phrase(const std::string& text, const AccentFolder& folder);

}  // namespace vnpolicy
