// vnpolicy ingest FILE|DIR... | --jsonl FILE|- | --watch DIR [--db PATH] [-j N] [--prune] : extract and store in the catalog.
// vnpolicy remove DOC... : take documents out of the catalog.
// vnpolicy stats [--db PATH] : which catalog, and its counts.
#include <signal.h>
#include <unistd.h>

#include <atomic>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>

#include "catalog/queries/documents.h"
#include "cli/common.h"
#include "extract/document_extractor.h"
#include "ingest/ingest.h"
#include "ingest/watch.h"
#include "read/document_reader.h"

namespace vnpolicy::cli {

namespace {

void print_counts(std::ostream& out, const CatalogStats& c) {
  out << "documents: " << c.documents << " (" << c.paths << " paths; text stored for " << c.with_text
      << ")\nreferences: " << c.references << " (" << c.linked_references
      << " linked to a catalogued document)\ntargets: " << c.targets << "\ndeadlines: " << c.deadlines
      << "\ntasks: " << c.tasks << "\nindexed sentences: " << c.sentences << "\n";
}

using Clock = std::chrono::steady_clock;

// Set by SIGINT/SIGTERM while `ingest --watch` runs (a signal handler can only reach a
// static); the watcher finishes the batch in hand and returns.
std::atomic<bool> g_stop_watch{false};
extern "C" void request_watch_stop(int) { g_stop_watch.store(true); }

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// One status line on a terminal, redrawn at most four times a second once the run has
// lasted a second: files done/total, MB, MB/s, ETA, errors so far. Messages printed
// while it shows go above it.
class ProgressLine {
 public:
  ProgressLine(bool enabled, size_t total_files, uint64_t total_bytes)
      : enabled_(enabled), total_files_(total_files), total_bytes_(total_bytes) {}

  void update(const IngestTotals& t) {
    if (!enabled_) return;
    double elapsed = seconds_since(start_);
    if (elapsed < 1.0 || elapsed - last_draw_ < 0.25) return;
    last_draw_ = elapsed;
    double mb = t.bytes / 1e6, rate = mb / elapsed;
    char line[200];
    int n = std::snprintf(line, sizeof line, "\r%zu", t.done);
    if (total_files_) n += std::snprintf(line + n, sizeof line - n, "/%zu", total_files_);
    n += std::snprintf(line + n, sizeof line - n, " files, %.1f", mb);
    if (total_bytes_) n += std::snprintf(line + n, sizeof line - n, "/%.1f", total_bytes_ / 1e6);
    n += std::snprintf(line + n, sizeof line - n, " MB, %.1f MB/s", rate);
    if (total_bytes_ && t.bytes > 0) {
      double eta = (total_bytes_ - std::min<uint64_t>(t.bytes, total_bytes_)) / 1e6 / rate;
      n += std::snprintf(line + n, sizeof line - n, ", ETA %d:%02d", static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
    }
    std::snprintf(line + n, sizeof line - n, ", %zu errors\033[K", t.failed);
    std::cerr << line << std::flush;
    shown_ = true;
  }
  void message(const std::string& text) {
    clear();
    std::cerr << text << "\n";
  }
  void clear() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
    last_draw_ = 0;
  }
  double elapsed() const { return seconds_since(start_); }

