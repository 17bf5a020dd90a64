// vnpolicy export xlsx OUT.xlsx [--doc DOC]... [--type T] [--year Y] [--issuer I]
//   : the catalog (or the documents named) as a workbook: one sheet per kind, the same
//   columns and rows as each list command's --format json/csv.
#include <iostream>
#include <set>

#include "catalog/queries/documents.h"
#include "catalog/queries/refs.h"
#include "catalog/queries/targets.h"
#include "catalog/queries/tasks.h"
#include "cli/common.h"
#include "views/export/xlsx_writer.h"
#include "views/rows.h"

namespace vnpolicy::cli {
namespace {

// Appends the rows of `more` to `into` (same columns).
void append(views::Table& into, views::Table more) {
  if (into.columns.empty()) into.columns = std::move(more.columns);
  for (auto& r : more.rows) into.rows.push_back(std::move(r));
}

}  // namespace

void add_export_command(CLI::App& app, CommandContext& ctx) {
  auto* exp = add_command(app, "export", "Write the catalog to a file other tools open");
  exp->require_subcommand(1);
  struct Options {
    std::string out, db;
    std::vector<std::string> docs;
    std::optional<std::string> type, issuer;
    std::optional<int> year;
  };
  auto o = std::make_shared<Options>();
  auto* xlsx = add_command(*exp, "xlsx", "A workbook with one sheet per kind of item",
                           "Sheets: documents, references, targets, deadlines, tasks; numbers as numbers,\n"
                           "dates as dates, a frozen header row.",
                           TakesDoc::yes);
  xlsx->add_option("out", o->out, "The .xlsx file to write (replaced when it exists)")->required();
  xlsx->add_option("--doc", o->docs, "Only this document (DOC, see below); may be repeated");
  xlsx->add_option("--type", o->type, "Only documents of this type (\"Kế hoạch\", \"ke hoach\")");
  xlsx->add_option("--year", o->year, "Only documents of this year");
  xlsx->add_option("--issuer", o->issuer, "Only documents whose issuer contains this (accents optional)");
  add_db_option(*xlsx, o->db);
  xlsx->callback([&ctx, o] {
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    Database& db = catalog->db();
    DocumentFilter f;
    f.doc_type = o->type;
    f.year = o->year;
    f.issuer = o->issuer;
    std::vector<DocumentRow> documents;
    if (o->docs.empty()) {
      documents = list_documents(db, f).rows;
    } else {
      std::set<int64_t> wanted;
      for (const auto& handle : o->docs) {
        auto id = resolve_document(db, handle, ctx);
        if (!id) return;
        wanted.insert(*id);
      }
      for (auto& d : list_documents(db, f).rows)
        if (wanted.count(d.id)) documents.push_back(std::move(d));
    }
    views::Table docs = documents_output(documents).table("documents");
    views::Table refs{"references", {}, {}}, targets{"targets", {}, {}}, deadlines{"deadlines", {}, {}},
        tasks{"tasks", {}, {}};
    // Empty sheets still get their header row.
    append(refs, references_output({}).table());
    append(targets, targets_output({}).table());
    append(deadlines, deadlines_output({}).table());
    append(tasks, tasks_output({}).table());
    for (const auto& d : documents) {
      append(refs, references_output(references_of(db, d.id)).table());
      TargetFilter tf;
      tf.document_id = d.id;
      append(targets, targets_output(find_targets(db, tf).rows).table());
      DeadlineFilter df;
      df.document_id = d.id;
      append(deadlines, deadlines_output(find_deadlines(db, df).rows).table());
      TaskFilter kf;
      kf.document_id = d.id;
      append(tasks, tasks_output(find_tasks(db, kf, nullptr).rows).table());
    }
    try {
      views::write_xlsx(o->out, {docs, refs, targets, deadlines, tasks});
    } catch (const views::ExportError& e) {
      std::cerr << "vnpolicy: " << e.what() << "\n";
      ctx.exit_code = kExitFileFailed;
      return;
    }
    std::cerr << o->out << ": " << docs.rows.size() << " documents, " << refs.rows.size() << " references, "
              << targets.rows.size() << " figures, " << deadlines.rows.size() << " deadlines, " << tasks.rows.size()
              << " tasks\n";
  });
}

}  // namespace vnpolicy::cli
