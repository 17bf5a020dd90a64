#include "resolve/reference_resolver.h"

#include <algorithm>
#include <map>
#include <string>

#include "core/keys.h"
#include "core/text.h"

namespace vnpolicy {

void resolve_reference_years(std::vector<Reference>& refs, const std::vector<YearEvidence>& evidence) {
  std::map<std::string, int> last_year;  // number_key -> year of the latest mention that had one
  for (size_t i = 0; i < refs.size(); ++i) {
    Reference& r = refs[i];
    const YearEvidence* ev = i < evidence.size() ? &evidence[i] : nullptr;
    const std::string key = r.number_key.empty() ? reference_number_key(r.number) : r.number_key;
    std::optional<int> year = year_in_number(r.number);
    if (!year && r.date && r.date->size() >= 4) year = std::stoi(r.date->substr(0, 4));
    if (!year && ev) year = ev->stated;
    if (!year && ev && ev->alias_of && *ev->alias_of < i) year = refs[*ev->alias_of].year;
    if (!year)
      if (auto it = last_year.find(key); it != last_year.end()) year = it->second;
    r.year = year;
    if (year) last_year[key] = *year;
  }
}

namespace {

bool touches_word(std::string_view text, size_t b, size_t e) {
  auto joins = [](char32_t cp) { return is_letter_cp(cp) || (cp >= '0' && cp <= '9') || cp == '/' || cp == '-'; };
  if (b > 0 && joins(cp_before(text, b))) return true;
  if (e < text.size()) {
    size_t q = e;
    if (joins(next_code_point(text, q))) return true;
  }
  return false;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> find_alias_uses(std::string_view text, std::string_view alias, size_t from,
                                                       const std::vector<std::pair<size_t, size_t>>& taken) {
  std::vector<std::pair<size_t, size_t>> out;
  if (alias.empty()) return out;
  for (size_t at = text.find(alias, from); at != std::string_view::npos; at = text.find(alias, at + 1)) {
    size_t end = at + alias.size();
    if (touches_word(text, at, end)) continue;
    bool overlaps = std::any_of(taken.begin(), taken.end(), [&](const auto& t) { return t.first < end && t.second > at; });
    if (!overlaps) out.emplace_back(at, end);
  }
  return out;
}

}  // namespace vnpolicy