 private:
  bool enabled_;
  size_t total_files_;
  uint64_t total_bytes_;
  Clock::time_point start_ = Clock::now();
  double last_draw_ = 0;
  bool shown_ = false;
};

nlohmann::json counts_json(const CatalogStats& c) {
  return {{"documents", c.documents}, {"paths", c.paths}, {"with_text", c.with_text}, {"references", c.references},
          {"linked_references", c.linked_references}, {"targets", c.targets}, {"deadlines", c.deadlines},
          {"tasks", c.tasks}, {"indexed_sentences", c.sentences}};
}

// The summary as one JSON object, for scripts: what `ingest` prints as lines otherwise.
nlohmann::json summary_json(const std::string& db_path, const IngestTotals& t, double secs,
                            const std::vector<SkippedFile>& skipped, const std::optional<PruneResult>& pruned,
                            const CatalogStats& counts) {
  nlohmann::json j = {{"catalog", std::filesystem::absolute(db_path).string()},
                      {"added", t.added}, {"replaced", t.replaced}, {"unchanged", t.unchanged},
                      {"failed", t.failed}, {"moved", t.moved}, {"copied", t.copied},
                      {"bytes", t.bytes}, {"seconds", secs}, {"skipped", nlohmann::json::array()}};
  for (const auto& f : skipped) j["skipped"].push_back({{"path", f.path.string()}, {"reason", f.reason}});
  if (pruned) j["pruned"] = {{"paths", pruned->paths_dropped}, {"documents", pruned->documents_removed}};
  j["counts"] = counts_json(counts);
  return j;
}

void print_prune(const PruneResult& p, bool verbose) {
  if (verbose)
    for (const auto& path : p.paths_dropped) std::cout << path << ": gone\n";
  std::cout << "pruned: " << p.paths_dropped.size() << " path" << (p.paths_dropped.size() == 1 ? "" : "s")
            << " whose file is gone, " << p.documents_removed.size() << " document"
            << (p.documents_removed.size() == 1 ? "" : "s") << " left with no path removed\n";
}

}  // namespace

void add_catalog_commands(CLI::App& app, CommandContext& ctx);

void add_ingest_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "ingest", "Extract files (or load records) into the catalog");
  struct Options {
    std::vector<std::string> inputs;
    std::string jsonl;
    std::string db;
    unsigned jobs = 0;
    size_t batch = 256;
    bool quiet = false;
    bool verbose = false;
    bool prune = false;
    std::string watch;
    bool no_ocr = false;
    std::string format = "text";
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("inputs", o->inputs, "Files, or folders walked for every kind read (text, PDF, DOCX, DOC, RTF, HTML)");
  cmd->add_option("--jsonl", o->jsonl,
                  "Load vnpolicy.extract/1 records (JSON Lines, '-' = stdin) made by `vnpolicy extract` anywhere");
  add_db_option(*cmd, o->db);
  cmd->add_option("-j,--jobs", o->jobs, "Extraction threads (default: every core)")->check(CLI::Range(1u, 1024u));
  cmd->add_option("--batch", o->batch, "Whole documents per transaction, at most")->check(CLI::Range(size_t{1}, size_t{100000}));
  cmd->add_flag("-q,--quiet", o->quiet, "No progress line; only errors and the final summary");
  cmd->add_flag("-v,--verbose", o->verbose, "One line per document: added, replaced, unchanged, moved, copy");
  cmd->add_flag("--prune", o->prune,
                "Also drop the catalogued paths under the inputs whose file is gone, and the documents left with "
                "no path (one transaction); alone, over the whole catalog");
  cmd->add_option("--watch", o->watch,
                  "Ingest what is in DIR, then every file that appears or changes there, until Ctrl-C/SIGTERM");
  cmd->add_flag("--no-ocr", o->no_ocr, "Do not OCR scanned PDF pages (a scan without a text layer is then an error)");
  cmd->add_option("--format", o->format,
                  "Summary as text lines, or one JSON object (counts, skipped files and why, pruned paths)")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->callback([&ctx, o] {
    const int sources = !o->inputs.empty() + !o->jsonl.empty() + !o->watch.empty();
    if (sources > 1 || (sources == 0 && !o->prune)) {
      std::cerr << "vnpolicy ingest: give files/folders, --jsonl FILE|- or --watch DIR: one of them (or --prune alone)\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/false);
    if (!catalog) return;
    const std::string db_path = catalog->path().string();
    if (!o->watch.empty()) {
      auto rules = load_rules(ctx);
      if (!rules) { ctx.exit_code = kExitUsage; return; }
      DocumentExtractor extractor(rules);
      WatchOptions w;
      w.ingest.db_path = db_path;
      w.ingest.jobs = o->jobs;
      w.ingest.batch_documents = o->batch;
      w.ingest.read.ocr = !o->no_ocr;
      w.ingest.read.ocr_progress = !o->quiet;
      w.ingest.on_outcome = [&](const IngestOutcome& out, const IngestTotals&) {
        if (out.status == IngestStatus::Failed) std::cerr << "vnpolicy: " << out.name << ": " << out.error << "\n";
        else if (!o->quiet) std::cerr << out.name << ": " << to_string(out.status) << "\n";
      };
      w.on_message = [&](const std::string& m) { if (!o->quiet) std::cerr << m << "\n"; };
      struct sigaction sa{};
      sa.sa_handler = request_watch_stop;
      sigaction(SIGINT, &sa, nullptr);
      sigaction(SIGTERM, &sa, nullptr);
      try {
        IngestTotals t = watch_folder(*catalog, extractor, o->watch, w, g_stop_watch);
        std::cout << "watched " << o->watch << ": " << t.added << " added, " << t.replaced << " replaced, "
                  << t.unchanged << " unchanged, " << t.failed << " failed\n";
        ctx.exit_code = t.failed ? kExitFileFailed : kExitOk;
      } catch (const std::exception& e) {
        std::cerr << "vnpolicy: " << e.what() << "\n";
        ctx.exit_code = kExitFileFailed;
      }
      return;
    }
    if (o->inputs.empty() && o->jsonl.empty()) {  // --prune alone
      print_prune(catalog->prune(), o->verbose);
      print_counts(std::cout, catalog_stats(catalog->db()));
      return;
    }
    auto rules = load_rules(ctx);
    if (!rules) { ctx.exit_code = kExitUsage; return; }
    DocumentExtractor extractor(rules);

    std::vector<std::filesystem::path> files;
    std::vector<SkippedFile> skipped;
    uint64_t total_bytes = 0;
    if (o->jsonl.empty()) {
      InputWalk walk = walk_inputs(o->inputs, catalog_sidecars(db_path));
      files = std::move(walk.files);
      skipped = std::move(walk.skipped);
      for (const auto& f : files) {
        std::error_code ec;
        auto size = std::filesystem::file_size(f, ec);
        if (!ec) total_bytes += size;
      }
    }
    ProgressLine progress(!o->quiet && isatty(STDERR_FILENO), files.size(), total_bytes);
    IngestOptions options;
    options.db_path = db_path;
    options.jobs = o->jobs;
    options.read.ocr = !o->no_ocr;
    options.read.ocr_progress = !o->quiet;
    options.batch_documents = o->batch;
    options.on_outcome = [&](const IngestOutcome& out, const IngestTotals& totals) {
      if (out.status == IngestStatus::Failed)
        progress.message("vnpolicy: " + out.name + ": " + out.error);
      else if (o->verbose)
        progress.message(out.name + ": " + to_string(out.status));
      progress.update(totals);
    };

    IngestTotals t;
    try {
      if (o->jsonl.empty()) {
        t = ingest_files(*catalog, extractor, files, options);
      } else if (o->jsonl == "-") {
        t = ingest_jsonl(*catalog, extractor, std::cin, "<stdin>", options);
      } else {
        std::ifstream in(o->jsonl, std::ios::binary);
        if (!in) {
          std::cerr << "vnpolicy: " << o->jsonl << ": cannot open\n";
          ctx.exit_code = kExitFileFailed;
          return;
        }
        t = ingest_jsonl(*catalog, extractor, in, o->jsonl, options);
      }
    } catch (const std::exception& e) {
      progress.clear();
      std::cerr << "vnpolicy: ingest stopped: " << e.what() << "\n";
      ctx.exit_code = kExitFileFailed;
      return;
    }
    progress.clear();
    std::optional<PruneResult> pruned;
    if (o->prune && o->jsonl.empty()) pruned = catalog->prune(o->inputs);
    double secs = progress.elapsed();
    ctx.exit_code = t.failed ? kExitFileFailed : kExitOk;
    if (o->format == "json") {
      std::cout << summary_json(db_path, t, secs, skipped, pruned, catalog_stats(catalog->db())).dump(2) << "\n";
      return;
    }
    if (pruned) print_prune(*pruned, o->verbose);
    char rate[96];
    std::snprintf(rate, sizeof rate, "%.1f MB in %.2f s = %.2f MB/s", t.bytes / 1e6, secs, t.bytes / 1e6 / std::max(secs, 1e-9));
    std::cout << "ingested into " << db_path << ": " << t.added << " added, " << t.replaced << " replaced, "
              << t.unchanged << " unchanged, " << t.failed << " failed; " << rate << "\n";
    if (t.moved || t.copied)
      std::cout << t.moved << " moved or renamed (same content, old path gone: same document), " << t.copied
                << " copies (same content at a second path: same document)\n";
    if (!skipped.empty()) std::cout << describe_skipped(skipped) << "\n";
    char cpu[96];
    std::snprintf(cpu, sizeof cpu, "CPU: extraction %.2f s, writer %.2f s", t.extract_cpu_seconds,
                  t.write_cpu_seconds);
    std::cout << cpu << "\n";
    print_counts(std::cout, catalog_stats(catalog->db()));
  });
  add_catalog_commands(app, ctx);
}

void add_catalog_commands(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "stats", "Which catalog this is and how much it holds");
  auto db = std::make_shared<std::string>();
  add_db_option(*cmd, *db);
  cmd->callback([&ctx, db] {
    auto catalog = open_catalog(*db, ctx, /*read_only=*/true);
    if (!catalog) return;
    std::cout << "catalog: " << std::filesystem::absolute(catalog->path()).string() << "\n";
    print_counts(std::cout, catalog_stats(catalog->db()));
  });

  struct RemoveOptions {
    std::vector<std::string> handles;
    std::string db;
  };
  auto r = std::make_shared<RemoveOptions>();
  auto* remove = add_command(app, "remove", "Take documents and all their items out of the catalog",
                             "One transaction: all the documents named go, or none.", TakesDoc::yes);
  remove->add_option("docs", r->handles, "The documents (DOC, see below)")->required();
  add_db_option(*remove, r->db);
  remove->callback([&ctx, r] {
    auto catalog = open_catalog(r->db, ctx, /*read_only=*/false);
    if (!catalog) return;
    std::vector<int64_t> ids;
    for (const auto& h : r->handles) {
      auto id = resolve_document(catalog->db(), h, ctx);
      if (!id) return;  // nothing removed unless every handle names one document
      ids.push_back(*id);
    }
    const auto refs = document_refs(catalog->db(), ids);
    catalog->remove(ids);
    for (const auto& d : refs)
      std::cout << "removed [id " << d.id << "] " << (d.number ? *d.number + " " : "") << d.path << "\n";
  });
}

}  // namespace vnpolicy::cli
