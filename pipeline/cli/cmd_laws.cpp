// vnpolicy laws [--in-force-at DATE] [--name TEXT] : the law lexicon as the catalog sees it,
// with how many catalogued documents cite each law (by its number, or by its name resolved
// to the number), and the laws the catalog knows that the lexicon does not.
#include <algorithm>
#include <iostream>
#include <set>
#include <tuple>

#include "catalog/queries/laws.h"
#include "cli/common.h"
#include "core/keys.h"
#include "normalize/unicode.h"
#include "resolve/law_lexicon.h"

namespace vnpolicy::cli {
namespace {

using nlohmann::json;

json opt(const OptString& s) { return s ? json(*s) : json(nullptr); }

struct LawRow {
  std::string number, name, name_key, source;
  OptString adopted, effective;
  std::optional<bool> in_force;  // unknown for a law only the catalog knows
  LawCitations cited;
};

}  // namespace

void add_laws_command(CLI::App& app, CommandContext& ctx) {
  struct Options {
    std::optional<std::string> in_force_at;
    std::string name, db;
    OutputOptions format;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = add_command(app, "laws", "The law lexicon and the laws the catalog cites",
                          "The law lexicon (rules/laws.tsv) and the laws the catalog knows beside it,\n"
                          "with how many documents cite each.");
  add_date_option(*cmd, "--in-force-at", o->in_force_at, "Only the laws in force on this date");
  cmd->add_option("--name", o->name, "Only laws whose name has these words (accents, case and punctuation ignored)");
  add_db_option(*cmd, o->db);
  add_output_options(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto rules = load_rules(ctx);
    if (!rules) {
      ctx.exit_code = kExitUsage;
      return;
    }
    auto lexicon = build_lexicon<LawLexicon>(ctx, *rules);
    if (!lexicon) return;
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    AccentFolder folder;
    const std::string wanted = law_name_key(o->name, folder);
    auto named = [&](const std::string& key) {
      return wanted.empty() || (" " + key + " ").find(" " + wanted + " ") != std::string::npos;
    };

    std::vector<LawRow> rows;
    std::set<std::string> known;  // reference number keys of the lexicon
    for (const Law& l : lexicon->laws()) {
      known.insert(reference_number_key(l.number));
      LawRow r{l.number, l.name, l.name_key, "lexicon", l.adopted, l.effective, std::nullopt, {}};
      if (o->in_force_at) r.in_force = lexicon->in_force(l, *o->in_force_at);
      rows.push_back(std::move(r));
    }
    for (const CatalogLaw& c : laws_in_catalog(catalog->db())) {
      if (known.count(reference_number_key(c.number))) continue;
      rows.push_back({c.number, c.name, law_name_key(c.name, folder), c.document ? "catalog (the law)" : "catalog",
                      c.adopted, std::nullopt, std::nullopt, {}});
    }
    std::erase_if(rows, [&](const LawRow& r) {
      return !named(r.name_key) || (o->in_force_at && r.in_force != true);
    });
    std::vector<std::string> numbers;
    for (const auto& r : rows) numbers.push_back(r.number);
    const auto cited = law_citations(catalog->db(), numbers);
    for (auto& r : rows) r.cited = cited.at(r.number);
    std::sort(rows.begin(), rows.end(), [](const LawRow& a, const LawRow& b) {
      return std::tie(a.name_key, a.adopted, a.number) < std::tie(b.name_key, b.adopted, b.number);
    });

    Output out({"number", "name", "adopted", "effective", "documents", "by_name", "source"});
    for (const auto& r : rows)
      out.add({r.number, r.name, opt(r.adopted), opt(r.effective), r.cited.documents, r.cited.by_name, r.source});
    if (rows.empty() && o->format.format == "table") {
      std::cout << "no law" << (wanted.empty() ? "" : " named \"" + o->name + "\"")
                << (o->in_force_at ? " in force on " + *o->in_force_at : "") << "\n";
      return;
    }
    out.print(std::cout, o->format, 60);
  });
}

}  // namespace vnpolicy::cli
