// vnpolicy ingest FILE|DIR... [--db PATH] : extract and store in the catalog.
// vnpolicy stats [--db PATH] : counts.
#include <iostream>

#include "cli/common.h"
#include "extract/document_extractor.h"
#include "read/document_reader.h"

namespace vnpolicy::cli {

namespace {

void print_counts(std::ostream& out, const CatalogCounts& c) {
  out << "documents: " << c.documents << "\nreferences: " << c.references << " (" << c.linked_references
      << " linked to a catalogued document)\ntargets: " << c.targets << "\ndeadlines: " << c.deadlines
      << "\ntasks: " << c.tasks << "\n";
}

}  // namespace

void add_ingest_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("ingest", "Extract files and store their records in the SQLite catalog");
  struct Options {
    std::vector<std::string> inputs;
    std::string db;
    bool quiet = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("inputs", o->inputs, "Files, or folders walked for *.txt")->required();
  add_db_option(*cmd, o->db);
  cmd->add_flag("-q,--quiet", o->quiet, "Print only the final summary");
  cmd->callback([&ctx, o] {
    auto rules = load_rules(ctx);
    if (!rules) { ctx.exit_code = kExitUsage; return; }
    DocumentExtractor extractor(rules);
    std::unique_ptr<Catalog> catalog;
    try {
      catalog = std::make_unique<Catalog>(o->db);
    } catch (const std::exception& e) {
      std::cerr << "vnpolicy: " << e.what() << "\n";
      ctx.exit_code = kExitFileFailed;
      return;
    }
    int added = 0, replaced = 0, unchanged = 0, failed = 0;
    for (const auto& path : expand_inputs(o->inputs)) {
      Record r = extractor.extract(read_document(path));
      if (r.error) {
        std::cerr << "vnpolicy: " << path.string() << ": " << *r.error << "\n";
        ++failed;
        continue;
      }
      try {
        StoreResult s = catalog->store(r);
        const char* what = s.status == StoreStatus::Added ? "added" : s.status == StoreStatus::Replaced ? "replaced" : "unchanged";
        (s.status == StoreStatus::Added ? added : s.status == StoreStatus::Replaced ? replaced : unchanged)++;
        if (!o->quiet) std::cerr << path.string() << ": " << what << "\n";
      } catch (const std::exception& e) {
        std::cerr << "vnpolicy: " << path.string() << ": not stored: " << e.what() << "\n";
        ++failed;
      }
    }
    std::cout << "ingested into " << o->db << ": " << added << " added, " << replaced << " replaced, " << unchanged
              << " unchanged, " << failed << " failed\n";
    print_counts(std::cout, catalog->counts());
    ctx.exit_code = failed ? kExitFileFailed : kExitOk;
  });
}

void add_stats_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("stats", "Print how many documents and items the catalog holds");
  auto db = std::make_shared<std::string>();
  add_db_option(*cmd, *db);
  cmd->callback([&ctx, db] {
    std::error_code ec;
    if (!std::filesystem::exists(*db, ec)) {
      std::cerr << "vnpolicy: no catalog at " << *db << " (run vnpolicy ingest first)\n";
      ctx.exit_code = kExitFileFailed;
      return;
    }
    try {
      Catalog catalog(*db);
      print_counts(std::cout, catalog.counts());
    } catch (const std::exception& e) {
      std::cerr << "vnpolicy: " << e.what() << "\n";
      ctx.exit_code = kExitFileFailed;
    }
  });
}

}  // namespace vnpolicy::cli
