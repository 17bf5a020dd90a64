#include "views/rows.h"

#include <filesystem>
#include <map>

#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

using nlohmann::json;

json opt(const OptString& s) { return s ? json(*s) : json(nullptr); }
json opt(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json page_json(const Location& at) { return at.page ? json(at.page) : json(nullptr); }

std::vector<std::string> names_in(const std::vector<TaskAgency>& agencies, const char* role) {
  std::vector<std::string> out;
  for (const auto& a : agencies)
    if (a.role == role) out.push_back(a.name);
  return out;
}

}  // namespace

std::string display_path(const std::string& path) {
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (ec) return path;
  const std::string base = cwd.string() + "/";
  return path.rfind(base, 0) == 0 ? path.substr(base.size()) : path;
}

std::string document_label(const Location& at) {
  return at.number ? *at.number : std::filesystem::path(at.path).filename().string();
}

std::string line_label(const Location& at) {
  return at.page ? "p." + std::to_string(at.page) + " l." + std::to_string(at.line) : std::to_string(at.line);
}

std::string provenance(const Location& at) {
  return std::filesystem::path(at.path).filename().string() + (at.page ? " p." + std::to_string(at.page) : "") +
         " l." + std::to_string(at.line);
}

std::string figure_text(const TargetRow& f) {
  static const std::map<std::string, std::string> sign = {{"approx", "~"}, {"gt", ">"}, {"gte", ">="}, {"lt", "<"}, {"lte", "<="}};
  std::string s;
  if (auto it = sign.find(f.comparator); it != sign.end()) s = it->second;
  s += format_number(f.value);
  if (f.value_max) s += "-" + format_number(*f.value_max);
  if (f.unit) s += " " + *f.unit;
  return s;
}

json document_ref_json(const DocumentRef& d) {
  return {{"id", d.id},          {"path", d.path},       {"sha256", d.sha256}, {"type", opt(d.doc_type)},
          {"number", opt(d.number)}, {"issuer", opt(d.issuer)}, {"date", opt(d.issued_date)}, {"year", opt(d.year)},
          {"title", opt(d.title)}};
}

Output documents_output(const std::vector<DocumentRow>& rows) {
  // Narrow terminals lose, in turn: path, year (the date has it), issuer, cited by,
  // deadlines, type; `show` and --wide give them back.
  Output out({"id", "number", {"type", "type", 1}, {"issuer", "issuer", 4}, "date", {"year", "year", 5}, "title",
              {"path", ""}, {"", "path", 6}, "refs", {"cited_by", "cited by", 3}, "targets", {"deadlines", "deadlines", 2},
              "tasks", {"sha256", ""}, {"format", ""}, {"ocr", ""}});
  for (const auto& d : rows)
    out.add({d.id, opt(d.number), opt(d.doc_type), opt(d.issuer), opt(d.issued_date), opt(d.year), opt(d.title), d.path,
             display_path(d.path), d.counts.references, d.counts.cited_by, d.counts.targets, d.counts.deadlines,
             d.counts.tasks, d.sha256, d.format, d.ocr});
  return out;
}

Output candidates_output(const std::vector<DocumentRef>& rows) {
  Output out({"id", "number", "date", "year", {"path", ""}, {"", "path"}});
  for (const auto& d : rows)
    out.add({d.id, opt(d.number), opt(d.issued_date), opt(d.year), d.path, display_path(d.path)});
  return out;
}

Output targets_output(const std::vector<TargetRow>& rows) {
  Output out({{"doc", "doc"}, {"line", ""}, {"page", ""}, {"", "line"}, "kind", "indicator", "value",
              {"value_max", "value_max", 2}, "unit", {"comparator", "comparator", 1}, "year", {"key", "key", 3},
              {"document_id", ""}, {"path", ""}, {"text", ""}});
  for (const auto& f : rows)
    out.add({document_label(f.at), f.at.line, page_json(f.at), line_label(f.at), f.kind, opt(f.indicator), f.value,
             opt(f.value_max), opt(f.unit), f.comparator, opt(f.year), opt(f.indicator_key), f.at.document_id,
             f.at.path, f.text});
  return out;
}

namespace {

// A figure in its own JSON fields (numbers as numbers), under a prefix: a_value, a_unit ...
void add_figure_fields(std::vector<json>& row, const std::optional<TargetRow>& t) {
  if (!t) {
    for (int i = 0; i < 8; ++i) row.emplace_back(nullptr);
    return;
  }
  row.insert(row.end(), {json(t->value), opt(t->value_max), opt(t->unit), json(t->comparator), opt(t->year), json(t->kind),
                         json(document_label(t->at)), json(t->at.line)});
}

std::vector<OutputColumn> figure_columns(const std::string& p) {
  std::vector<OutputColumn> out;
  for (const char* f : {"value", "value_max", "unit", "comparator", "year", "kind", "doc", "line"}) out.push_back({p + f, ""});
  return out;
}

json shown(const std::optional<TargetRow>& t) { return t ? json(figure_text(*t)) : json(nullptr); }
json where(const std::optional<TargetRow>& t) { return t ? json(document_label(t->at) + " " + line_label(t->at)) : json(nullptr); }
json year_of(const std::optional<TargetRow>& t) { return t && t->year ? json(*t->year) : json(nullptr); }

Output with_figures(std::vector<OutputColumn> head, const std::vector<std::string>& prefixes, std::vector<OutputColumn> tail) {
  for (const auto& p : prefixes)
    for (auto& c : figure_columns(p)) head.push_back(std::move(c));
  for (auto& c : tail) head.push_back(std::move(c));
  return Output(std::move(head));
}

}  // namespace

