// Text helpers shared by the parts of the target extractor: whole-word phrase search on
// lower-cased text, clause trimming, and the year mentions of a text that may be a
// figure's year (the target.year rules say which are and which are not).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "rules/rule_set.h"

namespace vnpolicy {

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Collapses white space and drops edge punctuation (a ')' stays when its '(' is kept).
std::string trim_copy(std::string_view s);

// Whole-word phrase tests: `w` must not continue a letter on either side.
bool ends_with_phrase(std::string_view s, std::string_view w);
bool starts_with_phrase(std::string_view s, std::string_view w);
// Byte offset just after the last whole-word occurrence of w in s, or npos.
size_t find_last_phrase(std::string_view s, std::string_view w);
inline bool contains_phrase(std::string_view s, std::string_view w) {
  return find_last_phrase(s, w) != std::string_view::npos;
}

size_t count_words(std::string_view s);
std::string first_words(const std::string& s, size_t n);
std::string last_words(const std::string& s, size_t n);

// The words of s up to the first stop character or a number that is not a year, at most n.
std::string words_until(std::string_view s, std::string_view stops, size_t n);

// A cue list of rules/targets.json (lower case, tone marks normalised), longest first.
struct PhraseList {
  std::vector<std::string> list;
  static PhraseList load(const RuleSet& rules, const char* lexicon);
  bool any_in(std::string_view lower) const;      // some phrase occurs as whole words
  bool has(const std::string& w) const;           // w is one of the phrases
  std::string blanked(std::string lower) const;   // every phrase replaced by a space (masks before a cue test)
};

struct YearMention {
  size_t begin = 0, end = 0;
  int year = 0;
  bool weak = false;  // a vision year ("tầm nhìn đến năm 2045"): used only where nothing else is
};

// The year mentions of `s` that may be a figure's year, in text order. Rules with
// "use": false mask what they match (base years, dates, school years); "use": "weak"
// marks a mention used only when `s` has no other.
std::vector<YearMention> year_mentions(const RuleGroup& year_rules, std::string_view s);

// The year of the latest day `text` tells of, by the year rules marked "written_day" (a limit the
// text sets does not count): for a text without its header, the nearest year to when it was written.
std::optional<int> latest_written_year(const RuleGroup& year_rules, std::string_view text);

}  // namespace vnpolicy
