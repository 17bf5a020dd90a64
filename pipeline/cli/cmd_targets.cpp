// vnpolicy targets | diff | series: the figures of the catalog, filtered, aligned
// between two documents by indicator key, or followed across years.
#include <iostream>

#include "catalog/queries/targets.h"
#include "cli/common.h"
#include "views/rows.h"

namespace vnpolicy::cli {
namespace {

void add_targets(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("targets", std::string("List figures (targets and actuals) of the catalog\n") + kHandleHelp);
  struct Options {
    std::string indicator, kind, doc, db, format;
    std::optional<int> year;
    size_t limit = 0;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--indicator", o->indicator, "Indicator words or key (accents and case ignored)");
  cmd->add_option("--year", o->year, "Only figures for this year");
  cmd->add_option("--kind", o->kind, "target or actual")->check(CLI::IsMember({"target", "actual"}));
  cmd->add_option("--doc", o->doc, "Only this document (DOC, see above)");
  add_limit_option(*cmd, o->limit);
  add_db_option(*cmd, o->db);
  add_format_option(*cmd, o->format);
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

void add_diff(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("diff", std::string("Align the figures of two documents by indicator and show what changed\n") + kHandleHelp);
  struct Options {
    std::string a, b, db, format;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("doc_a", o->a, "First document (DOC, see above)")->required();
  cmd->add_option("doc_b", o->b, "Second document (DOC, see above)")->required();
  add_db_option(*cmd, o->db);
  add_format_option(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    auto a = resolve_document(catalog->db(), o->a, ctx);
    if (!a) return;
    auto b = resolve_document(catalog->db(), o->b, ctx);
    if (!b) return;
    diff_output(diff_documents(catalog->db(), *a, *b)).print(std::cout, o->format);
  });
}

void add_series(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "series", "One indicator across the catalog: a row per key, place and year, the latest target beside the latest actual");
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
    series_output(indicator_series(catalog->db(), o->indicator)).print(std::cout, o->format);
  });
}

}  // namespace

void add_targets_commands(CLI::App& app, CommandContext& ctx) {
  add_targets(app, ctx);
  add_diff(app, ctx);
  add_series(app, ctx);
}

}  // namespace vnpolicy::cli
