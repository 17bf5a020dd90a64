// vnpolicy targets | diff | series: the figures of the catalog, filtered, aligned
// between two documents by indicator key, or followed across years.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include "cli/common.h"
#include "normalize/unicode.h"
#include "resolve/indicator_lexicon.h"
#include "resolve/units.h"

namespace vnpolicy::cli {
namespace {

struct Figure {
  int64_t doc_id = 0;
  std::string doc;  // the document's own number, else its file name
  std::optional<std::string> indicator, key, unit, unit_base;
  double value = 0;
  std::optional<double> value_max, value_base;
  std::string comparator, kind;
  std::optional<int64_t> year;
  int64_t line = 0;
  std::string text;
};

std::vector<Figure> load_figures(Database& db, std::optional<int64_t> doc_id = std::nullopt) {
  auto q = db.prepare(
      "SELECT t.doc_id, d.number, d.path, t.indicator, t.indicator_key, t.value, t.value_max, t.unit,"
      " t.value_base, t.unit_base, t.comparator, t.kind, t.year, t.line, t.text"
      " FROM targets t JOIN documents d ON d.id = t.doc_id"
      " WHERE ?1 IS NULL OR t.doc_id = ?1 ORDER BY t.doc_id, t.seq");
  q.bind(1, doc_id);
  std::vector<Figure> out;
  while (q.step()) {
    Figure f;
    f.doc_id = q.int64(0);
    f.doc = q.is_null(1) ? std::filesystem::path(q.text(2)).filename().string() : q.text(1);
    f.indicator = q.opt_text(3);
    f.key = q.opt_text(4);
    f.value = q.real(5);
    f.value_max = q.opt_real(6);
    f.unit = q.opt_text(7);
    f.value_base = q.opt_real(8);
    f.unit_base = q.opt_text(9);
    f.comparator = q.text(10);
    f.kind = q.text(11);
    f.year = q.opt_int64(12);
    f.line = q.int64(13);
    f.text = q.text(14);
    out.push_back(std::move(f));
  }
  return out;
}

nlohmann::json opt(const std::optional<std::string>& s) { return s ? nlohmann::json(*s) : nlohmann::json(nullptr); }
nlohmann::json opt(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
nlohmann::json opt(const std::optional<int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

// "~9,1 %", "≥ 85 %", "9–11 %/năm" for tables.
std::string shown(const Figure& f) {
  static const std::map<std::string, std::string> sign = {{"approx", "~"}, {"gt", ">"}, {"gte", ">="}, {"lt", "<"}, {"lte", "<="}};
  std::string s;
  if (auto it = sign.find(f.comparator); it != sign.end()) s = it->second;
  s += format_number(f.value);
  if (f.value_max) s += "-" + format_number(*f.value_max);
  if (f.unit) s += " " + *f.unit;
  return s;
}

// One document id for DOC, or an error printed.
std::optional<int64_t> one_document(Database& db, const std::string& spec, CommandContext& ctx) {
  auto ids = find_documents(db, spec);
  if (ids.size() == 1) return ids.front();
  std::cerr << "vnpolicy: " << (ids.empty() ? "no document matches " : "several documents match ") << spec << "\n";
  ctx.exit_code = kExitUsage;
  return std::nullopt;
}

// Accent- and case-insensitive: "che phu rung" finds "Tỷ lệ che phủ rừng" and the key forest_cover.
bool indicator_matches(const Figure& f, const std::string& folded_query, const AccentFolder& folder) {
  if (folded_query.empty()) return true;
  if (f.indicator && fold_phrase(*f.indicator, folder).find(folded_query) != std::string::npos) return true;
  return f.key && fold_phrase(*f.key, folder).find(folded_query) != std::string::npos;
}

// The figure that stands for an indicator in one document: the latest year, then the first mention.
const Figure* representative(const std::vector<const Figure*>& figs) {
  const Figure* best = nullptr;
  for (const Figure* f : figs)
    if (!best || f->year.value_or(0) > best->year.value_or(0)) best = f;
  return best;
}

bool comparable(const Figure& a, const Figure& b) {
  return a.unit_base && b.unit_base && a.value_base && b.value_base && UnitLexicon::compatible(*a.unit_base, *b.unit_base);
}

void add_targets(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("targets", "List figures (targets and actuals) of the catalog");
  struct Options {
    std::string indicator, kind, doc, db, format;
    std::optional<int> year;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--indicator", o->indicator, "Indicator words (accents and case ignored)");
  cmd->add_option("--year", o->year, "Only figures for this year");
  cmd->add_option("--kind", o->kind, "target or actual")->check(CLI::IsMember({"target", "actual"}));
  cmd->add_option("--doc", o->doc, "Only this document (path, file name, sha256 prefix or number)");
  add_db_option(*cmd, o->db);
  add_format_option(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    std::optional<int64_t> doc;
    if (!o->doc.empty() && !(doc = one_document(catalog->db(), o->doc, ctx))) return;
    AccentFolder folder;
    std::string query = fold_phrase(o->indicator, folder);
    Output table({"doc", "line", "kind", "indicator", "value", "value_max", "unit", "comparator", "year", "key"});
    for (const Figure& f : load_figures(catalog->db(), doc)) {
      if (!indicator_matches(f, query, folder)) continue;
      if (o->year && f.year != *o->year) continue;
      if (!o->kind.empty() && f.kind != o->kind) continue;
      table.add({f.doc, f.line, f.kind, opt(f.indicator), f.value, opt(f.value_max), opt(f.unit), f.comparator, opt(f.year), opt(f.key)});
    }
    table.print(std::cout, o->format);
  });
}

void add_diff(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("diff", "Align the figures of two documents by indicator and show what changed");
  struct Options {
    std::string a, b, db, format;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("doc_a", o->a, "First document")->required();
  cmd->add_option("doc_b", o->b, "Second document")->required();
  add_db_option(*cmd, o->db);
  add_format_option(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    auto ida = one_document(catalog->db(), o->a, ctx);
    if (!ida) return;
    auto idb = one_document(catalog->db(), o->b, ctx);
    if (!idb) return;
    auto fa = load_figures(catalog->db(), ida), fb = load_figures(catalog->db(), idb);
    // Keys in first-mention order of A, then B's new ones.
    std::vector<std::string> keys;
    std::map<std::string, std::pair<std::vector<const Figure*>, std::vector<const Figure*>>> by_key;
    auto collect = [&](const std::vector<Figure>& figs, bool first) {
      for (const Figure& f : figs) {
        if (!f.key) continue;
        auto& slot = by_key[*f.key];
        if (slot.first.empty() && slot.second.empty()) keys.push_back(*f.key);
        (first ? slot.first : slot.second).push_back(&f);
      }
    };
    collect(fa, true);
    collect(fb, false);
    Output table({"key", "indicator", "a", "a_comparator", "a_year", "b", "b_comparator", "b_year", "change", "difference"});
    for (const auto& k : keys) {
      const Figure* a = representative(by_key[k].first);
      const Figure* b = representative(by_key[k].second);
      std::string change;
      nlohmann::json difference = nullptr;
      if (!a) change = "new";
      else if (!b) change = "dropped";
      else if (comparable(*a, *b)) {
        double d = *b->value_base - *a->value_base;
        change = d > 1e-9 ? "raised" : d < -1e-9 ? "lowered" : "same";
        // In the unit both are written in when they agree, else in the base unit.
        double shown_d = a->unit == b->unit ? b->value - a->value : d;
        difference = std::round(shown_d * 1e6) / 1e6;  // 56 - 52.3 is 3.7, not 3.7000000000000028
      } else {
        change = "units differ";
      }
      const Figure* any = a ? a : b;
      table.add({k, opt(any->indicator), a ? nlohmann::json(shown(*a)) : nlohmann::json(nullptr), a ? nlohmann::json(a->comparator) : nlohmann::json(nullptr),
                 a ? opt(a->year) : nlohmann::json(nullptr), b ? nlohmann::json(shown(*b)) : nlohmann::json(nullptr),
                 b ? nlohmann::json(b->comparator) : nlohmann::json(nullptr), b ? opt(b->year) : nlohmann::json(nullptr), change,
                 difference});
    }
    table.print(std::cout, o->format);
  });
}

// Whether an actual meets a target, by the target's comparator.
std::string verdict(const Figure& target, const Figure& actual) {
  if (!comparable(target, actual)) return "-";
  double t = *target.value_base, a = *actual.value_base;
  double t_max = target.value_max ? *target.value_max * (*target.value_base / target.value) : t;
  bool met;
  if (target.comparator == "lt") met = a < t;
  else if (target.comparator == "lte") met = a <= t;
  else if (target.comparator == "gt") met = a > t;
  else if (target.comparator == "range") met = a >= t && a <= t_max;
  else met = a >= t;
  return met ? "met" : "missed";
}

void add_series(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("series", "Every value of an indicator across the catalog by year, targets beside actuals");
  struct Options {
    std::string indicator, db, format;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--indicator", o->indicator, "Indicator words or key (accents and case ignored)")->required();
  add_db_option(*cmd, o->db);
  add_format_option(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    AccentFolder folder;
    std::string query = fold_phrase(o->indicator, folder);
    auto figs = load_figures(catalog->db());
    // (key, year) -> targets and actuals, in catalog order.
    std::map<std::pair<std::string, int64_t>, std::pair<std::vector<const Figure*>, std::vector<const Figure*>>> cells;
    for (const Figure& f : figs) {
      if (!f.key || !indicator_matches(f, query, folder)) continue;
      auto& c = cells[{*f.key, f.year.value_or(0)}];
      (f.kind == "target" ? c.first : c.second).push_back(&f);
    }
    Output table({"key", "year", "target", "target_doc", "actual", "actual_doc", "status"});
    for (const auto& [k, c] : cells) {
      size_t rows = std::max(c.first.size(), c.second.size());
      for (size_t i = 0; i < rows; ++i) {
        const Figure* t = i < c.first.size() ? c.first[i] : nullptr;
        const Figure* a = i < c.second.size() ? c.second[i] : nullptr;
        // Every actual of the year is judged against the year's first target.
        const Figure* goal = t ? t : (c.first.empty() ? nullptr : c.first.front());
        std::string status = goal && a ? verdict(*goal, *a) : "-";
        table.add({k.first, k.second ? nlohmann::json(k.second) : nlohmann::json(nullptr), t ? nlohmann::json(shown(*t)) : nlohmann::json(nullptr),
                   t ? nlohmann::json(t->doc + ":" + std::to_string(t->line)) : nlohmann::json(nullptr),
                   a ? nlohmann::json(shown(*a)) : nlohmann::json(nullptr),
                   a ? nlohmann::json(a->doc + ":" + std::to_string(a->line)) : nlohmann::json(nullptr), status});
      }
    }
    table.print(std::cout, o->format);
  });
}

}  // namespace

void add_targets_commands(CLI::App& app, CommandContext& ctx) {
  add_targets(app, ctx);
  add_diff(app, ctx);
  add_series(app, ctx);
}

}  // namespace vnpolicy::cli
