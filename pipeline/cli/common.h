// What every subcommand shares: global options, rule loading with a clear error, the
// catalog (--db) and the document handle resolver, and output. Commands ask the query
// layer (catalog/queries/) and format with views/; no SQL here.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "catalog/queries/handles.h"
#include "resolve/agency_lexicon.h"
#include "resolve/agency_table.h"
#include "resolve/indicator_lexicon.h"
#include "rules/rule_set.h"
#include "views/output.h"

namespace vnpolicy::cli {

// Exit statuses promised by the README.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFileFailed = 1;
inline constexpr int kExitUsage = 2;

struct CommandContext {
  std::string argv0;
  std::string rules_dir;   // --rules, empty = default
  int exit_code = kExitOk;
};

// Prints a RuleError as "vnpolicy: FILE:LINE: message".
void report_rule_error(const RuleError& e);
// Loads rules; on a RuleError prints "vnpolicy: FILE:LINE: message" and returns null.
std::shared_ptr<const RuleSet> load_rules(const CommandContext& ctx, RuleSet::Parts parts = RuleSet::Parts::All);
// A lexicon built from loaded rules; on a RuleError prints it, sets exit_code and returns null.
template <class T>
std::shared_ptr<const T> build_lexicon(CommandContext& ctx, const RuleSet& rules) {
  try {
    return std::make_shared<const T>(rules);
  } catch (const RuleError& e) {
    report_rule_error(e);
  }
  ctx.exit_code = kExitUsage;
  return nullptr;
}
// The agency lexicon alone (rules/agencies.json): what queries need to read a name as a
// user types it, without compiling every rule. Null (and an error printed) when bad.
std::shared_ptr<const AgencyLexicon> load_agency_lexicon(CommandContext& ctx);
// The agency catalogue alone (rules/agencies.tsv: abbreviations, validity dates, mergers);
// null, the error printed and exit_code set, when it does not load.
std::shared_ptr<const AgencyTable> load_agency_table(CommandContext& ctx);
// The indicator catalogue and unit families (rules/indicators*.tsv and friends; lexicons
// and tables only, no pattern compiled); null, the error printed and exit_code set, when
// the rules do not load.
std::shared_ptr<const IndicatorLexicon> load_indicator_lexicon(CommandContext& ctx);

// Whether a command takes a document handle (DOC), whose forms its --help then lists.
enum class TakesDoc { no, yes };
// Adds a command. `summary` is its one row in `vnpolicy --help`, short enough for an
// 80-column terminal; `details` (lines of at most 78 characters) and, when it takes a
// document, what DOC may be are printed under its own --help.
CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& summary,
                      const std::string& details = {}, TakesDoc doc = TakesDoc::no);
// Lays `vnpolicy --help` out for 80 columns: the command names are short, so their
// column is narrow and each summary stays on one line. Call after adding the commands
// (they keep the default layout for their own options).
void fit_command_list(CLI::App& app);

// Adds --db to a subcommand; empty means default_catalog_path().
void add_db_option(CLI::App& cmd, std::string& db_path);
// The catalog a command reads (read_only) or writes. When it cannot be used, prints one
// sentence naming the path ("... is not a vnpolicy catalog"), sets the exit status to 2
// and returns null.
std::unique_ptr<Catalog> open_catalog(const std::string& db_option, CommandContext& ctx, bool read_only);
// The path --db names, or the default catalog's.
std::string catalog_path(const std::string& db_option);

// Adds --format table|json (and more formats when given).
void add_format_option(CLI::App& cmd, std::string& format, std::vector<std::string> formats = {"table", "json"});
// What a list command prints: --format table|json|csv (and more when given), --bom
// (CSV for Excel) and --wide (tables: every cell whole). Tables fit the terminal's
// width ($COLUMNS or the tty's) when the output is one.
void add_output_options(CLI::App& cmd, OutputOptions& output,
                        std::vector<std::string> formats = {"table", "json", "csv"});
// Adds --limit N (default `fallback`, 0 = all).
void add_limit_option(CLI::App& cmd, size_t& limit, size_t fallback = 1000);
// A date option (ISO or dd/mm/yyyy): checked by CLI11, stored as ISO.
CLI::Option* add_date_option(CLI::App& cmd, const std::string& name, std::optional<std::string>& iso,
                             const std::string& help);

// The document a handle names (catalog/queries/handles.h). When none or several match,
// prints why (the candidates, one per line) and sets the exit status to 2.
std::optional<int64_t> resolve_document(Database& db, const std::string& handle, CommandContext& ctx);

// Prints rows; when a limit cut them, says so on stderr.
void print_rows(const Output& out, const OutputOptions& output, bool more, size_t limit, size_t max_width = 60);

// Subcommand registration; each lives in its own cmd_*.cpp.
void add_extract_command(CLI::App& app, CommandContext& ctx);
void add_ingest_command(CLI::App& app, CommandContext& ctx);    // ingest, stats, remove  (cmd_ingest.cpp)
void add_check_rules_command(CLI::App& app, CommandContext& ctx);
void add_segment_command(CLI::App& app, CommandContext& ctx);
void add_docs_commands(CLI::App& app, CommandContext& ctx);     // docs, show        (cmd_docs.cpp)
void add_refs_commands(CLI::App& app, CommandContext& ctx);     // refs, graph        (cmd_refs.cpp)
void add_laws_command(CLI::App& app, CommandContext& ctx);      // laws               (cmd_laws.cpp)
void add_targets_commands(CLI::App& app, CommandContext& ctx);  // targets, diff, series (cmd_targets.cpp)
void add_indicator_command(CLI::App& app, CommandContext& ctx);  // indicator          (cmd_indicator.cpp)
void add_tasks_commands(CLI::App& app, CommandContext& ctx);    // tasks, agencies, deadlines (cmd_tasks.cpp)
void add_search_command(CLI::App& app, CommandContext& ctx);    // search             (cmd_search.cpp)
void add_misses_command(CLI::App& app, CommandContext& ctx);    // misses             (cmd_misses.cpp)
void add_serve_command(CLI::App& app, CommandContext& ctx);     // serve              (cmd_serve.cpp)
void add_export_command(CLI::App& app, CommandContext& ctx);    // export xlsx        (cmd_export.cpp)

}  // namespace vnpolicy::cli
