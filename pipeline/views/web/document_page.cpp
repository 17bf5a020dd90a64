// /doc/{handle}: a document's header, its text with every extracted item marked, what
// it builds on and what cites it. /api/doc/{handle}: the same as `vnpolicy show --format json`.
#include <map>
#include <set>

#include "catalog/queries/documents.h"
#include "views/rows.h"
#include "views/web/highlight.h"
#include "views/web/pages.h"

namespace vnpolicy::views::web {
namespace {

// A document's page shows at most this many lines of text (the items' tables hold the rest).
constexpr int kMaxTextLines = 20000;

enum Kind : size_t { kRef = 0, kTarget = 1, kDeadline = 2 };
constexpr size_t kKindStride = size_t{1} << 32;  // span id = kind * stride + index

Html field_list(const std::vector<std::pair<std::string, Html>>& fields) {
  Html dl;
  for (const auto& [name, value] : fields) {
    if (value.empty()) continue;
    dl += element("dt", Html(name)) + element("dd", value);
  }
  return element("dl", dl);
}

Html opt_html(const OptString& s) { return s ? Html(*s) : Html(); }
Html opt_html(const std::optional<int>& v) { return v ? Html(std::to_string(*v)) : Html(); }

// The validity note: later documents that replace or amend this one.
Html validity_note(const std::vector<ReferenceRow>& cited_by) {
  std::map<std::string, std::map<int64_t, Location>> by_relation;  // relation -> citing documents
  for (const auto& r : cited_by)
    if (r.relation == "replaces" || r.relation == "amends") by_relation[r.relation].emplace(r.at.document_id, r.at);
  Html out;
  for (const auto& [relation, docs] : by_relation) {
    Html list;
    for (const auto& [id, at] : docs) list += (list.empty() ? Html() : Html(", ")) + doc_link(at) + Html(" (dòng ") +
                                              line_link(at) + Html(")");
    const bool replaced = relation == "replaces";
    out += element("p", {{"class", replaced ? "note replaced" : "note"}},
                   element("strong", Html(replaced ? "Hiệu lực: văn bản này đã bị thay thế bởi "
                                                   : "Hiệu lực: văn bản này đã được sửa đổi, bổ sung bởi ")) +
                       list + Html(". Hãy đối chiếu với văn bản mới."));
  }
  return out;
}

Html header_fields(const DocumentDetail& d) {
  const DocumentRow& doc = d.document;
  std::string read = doc.format + (doc.encoding ? ", " + *doc.encoding : "");
  if (!d.pages.empty()) read += ", " + std::to_string(d.pages.back().page) + " trang";
  if (doc.ocr) read += ", có OCR (cần kiểm tra văn bản)";
  Html paths;
  for (const auto& p : d.paths) paths += element("div", Html(p));
  if (paths.empty()) paths = Html(doc.path + " (tệp không còn)");
  return element("dl", {{"class", "header"}},
                 element("dt", Html("Loại văn bản")) + element("dd", opt_html(doc.doc_type)) +
                     element("dt", Html("Số, ký hiệu")) + element("dd", opt_html(doc.number)) +
                     element("dt", Html("Cơ quan ban hành")) + element("dd", opt_html(doc.issuer)) +
                     element("dt", Html("Ngày ban hành")) +
                     element("dd", opt_html(doc.issued_date) +
                                       (doc.year ? Html(" (năm " + std::to_string(*doc.year) + ")") : Html())) +
                     (doc.place ? element("dt", Html("Địa danh")) + element("dd", Html(*doc.place)) : Html()) +
                     element("dt", Html("Trích yếu")) + element("dd", opt_html(doc.title)) +
                     element("dt", Html("Tệp")) + element("dd", paths) +
                     element("dt", Html("Đọc từ")) + element("dd", Html(read)) +
                     element("dt", Html("sha256")) + element("dd", element("code", Html(doc.sha256))));
}

// The popup of an item: its fields, as a definition list.
Html ref_info(const ReferenceRow& r) {
  return field_list({{"Loại", Html("Trích dẫn · " + relation_label(r.relation))},
                     {"Số", Html(r.number)},
                     {"Loại văn bản", opt_html(r.doc_type)},
                     {"Ngày", opt_html(r.date)},
                     {"Cơ quan", opt_html(r.issuer)},
                     {"Năm", opt_html(r.year)},
                     {"Văn bản", r.cited ? doc_link(*r.cited) : Html("chưa có trong danh mục")},
                     {"Dòng", Html(line_label(r.at))}});
}
Html target_info(const TargetRow& t) {
  return field_list({{"Loại", Html(t.kind == "actual" ? "Kết quả thực hiện" : "Chỉ tiêu")},
                     {"Chỉ số", opt_html(t.indicator)},
                     {"Giá trị", Html(figure_text(t))},
                     {"Năm", opt_html(t.year)},
                     {"Mã", t.indicator_key ? element("a", {{"href", "/indicator/" + url_encode(*t.indicator_key)}},
                                                      Html(*t.indicator_key))
                                            : Html()},
                     {"Dòng", Html(line_label(t.at))}});
}
Html deadline_info(const DeadlineRow& d) {
  return field_list({{"Loại", Html("Thời hạn · " + d.kind)},
                     {"Thời hạn", Html(d.text)},
                     {"Từ", opt_html(d.start)},
                     {"Đến", opt_html(d.end)},
                     {"Dòng", Html(line_label(d.at))}});
}
std::string names(const TaskRow& t, const char* role) {
  std::string s;
  for (const auto& a : t.agencies)
    if (a.role == role) s += (s.empty() ? "" : "; ") + a.name;
  return s;
}
Html task_info(const TaskRow& t) {
  return field_list({{"Loại", Html("Nhiệm vụ")},
                     {"Chủ trì", Html(names(t, "lead"))},
                     {"Phối hợp", Html(names(t, "support"))},
                     {"Thời hạn", opt_html(t.deadline_text)},
                     {"Hạn", opt_html(t.deadline_end)},
                     {"Nội dung", opt_html(t.description)},
                     {"Dòng", Html(line_label(t.at))}});
}

// The text, one line per row, items marked; tasks marked at the start of their line. Appended
// to `out` (a page of a long document runs to megabytes: no copy of it into a wrapper).
void document_text(Html& out, const DocumentDetail& d, const std::vector<TextLine>& lines, const AccentFolder& folder) {
  std::string text;
  std::vector<size_t> starts;
  for (const auto& l : lines) {
    starts.push_back(text.size());
    text += l.text;
    text += '\n';
  }
  // Lines are numbered from lines.front().line; items name absolute lines.
  const int first_line = lines.empty() ? 1 : lines.front().line;
  std::vector<ItemToMark> items;
  auto add = [&](int line, const std::string& t, size_t kind, size_t index) {
    if (line >= first_line) items.push_back({line - first_line + 1, t, kind * kKindStride + index});
  };
  for (size_t i = 0; i < d.cites.size(); ++i) add(d.cites[i].at.line, d.cites[i].text, kRef, i);
  for (size_t i = 0; i < d.targets.size(); ++i) add(d.targets[i].at.line, d.targets[i].text, kTarget, i);
  for (size_t i = 0; i < d.deadlines.size(); ++i) add(d.deadlines[i].at.line, d.deadlines[i].text, kDeadline, i);
  const auto spans = locate_items(text, starts, items, folder);

  // A catalogued reference is a link, unless it sits inside another link.
  std::set<size_t> inside_link;
  {
    std::vector<const MarkedSpan*> open;
    for (const auto& s : spans) {
      while (!open.empty() && open.back()->end <= s.begin) open.pop_back();
      for (const MarkedSpan* o : open)
        if (o->id / kKindStride == kRef && d.cites[o->id % kKindStride].cited) inside_link.insert(s.id);
      open.push_back(&s);
    }
  }
  std::set<size_t> links;  // span ids rendered as <a>
  auto open_tag = [&](const MarkedSpan& s, bool first) -> Html {
    const size_t kind = s.id / kKindStride, i = s.id % kKindStride;
    std::string css, title, href;
    Html info;
    if (kind == kRef) {
      const auto& r = d.cites[i];
      css = "ref";
      title = "Trích dẫn (" + relation_label(r.relation) + ") · dòng " + std::to_string(r.at.line);
      if (r.cited && !inside_link.count(s.id)) href = doc_url(r.cited->id);
      info = ref_info(r);
    } else if (kind == kTarget) {
      const auto& t = d.targets[i];
      css = "target";
      title = (t.kind == "actual" ? "Kết quả: " : "Chỉ tiêu: ") + figure_text(t) + " · dòng " +
              std::to_string(t.at.line);
      info = target_info(t);
    } else {
      const auto& dl = d.deadlines[i];
      css = "deadline";
      title = "Thời hạn: " + (dl.end ? *dl.end : dl.kind) + " · dòng " + std::to_string(dl.at.line);
      info = deadline_info(dl);
    }
    Attributes attrs = {{"class", "item " + css}, {"title", title}};
    Html tag;
    if (!href.empty()) {
      links.insert(s.id);
      attrs.push_back({"href", href});
      tag = start_tag("a", attrs);
    } else {
      attrs.push_back({"tabindex", "0"});
      tag = start_tag("span", attrs);
    }
    if (first) tag += element("span", {{"class", "info"}, {"role", "tooltip"}}, info);
    return tag;
  };
  auto close_tag = [&](const MarkedSpan& s) { return end_tag(links.count(s.id) ? "a" : "span"); };
  const std::vector<Html> marked = marked_lines(text, starts, spans, open_tag, close_tag);

  // Tasks: a marker at the start of the line each begins on.
  std::map<int, std::vector<size_t>> tasks_at;
  for (size_t i = 0; i < d.tasks.size(); ++i) tasks_at[d.tasks[i].at.line].push_back(i);

  out += start_tag("div", {{"class", "doc-text"}, {"lang", "vi"}});
  int page = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const TextLine& l = lines[k];
    if (l.page && l.page != page) {
      page = l.page;
      out += element("div", {{"class", "page-break"}}, Html("Trang " + std::to_string(page)));
    }
    const std::string n = std::to_string(l.line);
    Html tx;
    if (auto it = tasks_at.find(l.line); it != tasks_at.end())
      for (size_t i : it->second)
        tx += element("span", {{"class", "item task marker"}, {"tabindex", "0"}, {"title", "Nhiệm vụ · dòng " + n}},
                      Html("NV") + element("span", {{"class", "info"}, {"role", "tooltip"}}, task_info(d.tasks[i])));
    // <div class="ln" id="Ln"><a class="no" href="#Ln">n</a><span class="tx">...</span></div>, written
    // out (n is digits): one line costs no attribute lists.
    std::string row = "<div class=\"ln\" id=\"L";
    row.append(n).append("\"><a class=\"no\" href=\"#L").append(n).append("\">").append(n);
    row.append("</a><span class=\"tx\">");
    out += Html::trusted(row);
    out += tx;
    out += marked[k];
    out += Html::trusted("</span></div>");
  }
  out += end_tag("div");
}

// What the document builds on: its references grouped by the document they cite.
Html cites_list(const std::vector<ReferenceRow>& cites) {
  struct Group {
    std::string label;
    std::optional<DocumentRef> doc;
    std::set<std::string> relations;
    std::vector<Location> at;
  };
  std::vector<Group> groups;
  std::map<std::string, size_t> index;
  for (const auto& r : cites) {
    const std::string key = r.cited ? "doc:" + std::to_string(r.cited->id)
                                    : r.number + "@" + (r.year ? std::to_string(*r.year) : "?");
    auto [it, added] = index.emplace(key, groups.size());
    if (added) {
      std::string label = (r.doc_type ? *r.doc_type + " " : "") + r.number;
      if (r.year && label.find(std::to_string(*r.year)) == std::string::npos) label += " (" + std::to_string(*r.year) + ")";
      groups.push_back({label, r.cited, {}, {}});
    }
    groups[it->second].relations.insert(r.relation);
    groups[it->second].at.push_back(r.at);
  }
  Html items;
  for (const auto& g : groups) {
    std::string rel;
    for (const auto& x : g.relations) rel += (rel.empty() ? "" : ", ") + relation_label(x);
    // Each line once (a line may cite the same document twice), the first five.
    Html lines;
    std::set<int> seen;
    for (const Location& at : g.at) {
      if (!seen.insert(at.line).second) continue;
      if (seen.size() > 5) {
        lines += Html(", …");
        break;
      }
      lines += (seen.size() > 1 ? Html(", ") : Html()) + line_link(at);
    }
    items += element("li", (g.doc ? element("a", {{"href", doc_url(g.doc->id)}}, Html(g.label)) : Html(g.label)) +
                               element("span", {{"class", "muted"}}, Html(" · " + rel + " · dòng ")) + lines);
  }
  return items.empty() ? element("p", {{"class", "muted"}}, Html("Không có.")) : element("ul", items);
}

// What cites the document, one entry per citing document.
Html cited_by_list(const std::vector<ReferenceRow>& cited_by) {
  std::map<int64_t, std::pair<Location, std::set<std::string>>> docs;
  for (const auto& r : cited_by) {
    auto& e = docs[r.at.document_id];
    e.first = r.at;
    e.second.insert(r.relation);
  }
  Html items;
  for (const auto& [id, e] : docs) {
    std::string rel;
    for (const auto& x : e.second) rel += (rel.empty() ? "" : ", ") + relation_label(x);
    items += element("li", doc_link(e.first) + element("span", {{"class", "muted"}}, Html(" · " + rel)));
  }
  return items.empty() ? element("p", {{"class", "muted"}}, Html("Chưa có văn bản nào trong danh mục trích dẫn."))
                       : element("ul", items);
}

Html targets_table(const std::vector<TargetRow>& targets) {
  std::vector<std::vector<Html>> rows;
  for (const auto& t : targets)
    rows.push_back({element("td", {{"class", "nowrap"}}, line_link(t.at)),
                    element("td", element("span", {{"class", std::string("badge ") + "target"}},
                                          Html(t.kind == "actual" ? "kết quả" : "chỉ tiêu"))),
                    element("td", t.indicator_key ? element("a", {{"href", "/indicator/" + url_encode(*t.indicator_key)}},
                                                            Html(t.indicator ? *t.indicator : *t.indicator_key))
                                                  : opt_html(t.indicator)),
                    element("td", {{"class", "num"}}, Html(figure_text(t))),
                    element("td", {{"class", "num"}}, opt_html(t.year))});
  return table({"Dòng", "Loại", "Chỉ số", "Giá trị", "Năm"}, rows);
}

Html tasks_table(const std::vector<TaskRow>& tasks) {
  std::vector<std::vector<Html>> rows;
  for (const auto& t : tasks)
    rows.push_back({element("td", {{"class", "nowrap"}}, line_link(t.at)), element("td", Html(names(t, "lead"))),
                    element("td", Html(names(t, "support"))), element("td", {{"class", "nowrap"}}, opt_html(t.deadline_end)),
                    element("td", opt_html(t.description))});
  return table({"Dòng", "Chủ trì", "Phối hợp", "Hạn", "Nội dung"}, rows);
}

std::string page_title(const DocumentRow& doc) {
  std::string t = document_title(static_cast<const DocumentRef&>(doc));
  return t;
}

}  // namespace

