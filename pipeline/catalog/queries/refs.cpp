#include "catalog/queries/refs.h"

#include <map>
#include <set>

#include "core/keys.h"

namespace vnpolicy {
namespace {

// refs_dated aliased v, its citing document d, its cited document c (LEFT JOIN).
std::string reference_select() {
  return "SELECT " + location_columns("d", "v") +
         ", d.doc_type, v.id, v.number, v.cited_year, v.doc_type, v.date, v.issuer, v.relation, v.text, v.sentence, " +
         document_ref_columns("c") + ", v.resolved_by, n.name" +
         " FROM refs_dated v JOIN documents d ON d.id = v.doc_id LEFT JOIN documents c ON c.id = v.cited_doc_id"
         " LEFT JOIN named_refs n ON n.id = v.named_ref_id";
}

ReferenceRow read_reference(const Statement& q) {
  ReferenceRow r;
  r.at = read_location(q, 0);
  r.citing_type = q.opt_text(5);
  r.id = q.int64(6);
  r.number = q.text(7);
  if (auto y = q.opt_int64(8)) r.year = static_cast<int>(*y);
  r.doc_type = q.opt_text(9);
  r.date = q.opt_text(10);
  r.issuer = q.opt_text(11);
  r.relation = q.text(12);
  r.text = q.text(13);
  r.sentence = q.opt_text(14);
  r.cited = read_document_ref(q, 15);
  r.resolved_by = q.opt_text(24);
  r.name = q.opt_text(25);
  return r;
}

std::vector<ReferenceRow> read_references(Statement& q) {
  std::vector<ReferenceRow> rows;
  while (q.step()) rows.push_back(read_reference(q));
  return rows;
}

}  // namespace

std::vector<ReferenceRow> references_citing(Database& db, const CitesQuery& c) {
  auto q = db.prepare(reference_select() +
                      " WHERE v.number_key = ?1 AND (?2 IS NULL OR v.cited_year = ?2)"
                      " ORDER BY v.cited_year IS NULL, v.cited_year, d.path, v.line, v.seq");
  q.bind(1, typed_number_key(c.number)).bind(2, c.year);
  return read_references(q);
}

std::vector<ReferenceRow> references_of(Database& db, int64_t id) {
  auto q = db.prepare(reference_select() + " WHERE v.doc_id = ?1 ORDER BY v.line, v.seq");
  q.bind(1, id);
  return read_references(q);
}

std::vector<ReferenceRow> references_to(Database& db, int64_t id) {
  auto q = db.prepare(reference_select() + " WHERE v.cited_doc_id = ?1 AND v.doc_id != ?1 ORDER BY d.id, v.seq");
  q.bind(1, id);
  return read_references(q);
}

CitationGraph citation_graph(Database& db, std::optional<int64_t> around, int depth) {
  CitationGraph g;
  // The documents drawn, with their distance from `around` (0 for every one of a whole graph).
  std::map<int64_t, int> distance;
  if (!around) {
    auto all = db.prepare("SELECT id FROM documents ORDER BY id");
    while (all.step()) distance[all.int64(0)] = 0;
  } else {
    distance[*around] = 0;
    auto out = db.prepare("SELECT DISTINCT cited_doc_id FROM refs WHERE doc_id = ?1 AND cited_doc_id IS NOT NULL");
    auto in = db.prepare("SELECT DISTINCT doc_id FROM refs WHERE cited_doc_id = ?1");
    std::vector<int64_t> frontier = {*around};
    for (int d = 1; d <= depth && !frontier.empty(); ++d) {
      std::vector<int64_t> next;
      for (int64_t id : frontier)
        for (Statement* q : {&out, &in}) {
          q->bind(1, id);
          while (q->step())
            if (distance.emplace(q->int64(0), d).second) next.push_back(q->int64(0));
          q->reset();
        }
      frontier = std::move(next);
    }
  }
  auto doc = db.prepare("SELECT doc_type, number, year, issuer, path FROM documents WHERE id = ?1");
  for (const auto& [id, dist] : distance) {
    doc.bind(1, id);
    if (doc.step()) {
      GraphNode n;
      n.id = "doc:" + std::to_string(id);
      n.document_id = id;
      n.doc_type = doc.opt_text(0);
      n.number = doc.opt_text(1);
      if (auto y = doc.opt_int64(2)) n.year = static_cast<int>(*y);
      n.issuer = doc.opt_text(3);
      n.path = doc.opt_text(4);
      n.in_catalog = true;
      g.nodes.push_back(std::move(n));
    }
    doc.reset();
  }
  // Edges from every drawn document; a cited document outside the catalog is one node
  // per number and year, named by the number as first written.
  std::map<std::string, size_t> outside;                                       // number key @ year -> node
  std::map<std::tuple<std::string, std::string, std::string>, size_t> edge_at;  // from, to, relation -> edge
  auto refs = db.prepare(
      "SELECT v.cited_doc_id, v.number_key, v.cited_year, v.number, v.doc_type, v.issuer, v.relation, n.name"
      " FROM refs_dated v LEFT JOIN named_refs n ON n.id = v.named_ref_id WHERE v.doc_id = ?1 ORDER BY v.seq");
  for (const auto& [id, dist] : distance) {
    const bool edge_of_frontier = around && dist == depth;  // its own citations are not drawn
    refs.bind(1, id);
    while (refs.step()) {
      std::string to;
      if (!refs.is_null(0)) {
        if (!distance.count(refs.int64(0))) continue;
        to = "doc:" + std::to_string(refs.int64(0));
      } else {
        if (edge_of_frontier) continue;
        std::optional<int> y;
        if (auto v = refs.opt_int64(2)) y = static_cast<int>(*v);
        const std::string year = y ? std::to_string(*y) : "?";
        auto [it, fresh] = outside.emplace(refs.text(1) + "@" + year, g.nodes.size());
        if (fresh) {
          GraphNode n;
          std::string written;  // the number as first written, without its spaces
          for (char c : refs.text(3))
            if (c != ' ') written += c;
          n.id = "ref:" + written + "@" + year;
          n.number = refs.text(3);
          n.year = y;
          g.nodes.push_back(std::move(n));
        }
        GraphNode& n = g.nodes[it->second];
        if (!n.doc_type) n.doc_type = refs.opt_text(4);
        if (!n.issuer) n.issuer = refs.opt_text(5);
        if (!n.name) n.name = refs.opt_text(7);
        to = n.id;
      }
      const std::string from = "doc:" + std::to_string(id);
      auto [it, fresh] = edge_at.emplace(std::make_tuple(from, to, refs.text(6)), g.edges.size());
      if (fresh) g.edges.push_back({from, to, refs.text(6), 0, 0});
      ++g.edges[it->second].count;
      if (!refs.is_null(7)) ++g.edges[it->second].by_name;
    }
    refs.reset();
  }
  return g;
}

}  // namespace vnpolicy
