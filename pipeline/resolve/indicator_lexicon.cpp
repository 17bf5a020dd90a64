#include "resolve/indicator_lexicon.h"

#include <algorithm>

#include "core/text.h"

namespace vnpolicy {

std::string fold_phrase(const std::string& text, const AccentFolder& folder) {
  std::string folded = folder.fold(text), out;
  for (char c : folded) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%' || (static_cast<unsigned char>(c) & 0x80);
    if (word) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

IndicatorLexicon::IndicatorLexicon(const RuleSet& rules) {
  AccentFolder folder;  // construction only; key() gets the caller's folder
  if (const auto* lx = rules.lexicon("indicators"))
    for (const auto& e : *lx) {
      entries_.push_back({e.at("key").get<std::string>(), e.value("name", "")});
      for (const auto& v : e.at("variants"))
        variants_.push_back({" " + fold_phrase(v.get<std::string>(), folder) + " ", entries_.size() - 1});
    }
  if (const auto* lx = rules.lexicon("indicator_change_prefixes"))
    for (const auto& p : *lx) change_prefixes_.push_back(fold_phrase(p.get<std::string>(), folder));
  std::stable_sort(variants_.begin(), variants_.end(),
                   [](const Variant& a, const Variant& b) { return a.folded.size() > b.folded.size(); });
  for (size_t i = 0; i < variants_.size(); ++i) {
    const std::string& v = variants_[i].folded;  // " w1 w2 "
    if (v.size() <= 2) continue;                 // an empty variant names nothing
    by_first_word_[v.substr(1, v.find(' ', 1) - 1)].push_back(i);
  }
}

std::string IndicatorLexicon::key(const std::string& indicator, const AccentFolder& folder) const {
  std::string folded = fold_phrase(indicator, folder);
  std::string padded = " " + folded + " ";
  // The variant that comes first in variants_ (the longest) among those the phrase
  // holds as whole words. A variant can only start where a word starts.
  size_t best = variants_.size();
  for (size_t at = 0; at + 1 < padded.size(); at = padded.find(' ', at + 1)) {
    size_t end = padded.find(' ', at + 1);
    auto it = by_first_word_.find(padded.substr(at + 1, end - at - 1));
    if (it == by_first_word_.end()) continue;
    for (size_t i : it->second) {
      if (i >= best) break;
      if (padded.compare(at, variants_[i].folded.size(), variants_[i].folded) == 0) best = i;
    }
  }
  if (best == variants_.size()) return folded;
  const Variant& v = variants_[best];
  const std::string& k = entries_[v.entry].key;
  for (const auto& p : change_prefixes_)
    if (folded.rfind(p + " ", 0) == 0 && v.folded.find(" " + p + " ") == std::string::npos) return k + ".change";
  return k;
}

std::optional<std::string> IndicatorLexicon::name(const std::string& key) const {
  for (const Entry& e : entries_)
    if (e.key == key) return e.name;
  return std::nullopt;
}

}  // namespace vnpolicy
