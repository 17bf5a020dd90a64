// /doc/{handle}/graph: the "lược đồ" of a document — what it builds on, implements,
// amends or replaces, and what cites it — drawn by Graphviz in process, with a
// validity note where a later document replaces or amends it.
#include <map>

#include "catalog/queries/documents.h"
#include "views/web/graphviz_svg.h"
#include "views/web/pages.h"

namespace vnpolicy::views::web {
namespace {

std::string node_label(const GraphNode& n) {
  std::string l = n.doc_type ? *n.doc_type : std::string("Văn bản");
  l += "\n" + (n.number ? *n.number : std::string("(không số)"));
  if (n.name) l += "\n" + *n.name;
  if (n.year && (!n.number || n.number->find(std::to_string(*n.year)) == std::string::npos))
    l += " (" + std::to_string(*n.year) + ")";
  if (n.issuer) {
    std::string issuer = *n.issuer;
    // Long issuers make wide boxes: keep the first words.
    size_t cut = 0, words = 0;
    while (cut < issuer.size() && words < 6) {
      cut = issuer.find(' ', cut + 1);
      if (cut == std::string::npos) cut = issuer.size();
      ++words;
    }
    l += "\n" + issuer.substr(0, cut) + (cut < issuer.size() ? " …" : "");
  }
  return l;
}

const char* edge_color(const std::string& relation) {
  if (relation == "replaces") return "#b3261e";
  if (relation == "amends") return "#e08a00";
  if (relation == "implements") return "#17663a";
  if (relation == "basis") return "#0b5cad";
  return "#8a94a3";
}

}  // namespace

// The DOT text of a document's neighbourhood: citing documents point at what they cite.
std::string graph_dot(const CitationGraph& g, const std::string& center) {
  std::string dot =
      "digraph lvd {\n"
      "  graph [rankdir=RL, bgcolor=\"transparent\", fontname=\"DejaVu Sans\", nodesep=0.35, ranksep=0.7];\n"
      "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10, fillcolor=\"#ffffff\","
      " color=\"#8a94a3\", margin=\"0.15,0.06\"];\n"
      "  edge [fontname=\"DejaVu Sans\", fontsize=9, arrowsize=0.7];\n";
  for (const GraphNode& n : g.nodes) {
    dot += "  " + dot_quote(n.id) + " [label=" + dot_quote(node_label(n));
    if (n.id == center)
      dot += ", fillcolor=\"#14325a\", fontcolor=\"#ffffff\", color=\"#14325a\", penwidth=2";
    else if (!n.in_catalog)
      dot += ", style=\"rounded,dashed\", fontcolor=\"#5b6472\"";
    if (n.document_id) {
      dot += ", URL=" + dot_quote(doc_url(*n.document_id) + "/graph");
      dot += ", tooltip=" + dot_quote(n.path ? *n.path : n.id);
    } else {
      dot += ", tooltip=" + dot_quote("chưa có trong danh mục");
    }
    dot += "];\n";
  }
  for (const GraphEdge& e : g.edges) {
    std::string label = relation_label(e.relation);
    if (e.count > 1) label += " ×" + std::to_string(e.count);
    if (e.by_name) label += " (theo tên)";  // a law cited by name, its number resolved
    dot += "  " + dot_quote(e.from) + " -> " + dot_quote(e.to) + " [label=" + dot_quote(label) + ", color=\"" +
           edge_color(e.relation) + "\", fontcolor=\"" + edge_color(e.relation) + "\"" +
           (e.relation == "mentions" ? ", style=dashed" : "") + "];\n";
  }
  return dot + "}\n";
}

Html graph_page(const WebContext& ctx, const std::string& handle) {
  auto reader = ctx.readers.lease();
  Database& db = reader->catalog.db();
  const DocumentRef doc = resolve_document(db, handle, ctx.options);
  const CitationGraph g = citation_graph(db, doc.id, 1);
  const std::string center = "doc:" + std::to_string(doc.id);
  std::string svg = dot_to_svg(graph_dot(g, center));
  // Inline SVG: drop the XML prolog and doctype Graphviz writes before <svg>.
  if (const size_t at = svg.find("<svg"); at != std::string::npos) svg.erase(0, at);

  // The relations as lists, grouped as portals draw them (also the graph's text form).
  std::map<std::string, const GraphNode*> nodes;
  for (const auto& n : g.nodes) nodes[n.id] = &n;
  auto name = [&](const std::string& id) -> Html {
    auto it = nodes.find(id);
    if (it == nodes.end()) return Html(id);
    const GraphNode& n = *it->second;
    std::string label = node_label(n);
    for (char& c : label)
      if (c == '\n') c = ' ';
    return n.document_id ? element("a", {{"href", doc_url(*n.document_id)}}, Html(label)) : Html(label);
  };
  struct Group {
    const char* title;
    const char* relation;
    bool outgoing;  // the document cites them
  };
  const Group groups[] = {{"Căn cứ (văn bản này dựa trên)", "basis", true},
                          {"Thực hiện", "implements", true},
                          {"Sửa đổi, bổ sung", "amends", true},
                          {"Thay thế", "replaces", true},
                          {"Nhắc đến", "mentions", true},
                          {"Bị thay thế bởi", "replaces", false},
                          {"Được sửa đổi, bổ sung bởi", "amends", false},
                          {"Được thực hiện bởi", "implements", false},
                          {"Được lấy làm căn cứ bởi", "basis", false},
                          {"Được nhắc đến trong", "mentions", false}};
  Html lists, note;
  for (const Group& grp : groups) {
    Html items;
    for (const GraphEdge& e : g.edges) {
      if (e.relation != grp.relation) continue;
      const Html by_name = e.by_name ? Html(" (theo tên)") : Html();
      if (grp.outgoing && e.from == center) items += element("li", name(e.to) + by_name);
      if (!grp.outgoing && e.to == center) items += element("li", name(e.from));
    }
    if (items.empty()) continue;
    lists += element("section", element("h2", Html(grp.title)) + element("ul", items));
    if (!grp.outgoing && (std::string(grp.relation) == "replaces" || std::string(grp.relation) == "amends"))
      note += element("div", {{"class", std::string(grp.relation) == "replaces" ? "note replaced" : "note"}},
                      element("strong", Html("Hiệu lực: ")) +
                          Html(std::string(grp.relation) == "replaces" ? "văn bản này đã bị thay thế bởi "
                                                                      : "văn bản này đã được sửa đổi, bổ sung bởi ") +
                          element("ul", items));
  }
  if (lists.empty()) lists = element("p", {{"class", "muted"}}, Html("Văn bản này chưa trích dẫn và chưa được trích dẫn."));
  const std::string title = "Lược đồ: " + document_title(doc);
  Html body = element("h1", Html(title)) + note +
              element("p", {{"class", "muted"}},
                      element("a", {{"href", doc_url(doc.id)}}, Html("← Văn bản")) +
                          Html(" · mũi tên đi từ văn bản trích dẫn đến văn bản được trích dẫn; khung nét đứt: chưa có trong danh mục")) +
              element("div", {{"class", "graph"}, {"role", "img"}, {"aria-label", title}}, Html::trusted(svg)) +
              element("div", {{"class", "graph-lists"}}, lists);
  return page(title, body);
}

}  // namespace vnpolicy::views::web
