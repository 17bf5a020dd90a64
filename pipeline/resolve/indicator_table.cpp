#include "resolve/indicator_table.h"

#include <algorithm>
#include <map>

#include "normalize/unicode.h"
#include "rules/table.h"

namespace vnpolicy {
namespace {

const std::vector<std::string> kLevels = {"national", "province", "district", "commune", "plan-common"};

bool is_code(const std::string& s) {
  return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string listed(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

IndicatorTable::IndicatorTable(const RuleSet& rules, const std::vector<std::string>& families) {
  const Table* table = rules.table("indicators");
  if (!table) return;
  const size_t code = table->required_column("code"), name = table->required_column("name"),
               variants = table->required_column("variants"), unit = table->required_column("unit"),
               family = table->required_column("unit_family"), group = table->required_column("group"),
               level = table->required_column("level"), source = table->required_column("source");
  const int part_of = table->column("part_of");
  std::map<std::string, const IndicatorEntry*> by_code, by_name;
  entries_.reserve(table->rows().size());
  for (const TableRow& row : table->rows()) {
    auto fail = [&](const std::string& message) { throw RuleError(*row.file, row.line, message); };
    IndicatorEntry e;
    e.code = Table::field(row, code);
    e.name = Table::field(row, name);
    e.variants = split_list_field(Table::field(row, variants));
    e.units = split_list_field(Table::field(row, unit));
    e.unit_family = Table::field(row, family);
    e.group = Table::field(row, group);
    e.levels = split_list_field(Table::field(row, level));
    e.source = Table::field(row, source);
    if (part_of >= 0) e.part_of = Table::field(row, static_cast<size_t>(part_of));
    e.file = *row.file;
    e.line = row.line;
    if (!e.code.empty() && !is_code(e.code)) fail("code '" + e.code + "' is not four digits (empty when no official code is known)");
    if (!e.part_of.empty() && !is_code(e.part_of)) fail("part_of '" + e.part_of + "' is not the four-digit code of another row");
    if (!e.part_of.empty() && !e.code.empty()) fail("a row with a code of its own is no part of " + e.part_of + " (leave one of them empty)");
    if (e.name.empty()) fail("an indicator needs a name");
    if (e.source.empty()) fail("'" + e.name + "' has no source: say where the name and code were read");
    if (!e.unit_family.empty() && std::find(families.begin(), families.end(), e.unit_family) == families.end())
      fail("unit_family '" + e.unit_family + "' is not a family of rules/unit_families.json (" + listed(families) + ")");
    for (const auto& l : e.levels)
      if (std::find(kLevels.begin(), kLevels.end(), l) == kLevels.end())
        fail("level '" + l + "' is not one of " + listed(kLevels) + " (a list is written 'a; b')");
    for (const auto* list : {&e.variants, &e.units, &e.levels})
      for (const auto& item : *list)
        if (item.find(';') != std::string::npos) fail("list item '" + item + "': items are separated by '; ' (semicolon and space)");
    if (!e.code.empty()) {
      if (auto it = by_code.find(e.code); it != by_code.end())
        fail("code " + e.code + " is given twice (also line " + std::to_string(it->second->line) + ")");
    }
    std::string folded_name = fold_case_and_tones(e.name);
    if (auto it = by_name.find(folded_name); it != by_name.end())
      fail("indicator '" + e.name + "' is listed twice (also line " + std::to_string(it->second->line) + ")");
    entries_.push_back(std::move(e));
    if (!entries_.back().code.empty()) by_code[entries_.back().code] = &entries_.back();
    by_name[folded_name] = &entries_.back();
  }
  // A breakdown names an indicator of the catalogue, in any of its files.
  for (const IndicatorEntry& e : entries_)
    if (!e.part_of.empty() && !by_code.count(e.part_of))
      throw RuleError(e.file, e.line, "part_of " + e.part_of + ": no row of the catalogue has this code");
}

}  // namespace vnpolicy