void register_documents(httplib::Server& http, const WebContext& ctx) {
  http.Get(R"(/doc/(.+)/graph)", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             send_html(res, graph_page(ctx, req.matches[1].str()));
           }));

  // The same object as `vnpolicy show DOC --format json`.
  http.Get(R"(/api/doc/(.+))", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             auto reader = ctx.readers.lease();
             Database& db = reader->catalog.db();
             const DocumentRef doc = resolve_document(db, req.matches[1].str(), ctx.options);
             auto detail = document_detail(db, doc.id);
             if (!detail) throw NotFound("no catalogued document matches \"" + req.matches[1].str() + "\"");
             send_json(res, document_detail_json(*detail));
           }));

  http.Get(R"(/doc/(.+))", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             auto reader = ctx.readers.lease();
             Database& db = reader->catalog.db();
             const DocumentRef ref = resolve_document(db, req.matches[1].str(), ctx.options);
             auto d = document_detail(db, ref.id);
             if (!d) throw NotFound("no catalogued document matches \"" + req.matches[1].str() + "\"");
             const DocumentRow& doc = d->document;
             const auto lines = d->has_text ? document_lines(db, doc.id, 1, kMaxTextLines) : std::vector<TextLine>();
             Html legend = element("div", {{"class", "legend"}},
                                   element("span", {{"class", "badge ref"}}, Html("Trích dẫn " + std::to_string(d->cites.size()))) +
                                   element("span", {{"class", "badge target"}}, Html("Chỉ tiêu, kết quả " + std::to_string(d->targets.size()))) +
                                   element("span", {{"class", "badge deadline"}}, Html("Thời hạn " + std::to_string(d->deadlines.size()))) +
                                   element("span", {{"class", "badge task"}}, Html("Nhiệm vụ " + std::to_string(d->tasks.size()))) +
                                   element("span", {{"class", "links"}},
                                           element("a", {{"href", doc_url(doc.id) + "/graph"}}, Html("Lược đồ văn bản →")) +
                                               Html(" · ") +
                                               element("a", {{"href", "/api/doc/" + std::to_string(doc.id)}}, Html("JSON"))));
             // Appended in page order into one buffer: the text is the bulk of the page.
             Html body = element("h1", Html(page_title(doc)) + (doc.title ? element("div", {{"class", "subtitle"}}, Html(*doc.title)) : Html())) +
                         validity_note(d->cited_by) + header_fields(*d);
             body += start_tag("div", {{"class", "doc-layout"}});
             body += start_tag("div", {});
             body += legend;
             if (lines.empty())
               body += element("p", {{"class", "note"}},
                               Html("Văn bản này được nạp từ bản ghi trích xuất, không lưu nội dung; các mục trích xuất ở bảng dưới."));
             else
               document_text(body, *d, lines, reader->folder);
             body += element("h2", Html("Chỉ tiêu và kết quả")) + targets_table(d->targets) +
                     element("h2", Html("Nhiệm vụ")) + tasks_table(d->tasks);
             body += end_tag("div");
             body += element("aside", {{"class", "doc-side"}},
                             element("section", element("h2", Html("Căn cứ, trích dẫn")) + cites_list(d->cites)) +
                                 element("section", element("h2", Html("Được trích dẫn bởi")) + cited_by_list(d->cited_by)));
             body += end_tag("div");
             send_html(res, page(page_title(doc), body));
           }));
}

}  // namespace vnpolicy::views::web
