// The key of a phrase that names no catalogue indicator: its own normalised words, without
// what says when or where (years, periods, places), lead-in verbs, "số"/"các" after the
// head noun and a link word left at its end, so it meets the same phrase in another document.
#include <algorithm>

#include "core/text.h"
#include "resolve/indicator_lexicon.h"
#include "resolve/indicator_words.h"

namespace vnpolicy {
using namespace indicator_words;

bool IndicatorLexicon::lead_is_filler(std::string_view indicator, const std::string& folded) const {
  // Without accents "cơ sở" and "có", "đất" and "đạt" are one word: the phrase's first word
  // is a lead-in filler only when its letters, accents kept, are the filler's.
  const std::string first = folded.substr(0, folded.find(' '));
  if (std::none_of(leading_fillers_.begin(), leading_fillers_.end(),
                   [&](const std::string& f) { return f.substr(0, f.find(' ')) == first; }))
    return true;
  std::string toned;
  for (char c : fold_case_and_tones(indicator)) toned += std::string_view(",;:()\"“”").find(c) == std::string_view::npos ? c : ' ';
  toned = collapse_whitespace(toned);
  const std::string toned_first = toned.substr(0, toned.find(' '));
  return std::any_of(leading_fillers_toned_.begin(), leading_fillers_toned_.end(),
                     [&](const std::string& f) { return f.substr(0, f.find(' ')) == toned_first; });
}

std::string IndicatorLexicon::drop_named_places(std::string key) const {
  std::vector<std::string> words;
  for (std::string_view w : split(key, ' '))
    if (!w.empty()) words.emplace_back(w);
  auto words_at = [&](size_t at, const std::string& phrase) {  // how many words `phrase` takes at `at`, or 0
    size_t n = 0;
    for (std::string_view w : split(phrase, ' '))
      if (!w.empty() && (at + n >= words.size() || words[at + n++] != w)) return size_t{0};
    return n;
  };
  // The words of "[link] kind name" starting with the kind at `i`: {first word, end}, or {0, 0}.
  auto place_at = [&](size_t i) -> std::pair<size_t, size_t> {
    for (const auto& kind : place_kinds_) {
      const size_t k = words_at(i, kind);
      if (k == 0) continue;
      for (const auto& name : place_names_)
        if (const size_t n = words_at(i + k, name); n != 0) {
          size_t from = i;
          for (const auto& link : place_links_)
            if (const size_t l = static_cast<size_t>(count_words(link)); l <= i && words_at(i - l, link) == l) {
              from = i - l;
              break;
            }
          return {from, i + k + n};
        }
    }
    return {0, 0};
  };
  for (size_t i = 0; i < words.size();) {
    const auto [from, end] = place_at(i);
    if (end == 0 || words.size() - (end - from) < 3) {
      ++i;
      continue;
    }
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(from), words.begin() + static_cast<std::ptrdiff_t>(end));
    i = from;
  }
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string IndicatorLexicon::drop_periods(std::string key) const {
  std::vector<std::string> words;
  for (std::string_view w : split(key, ' '))
    if (!w.empty()) words.emplace_back(w);
  auto is_number = [](const std::string& w) {
    static const std::string_view romans[] = {"i", "ii", "iii", "iv"};
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
           std::find(std::begin(romans), std::end(romans), w) != std::end(romans);
  };
  // How many words `period` takes at `at`, or 0; its word "0" is any number (rules write '#').
  auto words_at = [&](size_t at, const std::string& period) {
    size_t n = 0;
    for (std::string_view w : split(period, ' ')) {
      if (w.empty()) continue;
      if (at + n >= words.size() || (w == "0" ? !is_number(words[at + n]) : words[at + n] != w)) return size_t{0};
      ++n;
    }
    return n;
  };
  for (size_t i = 0; i < words.size();) {
    size_t n = 0;
    for (const auto& p : periods_)
      if ((n = words_at(i, p)) != 0) break;
    if (n == 0) {
      for (const auto& p : trailing_periods_) {
        if ((n = words_at(i, p)) != 0 && i + n == words.size()) break;
        n = 0;
      }
    }
    if (n == 0 || words.size() - n < 2) {
      ++i;
      continue;
    }
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + static_cast<std::ptrdiff_t>(i + n));
  }
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string IndicatorLexicon::phrase_key(const std::string& folded, bool strip_leading) const {
  // Words, not characters, so a key is never a fragment of a word.
  std::vector<std::string> words;
  for (std::string_view w : split(folded, ' '))
    if (!w.empty()) words.emplace_back(w);
  // Years, and the words that introduce them ("năm 2025", "giai đoạn 2021 - 2025").
  std::vector<std::string> kept;
  for (size_t i = 0; i < words.size(); ++i) {
    if (is_year_word(words[i])) {
      while (!kept.empty()) {
        bool dropped = false;
        for (const auto& y : year_words_) {
          std::string tail;
          for (const auto& k : kept) tail += (tail.empty() ? "" : " ") + k;
          if (ends_with_words(tail, y)) {
            kept.resize(kept.size() - static_cast<size_t>(count_words(y)));
            dropped = true;
            break;
          }
        }
        if (!dropped) break;
      }
      continue;
    }
    kept.push_back(words[i]);
  }
  std::string key;
  for (const auto& k : kept) key += (key.empty() ? "" : " ") + k;
  // A place qualifier says where, not what, wherever it stands ("tỷ lệ xã trên toàn tỉnh
  // không ma túy" is "tỷ lệ xã không ma túy"). What is dropped leaves a phrase of 3+ words:
  // "mm", "tỉnh", "tỷ lệ" alone name no indicator and would meet every such fragment.
  auto leaves_phrase = [&](const std::string& dropped) { return count_words(key) - count_words(dropped) >= 3; };
  // "của tỉnh Lào Cai" before "của tỉnh", which would leave the name behind.
  key = drop_named_places(key);
  for (const auto& p : inner_places_) {
    for (size_t at; leaves_phrase(p) && (at = (" " + key + " ").find(" " + p + " ")) != std::string::npos;)
      key.erase(at == 0 ? 0 : at - 1, p.size() + 1);
    while (!key.empty() && key.back() == ' ') key.pop_back();
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
  }
  key = drop_periods(key);
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& f : leading_fillers_)
      if (strip_leading && starts_with_words(key, f) && key.size() > f.size()) {
        key = key.substr(f.size() + 1);
        changed = true;
      }
    for (const auto& p : trailing_places_)
      if (ends_with_words(key, p) && key.size() > p.size()) {
        key.resize(key.size() - p.size() - 1);
        changed = true;
      }
    for (const auto& p : trailing_links_)
      if (ends_with_words(key, p) && leaves_phrase(p)) {
        key.resize(key.size() - p.size() - 1);
        changed = true;
      }
  }
  // "tỷ lệ số xã", "tỷ lệ các xã": the word after the head noun that only says "the
  // number of" or "the" ("tỷ lệ số hóa" keeps it: a word of its own there).
  const std::string head = head_of(key);
  if (!head.empty() && key.size() > head.size()) {
    const std::string rest = key.substr(head.size() + 1);
    const bool kept_whole = std::any_of(head_fillers_kept_.begin(), head_fillers_kept_.end(),
                                        [&](const std::string& k) { return starts_with_words(rest, k); });
    for (const auto& f : head_fillers_)
      if (!kept_whole && starts_with_words(rest, f) && leaves_phrase(f)) {
        key.assign(head).append(1, ' ').append(rest, f.size() + 1, std::string::npos);
        break;
      }
  }
  return key;
}

}  // namespace vnpolicy
