// vnpolicy search QUERY [--type T] [--year Y] [--issuer NAME] [--limit N] [--format table|json]
// Full-text search over the documents' sentences, insensitive to accents and đ/d.
#include <iostream>

#include "catalog/queries/search.h"
#include "cli/common.h"
#include "views/rows.h"

namespace vnpolicy::cli {

void add_search_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "search", "Full-text search of sentences (accents optional)");
  struct Options {
    std::vector<std::string> words;
    std::optional<std::string> type, issuer;
    std::optional<int> year;
    int limit = 20;
    std::string db;
    OutputOptions format;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("query", o->words,
                  "Words to find (all of them, in any order); \"a phrase\" in quotes finds those words together, "
                  "-word leaves out sentences with that word")
      ->required();
  cmd->add_option("--type", o->type, "Only documents of this type (\"Kế hoạch\", \"ke hoach\")");
  cmd->add_option("--year", o->year, "Only documents of this year");
  cmd->add_option("--issuer", o->issuer, "Only documents whose issuer contains this (accents optional)");
  cmd->add_option("--limit", o->limit, "At most this many hits")->check(CLI::Range(1, 100000));
  add_db_option(*cmd, o->db);
  add_output_options(*cmd, o->format);
  cmd->callback([&ctx, o] {
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    SearchQuery q;
    // Each argument as typed; one that holds a space (quoted on the shell) and no query
    // syntax of its own is a phrase.
    for (const auto& w : o->words) {
      const bool phrase = w.find(' ') != std::string::npos && w.find('"') == std::string::npos &&
                          w[0] != '-' && w.find(" -") == std::string::npos;
      q.text += (q.text.empty() ? "" : " ") + (phrase ? "\"" + w + "\"" : w);
    }
    q.doc_type = o->type;
    q.year = o->year;
    q.issuer = o->issuer;
    q.limit = o->limit;
    try {
      AccentFolder folder;
      auto hits = search_sentences(catalog->db(), q, folder);
      search_output(hits, q, o->format.format == "table").print(std::cout, o->format, 200);
      if (hits.empty() && o->format.format == "table") std::cerr << "no sentence matches\n";
    } catch (const std::exception& e) {
      std::cerr << "vnpolicy: " << e.what() << "\n";
      ctx.exit_code = kExitFileFailed;
    }
  });
}

}  // namespace vnpolicy::cli
