#include "resolve/law_lexicon.h"

#include <algorithm>

#include "core/keys.h"
#include "core/text.h"

namespace vnpolicy {
namespace {

// A law whose effective date is unknown is surely in force this long after its adoption
// (laws take effect within months, at most about a year and a half after they pass); before
// that, a citation of its bare name may mean it or the law it replaces.
constexpr int kYearsUntilSurelyInForce = 2;

std::string plus_years(const std::string& iso, int years) {
  return std::to_string(std::stoi(iso.substr(0, 4)) + years) + iso.substr(4);
}

std::string numbers_of(const std::vector<const Law*>& laws) {
  std::string s;
  for (const Law* l : laws) s += (s.empty() ? "" : ", ") + l->number;
  return s;
}

// Whether the law has surely / possibly taken effect by `date`.
bool surely_in_force(const Law& l, const std::string& date) {
  if (l.effective) return *l.effective <= date;
  if (l.adopted) return plus_years(*l.adopted, kYearsUntilSurelyInForce) <= date;
  return std::to_string(l.year + kYearsUntilSurelyInForce) + "-01-01" <= date;
}
bool possibly_in_force(const Law& l, const std::string& date) {
  if (l.adopted) return *l.adopted <= date;
  return std::to_string(l.year) + "-01-01" <= date;
}
// Order of succession among laws of one name.
std::string start_of(const Law& l) {
  return l.effective ? *l.effective : l.adopted ? *l.adopted : std::to_string(l.year) + "-01-01";
}

// The name keys a law is cited by: its title, then its other titles.
std::vector<const std::string*> names_of(const Law& l) {
  std::vector<const std::string*> out{&l.name_key};
  for (const auto& k : l.alias_keys) out.push_back(&k);
  return out;
}

}  // namespace

std::string law_name_key(std::string_view name, const AccentFolder& folder) {
  std::string folded = folder.fold(name);
  std::string out;
  bool space = false;
  for (char c : folded) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
    if (!word) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

LawResolution resolve_law(const std::vector<const Law*>& candidates, const OptString& date, std::optional<int> year,
                          const OptString& citing_date) {
  LawResolution r;
  if (candidates.empty()) {
    r.note = "not in the law lexicon";
    return r;
  }
  auto pick = [&](const std::vector<const Law*>& found, const char* how, const std::string& what) {
    if (found.size() == 1) {
      r.number = found[0]->number;
      r.resolved_by = how;
    } else if (found.empty()) {
      r.note = "no law of this name " + what + " (known: " + numbers_of(candidates) + ")";
    } else {
      r.note = "ambiguous: " + numbers_of(found) + " " + what;
    }
  };
  if (date) {
    std::vector<const Law*> found;
    for (const Law* l : candidates)
      if (l->adopted == date) found.push_back(l);
    if (found.empty()) {  // a law known only by its number's year
      int y = std::stoi(date->substr(0, 4));
      bool dated_that_year = false;
      for (const Law* l : candidates) dated_that_year = dated_that_year || (l->adopted && l->year == y);
      if (!dated_that_year)
        for (const Law* l : candidates)
          if (!l->adopted && l->year == y) found.push_back(l);
    }
    pick(found, "name+date", "adopted on " + *date);
    return r;
  }
  if (year) {
    std::vector<const Law*> found;
    for (const Law* l : candidates)
      if (l->year == *year) found.push_back(l);
    pick(found, "name+year", "of " + std::to_string(*year));
    return r;
  }
  if (!citing_date) {
    r.note = "name without date in a document without date";
    return r;
  }
  const std::string& d = *citing_date;
  const Law* in_force = nullptr;
  for (const Law* l : candidates)
    if (surely_in_force(*l, d) && (!in_force || start_of(*l) > start_of(*in_force))) in_force = l;
  std::vector<const Law*> maybe;
  for (const Law* l : candidates)
    if (l != in_force && possibly_in_force(*l, d) && !surely_in_force(*l, d) &&
        (!in_force || start_of(*l) > start_of(*in_force)))
      maybe.push_back(l);
  if (in_force && maybe.empty()) {
    r.number = in_force->number;
    r.resolved_by = "in-force";
    return r;
  }
  if (in_force) maybe.insert(maybe.begin(), in_force);
  r.note = maybe.empty() ? "no law of this name in force on " + d + " (known: " + numbers_of(candidates) + ")"
                         : "ambiguous on " + d + ": " + numbers_of(maybe);
  return r;
}

LawResolution resolve_law_by_evidence(const LawEvidence& evidence, const std::string& date) {
  LawResolution r;
  std::vector<std::string> numbers, keys;  // distinct, as first written
  const int year = std::stoi(date.substr(0, 4));
  for (const auto* list : {&evidence.catalogued_numbers, &evidence.written_numbers})
    for (const auto& n : *list) {
      // A law's number carries the year it was adopted in: a number written beside a date of
      // another year is a slip of one or the other ("Luật Đấu thầu số 22/2023/QH15 ngày
      // 29/11/2024", the date of the law amending it), no evidence for that date.
      if (year_in_number(n) != year) continue;
      std::string key = reference_number_key(n);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      keys.push_back(std::move(key));
      numbers.push_back(n);
    }
  if (numbers.size() == 1) {
    r.number = numbers[0];
    r.resolved_by = "name+date";
  } else if (numbers.empty()) {
    r.note = "no number known for this name adopted on " + date;
  } else {
    std::string all;
    for (const auto& n : numbers) all += (all.empty() ? "" : ", ") + n;
    r.note = "the catalog gives this name and date several numbers: " + all;
  }
  return r;
}

bool LawLexicon::in_force(const Law& law, const std::string& date) const {
  if (!surely_in_force(law, date)) return false;
  for (const Law& other : laws_) {
    if (&other == &law || !surely_in_force(other, date)) continue;
    if (other.name_key == law.name_key && start_of(other) > start_of(law)) return false;
    for (const auto& replaced : other.replaces)
      if (reference_number_key(replaced) == reference_number_key(law.number)) return false;
  }
  return true;
}

LawLexicon::LawLexicon(std::vector<Law> laws) : laws_(std::move(laws)) { index(); }

LawLexicon::LawLexicon(const RuleSet& rules) {
  const nlohmann::json* rows = rules.lexicon("laws");
  if (!rows) return;
  AccentFolder folder;
  for (const auto& row : *rows) {
    Law l;
    l.file = row.value("_file", "");
    l.line = row.value("_line", 0);
    auto field = [&](const char* k) { return row.value(k, std::string()); };
    auto fail = [&](const std::string& msg) { throw RuleError(l.file, l.line, "law " + l.number + ": " + msg); };
    l.number = field("number");
    l.kind = field("kind");
    l.name = field("name");
    l.source = field("source");
    if (l.number.empty() || l.name.empty() || field("adopted").empty()) fail("needs number, name and adopted");
    l.name_key = law_name_key(l.name, folder);
    l.adopted = field("adopted");
    if (!field("effective").empty()) l.effective = field("effective");
    std::optional<int> y = year_in_number(l.number);
    if (!y) fail("its number carries no year");
    l.year = *y;
    if (l.adopted->substr(0, 4) != std::to_string(l.year)) fail("adopted " + *l.adopted + " is not in the year of its number");
    if (l.effective && *l.effective < *l.adopted) fail("effective " + *l.effective + " is before adopted " + *l.adopted);
    std::string kind_key = law_name_key(l.kind, folder);
    if (l.name_key.compare(0, kind_key.size(), kind_key) != 0) fail("name \"" + l.name + "\" does not start with its kind \"" + l.kind + "\"");
    const std::string also_named = field("also_named");
    for (auto part : split(also_named, ';')) {
      if (trim(part).empty()) continue;
      std::string key = law_name_key(trim(part), folder);
      if (key.compare(0, kind_key.size(), kind_key) != 0)
        fail("also_named \"" + std::string(trim(part)) + "\" does not start with its kind \"" + l.kind + "\"");
      l.alias_keys.push_back(std::move(key));
      l.also_named.emplace_back(trim(part));
    }
    const std::string replaces = field("replaces");
    for (auto part : split(replaces, ';'))
      if (!trim(part).empty()) l.replaces.emplace_back(trim(part));
    for (const auto& other : laws_)
      if (other.adopted == l.adopted)
        for (const auto* key : names_of(l))
          for (const auto* other_key : names_of(other))
            if (*key == *other_key)
              fail("same name and adoption date as " + other.number + " (line " + std::to_string(other.line) + ")");
    laws_.push_back(std::move(l));
  }
  index();
}

void LawLexicon::index() {
  by_key_.clear();
  by_number_.clear();
  max_words_ = 0;
  name_words_.clear();
  for (size_t i = 0; i < laws_.size(); ++i) {
    for (const std::string* key : names_of(laws_[i])) {
      by_key_[*key].push_back(i);
      max_words_ = std::max(max_words_, static_cast<size_t>(std::count(key->begin(), key->end(), ' ') + 1));
    }
    by_number_[reference_number_key(laws_[i].number)] = i;
    std::string lower = to_lower(normalize_tone_marks(laws_[i].name));
    for (const auto& other : laws_[i].also_named) lower += " " + to_lower(normalize_tone_marks(other));
    std::string word;
    for (size_t k = 0; k <= lower.size(); ++k) {  // words are split at spaces and punctuation
      unsigned char c = k < lower.size() ? static_cast<unsigned char>(lower[k]) : ' ';
      if (c >= 0x80 || std::isalnum(c)) {
        word += static_cast<char>(c);
      } else if (!word.empty()) {
        name_words_.insert(word);
        word.clear();
      }
    }
  }
}

std::vector<const Law*> LawLexicon::named(const std::string& name_key) const {
  std::vector<const Law*> out;
  if (auto it = by_key_.find(name_key); it != by_key_.end())
    for (size_t i : it->second) out.push_back(&laws_[i]);
  return out;
}

const Law* LawLexicon::by_number(std::string_view number) const {
  auto it = by_number_.find(reference_number_key(number));
  return it == by_number_.end() ? nullptr : &laws_[it->second];
}

}  // namespace vnpolicy
