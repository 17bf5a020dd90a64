// /search?q=&type=&year=&issuer=&page= and /api/search?q=&type=&year=&issuer=&limit=
#include "catalog/queries/search.h"
#include "views/rows.h"
#include "views/web/pages.h"

namespace vnpolicy::views::web {
namespace {

constexpr int kPerPage = 20;
constexpr int kMaxSearchPage = 50;  // 1000 hits: search ranks among the newest 1000 anyway

SearchQuery read_query(const httplib::Request& req, const ServerOptions& o) {
  SearchQuery q;
  q.text = text_param(req, "q", o).value_or("");
  q.doc_type = text_param(req, "type", o);
  q.issuer = text_param(req, "issuer", o);
  q.year = int_param(req, "year", 1900, 2200);
  return q;
}

// A snippet's [bracketed] words as <mark>: the brackets search adds around what matched.
// Only a balanced pair with no bracket inside becomes a mark; every character is escaped.
Html marked_snippet(const std::string& s) {
  Html out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t open = s.find('[', i);
    const size_t close = open == std::string::npos ? std::string::npos : s.find_first_of("[]", open + 1);
    if (open == std::string::npos || close == std::string::npos || s[close] != ']') {
      out += Html(std::string_view(s).substr(i));
      break;
    }
    out += Html(std::string_view(s).substr(i, open - i));
    out += element("mark", {{"class", "hit"}}, Html(std::string_view(s).substr(open + 1, close - open - 1)));
    i = close + 1;
  }
  return out;
}

Html search_form(const SearchQuery& q) {
  return fill(R"html(<form class="filters" action="/search" method="get" role="search">
<label>Từ khóa<input type="search" name="q" value="{{q}}" placeholder="vd: che phu rung, &quot;đầu tư công&quot;, -xã" required></label>
<label>Loại văn bản<input name="type" value="{{type}}" placeholder="Kế hoạch"></label>
<label>Năm<input name="year" value="{{year}}" inputmode="numeric" size="5" placeholder="2023"></label>
<label>Cơ quan ban hành<input name="issuer" value="{{issuer}}" placeholder="Lai Châu"></label>
<button type="submit">Tìm</button></form>)html",
              {{"q", q.text},
               {"type", q.doc_type.value_or("")},
               {"year", q.year ? std::to_string(*q.year) : ""},
               {"issuer", q.issuer.value_or("")}});
}

}  // namespace

void register_search(httplib::Server& http, const WebContext& ctx) {
  http.Get("/search", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             SearchQuery q = read_query(req, ctx.options);
             const int page_no = int_param(req, "page", 1, kMaxSearchPage).value_or(1);
             Html body = element("h1", Html("Tìm kiếm")) + search_form(q);
             if (q.text.empty()) {
               body += element("p", {{"class", "muted"}},
                               Html("Gõ từ có dấu hoặc không dấu; \"cụm từ\" trong ngoặc kép; -từ để loại trừ."));
               send_html(res, page("Tìm kiếm", body));
               return;
             }
             q.limit = page_no * kPerPage + 1;
             std::vector<SearchHit> hits;
             {
               auto reader = ctx.readers.lease();
               hits = search_sentences(reader->catalog.db(), q, reader->folder);
               const size_t from = static_cast<size_t>((page_no - 1) * kPerPage);
               const bool more = hits.size() > static_cast<size_t>(page_no * kPerPage);
               Html list;
               for (size_t i = from; i < hits.size() && i < from + kPerPage; ++i) {
                 const SearchHit& h = hits[i];
                 Location at{h.document_id, h.path, h.number, h.line, h.page};
                 list += element("li", element("div", marked_snippet(snippet_of(h, q, reader->folder, 40))) +
                                           element("div", {{"class", "where"}},
                                                   doc_link(at) + Html(" · dòng ") + line_link(at)));
               }
               if (hits.size() <= from)
                 body += element("p", Html("Không tìm thấy câu nào chứa \"" + q.text + "\"" +
                                           (page_no > 1 ? " ở trang này." : ".")));
               else
                 body += element("ol", {{"class", "hits"}, {"start", std::to_string(from + 1)}}, list) +
                         pager(req, page_no, more);
             }
             send_html(res, page(q.text + " · Tìm kiếm", body, PageOptions::with_search(q.text)));
           }));

  // The same rows as `vnpolicy search ... --format json`.
  http.Get("/api/search", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             SearchQuery q = read_query(req, ctx.options);
             if (q.text.empty()) throw BadRequest("parameter q (the words to search) is required");
             q.limit = int_param(req, "limit", 1, ctx.options.max_results).value_or(20);
             auto reader = ctx.readers.lease();
             const auto hits = search_sentences(reader->catalog.db(), q, reader->folder);
             send_json(res, search_output(hits, q, false).json());
           }));
}

}  // namespace vnpolicy::views::web
