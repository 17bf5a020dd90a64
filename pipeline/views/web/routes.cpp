#include "views/web/routes.h"

#include <ctime>
#include <iostream>

#include "core/dates.h"
#include "catalog/queries/documents.h"
#include "views/rows.h"
#include "core/text.h"
#include "views/export/table.h"

namespace vnpolicy::views::web {
namespace {

bool is_api(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0; }

void send_error(const httplib::Request& req, httplib::Response& res, int status, const std::string& message) {
  if (is_api(req))
    send_json(res, {{"error", message}, {"status", status}}, status);
  else
    send_html(res, error_page(status, message), status);
}

}  // namespace

Handler guarded(Handler h) {
  return [h = std::move(h)](const httplib::Request& req, httplib::Response& res) {
    try {
      h(req, res);
    } catch (const BadRequest& e) {
      send_error(req, res, 400, e.what());
    } catch (const NotFound& e) {
      send_error(req, res, 404, e.what());
    } catch (const Ambiguous& e) {
      if (is_api(req)) {
        send_json(res, {{"error", e.what()}, {"status", 300}, {"candidates", candidates_output(e.candidates).json()}},
                  300);
        return;
      }
      Html items;
      for (const auto& d : e.candidates)
        items += element("li", element("a", {{"href", "/doc/" + std::to_string(d.id)}},
                                       Html((d.doc_type ? *d.doc_type + " " : "") + (d.number ? *d.number : d.path))) +
                                   Html(" · " + (d.issued_date ? *d.issued_date : std::string("(không ngày)")) + " · ") +
                                   element("span", {{"class", "muted"}}, Html(d.path)));
      send_html(res,
                page("Nhiều văn bản",
                     element("h1", Html("Nhiều văn bản khớp")) + element("p", Html(e.what())) + element("ul", items)),
                300);
    } catch (const std::exception& e) {
      std::cerr << "vnpolicy serve: " << req.method << " " << req.path << ": " << e.what() << "\n";
      send_error(req, res, 500, "the server could not answer this request (see its log)");
    }
  };
}

namespace {

// What a cached route's answer depends on besides the catalog: the path, the parameters
// that are not empty (a route reads an empty one as absent), and the day. httplib keeps
// the parameters sorted by name.
std::string cache_key(const httplib::Request& req) {
  std::string key = today_iso() + " " + req.path;
  char sep = '?';
  for (const auto& [name, value] : req.params) {
    if (value.empty()) continue;
    key += sep + name + '=' + value;
    sep = '&';
  }
  return key;
}

}  // namespace

Handler cached(const WebContext& ctx, Handler h) {
  return guarded([&ctx, h = std::move(h)](const httplib::Request& req, httplib::Response& res) {
    if (ctx.cache.max_bytes() == 0) return h(req, res);
    const uint64_t generation = ctx.generation.current();
    const std::string key = cache_key(req);
    if (auto kept = ctx.cache.find(key, generation)) {
      res.status = kept->status;
      res.set_content(kept->body, kept->content_type.c_str());
      res.set_header("X-Cache", "hit");
      return;
    }
    h(req, res);  // an exception is an error answer: guarded renders it, nothing kept
    if (res.status == 200)
      ctx.cache.store(key, generation, CachedAnswer{res.status, res.get_header_value("Content-Type"), res.body});
    res.set_header("X-Cache", "miss");
  });
}

std::optional<std::string> text_param(const httplib::Request& req, const char* name, const ServerOptions& o) {
  if (!req.has_param(name)) return std::nullopt;
  std::string v = req.get_param_value(name);
  if (v.size() > o.max_query_bytes)
    throw BadRequest(std::string("parameter ") + name + " is longer than " + std::to_string(o.max_query_bytes) +
                     " bytes");
  if (find_invalid_utf8(v) != std::string::npos) throw BadRequest(std::string("parameter ") + name + " is not UTF-8");
  std::string t(trim(v));
  if (t.empty()) return std::nullopt;
  return t;
}

std::optional<int> int_param(const httplib::Request& req, const char* name, int min, int max) {
  if (!req.has_param(name)) return std::nullopt;
  const std::string v = req.get_param_value(name);
  if (v.empty()) return std::nullopt;
  if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
    throw BadRequest(std::string("parameter ") + name + " must be a whole number");
  const int n = std::stoi(v);
  if (n < min || n > max)
    throw BadRequest(std::string("parameter ") + name + " must be between " + std::to_string(min) + " and " +
                     std::to_string(max));
  return n;
}

std::optional<std::string> date_param(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return std::nullopt;
  const std::string v(trim(req.get_param_value(name)));
  if (v.empty()) return std::nullopt;
  if (auto d = parse_iso_date(v)) return iso_text(*d);
  // dd/mm/yyyy, as Vietnamese documents write dates.
  int d = 0, m = 0, y = 0;
  char tail = 0;
  if (v.size() <= 10 && std::sscanf(v.c_str(), "%2d/%2d/%4d%c", &d, &m, &y, &tail) == 3 && y >= 1000)
    if (auto iso = iso_date(y, m, d)) return *iso;
  throw BadRequest(std::string("parameter ") + name + " must be a date (YYYY-MM-DD or dd/mm/yyyy)");
}

void send_html(httplib::Response& res, const Html& page, int status) {
  res.status = status;
  res.set_content(page.str(), "text/html; charset=utf-8");
}

void send_html(httplib::Response& res, Html&& page, int status) {
  res.status = status;
  res.body = std::move(page).take();  // what set_content(const std::string&) does, without the copy
  res.headers.erase("Content-Type");
  res.set_header("Content-Type", "text/html; charset=utf-8");
}

void send_json(httplib::Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  // Replace, not throw, on invalid UTF-8 from a document: the answer still goes out.
  res.set_content(body.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), "application/json; charset=utf-8");
}

