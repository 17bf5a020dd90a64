#include "rules/lexicon_table.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include <re2/re2.h>

#include "core/text.h"
#include "rules/rule_set.h"
#include "rules/table.h"

namespace vnpolicy {

nlohmann::json table_rows_json(const Table& table) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : table.rows()) {
    nlohmann::json r = nlohmann::json::object();
    for (size_t i = 0; i < table.columns().size(); ++i) r[table.columns()[i]] = Table::field(row, i);
    r["_file"] = row.file ? *row.file : std::string();
    r["_line"] = row.line;
    rows.push_back(std::move(r));
  }
  return rows;
}

void check_table_rows(const std::string& table, const nlohmann::json& spec, const std::string& spec_file, int spec_line,
                      const nlohmann::json& rows) {
  auto columns = spec.find("columns");
  if (columns == spec.end() || !columns->is_object())
    throw RuleError(spec_file, spec_line, "table '" + table + "' needs a 'columns' object");
  struct Check {
    std::unique_ptr<RE2> re;
    bool required = false, unique = false;
    std::set<std::string> seen;
  };
  std::map<std::string, Check> checks;
  for (const auto& [name, c] : columns->items()) {
    if (!c.is_object()) throw RuleError(spec_file, spec_line, "table '" + table + "': column '" + name + "' must be an object");
    Check k;
    if (auto p = c.find("pattern"); p != c.end()) {
      if (!p->is_string()) throw RuleError(spec_file, spec_line, "table '" + table + "': pattern of '" + name + "' must be a string");
      RE2::Options opt;
      opt.set_log_errors(false);
      k.re = std::make_unique<RE2>(p->get<std::string>(), opt);
      if (!k.re->ok())
        throw RuleError(spec_file, spec_line, "table '" + table + "': bad pattern for '" + name + "': " + k.re->error());
    }
    k.required = c.value("required", false);
    k.unique = c.value("unique", false);
    checks.emplace(name, std::move(k));
  }
  for (const auto& row : rows) {
    const std::string file = row.value("_file", "");
    const int line = row.value("_line", 0);
    for (auto& [name, k] : checks) {
      auto f = row.find(name);
      if (f == row.end()) throw RuleError(file, 1, "table '" + table + "' has no column '" + name + "'");
      const std::string v = f->get<std::string>();
      if (v.empty()) {
        if (k.required) throw RuleError(file, line, "column '" + name + "' is empty");
        continue;
      }
      if (k.re && !RE2::FullMatch(v, *k.re))
        throw RuleError(file, line, "column '" + name + "': \"" + v + "\" does not match " + k.re->pattern());
      if (k.unique && !k.seen.insert(v).second) throw RuleError(file, line, "column '" + name + "': \"" + v + "\" appears twice");
    }
  }
}

}  // namespace vnpolicy
