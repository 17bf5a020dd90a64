#include "cli/common.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "core/dates.h"
#include "views/rows.h"
#include "views/table_layout.h"

namespace vnpolicy::cli {

void report_rule_error(const RuleError& e) { std::cerr << "vnpolicy: " << e.what() << "\n"; }

std::shared_ptr<const RuleSet> load_rules(const CommandContext& ctx, RuleSet::Parts parts) {
  std::filesystem::path dir = ctx.rules_dir.empty() ? default_rules_dir(ctx.argv0.c_str()) : std::filesystem::path(ctx.rules_dir);
  try {
    return RuleSet::load_directory(dir, parts);
  } catch (const RuleError& e) {
    report_rule_error(e);
  }
  return nullptr;
}

std::shared_ptr<const IndicatorLexicon> load_indicator_lexicon(CommandContext& ctx) {
  auto rules = load_rules(ctx, RuleSet::Parts::LexiconsAndTables);
  if (!rules) {
    ctx.exit_code = kExitUsage;
    return nullptr;
  }
  return build_lexicon<IndicatorLexicon>(ctx, *rules);
}

namespace {

// One rules file alone (agencies.json, agencies.tsv): what a query needs without compiling
// every rule. Throws RuleError.
std::shared_ptr<const RuleSet> load_rules_file(const CommandContext& ctx, const char* name) {
  const std::filesystem::path dir =
      ctx.rules_dir.empty() ? default_rules_dir(ctx.argv0.c_str()) : std::filesystem::path(ctx.rules_dir);
  const std::filesystem::path file = dir / name;
  std::ifstream in(file, std::ios::binary);
  if (!in) throw RuleError(file.string(), 0, "cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return RuleSet::load_texts({{file.string(), text.str()}});
}

template <class T>
std::shared_ptr<const T> load_from_file(CommandContext& ctx, const char* name) {
  try {
    return std::make_shared<const T>(*load_rules_file(ctx, name));
  } catch (const RuleError& e) {
    report_rule_error(e);
  }
  ctx.exit_code = kExitUsage;
  return nullptr;
}

}  // namespace

std::shared_ptr<const AgencyLexicon> load_agency_lexicon(CommandContext& ctx) {
  return load_from_file<AgencyLexicon>(ctx, "agencies.json");
}

std::shared_ptr<const AgencyTable> load_agency_table(CommandContext& ctx) {
  return load_from_file<AgencyTable>(ctx, "agencies.tsv");
}

namespace {
// The forms resolve_handle (catalog/queries/handles.h) accepts.
constexpr const char* kDocHelp =
    "DOC names one catalogued document by any of:\n"
    "  an id (3 or doc:3), a path, a sha256 prefix (6+ hex digits), a file name\n"
    "  with or without its extension, or the document's own number with or\n"
    "  without its year (\"01/NQ-CP 2023\", \"01/NQ-CP/2023\").\n"
    "When several documents match, they are listed (id, number, date, path) and\n"
    "the exit status is 2.";
}  // namespace

CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& summary,
                      const std::string& details, TakesDoc doc) {
  CLI::App* cmd = parent.add_subcommand(name, summary);
  std::string footer = details;
  if (doc == TakesDoc::yes) footer += (footer.empty() ? "" : "\n\n") + std::string(kDocHelp);
  if (!footer.empty()) cmd->footer(footer);
  return cmd;
}

void fit_command_list(CLI::App& app) {
  auto layout = std::make_shared<CLI::Formatter>();
  layout->column_width(16);
  app.formatter(layout);
}

void add_db_option(CLI::App& cmd, std::string& db_path) {
  cmd.add_option("--db", db_path,
                 "SQLite catalog (default: $VNPOLICY_DB, else " + default_catalog_path().string() + ")");
}

std::string catalog_path(const std::string& db_option) {
  return db_option.empty() ? default_catalog_path().string() : db_option;
}

std::unique_ptr<Catalog> open_catalog(const std::string& db_option, CommandContext& ctx, bool read_only) {
  const std::string path = catalog_path(db_option);
  try {
    // The per-user default lives in a folder made on first use; a path the user typed
    // in a folder that does not exist is a mistake to report.
    return std::make_unique<Catalog>(path, Catalog::Options{read_only, db_option.empty()});
  } catch (const CatalogError& e) {
    std::cerr << "vnpolicy: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "vnpolicy: cannot open the catalog " << path << ": " << e.what() << "\n";
  }
  ctx.exit_code = kExitUsage;
  return nullptr;
}

void add_format_option(CLI::App& cmd, std::string& format, std::vector<std::string> formats) {
  format = formats.front();
  std::string list;
  for (const auto& f : formats) list += (list.empty() ? "" : "|") + f;
  cmd.add_option("--format", format, "Output format: " + list)->check(CLI::IsMember(formats));
}

void add_output_options(CLI::App& cmd, OutputOptions& output, std::vector<std::string> formats) {
  add_format_option(cmd, output.format, std::move(formats));
  cmd.add_flag("--bom", output.bom, "With --format csv: start with a byte order mark, so that Excel reads UTF-8");
  cmd.add_flag("--wide", output.wide, "Tables: show every cell whole instead of fitting the terminal");
  output.width = views::terminal_width(STDOUT_FILENO);
}

void add_limit_option(CLI::App& cmd, size_t& limit, size_t fallback) {
  limit = fallback;
  cmd.add_option("--limit", limit, "At most this many rows (0 = all)")->capture_default_str();
}

CLI::Option* add_date_option(CLI::App& cmd, const std::string& name, std::optional<std::string>& iso,
                             const std::string& help) {
  return cmd
      .add_option_function<std::string>(
          name, [&iso](const std::string& v) { iso = parse_user_date(v); },
          help + " (YYYY-MM-DD or dd/mm/yyyy)")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            return parse_user_date(v) ? "" : "not a date: " + v + " (give YYYY-MM-DD or dd/mm/yyyy, a day that exists)";
          },
          "DATE"));
}

std::optional<int64_t> resolve_document(Database& db, const std::string& handle, CommandContext& ctx) {
  HandleMatch m = resolve_handle(db, handle);
  if (m.resolved()) return m.matches.front().id;
  ctx.exit_code = kExitUsage;
  if (m.matches.empty()) {
    std::cerr << "vnpolicy: no catalogued document matches " << handle
              << " (give an id, a path, a file name, a sha256 prefix or the document's number; `vnpolicy docs` lists them)\n";
    return std::nullopt;
  }
  std::cerr << "vnpolicy: " << m.matches.size() << " documents match " << handle << " (by " << m.form
            << "); name one of them by its id:\n";
  std::ostringstream table;
  candidates_output(m.matches).print(table, "table", 80);
  std::cerr << table.str();
  return std::nullopt;
}

void print_rows(const Output& out, const OutputOptions& output, bool more, size_t limit, size_t max_width) {
  out.print(std::cout, output, max_width);
  if (more)
    std::cerr << "(the first " << limit << " rows; more match: --limit N for more, --limit 0 for all)\n";
}

}  // namespace vnpolicy::cli
