// vnpolicy refs --cites NUMBER [--year Y] : the documents that cite a number, by year.
// vnpolicy refs --from DOC                : what a document cites, and which of it is catalogued.
// vnpolicy graph [DOC] [--depth N] [--format dot|json|table] : the citation graph.
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "catalog/queries/refs.h"
#include "core/text.h"
#include "cli/common.h"
#include "views/rows.h"

namespace vnpolicy::cli {
namespace {

using nlohmann::json;

void print_cites(Database& db, const std::string& number, std::optional<int> year, const OutputOptions& format) {
  const auto rows = references_citing(db, {number, year});
  if (format.format != "table") {  // json, csv: one flat list
    citing_output(rows).print(std::cout, format);
    return;
  }
  if (rows.empty()) {
    std::cout << "no catalogued document cites " << trim(number) << (year ? " of " + std::to_string(*year) : "")
              << "\n";
    return;
  }
  // The number as the citing documents write it most often heads the groups: the key
  // is for matching, never for reading.
  std::map<std::string, int> written;
  for (const auto& r : rows) ++written[r.number];
  std::string shown;
  int best = 0;
  for (const auto& [w, n] : written)
    if (n > best) best = n, shown = w;
  // One table per cited year.
  for (size_t i = 0; i < rows.size();) {
    size_t j = i;
    std::set<int64_t> docs;
    std::vector<ReferenceRow> group;
    while (j < rows.size() && rows[j].year == rows[i].year) {
      docs.insert(rows[j].at.document_id);
      group.push_back(rows[j++]);
    }
    std::cout << (i ? "\n" : "") << shown << " ("
              << (rows[i].year ? std::to_string(*rows[i].year) : std::string("year unknown")) << "): " << group.size()
              << " mention" << (group.size() == 1 ? "" : "s") << " in " << docs.size() << " document"
              << (docs.size() == 1 ? "" : "s");
    if (group.front().cited) std::cout << "; catalogued as [id " << group.front().cited->id << "] " << display_path(group.front().cited->path);
    std::cout << "\n";
    Output out({"document", "doc_type", "relation", "line", "sentence"});
    for (const auto& r : group)
      out.add({display_path(r.at.path), r.citing_type ? json(*r.citing_type) : json(nullptr), relation_shown(r),
               line_label(r.at), r.sentence ? *r.sentence : r.text});
    out.print(std::cout, format, 90);
    i = j;
  }
}

std::string dot_quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    out += c;
  }
  return out + "\"";
}

std::string node_label(const GraphNode& n) {
  std::string number = n.number ? *n.number : n.path ? std::filesystem::path(*n.path).filename().string() : n.id;
  std::string label = n.doc_type ? *n.doc_type + " " + number : number;
  if (n.name) label += "\n" + *n.name;
  std::string second = n.year ? std::to_string(*n.year) : "năm ?";
  if (n.issuer) second += " · " + *n.issuer;
  return label + "\n" + second;
}

void print_dot(const CitationGraph& g, std::ostream& out) {
  static const std::map<std::string, std::string> colour = {
      {"implements", "darkgreen"}, {"basis", "blue"}, {"replaces", "red"}, {"amends", "darkorange"}, {"mentions", "gray40"}};
  out << "digraph citations {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const GraphNode& n : g.nodes)
    out << "  " << dot_quote(n.id) << " [label=" << dot_quote(node_label(n)) << (n.in_catalog ? "" : ", style=dashed")
        << "];\n";
  for (const GraphEdge& e : g.edges) {
    auto c = colour.find(e.relation);
    std::string label = e.relation + (e.count > 1 ? " ×" + std::to_string(e.count) : "") +
                        (e.by_name ? " (by name" + (e.by_name < e.count ? " ×" + std::to_string(e.by_name) : "") + ")" : "");
    out << "  " << dot_quote(e.from) << " -> " << dot_quote(e.to) << " [label=" << dot_quote(label)
        << ", color=" << (c == colour.end() ? "black" : c->second) << "];\n";
  }
  out << "}\n";
}

void print_graph(const CitationGraph& g, const std::string& format) {
  if (format == "dot") return print_dot(g, std::cout);
  if (format == "json") {
    std::cout << graph_json(g).dump(2) << "\n";
    return;
  }
  std::map<std::string, const GraphNode*> by_id;
  for (const GraphNode& n : g.nodes) by_id[n.id] = &n;
  Output out({"from", "relation", "count", "by_name", "to", "to_year", "to_in_catalog"});
  auto name = [&](const std::string& id) {
    std::string label = node_label(*by_id.at(id));
    return label.substr(0, label.find('\n'));
  };
  for (const GraphEdge& e : g.edges) {
    const GraphNode* to = by_id.at(e.to);
    out.add({name(e.from), e.relation, e.count, e.by_name, name(e.to), to->year ? json(*to->year) : json(nullptr), to->in_catalog});
  }
  out.print(std::cout, "table");
}

}  // namespace

void add_refs_commands(CLI::App& app, CommandContext& ctx) {
  struct RefsOptions {
    std::string cites, from, db;
    OutputOptions format;
    std::optional<int> year;
  };
  auto o = std::make_shared<RefsOptions>();
  auto* refs = add_command(app, "refs", "Who cites a number (--cites); what DOC cites (--from)", {}, TakesDoc::yes);
  auto* cites = refs->add_option("--cites", o->cites,
                                 "Number cited, e.g. 01/NQ-CP (case, spaces, leading zeros, \"số\" and a document type before it ignored)");
  auto* from = refs->add_option("--from", o->from, "Citing document (DOC, see below)");
  refs->add_option("--year", o->year, "With --cites: only the document of that year (numbers like 01/NQ-CP restart yearly)")
      ->needs(cites);
  cites->excludes(from);
  add_db_option(*refs, o->db);
  add_output_options(*refs, o->format);
  refs->callback([&ctx, o] {
    if (o->cites.empty() == o->from.empty()) {
      std::cerr << "vnpolicy: refs: give --cites NUMBER or --from DOC\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto catalog = open_catalog(o->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    if (!o->cites.empty()) {
      print_cites(catalog->db(), o->cites, o->year, o->format);
      return;
    }
    auto id = resolve_document(catalog->db(), o->from, ctx);
    if (id) references_output(references_of(catalog->db(), *id)).print(std::cout, o->format);
  });

  struct GraphOptions {
    std::string handle, db, format = "dot";
    int depth = 1;
  };
  auto g = std::make_shared<GraphOptions>();
  auto* graph = add_command(app, "graph", "The citation graph, whole or around one document",
                             "Documents as nodes, references as edges; with DOC, the documents within\n"
                             "--depth citations of it.",
                             TakesDoc::yes);
  graph->add_option("doc", g->handle, "Draw around this document (DOC, see below); the whole catalog when left out");
  graph->add_option("--depth", g->depth, "With DOC: how many citations away (default 1)")->check(CLI::Range(1, 20));
  add_db_option(*graph, g->db);
  graph->add_option("--format", g->format, "dot (Graphviz), json, or table (one row per edge)")
      ->check(CLI::IsMember({"dot", "json", "table"}));
  graph->callback([&ctx, g] {
    auto catalog = open_catalog(g->db, ctx, /*read_only=*/true);
    if (!catalog) return;
    std::optional<int64_t> around;
    if (!g->handle.empty() && !(around = resolve_document(catalog->db(), g->handle, ctx))) return;
    print_graph(citation_graph(catalog->db(), around, g->depth), g->format);
  });
}

}  // namespace vnpolicy::cli