Html page(const std::string& title, const Html& body, const PageOptions& options) {
  static constexpr std::string_view kLayout = R"html(<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · vnpolicy</title>
<link rel="stylesheet" href="/assets/vnpolicy.css">
{{scripts}}</head>
<body>
<header class="site"><div class="bar">
<a class="brand" href="/">vnpolicy</a>
<nav><a href="/search">Tìm kiếm</a><a href="/tasks">Nhiệm vụ</a><a href="/deadlines">Thời hạn</a></nav>
<form action="/search" method="get" role="search"><input type="search" name="q" value="{{search}}" placeholder="Tìm trong văn bản (không cần dấu)" aria-label="Tìm kiếm"><button type="submit">Tìm</button></form>
</div></header>
<main>
{{body}}
</main>
<footer class="site">vnpolicy · danh mục chỉ đọc · dữ liệu trích xuất tự động, hãy đối chiếu với văn bản gốc</footer>
</body>
</html>
)html";
  Html scripts;
  if (options.chart) scripts += Html::trusted(R"html(<script src="/assets/chart.min.js" defer></script>)html" "\n");
  scripts += Html::trusted(R"html(<script src="/assets/vnpolicy.js" defer></script>)html" "\n");
  return fill(kLayout, {{"title", title}, {"scripts", scripts}, {"search", options.search}, {"body", body}});
}

Html error_page(int status, const std::string& message) {
  const char* what = status == 404 ? "Không tìm thấy" : status == 400 ? "Yêu cầu không hợp lệ" : "Lỗi máy chủ";
  Html body = fill(R"html(<div class="error-page"><h1>{{status}} · {{what}}</h1><p>{{message}}</p><p><a href="/">Trang chủ</a></p></div>)html",
                   {{"status", std::to_string(status)}, {"what", what}, {"message", message}});
  return page(std::to_string(status), body);
}

std::string today_iso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

void register_assets(httplib::Server& http, const WebContext& ctx) {
  // Exact names only: /assets/<name> is looked up in the fixed list, never on disk.
  http.Get(R"(/assets/([A-Za-z0-9._-]+))", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
             const Asset* a = ctx.assets.find(req.path);
             if (!a) throw NotFound("no such file: " + req.path);
             res.set_header("Cache-Control", "public, max-age=3600");
             res.set_content(a->body, a->content_type.c_str());
           }));
}

void register_home(httplib::Server& http, const WebContext& ctx) {
  http.Get("/", cached(ctx, [&ctx](const httplib::Request&, httplib::Response& res) {
             CatalogStats c;
             {
               auto reader = ctx.readers.lease();
               c = catalog_stats(reader->catalog.db());
             }
             Html body = fill(R"html(<h1>Danh mục văn bản chính sách</h1>
<form class="filters" action="/search" method="get"><label>Từ khóa<input type="search" name="q" placeholder="vd: che phu rung"></label><button type="submit">Tìm</button></form>
<div class="table-wrap"><table><tbody>
<tr><th>Văn bản</th><td class="num">{{documents}}</td></tr>
<tr><th>Trích dẫn (đã liên kết)</th><td class="num">{{references}} ({{linked}})</td></tr>
<tr><th>Chỉ tiêu</th><td class="num">{{targets}}</td></tr>
<tr><th>Thời hạn</th><td class="num">{{deadlines}}</td></tr>
<tr><th>Nhiệm vụ</th><td class="num">{{tasks}}</td></tr>
</tbody></table></div>)html",
                              {{"documents", std::to_string(c.documents)},
                               {"references", std::to_string(c.references)},
                               {"linked", std::to_string(c.linked_references)},
                               {"targets", std::to_string(c.targets)},
                               {"deadlines", std::to_string(c.deadlines)},
                               {"tasks", std::to_string(c.tasks)}});
             send_html(res, page("Trang chủ", body));
           }));
}

}  // namespace vnpolicy::views::web
