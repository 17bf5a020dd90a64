#include "core/record.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace vnpolicy {
namespace {

using nlohmann::json;

json opt(const OptString& s) { return s ? json(*s) : json(nullptr); }
template <class T>
json opt_num(const std::optional<T>& v) { return v ? json(*v) : json(nullptr); }

json deadline_json(const Deadline& d, bool with_line) {
  json j = {{"text", d.text}, {"start", opt(d.start)}, {"end", opt(d.end)}, {"kind", d.kind}};
  if (with_line) j["line"] = d.line;
  return j;
}

OptString get_opt(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) throw std::runtime_error(std::string("field '") + key + "' is not a string");
  return it->get<std::string>();
}
std::string get_str(const json& j, const char* key, std::string fallback = {}) {
  return get_opt(j, key).value_or(std::move(fallback));
}
int get_int(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return 0;
  if (!it->is_number_integer()) throw std::runtime_error(std::string("field '") + key + "' is not an integer");
  return it->get<int>();
}
std::optional<int> get_opt_int(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer()) throw std::runtime_error(std::string("field '") + key + "' is not an integer");
  return it->get<int>();
}
std::optional<double> get_opt_double(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) throw std::runtime_error(std::string("field '") + key + "' is not a number");
  return it->get<double>();
}
std::vector<std::string> get_strings(const json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return out;
  if (!it->is_array()) throw std::runtime_error(std::string("field '") + key + "' is not an array");
  for (const auto& e : *it) out.push_back(e.get<std::string>());
  return out;
}
const json& get_array(const json& j, const char* key) {
  static const json empty = json::array();
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return empty;
  if (!it->is_array()) throw std::runtime_error(std::string("field '") + key + "' is not an array");
  return *it;
}
Deadline deadline_from(const json& d) {
  Deadline out;
  out.text = get_str(d, "text");
  out.start = get_opt(d, "start");
  out.end = get_opt(d, "end");
  out.kind = get_str(d, "kind");
  out.line = get_int(d, "line");
  return out;
}

json source_json(const SourceInfo& s) {
  json j = {{"path", s.path}, {"sha256", s.sha256}, {"bytes", s.bytes}, {"format", s.format},
            {"encoding", opt(s.encoding)}, {"ocr", s.ocr}};
  if (!s.pages.empty()) {
    json pages = json::array();
    for (const auto& p : s.pages) {
      json& o = pages.emplace_back(json::object());
      o["page"] = p.page;
      o["first_line"] = p.first_line;
      if (p.ocr_confidence) o["ocr_confidence"] = *p.ocr_confidence;
    }
    j["pages"] = std::move(pages);
  }
  return j;
}

}  // namespace

int page_of_line(const SourceInfo& source, int line) {
  int page = 0;
  for (const auto& p : source.pages) {
    if (p.first_line > line) break;
    page = p.page;
  }
  return page;
}

json to_json(const Record& r) {
  json j;
  j["format"] = kRecordFormat;
  j["source"] = source_json(r.source);
  if (!r.warnings.empty()) j["warnings"] = r.warnings;
  if (r.error) {
    j["error"] = *r.error;
    return j;
  }
  const auto& d = r.document;
  j["document"] = {{"doc_type", opt(d.doc_type)}, {"number", opt(d.number)},     {"issuer", opt(d.issuer)},
                   {"issued_date", opt(d.issued_date)}, {"place", opt(d.place)}, {"title", opt(d.title)}};
  if (d.year) j["document"]["year"] = *d.year;
  json refs = json::array();
  // Members are set one by one: a braced list builds a two-element array per member first,
  // and records hold thousands of them. Keys are sorted by the object either way.
  for (const auto& x : r.references) {
    json& o = refs.emplace_back(json::object());
    o["number"] = x.number;
    o["year"] = opt_num(x.year);
    o["doc_type"] = opt(x.doc_type);
    o["date"] = opt(x.date);
    o["issuer"] = opt(x.issuer);
    o["relation"] = x.relation;
    o["line"] = x.line;
    o["text"] = x.text;
    o["number_key"] = x.number_key;
    o["rule"] = x.rule_id;
    o["sentence"] = x.sentence;
  }
  j["references"] = std::move(refs);
  json named = json::array();
  for (const auto& x : r.named_references) {
    json& o = named.emplace_back(json::object());
    o["name"] = x.name;
    o["name_key"] = x.name_key;
    o["kind"] = x.kind;
    o["date"] = opt(x.date);
    o["year"] = opt_num(x.year);
    o["number"] = opt(x.number);
    o["resolved_by"] = opt(x.resolved_by);
    o["resolved_from"] = opt(x.resolved_from);
    o["note"] = opt(x.note);
    o["relation"] = x.relation;
    o["line"] = x.line;
    o["text"] = x.text;
    o["rule"] = x.rule_id;
  }
  j["named_references"] = std::move(named);
  json targets = json::array();
  for (const auto& t : r.targets) {
    json& o = targets.emplace_back(json::object());
    o["indicator"] = opt(t.indicator);
    o["value"] = t.value;
    o["value_max"] = opt_num(t.value_max);
    o["unit"] = opt(t.unit);
    o["comparator"] = t.comparator;
    o["kind"] = t.kind;
    o["year"] = opt_num(t.year);
    o["line"] = t.line;
    o["text"] = t.text;
    o["indicator_key"] = opt(t.indicator_key);
    o["indicator_code"] = opt(t.indicator_code);
    o["activity"] = t.activity;
    o["value_base"] = opt_num(t.value_base);
    o["unit_base"] = opt(t.unit_base);
    o["rule"] = t.rule_id;
  }
  j["targets"] = std::move(targets);
  json deadlines = json::array();
  for (const auto& x : r.deadlines) deadlines.push_back(deadline_json(x, true));
  j["deadlines"] = std::move(deadlines);
  json tasks = json::array();
  for (const auto& t : r.tasks) {
    json& o = tasks.emplace_back(json::object());
    o["description"] = opt(t.description);
    o["lead"] = t.lead;
    o["support"] = t.support;
    o["deadline"] = t.deadline ? deadline_json(*t.deadline, false) : json(nullptr);
    o["line"] = t.line;
    o["lead_canonical"] = t.lead_canonical;
    o["support_canonical"] = t.support_canonical;
  }
  j["tasks"] = std::move(tasks);
  return j;
}