Output diff_output(const std::vector<DiffRow>& rows) {
  Output out = with_figures({{"key", ""}, "code", "indicator", {"", "a"}, {"", "a year"}, {"", "b"}, {"", "b year"}, "change",
                             "difference", {"a_in_b_unit", ""}, {"unit_note", "note"}},
                            {"a_", "b_"}, {});
  for (const auto& r : rows) {
    std::vector<json> row = {r.key, opt(r.code), opt(r.name), shown(r.a), year_of(r.a), shown(r.b), year_of(r.b), r.change,
                             opt(r.difference), opt(r.a_in_b_unit), r.unit_note.empty() ? json(nullptr) : json(r.unit_note)};
    add_figure_fields(row, r.a);
    add_figure_fields(row, r.b);
    out.add(std::move(row));
  }
  return out;
}

Output series_output(const std::vector<SeriesRow>& rows) {
  Output out = with_figures({{"key", ""}, "code", "indicator", "place", "year", {"", "target"}, {"", "target doc"}, {"", "actual"},
                             {"", "actual doc"}, "met", {"unit_note", "note"}, "targets", "actuals"},
                            {"target_", "actual_"}, {});
  for (const auto& r : rows) {
    std::vector<json> row = {r.key, opt(r.code), opt(r.name), opt(r.place), opt(r.year), shown(r.target), where(r.target),
                             shown(r.actual), where(r.actual), r.met, r.unit_note.empty() ? json(nullptr) : json(r.unit_note),
                             r.targets, r.actuals};
    add_figure_fields(row, r.target);
    add_figure_fields(row, r.actual);
    out.add(std::move(row));
  }
  return out;
}

Output scorecard_output(const std::vector<ScorecardRow>& rows) {
  Output out = with_figures({{"key", ""}, "code", "indicator", {"", "year"}, {"", "target"}, {"", "line"}, {"", "actual"},
                             {"", "actual year"}, {"", "source"}, "status", {"actual_issued", ""}, {"unit_note", "note"}},
                            {"target_", "actual_"}, {});
  for (const auto& r : rows) {
    std::vector<json> row = {opt(r.target.indicator_key), opt(r.code), opt(r.name), year_of(r.target), figure_text(r.target),
                             line_label(r.target.at), shown(r.actual), year_of(r.actual), where(r.actual), r.status,
                             opt(r.actual_issued), r.unit_note.empty() ? json(nullptr) : json(r.unit_note)};
    add_figure_fields(row, r.target);
    add_figure_fields(row, r.actual);
    out.add(std::move(row));
  }
  return out;
}

Output tasks_output(const std::vector<TaskRow>& rows) {
  Output out({{"document", ""}, {"", "document"}, {"line", ""}, {"page", ""}, {"", "line"}, {"role", "role", 2}, "lead",
              {"support", "support", 3}, {"deadline", "deadline", 1}, "due", "description", {"document_id", ""}});
  for (const auto& t : rows)
    out.add({t.at.path, document_label(t.at), t.at.line, page_json(t.at), line_label(t.at), t.matched_role,
             names_in(t.agencies, "lead"), names_in(t.agencies, "support"), opt(t.deadline_text), opt(t.deadline_end),
             opt(t.description), t.at.document_id});
  return out;
}

Output deadlines_output(const std::vector<DeadlineRow>& rows, bool units) {
  if (units) {
    Output out({{"document", ""}, {"", "document"}, {"line", ""}, {"page", ""}, {"", "line"}, "due", "kind",
                {"role", "role", 2}, "lead", {"support", "support", 3}, "text", {"document_id", ""}});
    for (const auto& d : rows)
      out.add({d.at.path, document_label(d.at), d.at.line, page_json(d.at), line_label(d.at), opt(d.end), d.kind,
               d.matched_role, names_in(d.agencies, "lead"), names_in(d.agencies, "support"), d.text, d.at.document_id});
    return out;
  }
  Output out({{"document", ""}, {"", "document"}, {"line", ""}, {"page", ""}, {"", "line"}, "due", "start", "kind",
              "text", {"document_id", ""}});
  for (const auto& d : rows)
    out.add({d.at.path, document_label(d.at), d.at.line, page_json(d.at), line_label(d.at), opt(d.end), opt(d.start),
             d.kind, d.text, d.at.document_id});
  return out;
}

Output agencies_output(const std::vector<AgencyRow>& rows) {
  Output out({"agency", "leads", "supports", "answers_for", "variants"});
  for (const auto& a : rows) out.add({a.agency, a.leads, a.supports, a.merged, a.variants});
  return out;
}

