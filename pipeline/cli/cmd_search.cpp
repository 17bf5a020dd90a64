// vnpolicy search QUERY [--type T] [--year Y] [--issuer NAME] [--limit N] [--format table|json]
// Full-text search over the documents' sentences, insensitive to accents and đ/d.
#include <iostream>

#include "catalog/search.h"
#include "cli/common.h"

namespace vnpolicy::cli {

void add_search_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("search", "Full-text search of the documents' sentences (accents optional)");
  struct Options {
    std::vector<std::string> words;
    std::optional<std::string> type, issuer;
    std::optional<int> year;
    int limit = 20;
    std::string db, format;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("query", o->words, "Words to find (all of them, in any order)")->required();
  cmd->add_option("--type", o->type, "Only documents of this type (\"Kế hoạch\", \"ke hoach\")");
  cmd->add_option("--year", o->year, "Only documents of this year");
  cmd->add_option("--issuer", o->issuer, "Only documents whose issuer contains this (accents optional)");
  cmd->add_option("--limit", o->limit, "At most this many hits")->check(CLI::Range(1, 100000));
  add_db_option(*cmd, o->db);
  add_format_option(*cmd, o->format);
  cmd->callback([&ctx, o] {
    std::error_code ec;
    if (!std::filesystem::exists(o->db, ec)) {
      std::cerr << "vnpolicy: no catalog at " << o->db << " (run vnpolicy ingest first)\n";
      ctx.exit_code = kExitFileFailed;
      return;
    }
    SearchQuery q;
    for (const auto& w : o->words) q.text += (q.text.empty() ? "" : " ") + w;
    q.doc_type = o->type;
    q.year = o->year;
    q.issuer = o->issuer;
    q.limit = o->limit;
    try {
      Database db(o->db, /*read_only=*/true);
      AccentFolder folder;
      auto hits = search_sentences(db, q, folder);
      auto words = query_words(q.text);
      Output out({"document", "number", "line", "snippet"});
      for (const auto& h : hits)
        out.add({h.path, h.number ? nlohmann::json(*h.number) : nlohmann::json(nullptr), h.line,
                 o->format == "json" ? h.sentence : snippet(h.sentence, words, folder)});
      out.print(std::cout, o->format, 200);
      if (hits.empty() && o->format == "table") std::cerr << "no sentence matches\n";
    } catch (const std::exception& e) {
      std::cerr << "vnpolicy: " << e.what() << "\n";
      ctx.exit_code = kExitFileFailed;
    }
  });
}

}  // namespace vnpolicy::cli