Record record_from_json(const json& j) {
  if (!j.is_object()) throw std::runtime_error("record is not a JSON object");
  if (get_str(j, "format") != kRecordFormat)
    throw std::runtime_error(std::string("field 'format' is not \"") + kRecordFormat + "\"");
  Record r;
  auto src = j.find("source");
  if (src == j.end() || !src->is_object()) throw std::runtime_error("field 'source' is missing");
  r.source.path = get_str(*src, "path");
  r.source.sha256 = get_str(*src, "sha256");
  if (auto b = src->find("bytes"); b != src->end() && b->is_number_unsigned()) r.source.bytes = b->get<uint64_t>();
  r.source.format = get_str(*src, "format", "text");
  r.source.encoding = get_opt(*src, "encoding");
  if (auto o = src->find("ocr"); o != src->end() && o->is_boolean()) r.source.ocr = o->get<bool>();
  for (const auto& p : get_array(*src, "pages")) {
    PageStart ps;
    ps.page = get_int(p, "page");
    ps.first_line = get_int(p, "first_line");
    ps.ocr_confidence = get_opt_double(p, "ocr_confidence");
    r.source.pages.push_back(ps);
  }
  r.warnings = get_strings(j, "warnings");
  r.error = get_opt(j, "error");
  if (r.error) return r;
  if (auto d = j.find("document"); d != j.end() && d->is_object()) {
    r.document.doc_type = get_opt(*d, "doc_type");
    r.document.number = get_opt(*d, "number");
    r.document.issuer = get_opt(*d, "issuer");
    r.document.issued_date = get_opt(*d, "issued_date");
    r.document.year = get_opt_int(*d, "year");
    r.document.place = get_opt(*d, "place");
    r.document.title = get_opt(*d, "title");
  }
  for (const auto& x : get_array(j, "references")) {
    Reference ref;
    ref.number = get_str(x, "number");
    ref.year = get_opt_int(x, "year");
    ref.doc_type = get_opt(x, "doc_type");
    ref.date = get_opt(x, "date");
    ref.issuer = get_opt(x, "issuer");
    ref.relation = get_str(x, "relation", "mentions");
    ref.line = get_int(x, "line");
    ref.text = get_str(x, "text");
    ref.number_key = get_str(x, "number_key");
    ref.rule_id = get_str(x, "rule");
    ref.sentence = get_str(x, "sentence");
    r.references.push_back(std::move(ref));
  }
  for (const auto& x : get_array(j, "named_references")) {
    NamedReference n;
    n.name = get_str(x, "name");
    n.name_key = get_str(x, "name_key");
    n.kind = get_str(x, "kind");
    n.date = get_opt(x, "date");
    n.year = get_opt_int(x, "year");
    n.number = get_opt(x, "number");
    n.resolved_by = get_opt(x, "resolved_by");
    n.resolved_from = get_opt(x, "resolved_from");
    n.note = get_opt(x, "note");
    n.relation = get_str(x, "relation", "mentions");
    n.line = get_int(x, "line");
    n.text = get_str(x, "text");
    n.rule_id = get_str(x, "rule");
    r.named_references.push_back(std::move(n));
  }
  for (const auto& x : get_array(j, "targets")) {
    Target t;
    t.indicator = get_opt(x, "indicator");
    t.value = get_opt_double(x, "value").value_or(0);
    t.value_max = get_opt_double(x, "value_max");
    t.unit = get_opt(x, "unit");
    t.comparator = get_str(x, "comparator", "eq");
    t.kind = get_str(x, "kind", "target");
    t.year = get_opt_int(x, "year");
    t.line = get_int(x, "line");
    t.text = get_str(x, "text");
    t.indicator_key = get_opt(x, "indicator_key");
    t.indicator_code = get_opt(x, "indicator_code");
    t.activity = x.contains("activity") && x.at("activity").is_boolean() && x.at("activity").get<bool>();
    t.value_base = get_opt_double(x, "value_base");
    t.unit_base = get_opt(x, "unit_base");
    t.rule_id = get_str(x, "rule");
    r.targets.push_back(std::move(t));
  }
  for (const auto& x : get_array(j, "deadlines")) r.deadlines.push_back(deadline_from(x));
  for (const auto& x : get_array(j, "tasks")) {
    Task t;
    t.description = get_opt(x, "description");
    t.lead = get_strings(x, "lead");
    t.support = get_strings(x, "support");
    if (auto d = x.find("deadline"); d != x.end() && d->is_object()) t.deadline = deadline_from(*d);
    t.line = get_int(x, "line");
    t.lead_canonical = get_strings(x, "lead_canonical");
    t.support_canonical = get_strings(x, "support_canonical");
    r.tasks.push_back(std::move(t));
  }
  return r;
}

}  // namespace vnpolicy