std::string relation_shown(const ReferenceRow& r) {
  return r.resolved_by && *r.resolved_by != "written" ? r.relation + " (by name)" : r.relation;
}

Output citing_output(const std::vector<ReferenceRow>& rows) {
  Output out({"year", {"document", ""}, {"", "document", 3}, {"doc_type", "doc_type", 2}, "doc_number", {"relation", ""},
              {"", "relation"}, {"line", ""}, {"page", ""}, {"", "line"}, {"cited_as", "cited_as", 4},
              {"text", "text", 1}, "sentence", {"cited_document", ""}, {"cited_document_id", ""}, {"document_id", ""},
              {"name", ""}, {"resolved_by", ""}});
  for (const auto& r : rows)
    out.add({opt(r.year), r.at.path, display_path(r.at.path), opt(r.citing_type), opt(r.at.number), r.relation,
             relation_shown(r), r.at.line, page_json(r.at), line_label(r.at), r.number, r.text, opt(r.sentence),
             r.cited ? json(r.cited->path) : json(nullptr), r.cited ? json(r.cited->id) : json(nullptr),
             r.at.document_id, opt(r.name), opt(r.resolved_by)});
  return out;
}

Output references_output(const std::vector<ReferenceRow>& rows) {
  Output out({{"document", ""}, "number", {"year", "year", 5}, {"doc_type", "doc_type", 3}, "date", {"issuer", "issuer", 2},
              {"relation", ""}, {"", "relation"}, {"line", ""}, {"page", ""}, {"", "line"}, {"in_catalog", "in_catalog", 4},
              {"cited_document", ""}, {"", "cited document", 1}, {"cited_document_id", ""}, "text", {"name", ""},
              {"resolved_by", ""}});
  for (const auto& r : rows)
    out.add({r.at.path, r.number, opt(r.year), opt(r.doc_type), opt(r.date), opt(r.issuer), r.relation,
             relation_shown(r), r.at.line, page_json(r.at), line_label(r.at), r.cited.has_value(),
             r.cited ? json(r.cited->path) : json(nullptr),
             r.cited ? json(r.cited->number ? *r.cited->number : display_path(r.cited->path)) : json(nullptr),
             r.cited ? json(r.cited->id) : json(nullptr), r.text, opt(r.name), opt(r.resolved_by)});
  return out;
}

Output search_output(const std::vector<SearchHit>& hits, const SearchQuery& query, bool snippets) {
  Output out({{"document", ""}, {"", "document"}, "number", {"line", ""}, {"page", ""}, {"", "line"},
              {"snippet", snippets ? "snippet" : ""}, {"document_id", ""}});
  AccentFolder folder;
  for (const auto& h : hits)
    out.add({h.path, display_path(h.path), opt(h.number), h.line, h.page ? json(h.page) : json(nullptr),
             h.page ? "p." + std::to_string(h.page) + " l." + std::to_string(h.line) : std::to_string(h.line),
             snippets ? snippet_of(h, query, folder) : h.sentence, h.document_id});
  return out;
}

json graph_json(const CitationGraph& g) {
  json nodes = json::array(), edges = json::array();
  for (const GraphNode& n : g.nodes)
    nodes.push_back({{"id", n.id}, {"type", opt(n.doc_type)}, {"number", opt(n.number)}, {"year", opt(n.year)},
                     {"issuer", opt(n.issuer)}, {"path", opt(n.path)}, {"in_catalog", n.in_catalog},
                     {"name", opt(n.name)}});
  for (const GraphEdge& e : g.edges)
    edges.push_back(
        {{"from", e.from}, {"to", e.to}, {"relation", e.relation}, {"count", e.count}, {"by_name", e.by_name}});
  return {{"nodes", nodes}, {"edges", edges}};
}

json document_detail_json(const DocumentDetail& d) {
  json doc = documents_output({d.document}).json().at(0);
  doc["place"] = opt(d.document.place);
  doc["encoding"] = opt(d.document.encoding);
  doc["bytes"] = d.document.bytes;
  doc["ingested_at"] = d.document.ingested_at;
  doc["paths"] = d.paths;
  doc["has_text"] = d.has_text;
  doc["warnings"] = d.warnings;
  json pages = json::array();
  for (const auto& p : d.pages)
    pages.push_back({{"page", p.page}, {"first_line", p.first_line}, {"ocr_confidence", opt(p.ocr_confidence)}});
  doc["pages"] = pages;
  json versions = json::array();
  for (const auto& v : d.versions)
    versions.push_back({{"sha256", v.sha256}, {"bytes", v.bytes}, {"ingested_at", v.ingested_at}, {"replaced_at", v.replaced_at}});
  doc["versions"] = versions;
  doc["cites"] = references_output(d.cites).json();
  doc["cited_by"] = citing_output(d.cited_by).json();
  // Counts stay where `docs` has them ("targets": 45); the items themselves go under "items".
  doc["items"] = {{"targets", targets_output(d.targets).json()},
                  {"deadlines", deadlines_output(d.deadlines).json()},
                  {"tasks", tasks_output(d.tasks).json()}};
  return doc;
}

}  // namespace vnpolicy
