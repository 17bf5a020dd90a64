#include "views/web/pages.h"

#include <filesystem>

#include "catalog/queries/handles.h"
#include "views/rows.h"

namespace vnpolicy::views::web {

std::string doc_url(int64_t id) { return "/doc/" + std::to_string(id); }

std::string document_title(const DocumentRef& d) {
  std::string t = d.doc_type ? *d.doc_type : std::string();
  if (d.number) t += (t.empty() ? "" : " ") + *d.number;
  if (t.empty()) t = std::filesystem::path(d.path).filename().string();
  return t;
}

std::string document_title(const Location& at) { return document_label(at); }

Html doc_link(const DocumentRef& d) {
  return element("a", {{"href", doc_url(d.id)}, {"title", d.title ? *d.title : d.path}}, Html(document_title(d)));
}

Html doc_link(const Location& at) {
  return element("a", {{"href", doc_url(at.document_id)}, {"title", at.path}}, Html(document_title(at)));
}

Html line_link(const Location& at) {
  return element("a", {{"href", doc_url(at.document_id) + "#L" + std::to_string(at.line)}}, Html(line_label(at)));
}

std::string relation_label(const std::string& relation) {
  if (relation == "implements") return "thực hiện";
  if (relation == "basis") return "căn cứ";
  if (relation == "replaces") return "thay thế";
  if (relation == "amends") return "sửa đổi, bổ sung";
  if (relation == "mentions") return "nhắc đến";
  return relation;
}

DocumentRef resolve_document(Database& db, const std::string& handle, const ServerOptions& options) {
  if (handle.size() > options.max_query_bytes) throw BadRequest("the document handle is too long");
  HandleMatch m = resolve_handle(db, handle);
  if (m.matches.empty()) throw NotFound("no catalogued document matches \"" + handle + "\"");
  if (m.matches.size() > 1) throw Ambiguous("several documents match \"" + handle + "\"", std::move(m.matches));
  return m.matches.front();
}

Html table(const std::vector<std::string>& header, const std::vector<std::vector<Html>>& rows,
           const std::string& css_class) {
  Html head;
  for (const auto& h : header) head += element("th", {{"scope", "col"}}, Html(h));
  Html body;
  for (const auto& row : rows) {
    Html tr;
    for (const auto& cell : row) tr += cell;
    body += element("tr", tr);
  }
  Attributes attrs;
  if (!css_class.empty()) attrs.push_back({"class", css_class});
  return element("div", {{"class", "table-wrap"}},
                 element("table", attrs, element("thead", element("tr", head)) + element("tbody", body)));
}

Html pager(const httplib::Request& req, int page, bool more) {
  auto url_for = [&](int p) {
    std::string q;
    for (const auto& [key, value] : req.params) {
      if (key == "page") continue;
      q += (q.empty() ? "?" : "&") + url_encode(key) + "=" + url_encode(value);
    }
    return req.path + q + (q.empty() ? "?" : "&") + "page=" + std::to_string(p);
  };
  Html links;
  if (page > 1) links += element("a", {{"href", url_for(page - 1)}, {"rel", "prev"}}, Html("← Trang trước"));
  links += element("span", {{"class", "muted"}}, Html("Trang " + std::to_string(page)));
  if (more) links += element("a", {{"href", url_for(page + 1)}, {"rel", "next"}}, Html("Trang sau →"));
  return element("nav", {{"class", "pages"}, {"aria-label", "Trang"}}, links);
}

}  // namespace vnpolicy::views::web
