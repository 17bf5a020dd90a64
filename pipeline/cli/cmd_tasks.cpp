// vnpolicy tasks [--agency NAME] [--role lead|support] [--due-before DATE] [--open-at DATE] [--doc DOC]
//   : assigned tasks in the catalog, with document, line, role and deadline.
// vnpolicy agencies : each canonical agency with the tasks it leads and supports, and its variants.
// vnpolicy deadlines [--due-before DATE] [--due-after DATE] [--doc DOC] : deadlines by date.
#include <iostream>

#include "catalog/queries/tasks.h"
#include "cli/common.h"
#include "views/rows.h"

namespace vnpolicy::cli {

void add_tasks_commands(CLI::App& app, CommandContext& ctx) {
  struct Options {
    std::string db, format, agency, role, doc;
    std::optional<std::string> due_before, open_at;
    size_t limit = 0;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("tasks", std::string("List assigned tasks: document, line, role, units and deadline\n") + kHandleHelp);
  add_db_option(*cmd, o->db);
  add_format_option(*cmd, o->format);
  cmd->add_option("--agency", o->agency, "Only tasks of this agency (any written form; accents and case ignored)");
  cmd->add_option("--role", o->role, "With --agency: only where it leads or supports")->check(CLI::IsMember({"lead", "support"}));
  add_date_option(*cmd, "--due-before", o->due_before, "Only tasks whose deadline ends on or before DATE");
  add_date_option(*cmd, "--open-at", o->open_at, "Only tasks whose deadline had passed at DATE");
  cmd->add_option("--doc", o->doc, "Only tasks of this document (DOC, see above)");
  add_limit_option(*cmd, o->limit);
  cmd->callback([&ctx, o] {
    std::shared_ptr<const AgencyLexicon> lexicon;
    if (!o->agency.empty() && !(lexicon = load_agency_lexicon(ctx))) return;
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    TaskFilter f;
    if (!o->doc.empty() && !(f.document_id = resolve_document(catalog->db(), o->doc, ctx))) return;
    f.agency = o->agency;
    if (!o->role.empty()) f.role = o->role;
    f.due_before = o->due_before;
    f.open_at = o->open_at;
    f.limit = o->limit;
    auto rows = find_tasks(catalog->db(), f, lexicon.get());
    print_rows(tasks_output(rows.rows), o->format, rows.more, o->limit);
  });

  struct AgencyOptions {
    std::string db, format;
  };
  auto ao = std::make_shared<AgencyOptions>();
  auto* agencies = app.add_subcommand("agencies", "Each canonical agency: tasks it leads and supports, names seen");
  add_db_option(*agencies, ao->db);
  add_format_option(*agencies, ao->format);
  agencies->callback([&ctx, ao] {
    auto catalog = open_catalog(ao->db, ctx, /*read_only=*/true);
    if (catalog) agencies_output(agency_summary(catalog->db())).print(std::cout, ao->format);
  });

  struct DeadlineOptions {
    std::string db, format, doc;
    std::optional<std::string> due_before, due_after;
    size_t limit = 0;
  };
  auto d = std::make_shared<DeadlineOptions>();
  auto* deadlines = app.add_subcommand("deadlines", std::string("List deadlines by date: document, line, due date, kind, text\n") + kHandleHelp);
  add_db_option(*deadlines, d->db);
  add_format_option(*deadlines, d->format);
  add_date_option(*deadlines, "--due-before", d->due_before, "Only deadlines ending on or before DATE");
  add_date_option(*deadlines, "--due-after", d->due_after, "Only deadlines ending on or after DATE");
  deadlines->add_option("--doc", d->doc, "Only deadlines of this document (DOC, see above)");
  add_limit_option(*deadlines, d->limit);
  deadlines->callback([&ctx, d] {
    auto catalog = open_catalog(d->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    DeadlineFilter f;
    if (!d->doc.empty() && !(f.document_id = resolve_document(catalog->db(), d->doc, ctx))) return;
    f.due_before = d->due_before;
    f.due_after = d->due_after;
    f.limit = d->limit;
    auto rows = find_deadlines(catalog->db(), f);
    print_rows(deadlines_output(rows.rows), d->format, rows.more, d->limit);
  });
}

}  // namespace vnpolicy::cli
