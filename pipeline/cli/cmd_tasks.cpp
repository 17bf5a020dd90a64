// vnpolicy tasks [--agency NAME [--as-of DATE]] [--role lead|support] [--due-before DATE] [--open-at DATE] [--doc DOC]
//   : assigned tasks in the catalog, with document, line, role and deadline. An agency
//     merged away before DATE (default today) stands for the body that took over its work.
// vnpolicy agencies [--as-of DATE] : each agency answering on DATE with the tasks it leads and
//     supports (its merged predecessors' included), the names it answers for, and its variants.
// vnpolicy deadlines [--agency NAME [--as-of DATE]] [--role lead|support] [--due-before DATE]
//     [--due-after DATE] [--doc DOC] : deadlines by date; with an agency, those of the tasks it
//     leads or supports (read as `tasks --agency` reads it), with the tasks' units.
#include <ctime>
#include <iostream>
#include <set>

#include "catalog/queries/tasks.h"
#include "cli/common.h"
#include "views/export/deadline_calendar.h"
#include "views/rows.h"

namespace vnpolicy::cli {

namespace {

// Says which body an agency name stands for when a merger changed it.
void say_successor(const AgencyTable& table, const AgencyLexicon& lexicon, const std::string& agency,
                   const std::optional<std::string>& as_of) {
  const std::string date = as_of.value_or(today_iso());
  const AgencyEntry* written = table.find(agency);
  if (!written) written = table.find(lexicon.canonical(agency));
  if (const AgencyEntry* body = written ? table.as_of(*written, date) : nullptr; body && body != written)
    std::cerr << "(" << written->canonical << " as of " << date << ": " << body->canonical
              << "; --as-of DATE for the body before the merger)\n";
}

const char* const kAsOfHelp =
    "With --agency: the agency as it was on DATE (default today). After a merger the old name "
    "stands for its successor and the successor's tasks include its predecessors'; before it, "
    "each name is its own body";

}  // namespace

void add_tasks_commands(CLI::App& app, CommandContext& ctx) {
  struct Options {
    std::string db, agency, role, doc;
    OutputOptions format;
    std::optional<std::string> due_before, open_at, as_of;
    size_t limit = 0;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = add_command(app, "tasks", "List assigned tasks: line, role, units, deadline", {}, TakesDoc::yes);
  add_db_option(*cmd, o->db);
  add_output_options(*cmd, o->format);
  cmd->add_option("--agency", o->agency, "Only tasks of this agency (any written form; accents and case ignored)");
  cmd->add_option("--role", o->role, "With --agency: only where it leads or supports")->check(CLI::IsMember({"lead", "support"}));
  add_date_option(*cmd, "--as-of", o->as_of, kAsOfHelp);
  add_date_option(*cmd, "--due-before", o->due_before, "Only tasks whose deadline ends on or before DATE");
  add_date_option(*cmd, "--open-at", o->open_at, "Only tasks whose deadline had passed at DATE");
  cmd->add_option("--doc", o->doc, "Only tasks of this document (DOC, see below)");
  add_limit_option(*cmd, o->limit);
  cmd->callback([&ctx, o] {
    std::shared_ptr<const AgencyLexicon> lexicon;
    std::shared_ptr<const AgencyTable> table;
    if (!o->agency.empty() && (!(lexicon = load_agency_lexicon(ctx)) || !(table = load_agency_table(ctx)))) return;
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    TaskFilter f;
    if (!o->doc.empty() && !(f.document_id = resolve_document(catalog->db(), o->doc, ctx))) return;
    f.agency = o->agency;
    f.as_of = o->as_of;
    if (table) say_successor(*table, *lexicon, o->agency, o->as_of);
    if (!o->role.empty()) f.role = o->role;
    f.due_before = o->due_before;
    f.open_at = o->open_at;
    f.limit = o->limit;
    auto rows = find_tasks(catalog->db(), f, lexicon.get(), table.get());
    print_rows(tasks_output(rows.rows), o->format, rows.more, o->limit);
  });

  struct AgencyOptions {
    std::string db;
    OutputOptions format;
    std::optional<std::string> as_of;
  };
  auto ao = std::make_shared<AgencyOptions>();
  auto* agencies = add_command(app, "agencies", "Each agency as of a date, with its tasks",
                                "Tasks it leads and supports, the bodies it answers for after a merger, and\n"
                                "the names it was written under.");
  add_db_option(*agencies, ao->db);
  add_output_options(*agencies, ao->format);
  add_date_option(*agencies, "--as-of", ao->as_of,
                  "Agencies as they were on DATE (default today): a body merged away before DATE counts "
                  "for its successor (answers_for); before the merger each is its own");
  agencies->callback([&ctx, ao] {
    auto lexicon = load_agency_lexicon(ctx);
    auto table = lexicon ? load_agency_table(ctx) : nullptr;
    if (!table) return;
    auto catalog = open_catalog(ao->db, ctx, /*read_only=*/true);
    if (catalog)
      agencies_output(agency_summary(catalog->db(), table.get(), lexicon.get(), ao->as_of)).print(std::cout, ao->format);
  });

  struct DeadlineOptions {
    std::string db, doc, agency, role;
    OutputOptions format;
    std::optional<std::string> due_before, due_after, as_of;
    size_t limit = 0;
  };
  auto d = std::make_shared<DeadlineOptions>();
  auto* deadlines = add_command(app, "deadlines", "List deadlines by date", "Columns: document, line, due date, kind, text.", TakesDoc::yes);
  add_db_option(*deadlines, d->db);
  add_output_options(*deadlines, d->format, {"table", "json", "csv", "ics"});
  add_date_option(*deadlines, "--due-before", d->due_before, "Only deadlines ending on or before DATE");
  add_date_option(*deadlines, "--due-after", d->due_after, "Only deadlines ending on or after DATE");
  deadlines->add_option("--doc", d->doc, "Only deadlines of this document (DOC, see below)");
  deadlines->add_option("--agency", d->agency,
                        "Only deadlines of tasks this agency leads or supports (any written form; accents and case "
                        "ignored), with the tasks' units");
  deadlines->add_option("--role", d->role, "With --agency: only where it leads or supports")->check(CLI::IsMember({"lead", "support"}));
  add_date_option(*deadlines, "--as-of", d->as_of, kAsOfHelp);
  add_limit_option(*deadlines, d->limit);
  deadlines->callback([&ctx, d] {
    std::shared_ptr<const AgencyLexicon> lexicon;
    std::shared_ptr<const AgencyTable> table;
    if (!d->agency.empty() && (!(lexicon = load_agency_lexicon(ctx)) || !(table = load_agency_table(ctx)))) return;
    auto catalog = open_catalog(d->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    DeadlineFilter f;
    if (!d->doc.empty() && !(f.document_id = resolve_document(catalog->db(), d->doc, ctx))) return;
    if (table) say_successor(*table, *lexicon, d->agency, d->as_of);
    f.due_before = d->due_before;
    f.due_after = d->due_after;
    f.agency = d->agency;
    if (!d->role.empty()) f.role = d->role;
    f.as_of = d->as_of;
    f.limit = d->limit;
    auto rows = find_deadlines(catalog->db(), f, lexicon.get(), table.get());
    if (d->format.format == "ics") {
      // The tasks of the deadlines' documents, to say whose deadline each is.
      std::set<int64_t> documents;
      for (const auto& r : rows.rows) documents.insert(r.at.document_id);
      const std::vector<TaskRow> tasks = tasks_of_documents(catalog->db(), documents);
      const auto calendar = views::deadlines_calendar(rows.rows, tasks, "vnpolicy: thời hạn");
      views::write_ics(std::cout, calendar, std::time(nullptr));
      if (const size_t undated = rows.rows.size() - calendar.events.size())
        std::cerr << "(" << undated << " deadline" << (undated == 1 ? "" : "s")
                  << " without a date left out of the calendar)\n";
      if (rows.more)
        std::cerr << "(the first " << d->limit << " deadlines; more match: --limit 0 for all)\n";
      return;
    }
    print_rows(deadlines_output(rows.rows, !d->agency.empty()), d->format, rows.more, d->limit);
  });
}

}  // namespace vnpolicy::cli
