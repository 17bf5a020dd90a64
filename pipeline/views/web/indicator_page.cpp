// /indicator/{key}: one indicator by year, targets beside actuals, as a chart drawn by
// Chart.js (Debian's libjs-chart.js) from the table below it, which is the data and what
// shows without JavaScript. /api/series?indicator=: the same as `vnpolicy series --format json`.
#include <map>

#include "catalog/queries/indicators.h"
#include "catalog/queries/targets.h"
#include "views/rows.h"
#include "views/web/pages.h"

namespace vnpolicy::views::web {
namespace {

constexpr size_t kMaxCharts = 8;  // (key, place) groups drawn; the rest listed

std::string number_text(double v) { return format_number(v); }

Html figure_cell(const std::optional<TargetRow>& f, const std::string& series, const std::string& unit) {
  Attributes attrs = {{"class", "num"}, {"data-series", series}};
  if (!f) return element("td", attrs, Html("–"));
  // The chart plots figures in the group's unit only; others stay in the table.
  const std::string f_unit = f->unit ? *f->unit : "";
  if (f_unit == unit) attrs.push_back({"data-value", number_text(f->value)});
  return element("td", attrs,
                 element("a", {{"href", doc_url(f->at.document_id) + "#L" + std::to_string(f->at.line)},
                               {"title", document_label(f->at) + " · dòng " + line_label(f->at)}},
                         Html(figure_text(*f))));
}

}  // namespace

void register_indicators(httplib::Server& http, const WebContext& ctx) {
  http.Get(R"(/indicator/(.+))", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             const std::string wanted = req.matches[1].str();
             if (wanted.size() > ctx.options.max_query_bytes) throw BadRequest("the indicator is too long");
             if (!ctx.indicators) throw NotFound("the server was started without the indicator catalogue");
             std::vector<SeriesRow> rows;
             {
               auto reader = ctx.readers.lease();
               rows = indicator_series(reader->catalog.db(), wanted, *ctx.indicators);
             }
             if (rows.empty()) throw NotFound("no figure in the catalog for the indicator \"" + wanted + "\"");
             // One chart per (key, place), years in order.
             std::vector<std::pair<std::string, std::vector<const SeriesRow*>>> groups;
             std::map<std::string, size_t> index;
             for (const auto& r : rows) {
               const std::string g = r.key + (r.place ? " · " + *r.place : "");
               auto [it, added] = index.emplace(g, groups.size());
               if (added) groups.push_back({g, {}});
               groups[it->second].second.push_back(&r);
             }
             // The catalogue's name of what was asked (a code or key says little to a reader).
             Html subtitle;
             for (const auto& r : rows)
               if (r.name) {
                 subtitle = element("div", {{"class", "subtitle"}}, Html(*r.name + (r.code ? " (mã " + *r.code + ")" : "")));
                 break;
               }
             Html body = element("h1", Html("Chỉ số: " + wanted) + subtitle);
             if (groups.size() > 1)
               body += element("p", {{"class", "muted"}},
                               Html(std::to_string(groups.size()) + " chuỗi số liệu khớp với \"" + wanted + "\"" +
                                    (groups.size() > kMaxCharts ? "; vẽ " + std::to_string(kMaxCharts) + " chuỗi đầu" : "")));
             for (size_t gi = 0; gi < groups.size() && gi < kMaxCharts; ++gi) {
               const auto& [name, series] = groups[gi];
               // The group's unit: that of its first figure.
               std::string unit;
               for (const SeriesRow* r : series) {
                 const auto& f = r->target ? r->target : r->actual;
                 if (f) {
                   unit = f->unit ? *f->unit : "";
                   break;
                 }
               }
               const std::string box = "chart-" + std::to_string(gi + 1);
               std::vector<std::vector<Html>> trs;
               Html tbody;
               for (const SeriesRow* r : series) {
                 const std::string year = r->year ? std::to_string(*r->year) : "?";
                 Html status = r->met == "met"      ? element("span", {{"class", "badge target"}}, Html("đạt"))
                               : r->met == "missed" ? element("span", {{"class", "badge overdue"}}, Html("không đạt"))
                                                       : Html("–");
                 tbody += element("tr", {{"data-year", year}},
                                  element("th", {{"scope", "row"}}, Html(year)) + figure_cell(r->target, "target", unit) +
                                      figure_cell(r->actual, "actual", unit) + element("td", status) +
                                      element("td", {{"class", "num"}},
                                              Html(std::to_string(r->targets) + " / " + std::to_string(r->actuals))));
               }
               Html thead = element("tr", element("th", {{"scope", "col"}}, Html("Năm")) +
                                              element("th", {{"scope", "col"}, {"data-series", "target"}}, Html("Chỉ tiêu")) +
                                              element("th", {{"scope", "col"}, {"data-series", "actual"}}, Html("Thực hiện")) +
                                              element("th", {{"scope", "col"}}, Html("Đánh giá")) +
                                              element("th", {{"scope", "col"}}, Html("Số liệu (chỉ tiêu / thực hiện)")));
               body += element("h2", Html(name + (unit.empty() ? "" : " (" + unit + ")"))) +
                       element("div", {{"class", "chart-box"}, {"id", box}}, Html()) +
                       element("div", {{"class", "table-wrap"}},
                               element("table", {{"data-chart", box}, {"data-unit", unit}, {"data-title", name}},
                                       element("thead", thead) + element("tbody", tbody)));
             }
             body += element("p", {{"class", "muted"}},
                             Html("Mỗi năm: chỉ tiêu và kết quả của văn bản mới nhất; số liệu khác đơn vị chỉ có trong bảng. ") +
                                 element("a", {{"href", "/api/series?indicator=" + url_encode(wanted)}}, Html("JSON")));
             send_html(res, page("Chỉ số: " + wanted, body, PageOptions::with_chart()));
           }));

  http.Get("/api/series", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             const auto indicator = text_param(req, "indicator", ctx.options);
             if (!indicator) throw BadRequest("parameter indicator is required");
             if (!ctx.indicators) throw NotFound("the server was started without the indicator catalogue");
             auto reader = ctx.readers.lease();
             send_json(res, series_output(indicator_series(reader->catalog.db(), *indicator, *ctx.indicators)).json());
           }));
}

}  // namespace vnpolicy::views::web
