// vnpolicy targets | diff | series | scorecard: the figures of the catalog, filtered,
// aligned between two documents by indicator, followed across years, or a plan's targets
// against the results reported since.
#include <iostream>
#include <memory>

#include "catalog/queries/indicators.h"
#include "catalog/queries/targets.h"
#include "cli/common.h"
#include "views/rows.h"

namespace vnpolicy::cli {
namespace {

void add_targets(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "targets", "List figures: targets and actuals", {}, TakesDoc::yes);
  struct Options {
    std::string indicator, kind, doc, db;
    OutputOptions format;
    std::optional<int> year;
    size_t limit = 0;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--indicator", o->indicator, "Indicator words or key (accents and case ignored)");
  cmd->add_option("--year", o->year, "Only figures for this year");
  cmd->add_option("--kind", o->kind, "target or actual")->check(CLI::IsMember({"target", "actual"}));
  cmd->add_option("--doc", o->doc, "Only this document (DOC, see below)");
  add_limit_option(*cmd, o->limit);
  add_db_option(*cmd, o->db);
  add_output_options(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    TargetFilter f;
    if (!o->doc.empty() && !(f.document_id = resolve_document(catalog->db(), o->doc, ctx))) return;
    f.indicator = o->indicator;
    f.year = o->year;
    if (!o->kind.empty()) f.kind = o->kind;
    f.limit = o->limit;
    auto rows = find_targets(catalog->db(), f);
    print_rows(targets_output(rows.rows), o->format, rows.more, o->limit);
  });
}

void add_activities_option(CLI::App& cmd, CompareOptions& o) {
  cmd.add_flag("--activities", o.activities, "Keep figures that count meetings, classes, inspections (left out by default)");
}

void add_diff(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "diff", "Align two documents' figures by indicator",
                            "Indicators both state come first (a converted into b's unit), then each\n"
                            "document's own.",
                            TakesDoc::yes);
  struct Options {
    std::string a, b, db;
    OutputOptions format;
    CompareOptions compare;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("doc_a", o->a, "First document (DOC, see below)")->required();
  cmd->add_option("doc_b", o->b, "Second document (DOC, see below)")->required();
  cmd->add_flag("--only-changed", o->compare.only_changed, "Leave out indicators whose value is the same");
  add_activities_option(*cmd, o->compare);
  add_db_option(*cmd, o->db);
  add_output_options(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto lexicon = load_indicator_lexicon(ctx);
    if (!lexicon) return;
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    auto a = resolve_document(catalog->db(), o->a, ctx);
    if (!a) return;
    auto b = resolve_document(catalog->db(), o->b, ctx);
    if (!b) return;
    diff_output(diff_documents(catalog->db(), *a, *b, *lexicon, o->compare)).print(std::cout, o->format);
  });
}

void add_series(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "series", "One indicator across the catalog, by place and year",
                          "A row per key, place and year: the latest target beside the latest actual,\n"
                          "and whether the actual met it (comparator-aware; 'khoảng' within 5%).");
  struct Options {
    std::string indicator, db;
    OutputOptions format;
    CompareOptions compare;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--indicator", o->indicator, "Indicator words, name, official code or key (accents and case ignored)")->required();
  add_activities_option(*cmd, o->compare);
  add_db_option(*cmd, o->db);
  add_output_options(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto lexicon = load_indicator_lexicon(ctx);
    if (!lexicon) return;
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    series_output(indicator_series(catalog->db(), o->indicator, *lexicon, o->compare)).print(std::cout, o->format);
  });
}

void add_scorecard(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "scorecard", "A plan's targets against the latest actuals",
                                 "Every target of a plan with the latest actual the catalog holds for it (other\n"
                                 "documents of the same place): met, missed, on_track, behind or no_data.",
                                 TakesDoc::yes);
  struct Options {
    std::string doc, db;
    OutputOptions format;
    CompareOptions compare;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("doc", o->doc, "The plan (DOC, see below)")->required();
  add_activities_option(*cmd, o->compare);
  add_db_option(*cmd, o->db);
  add_output_options(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto lexicon = load_indicator_lexicon(ctx);
    if (!lexicon) return;
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    auto plan = resolve_document(catalog->db(), o->doc, ctx);
    if (!plan) return;
    scorecard_output(document_scorecard(catalog->db(), *plan, *lexicon, o->compare)).print(std::cout, o->format);
  });
}

}  // namespace

void add_targets_commands(CLI::App& app, CommandContext& ctx) {
  add_targets(app, ctx);
  add_diff(app, ctx);
  add_series(app, ctx);
  add_scorecard(app, ctx);
}

}  // namespace vnpolicy::cli
