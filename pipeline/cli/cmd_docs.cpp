// vnpolicy docs [--type T] [--year Y] [--issuer NAME] : the catalogued documents.
// vnpolicy show DOC [--text] [--lines A-B]            : one document: header, counts,
//   what it cites and what cites it, its items with their lines, its text.
#include <unistd.h>

#include <iostream>

#include "catalog/queries/documents.h"
#include "cli/common.h"
#include "views/rows.h"
#include "views/table_layout.h"

namespace vnpolicy::cli {
namespace {

std::string or_dash(const OptString& s) { return s ? *s : "-"; }

// `own_items`: the rows are this document's, so the column naming it is left out.
void print_section(const char* title, Output out, const OutputOptions& table, bool own_items = true) {
  if (!out.size()) return;
  if (own_items)
    for (const char* own : {"doc", "document"}) out.hide_in_table(own);
  std::cout << "\n" << title << " (" << out.size() << "):\n";
  out.print(std::cout, table, 70);
}

// The item tables fit `table.width` (the terminal's) like every list command's.
void print_detail(const DocumentDetail& d, const OutputOptions& table) {
  const DocumentRow& doc = d.document;
  std::cout << or_dash(doc.doc_type) << " " << (doc.number ? *doc.number : "(no number)") << "  [id " << doc.id
            << "]\n";
  // A long value (a title) wraps under itself to fit the terminal, like the tables.
  auto field = [&table](const char* name, const std::string& value) {
    constexpr size_t kIndent = 12;
    std::cout << "  " << name << std::string(kIndent - 2 - std::string(name).size(), ' ');
    if (!table.width || table.wide || *table.width <= kIndent + 20 ||
        views::display_width(value) <= *table.width - kIndent) {
      std::cout << value << "\n";
      return;
    }
    const auto lines = views::wrap_to_width(value, *table.width - kIndent);
    for (size_t i = 0; i < lines.size(); ++i) std::cout << (i ? std::string(kIndent, ' ') : "") << lines[i] << "\n";
    if (lines.empty()) std::cout << "\n";
  };
  field("issuer", or_dash(doc.issuer));
  field("date", or_dash(doc.issued_date) + (doc.year ? "  (year " + std::to_string(*doc.year) + ")" : "") +
                    (doc.place ? "  " + *doc.place : ""));
  field("title", or_dash(doc.title));
  for (size_t i = 0; i < d.paths.size(); ++i) field(i ? "also at" : "path", display_path(d.paths[i]));
  if (d.paths.empty()) field("path", display_path(doc.path) + "  (file gone)");
  field("sha256", doc.sha256);
  std::string read = doc.format + (doc.encoding ? ", " + *doc.encoding : "");
  if (!d.pages.empty()) read += ", " + std::to_string(d.pages.back().page) + " pages";
  if (doc.ocr) read += ", OCR (check the text)";
  if (!d.has_text) read += "; text not stored (ingested from a record)";
  field("read as", read);
  for (const auto& w : d.warnings) field("warning", w);
  for (const auto& v : d.versions) field("earlier", v.sha256.substr(0, 16) + " (replaced " + v.replaced_at + ")");
  field("items", std::to_string(doc.counts.references) + " references, " + std::to_string(doc.counts.targets) +
                     " targets, " + std::to_string(doc.counts.deadlines) + " deadlines, " +
                     std::to_string(doc.counts.tasks) + " tasks; cited by " + std::to_string(doc.counts.cited_by));
  print_section("Cites", references_output(d.cites), table);
  print_section("Cited by", citing_output(d.cited_by), table, /*own_items=*/false);
  print_section("Targets", targets_output(d.targets), table);
  print_section("Deadlines", deadlines_output(d.deadlines), table);
  print_section("Tasks", tasks_output(d.tasks), table);
}

// "12-40", "12" or "12-": lines of the text.
bool parse_lines(const std::string& s, int& first, int& last) {
  if (s.empty()) return true;
  try {
    size_t dash = s.find('-');
    first = std::stoi(s.substr(0, dash));
    if (dash == std::string::npos) last = first;
    else if (dash + 1 < s.size()) last = std::stoi(s.substr(dash + 1));
    return first >= 1 && last >= first;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

void add_docs_commands(CLI::App& app, CommandContext& ctx) {
  struct DocsOptions {
    std::optional<std::string> type, issuer;
    std::optional<int> year;
    size_t limit = 0, offset = 0;
    std::string db;
    OutputOptions output;
  };
  auto o = std::make_shared<DocsOptions>();
  auto* docs = add_command(app, "docs", "List the catalogued documents and their item counts",
                           "Columns: id, number, type, issuer, date, title, path, item counts.");
  docs->add_option("--type", o->type, "Only documents of this type (\"Kế hoạch\", \"ke hoach\")");
  docs->add_option("--year", o->year, "Only documents of this year");
  docs->add_option("--issuer", o->issuer, "Only documents whose issuer contains this (accents optional)");
  add_limit_option(*docs, o->limit, 200);
  docs->add_option("--offset", o->offset, "Skip this many documents first (paging)");
  add_db_option(*docs, o->db);
  add_output_options(*docs, o->output);
  docs->callback([&ctx, o] {
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    DocumentFilter f;
    f.doc_type = o->type;
    f.year = o->year;
    f.issuer = o->issuer;
    f.limit = o->limit;
    f.offset = o->offset;
    DocumentList list = list_documents(catalog->db(), f);
    documents_output(list.rows).print(std::cout, o->output, 48);
    if (o->output.format == "table") {
      std::cout << list.total << " document" << (list.total == 1 ? "" : "s");
      if (list.more || o->offset)
        std::cout << " (shown " << (list.rows.empty() ? 0 : o->offset + 1) << "-" << o->offset + list.rows.size()
                  << "; --offset N --limit N for others)";
      std::cout << "\n";
    }
  });

  struct ShowOptions {
    std::string handle, db, format, lines;
    bool text = false;
    OutputOptions table;
  };
  auto s = std::make_shared<ShowOptions>();
  auto* show = add_command(app, "show", "One document: header, citations both ways, items",
                           "Its header, counts, what it cites and what cites it, and its items with their\n"
                           "lines; --text prints its text.",
                           TakesDoc::yes);
  show->add_option("doc", s->handle, "The document (DOC, see below)")->required();
  show->add_flag("--text", s->text, "Print the document's text with line numbers (and pages), as stored");
  show->add_option("--lines", s->lines, "With --text: only lines A-B (\"120-140\", \"120\", \"120-\")");
  add_db_option(*show, s->db);
  add_format_option(*show, s->format);
  show->add_flag("--wide", s->table.wide, "Tables: show every cell whole instead of fitting the terminal");
  s->table.width = views::terminal_width(STDOUT_FILENO);
  show->callback([&ctx, s] {
    int first = 1, last = 1 << 30;
    if (!parse_lines(s->lines, first, last)) {
      std::cerr << "vnpolicy: show: --lines takes A-B, A or A- (line numbers from 1): " << s->lines << "\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto catalog = open_catalog(s->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    auto id = resolve_document(catalog->db(), s->handle, ctx);
    if (!id) return;
    if (s->text) {
      auto lines = document_lines(catalog->db(), *id, first, last);
      if (lines.empty()) {
        std::cerr << "vnpolicy: show: the text of " << s->handle
                  << " is not stored (it was ingested from a record without its file)\n";
        ctx.exit_code = kExitFileFailed;
        return;
      }
      if (s->format == "json") {
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& l : lines)
          arr.push_back({{"line", l.line}, {"page", l.page ? nlohmann::json(l.page) : nlohmann::json(nullptr)}, {"text", l.text}});
        std::cout << arr.dump(2) << "\n";
        return;
      }
      int page = -1;
      for (const auto& l : lines) {
        if (l.page && l.page != page) std::cout << "— p." << l.page << " —\n";
        page = l.page;
        char num[16];
        std::snprintf(num, sizeof num, "%6d  ", l.line);
        std::cout << num << l.text << "\n";
      }
      return;
    }
    auto detail = document_detail(catalog->db(), *id);
    if (!detail) return;
    if (s->format == "json") std::cout << document_detail_json(*detail).dump(2) << "\n";
    else print_detail(*detail, s->table);
  });
}

}  // namespace vnpolicy::cli
