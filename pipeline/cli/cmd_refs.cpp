// vnpolicy refs --cites NUMBER [--year Y] : the documents that cite a number, by year.
// vnpolicy refs --from DOC                : what a document cites, and which of it is catalogued.
// vnpolicy graph [--format dot|json|table] : the citation graph.
#include <iostream>
#include <map>
#include <set>

#include "cli/common.h"
#include "core/keys.h"

namespace vnpolicy::cli {

namespace {

using nlohmann::json;

json opt_json(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }
json opt_json(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

std::string year_text(const std::optional<int64_t>& y) { return y ? std::to_string(*y) : "year unknown"; }

void print_cites(Database& db, const std::string& number, std::optional<int> year, const std::string& format) {
  std::string sql =
      "SELECT v.cited_year, d.path, d.doc_type, d.number, v.relation, v.line, v.number, v.text, v.sentence,"
      " c.path FROM refs_dated v JOIN documents d ON d.id = v.doc_id LEFT JOIN documents c ON c.id = v.cited_doc_id"
      " WHERE v.number_key = ?1";
  if (year) sql += " AND v.cited_year = ?2";
  sql += " ORDER BY v.cited_year IS NULL, v.cited_year, d.path, v.line, v.seq";
  const std::string key = reference_number_key(number);
  auto q = db.prepare(sql);
  q.bind(1, key);
  if (year) q.bind(2, *year);
  const std::vector<std::string> columns = {"year", "document", "doc_type", "doc_number", "relation", "line",
                                            "cited_as", "text", "sentence", "cited_document"};
  // Grouped by year: one table per year in table form, one array in JSON.
  struct YearGroup {
    std::optional<int64_t> year;
    Output rows;
    std::set<std::string> documents;
  };
  std::vector<YearGroup> groups;
  Output all(columns);
  std::map<std::string, int> written;  // cited_as -> mentions
  while (q.step()) {
    ++written[q.text(6)];
    std::optional<int64_t> y = q.opt_int64(0);
    std::vector<json> row = {opt_json(y), q.text(1), opt_json(q.opt_text(2)), opt_json(q.opt_text(3)), q.text(4),
                             q.int64(5), q.text(6), q.text(7), opt_json(q.opt_text(8)), opt_json(q.opt_text(9))};
    if (groups.empty() || groups.back().year != y)
      groups.push_back({y, Output({"document", "doc_type", "relation", "line", "sentence"}), {}});
    groups.back().rows.add({row[1], row[2], row[4], row[5], row[8].is_null() ? row[7] : row[8]});
    groups.back().documents.insert(q.text(1));
    all.add(std::move(row));
  }
  if (format == "json") {
    all.print(std::cout, format);
    return;
  }
  if (groups.empty()) {
    std::cout << "no catalogued document cites " << number << (year ? " of " + std::to_string(*year) : "") << "\n";
    return;
  }
  // The number as the citing documents write it most often heads the groups (the key is for matching).
  std::string shown = key;
  int best = 0;
  for (const auto& [w, n] : written)
    if (n > best) { best = n; shown = w; }
  for (size_t i = 0; i < groups.size(); ++i) {
    auto& [y, out, docs] = groups[i];
    std::cout << (i ? "\n" : "") << shown << " (" << year_text(y) << "): " << out.size() << " mention"
              << (out.size() == 1 ? "" : "s") << " in " << docs.size() << " document" << (docs.size() == 1 ? "" : "s")
              << "\n";
    out.print(std::cout, format, 90);
  }
}

bool print_from(Database& db, const std::string& spec, const std::string& format) {
  std::vector<int64_t> ids = find_documents(db, spec);
  if (ids.empty()) {
    std::cerr << "vnpolicy: no catalogued document matches " << spec << "\n";
    return false;
  }
  Output out({"document", "number", "year", "doc_type", "date", "issuer", "relation", "line", "in_catalog",
              "cited_document", "text"});
  auto q = db.prepare(
      "SELECT d.path, v.number, v.cited_year, v.doc_type, v.date, v.issuer, v.relation, v.line, c.path, v.text"
      " FROM refs_dated v JOIN documents d ON d.id = v.doc_id LEFT JOIN documents c ON c.id = v.cited_doc_id"
      " WHERE v.doc_id = ?1 ORDER BY v.seq");
  for (int64_t id : ids) {
    q.reset();
    q.bind(1, id);
    while (q.step())
      out.add({q.text(0), q.text(1), opt_json(q.opt_int64(2)), opt_json(q.opt_text(3)), opt_json(q.opt_text(4)),
               opt_json(q.opt_text(5)), q.text(6), q.int64(7), !q.is_null(8), opt_json(q.opt_text(8)), q.text(9)});
  }
  out.print(std::cout, format);
  return true;
}

// ---- graph -------------------------------------------------------------------------------

struct Node {
  std::string id;
  json type, number, year, issuer, path;
  bool in_catalog = false;
};
struct Edge {
  std::string from, to, relation;
  int64_t count = 0;
};

struct Graph {
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

Graph load_graph(Database& db) {
  Graph g;
  auto docs = db.prepare("SELECT id, doc_type, number, year, issuer, path FROM documents ORDER BY id");
  while (docs.step())
    g.nodes.push_back({"doc:" + std::to_string(docs.int64(0)), opt_json(docs.opt_text(1)), opt_json(docs.opt_text(2)),
                       opt_json(docs.opt_int64(3)), opt_json(docs.opt_text(4)), docs.text(5), true});
  // A cited document outside the catalog is one node per number key and year.
  std::map<std::string, size_t> outside;
  auto refs = db.prepare(
      "SELECT doc_id, cited_doc_id, number_key, cited_year, number, doc_type, issuer, relation FROM refs_dated"
      " ORDER BY doc_id, seq");
  std::map<std::tuple<std::string, std::string, std::string>, size_t> edge_at;
  while (refs.step()) {
    std::string to;
    if (!refs.is_null(1)) {
      to = "doc:" + std::to_string(refs.int64(1));
    } else {
      std::optional<int64_t> y = refs.opt_int64(3);
      // One node per number key and year, named by the number as first written (the key is
      // for matching, not for reading).
      const std::string year = y ? std::to_string(*y) : "?";
      auto [it, fresh] = outside.emplace(refs.text(2) + "@" + year, g.nodes.size());
      if (fresh) {
        std::string written;
        for (char c : refs.text(4))
          if (c != ' ') written += c;
        g.nodes.push_back({"ref:" + written + "@" + year, nullptr, refs.text(4), opt_json(y), nullptr, nullptr, false});
      }
      Node& n = g.nodes[it->second];
      to = n.id;
      if (n.type.is_null()) n.type = opt_json(refs.opt_text(5));
      if (n.issuer.is_null()) n.issuer = opt_json(refs.opt_text(6));
    }
    std::string from = "doc:" + std::to_string(refs.int64(0));
    auto key = std::make_tuple(from, to, refs.text(7));
    auto [it, fresh] = edge_at.emplace(key, g.edges.size());
    if (fresh) g.edges.push_back({from, to, refs.text(7), 0});
    ++g.edges[it->second].count;
  }
  return g;
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

std::string node_label(const Node& n) {
  std::string head = n.type.is_string() ? n.type.get<std::string>() : std::string();
  std::string number = n.number.is_string() ? n.number.get<std::string>()
                                            : std::filesystem::path(n.path.get<std::string>()).filename().string();
  std::string label = head.empty() ? number : head + " " + number;
  std::string second = n.year.is_number() ? std::to_string(n.year.get<int64_t>()) : "năm ?";
  if (n.issuer.is_string()) second += " · " + n.issuer.get<std::string>();
  return label + "\n" + second;
}

void print_dot(const Graph& g, std::ostream& out) {
  static const std::map<std::string, std::string> colour = {
      {"implements", "darkgreen"}, {"basis", "blue"}, {"replaces", "red"}, {"amends", "darkorange"}, {"mentions", "gray40"}};
  out << "digraph citations {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const Node& n : g.nodes)
    out << "  " << dot_quote(n.id) << " [label=" << dot_quote(node_label(n)) << (n.in_catalog ? "" : ", style=dashed")
        << "];\n";
  for (const Edge& e : g.edges) {
    auto c = colour.find(e.relation);
    std::string label = e.relation + (e.count > 1 ? " ×" + std::to_string(e.count) : "");
    out << "  " << dot_quote(e.from) << " -> " << dot_quote(e.to) << " [label=" << dot_quote(label)
        << ", color=" << (c == colour.end() ? "black" : c->second) << "];\n";
  }
  out << "}\n";
}

void print_graph(const Graph& g, const std::string& format) {
  if (format == "dot") return print_dot(g, std::cout);
  if (format == "json") {
    json nodes = json::array(), edges = json::array();
    for (const Node& n : g.nodes)
      nodes.push_back({{"id", n.id}, {"type", n.type}, {"number", n.number}, {"year", n.year}, {"issuer", n.issuer},
                       {"path", n.path}, {"in_catalog", n.in_catalog}});
    for (const Edge& e : g.edges)
      edges.push_back({{"from", e.from}, {"to", e.to}, {"relation", e.relation}, {"count", e.count}});
    std::cout << json{{"nodes", nodes}, {"edges", edges}}.dump(2) << "\n";
    return;
  }
  std::map<std::string, const Node*> by_id;
  for (const Node& n : g.nodes) by_id[n.id] = &n;
  Output out({"from", "relation", "count", "to", "to_year", "to_in_catalog"});
  auto name = [&](const std::string& id) {
    const Node* n = by_id.at(id);
    std::string label = node_label(*n);
    return label.substr(0, label.find('\n'));
  };
  for (const Edge& e : g.edges)
    out.add({name(e.from), e.relation, e.count, name(e.to), by_id.at(e.to)->year, by_id.at(e.to)->in_catalog});
  out.print(std::cout, "table");
}

}  // namespace

void add_refs_commands(CLI::App& app, CommandContext& ctx) {
  struct RefsOptions {
    std::string cites, from, db, format;
    std::optional<int> year;
  };
  auto o = std::make_shared<RefsOptions>();
  auto* refs = app.add_subcommand("refs", "Which documents cite a number (--cites), or what a document cites (--from)");
  auto* cites = refs->add_option("--cites", o->cites, "Number cited, e.g. 01/NQ-CP (case, spaces and \"số\" ignored)");
  auto* from = refs->add_option("--from", o->from, "Citing document: path, sha256 prefix or its own number");
  refs->add_option("--year", o->year, "With --cites: only the document of that year (numbers like 01/NQ-CP restart yearly)")
      ->needs(cites);
  cites->excludes(from);
  add_db_option(*refs, o->db);
  add_format_option(*refs, o->format);
  refs->callback([&ctx, o] {
    if (o->cites.empty() == o->from.empty()) {
      std::cerr << "vnpolicy: refs: give --cites NUMBER or --from DOC\n";
      ctx.exit_code = kExitUsage;
      return;
    }
    auto catalog = open_catalog(o->db, ctx);
    if (!catalog) return;
    if (!o->cites.empty()) print_cites(catalog->db(), o->cites, o->year, o->format);
    else if (!print_from(catalog->db(), o->from, o->format)) ctx.exit_code = kExitFileFailed;
  });

  struct GraphOptions {
    std::string db, format = "dot";
  };
  auto g = std::make_shared<GraphOptions>();
  auto* graph = app.add_subcommand("graph", "The citation graph: documents as nodes, references as edges");
  add_db_option(*graph, g->db);
  graph->add_option("--format", g->format, "dot (Graphviz), json, or table (one row per edge)")
      ->check(CLI::IsMember({"dot", "json", "table"}));
  graph->callback([&ctx, g] {
    auto catalog = open_catalog(g->db, ctx);
    if (catalog) print_graph(load_graph(catalog->db()), g->format);
  });
}

}  // namespace vnpolicy::cli
