// vnpolicy indicator PHRASE | --stdin: how the catalogue reads an indicator phrase (its key,
// official code, entry name and activity flag), the same reading the extractor gives a
// figure; scripts (scripts/indicator-coverage.py) ask it rather than copy the rules.
#include <iostream>

#include "cli/common.h"
#include "core/text.h"
#include "resolve/units.h"

namespace vnpolicy::cli {
namespace {

// One phrase read as a figure with `unit` written after its number ("tỷ đồng", "Nghị định").
nlohmann::json read_phrase(const IndicatorLexicon& indicators, const UnitLexicon& units, const AccentFolder& folder,
                           const std::string& phrase, const std::string& unit, const std::string& heading) {
  std::string base;
  if (!unit.empty()) {
    if (auto m = units.match(unit)) base = m->base;
    else base = unit;  // a noun the unit lexicon does not list counts as itself
  }
  IndicatorMatch m = indicators.match(phrase, base, heading, folder);
  nlohmann::json out = {{"phrase", phrase}, {"unit", unit}, {"unit_base", base}};
  out["key"] = m.key.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.key);
  out["code"] = m.code ? nlohmann::json(*m.code) : nlohmann::json(nullptr);
  out["name"] = m.entry ? nlohmann::json(m.entry->name) : nlohmann::json(nullptr);
  // The unit as written names what is counted where its base does not ("dự án luật, nghị quyết"
  // has the base "dự án"): the figure is an activity when either reading says so.
  out["activity"] = indicators.activity(phrase, base) || (!unit.empty() && indicators.activity(phrase, unit));
  return out;
}

}  // namespace

void add_indicator_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "indicator", "How an indicator phrase is read: key, code, activity",
                          "Its key, official code and catalogue name, and whether it counts an activity\n"
                          "(meetings, classes, documents issued) rather than an indicator.");
  struct Options {
    std::string phrase, unit, heading;
    bool from_stdin = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("phrase", o->phrase, "The indicator phrase (\"tỷ lệ che phủ rừng\")");
  cmd->add_option("--unit", o->unit, "The unit written after the figure (\"%\", \"tỷ đồng\", \"cuộc\")");
  cmd->add_option("--heading", o->heading, "The heading of the figure's section");
  cmd->add_flag("--stdin", o->from_stdin,
                "Read lines 'phrase<TAB>unit[<TAB>heading]' from standard input; print one JSON object per line");
  cmd->callback([&ctx, o] {
    if (o->phrase.empty() && !o->from_stdin) {
      std::cerr << "vnpolicy: indicator: give a phrase or --stdin\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto rules = load_rules(ctx);
    if (!rules) {
      ctx.exit_code = kExitUsage;
      return;
    }
    auto indicators = build_lexicon<IndicatorLexicon>(ctx, *rules);
    if (!indicators) return;
    UnitLexicon units(*rules);
    AccentFolder folder;
    if (!o->from_stdin) {
      std::cout << read_phrase(*indicators, units, folder, o->phrase, o->unit, o->heading).dump() << "\n";
      return;
    }
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::vector<std::string> f;
      for (std::string_view part : split(line, '\t')) f.emplace_back(part);
      f.resize(3);
      std::cout << read_phrase(*indicators, units, folder, f[0], f[1], f[2]).dump() << "\n";
    }
  });
}

}  // namespace vnpolicy::cli
