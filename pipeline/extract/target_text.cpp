#include "extract/target_text.h"

#include <algorithm>

#include "core/text.h"
#include "extract/vietnamese_number.h"
#include "normalize/unicode.h"

namespace vnpolicy {
std::string trim_copy(std::string_view s) {
  std::string out = collapse_whitespace(s);
  auto edge = [](char c) { return c == ',' || c == ';' || c == ':' || c == '.' || c == '-' || c == '(' || c == ')' || c == ' '; };
  size_t b = 0, e = out.size();
  while (b < e && edge(out[b])) ++b;
  // "GRDP (theo giá hiện hành)": a closing parenthesis stays when its opening one is kept.
  while (e > b && edge(out[e - 1]) && !(out[e - 1] == ')' && out.find('(', b) < e)) --e;
  return out.substr(b, e - b);
}

bool ends_with_phrase(std::string_view s, std::string_view w) {
  if (s.size() < w.size() || s.compare(s.size() - w.size(), w.size(), w) != 0) return false;
  char32_t before = cp_before(s, s.size() - w.size());
  return before == 0 || !is_letter_cp(before);
}

bool starts_with_phrase(std::string_view s, std::string_view w) {
  if (s.size() < w.size() || s.compare(0, w.size(), w) != 0) return false;
  char32_t after = cp_at(s, w.size());
  return after == 0 || (!is_letter_cp(after) && !is_digit(after));
}

size_t find_last_phrase(std::string_view s, std::string_view w) {
  // Most phrases do not occur at all: find() skips ahead by memchr, rfind() compares at every offset.
  if (w.empty() || s.find(w) == std::string_view::npos) return std::string_view::npos;
  for (size_t at = s.rfind(w); at != std::string_view::npos; at = at == 0 ? std::string_view::npos : s.rfind(w, at - 1)) {
    char32_t before = cp_before(s, at), after = cp_at(s, at + w.size());
    if ((before == 0 || !is_letter_cp(before)) && (after == 0 || !is_letter_cp(after))) return at + w.size();
  }
  return std::string_view::npos;
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

std::string first_words(const std::string& s, size_t n) {
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == ' ' && ++words == n) return s.substr(0, i);
  return s;
}

std::string last_words(const std::string& s, size_t n) {
  size_t words = 0;
  for (size_t i = s.size(); i-- > 0;)
    if (s[i] == ' ' && ++words == n) return s.substr(i + 1);
  return s;
}

std::string words_until(std::string_view s, std::string_view stops, size_t n) {
  size_t e = 0;
  while (e < s.size() && stops.find(s[e]) == std::string_view::npos) {
    if (is_digit(static_cast<unsigned char>(s[e]))) {
      size_t k = e;
      while (k < s.size() && is_digit(static_cast<unsigned char>(s[k]))) ++k;
      if (!looks_like_year(s.substr(e, k - e))) break;
      e = k;
      continue;
    }
    ++e;
  }
  return first_words(trim_copy(s.substr(0, e)), n);
}

PhraseList PhraseList::load(const RuleSet& rules, const char* lexicon) {
  PhraseList w;
  if (const auto* lx = rules.lexicon(lexicon))
    for (const auto& e : *lx) w.list.push_back(to_lower(normalize_tone_marks(e.get<std::string>())));
  std::stable_sort(w.list.begin(), w.list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return w;
}

bool PhraseList::any_in(std::string_view lower) const {
  return std::any_of(list.begin(), list.end(), [&](const std::string& w) { return contains_phrase(lower, w); });
}

bool PhraseList::has(const std::string& w) const { return std::find(list.begin(), list.end(), w) != list.end(); }

std::string PhraseList::blanked(std::string lower) const {
  for (const std::string& m : list)
    for (size_t at = lower.find(m); at != std::string::npos; at = lower.find(m, at)) lower.replace(at, m.size(), " ");
  return lower;
}

std::vector<YearMention> year_mentions(const RuleGroup& year_rules, std::string_view s) {
  std::vector<std::pair<size_t, size_t>> masked;
  std::vector<YearMention> found;
  for (const Rule* r : year_rules.matching(s)) {
    const auto& use = r->fields.contains("use") ? r->fields["use"] : nlohmann::json(true);
    bool mask = use.is_boolean() && !use.get<bool>();
    bool weak = use.is_string() && use.get<std::string>() == "weak";
    int gi = r->group_index("year");
    for_each_match(*r->re, s, [&](size_t b, size_t e, const std::vector<re2::StringPiece>& m) {
      if (mask) { masked.push_back({b, e}); return; }
      std::string y = gi >= 0 && m[static_cast<size_t>(gi)].data() ? std::string(m[static_cast<size_t>(gi)])
                                                                  : std::string(s.substr(e - 4, 4));
      found.push_back({b, e, std::atoi(y.c_str()), weak});
    });
  }
  // What a weak rule matches stays weak whatever else matches it ("tầm nhìn đến năm 2045"
  // holds "năm 2045").
  for (auto& f : found)
    for (const auto& w : found)
      if (w.weak && f.begin < w.end && w.begin < f.end) f.weak = true;
  std::vector<YearMention> out;
  for (const auto& f : found) {
    // A mask hides what it overlaps, not a longer reading that holds it ("từ ngày 01/01/2017 đến ngày
    // 31/12/2023" holds two masked days and is a period).
    bool hidden = std::any_of(masked.begin(), masked.end(), [&](auto m) {
      bool holds = f.begin <= m.first && m.second <= f.end && f.end - f.begin > m.second - m.first;
      return f.begin < m.second && m.first < f.end && !holds;
    });
    bool inside_other = std::any_of(out.begin(), out.end(), [&](auto o) { return f.begin < o.end && o.begin < f.end; });
    if (!hidden && !inside_other) out.push_back(f);
  }
  if (std::any_of(out.begin(), out.end(), [](const auto& y) { return !y.weak; }))
    out.erase(std::remove_if(out.begin(), out.end(), [](const auto& y) { return y.weak; }), out.end());
  std::sort(out.begin(), out.end(), [](auto a, auto b) { return a.begin < b.begin; });
  return out;
}

std::optional<int> latest_written_year(const RuleGroup& year_rules, std::string_view text) {
  std::optional<int> latest;
  for (const Rule* r : year_rules) {
    if (!r->fields.contains("written_day")) continue;
    int limit = r->group_index("limit");
    for_each_match(*r->re, text, [&](size_t, size_t e, const std::vector<re2::StringPiece>& m) {
      if (limit >= 0 && m[static_cast<size_t>(limit)].data()) return;
      int y = std::atoi(std::string(text.substr(e - 4, 4)).c_str());
      if (!latest || y > *latest) latest = y;
    });
  }
  return latest;
}

}  // namespace vnpolicy
