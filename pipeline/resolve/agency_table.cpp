#include "resolve/agency_table.h"

#include <algorithm>
#include <ctime>
#include <set>

#include "core/dates.h"
#include "core/text.h"
#include "normalize/unicode.h"
#include "rules/table.h"

namespace vnpolicy {
namespace {

const std::vector<std::string> kLevels = {"central", "province", "district", "commune", "party", "mass-org"};
constexpr std::string_view kAnyProvince = "[tên tỉnh]";

bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return is_valid_date(std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2)));
}

// Case, tones, accents of the key kept apart from spacing and punctuation around '&', '-'.
std::string name_key(std::string_view s) { return collapse_whitespace(fold_case_and_tones(s)); }

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// What may follow a name and still be the same body: a place ("tỉnh Lai Châu", "Lâm Đồng").
bool place_after(std::string_view rest_original) {
  std::string_view r = trim(rest_original);
  if (r.empty()) return true;
  if (word_count(r) > 4) return false;
  size_t i = 0;
  char32_t first = next_code_point(r, i);
  std::string lower = to_lower(r);
  for (std::string_view w : {"tỉnh ", "thành phố ", "tp ", "tp. ", "huyện ", "quận ", "thị xã ", "xã ", "phường "})
    if (lower.rfind(w, 0) == 0) return true;
  return is_upper_cp(first);
}

}  // namespace

std::string today_iso() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return *iso_date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

AgencyTable::AgencyTable(const RuleSet& rules) {
  const Table* table = rules.table("agencies");
  if (!table) return;
  const size_t canonical = table->required_column("canonical_name"), abbreviations = table->required_column("abbreviations"),
               variants = table->required_column("variants"), level = table->required_column("level"),
               kind = table->required_column("kind"), from = table->required_column("valid_from"),
               to = table->required_column("valid_to"), successor = table->required_column("successor"),
               source = table->required_column("source");
  std::map<std::string, size_t> by_canonical;
  for (const TableRow& row : table->rows()) {
    auto fail = [&](const std::string& message) { throw RuleError(*row.file, row.line, message); };
    AgencyEntry e;
    e.canonical = Table::field(row, canonical);
    e.abbreviations = split_list_field(Table::field(row, abbreviations));
    e.variants = split_list_field(Table::field(row, variants));
    e.level = Table::field(row, level);
    e.kind = Table::field(row, kind);
    e.valid_from = Table::field(row, from);
    e.valid_to = Table::field(row, to);
    e.successor = Table::field(row, successor);
    e.source = Table::field(row, source);
    e.file = *row.file;
    e.line = row.line;
    if (e.canonical.empty()) fail("an agency needs a canonical_name");
    if (std::find(kLevels.begin(), kLevels.end(), e.level) == kLevels.end()) {
      std::string all;
      for (const auto& l : kLevels) all += (all.empty() ? "" : ", ") + l;
      fail("level '" + e.level + "' is not one of " + all);
    }
    for (const std::string* d : {&e.valid_from, &e.valid_to})
      if (!d->empty() && !is_iso_date(*d)) fail("date '" + *d + "' is not a real date written YYYY-MM-DD");
    if (!e.valid_from.empty() && !e.valid_to.empty() && e.valid_to < e.valid_from)
      fail("valid_to " + e.valid_to + " comes before valid_from " + e.valid_from);
    if (e.successor == e.canonical) fail("'" + e.canonical + "' is its own successor");
    std::string key = name_key(e.canonical);
    if (auto it = by_canonical.find(key); it != by_canonical.end())
      fail("'" + e.canonical + "' is listed twice (also line " + std::to_string(entries_[it->second].line) + ")");
    by_canonical[key] = entries_.size();
    entries_.push_back(std::move(e));
  }
  // Successors exist and lead somewhere: no body is its own successor's predecessor.
  for (const AgencyEntry& e : entries_) {
    if (e.successor.empty()) continue;
    if (!by_canonical.count(name_key(e.successor)))
      throw RuleError(e.file, e.line, "successor '" + e.successor + "' is not a canonical_name of the table");
    std::set<std::string> seen = {e.canonical};
    for (const AgencyEntry* s = &entries_[by_canonical.at(name_key(e.successor))]; !s->successor.empty();
         s = &entries_[by_canonical.at(name_key(s->successor))])
      if (!seen.insert(s->canonical).second) throw RuleError(e.file, e.line, "successors of '" + e.canonical + "' go round in a cycle");
  }
  // Written forms: canonical first, so a variant never takes over another body's own name.
  for (int pass = 0; pass < 2; ++pass)
    for (size_t i = 0; i < entries_.size(); ++i) {
      const AgencyEntry& e = entries_[i];
      std::vector<std::string> forms;
      if (pass == 0) forms = {e.canonical};
      else {
        forms = e.abbreviations;
        forms.insert(forms.end(), e.variants.begin(), e.variants.end());
      }
      for (std::string f : forms) {
        if (size_t at = f.find(kAnyProvince); at != std::string::npos) f = std::string(trim(f.substr(0, at)));
        by_key_.emplace(name_key(f), i);  // the first body to claim a form keeps it
      }
    }
}

const AgencyEntry* AgencyTable::find(std::string_view written) const {
  std::string w = collapse_whitespace(written);
  if (auto it = by_key_.find(name_key(w)); it != by_key_.end()) return &entries_[it->second];
  // The longest known name the text starts with, when what follows it is a place.
  for (size_t end = w.rfind(' '); end != std::string::npos && end > 0; end = w.rfind(' ', end - 1)) {
    if (!place_after(std::string_view(w).substr(end))) continue;
    if (auto it = by_key_.find(name_key(std::string_view(w).substr(0, end))); it != by_key_.end()) return &entries_[it->second];
  }
  return nullptr;
}

const AgencyEntry* AgencyTable::as_of(const AgencyEntry& e, std::string_view date) const {
  const AgencyEntry* at = &e;
  for (size_t hops = 0; hops <= entries_.size(); ++hops) {
    bool ended = !at->valid_to.empty() && at->valid_to < date;
    // The merger is known but not the day the old body ended: the successor answers from the
    // day it began, or, when that is not known either, for queries made as of today.
    if (!ended && at->valid_to.empty() && !at->successor.empty()) {
      const AgencyEntry* next = find(at->successor);
      ended = next && (next->valid_from.empty() ? date >= today_iso() : next->valid_from <= date);
    }
    if (!ended || at->successor.empty()) return at;
    const AgencyEntry* next = find(at->successor);
    if (!next) return at;
    at = next;
  }
  return at;
}

}  // namespace vnpolicy
