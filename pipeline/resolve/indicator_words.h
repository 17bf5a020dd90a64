// Word-level helpers shared by the indicator lexicon and its phrase keys: phrases here are
// folded (fold_phrase), words apart by single spaces.
#pragma once
#include <algorithm>
#include <string>
#include <string_view>

namespace vnpolicy::indicator_words {

inline int count_words(const std::string& folded) {
  int n = 0;
  bool in = false;
  for (char c : folded) {
    if (c != ' ' && !in) ++n;
    in = c != ' ';
  }
  return n;
}

inline bool starts_with_words(const std::string& s, const std::string& prefix) {
  return !prefix.empty() && s.compare(0, prefix.size(), prefix) == 0 && (s.size() == prefix.size() || s[prefix.size()] == ' ');
}

inline bool ends_with_words(const std::string& s, const std::string& suffix) {
  return !suffix.empty() && s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0 &&
         (s.size() == suffix.size() || s[s.size() - suffix.size() - 1] == ' ');
}

inline bool is_year_word(std::string_view w) {
  return w.size() == 4 && (w[0] == '1' || w[0] == '2') && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace vnpolicy::indicator_words
