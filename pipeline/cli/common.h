// What every subcommand shares: global options, rule loading with a clear error,
// document lookup, and table/JSON output.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "rules/rule_set.h"

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

// Loads rules; on a RuleError prints "vnpolicy: FILE:LINE: message" and returns null.
std::shared_ptr<const RuleSet> load_rules(const CommandContext& ctx);

// Adds --db to a subcommand, defaulting to default_catalog_path().
void add_db_option(CLI::App& cmd, std::string& db_path);
// Opens the catalog a query command reads; when it does not exist or cannot be opened,
// prints why (naming the path), sets ctx.exit_code to 1 and returns null.
std::unique_ptr<Catalog> open_catalog(const std::string& path, CommandContext& ctx, bool read_only = false);

// Adds --format table|json.
void add_format_option(CLI::App& cmd, std::string& format);

// Documents matching DOC: a path as ingested (or its file name), a sha256 prefix
// (at least 6 hex digits) or the document's own number ("148/KH-UBND", any spacing/case).
std::vector<int64_t> find_documents(Database& db, const std::string& spec);

// Rows printed as an aligned text table or as a JSON array of objects.
class Output {
 public:
  explicit Output(std::vector<std::string> columns) : columns_(std::move(columns)) {}
  void add(std::vector<nlohmann::json> row) { rows_.push_back(std::move(row)); }
  size_t size() const { return rows_.size(); }
  // `max_width` truncates long cells in table form (JSON keeps them whole).
  void print(std::ostream& out, const std::string& format, size_t max_width = 60) const;

 private:
  std::vector<std::string> columns_;
  std::vector<std::vector<nlohmann::json>> rows_;
};

// A JSON value as table text: strings bare, null as "-", numbers without trailing zeros.
std::string cell_text(const nlohmann::json& v);
// Number formatting for display: 52.3, 63600, 0.1.
std::string format_number(double v);

// Subcommand registration; each lives in its own cmd_*.cpp.
void add_extract_command(CLI::App& app, CommandContext& ctx);
void add_ingest_command(CLI::App& app, CommandContext& ctx);
void add_stats_command(CLI::App& app, CommandContext& ctx);
void add_check_rules_command(CLI::App& app, CommandContext& ctx);
void add_segment_command(CLI::App& app, CommandContext& ctx);
void add_refs_commands(CLI::App& app, CommandContext& ctx);     // refs, graph        (cmd_refs.cpp)
void add_targets_commands(CLI::App& app, CommandContext& ctx);  // targets, diff, series (cmd_targets.cpp)
void add_tasks_commands(CLI::App& app, CommandContext& ctx);    // tasks, agencies    (cmd_tasks.cpp)
void add_search_command(CLI::App& app, CommandContext& ctx);    // search             (cmd_search.cpp)
void add_misses_command(CLI::App& app, CommandContext& ctx);    // misses             (cmd_misses.cpp)
void add_serve_command(CLI::App& app, CommandContext& ctx);     // serve              (cmd_serve.cpp)

}  // namespace vnpolicy::cli
