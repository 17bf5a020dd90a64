// /tasks?agency=&role=&due_before=&doc= and /deadlines?due_before=&due_after=&doc=: what
// units must deliver and by when, overdue ones marked against today. /api/tasks and
// /api/deadlines answer the same as `vnpolicy tasks|deadlines --format json`.
#include "catalog/queries/tasks.h"
#include "views/rows.h"
#include "views/web/pages.h"

namespace vnpolicy::views::web {
namespace {

constexpr int kPerPage = 50;

std::string names(const TaskRow& t, const char* role) {
  std::string s;
  for (const auto& a : t.agencies)
    if (a.role == role) s += (s.empty() ? "" : "; ") + a.name;
  return s;
}

TaskFilter task_filter(const httplib::Request& req, const WebContext& ctx, Database& db) {
  TaskFilter f;
  f.agency = text_param(req, "agency", ctx.options).value_or("");
  if (auto role = text_param(req, "role", ctx.options)) {
    if (*role != "lead" && *role != "support") throw BadRequest("parameter role must be lead or support");
    f.role = *role;
  }
  f.as_of = date_param(req, "as_of");
  f.due_before = date_param(req, "due_before");
  f.open_at = date_param(req, "open_at");
  if (auto doc = text_param(req, "doc", ctx.options)) f.document_id = resolve_document(db, *doc, ctx.options).id;
  return f;
}

DeadlineFilter deadline_filter(const httplib::Request& req, const WebContext& ctx, Database& db) {
  DeadlineFilter f;
  f.due_before = date_param(req, "due_before");
  f.due_after = date_param(req, "due_after");
  if (auto doc = text_param(req, "doc", ctx.options)) f.document_id = resolve_document(db, *doc, ctx.options).id;
  return f;
}

Html due_cell(const OptString& end, const std::string& today) {
  if (!end) return element("td", Html("–"));
  const bool overdue = *end < today;
  return element("td", {{"class", "nowrap"}},
                 Html(*end) + (overdue ? Html(" ") + element("span", {{"class", "badge overdue"}}, Html("quá hạn"))
                                       : Html()));
}

Html filter_form(const char* action, const std::vector<std::tuple<const char*, const char*, std::string, const char*>>& fields) {
  Html inputs;
  for (const auto& [name, label, value, hint] : fields)
    inputs += element("label", Html(label) + element("input", {{"name", name}, {"value", value}, {"placeholder", hint}}));
  return element("form", {{"class", "filters"}, {"action", action}, {"method", "get"}},
                 inputs + element("button", {{"type", "submit"}}, Html("Lọc")));
}

}  // namespace

void register_tasks(httplib::Server& http, const WebContext& ctx) {
  http.Get("/tasks", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             const int page_no = int_param(req, "page", 1, ctx.options.max_page).value_or(1);
             const std::string today = today_iso();
             Html body = element("h1", Html("Nhiệm vụ")) +
                         filter_form("/tasks", {{"agency", "Cơ quan", req.get_param_value("agency"), "Sở KH&ĐT"},
                                                {"due_before", "Hạn trước ngày", req.get_param_value("due_before"), "31/12/2023"},
                                                {"doc", "Văn bản", req.get_param_value("doc"), "148/KH-UBND"}});
             auto reader = ctx.readers.lease();
             Database& db = reader->catalog.db();
             TaskFilter f = task_filter(req, ctx, db);
             f.limit = static_cast<size_t>(page_no * kPerPage);
             const auto found = find_tasks(db, f, ctx.agencies.get(), ctx.agency_table.get());
             const size_t from = static_cast<size_t>((page_no - 1) * kPerPage);
             std::vector<std::vector<Html>> rows;
             int overdue = 0;
             Html tbody;
             for (size_t i = from; i < found.rows.size(); ++i) {
               const TaskRow& t = found.rows[i];
               const bool late = t.deadline_end && *t.deadline_end < today;
               overdue += late;
               tbody += element("tr", late ? Attributes{{"class", "overdue"}} : Attributes{},
                                element("td", doc_link(t.at) + Html(" · ") + line_link(t.at)) +
                                    element("td", Html(names(t, "lead"))) + element("td", Html(names(t, "support"))) +
                                    due_cell(t.deadline_end, today) + element("td", {{"class", "desc"}}, Html(t.description.value_or(""))));
             }
             if (found.rows.size() <= from) {
               body += element("p", Html("Không có nhiệm vụ nào khớp bộ lọc."));
             } else {
               body += element("p", {{"class", "muted"}},
                               Html("Hôm nay " + today + ": " + std::to_string(overdue) + " nhiệm vụ quá hạn trên trang này."));
               body += element("div", {{"class", "table-wrap"}},
                               element("table", {{"class", "tasks"}},
                                       element("thead", element("tr", element("th", Html("Văn bản · dòng")) +
                                                                                  element("th", Html("Chủ trì")) +
                                                                                  element("th", Html("Phối hợp")) +
                                                                                  element("th", Html("Hạn")) +
                                                                                  element("th", Html("Nội dung")))) +
                                                    element("tbody", tbody))) +
                       pager(req, page_no, found.more);
             }
             send_html(res, page("Nhiệm vụ", body));
           }));

  http.Get("/deadlines", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             const int page_no = int_param(req, "page", 1, ctx.options.max_page).value_or(1);
             const std::string today = today_iso();
             Html body = element("h1", Html("Thời hạn")) +
                         filter_form("/deadlines", {{"due_after", "Từ ngày", req.get_param_value("due_after"), "01/01/2023"},
                                                    {"due_before", "Đến ngày", req.get_param_value("due_before"), "31/12/2023"},
                                                    {"doc", "Văn bản", req.get_param_value("doc"), "148/KH-UBND"}});
             auto reader = ctx.readers.lease();
             Database& db = reader->catalog.db();
             DeadlineFilter f = deadline_filter(req, ctx, db);
             f.limit = static_cast<size_t>(page_no * kPerPage);
             const auto found = find_deadlines(db, f);
             const size_t from = static_cast<size_t>((page_no - 1) * kPerPage);
             Html tbody;
             for (size_t i = from; i < found.rows.size(); ++i) {
               const DeadlineRow& d = found.rows[i];
               const bool late = d.end && *d.end < today;
               tbody += element("tr", late ? Attributes{{"class", "overdue"}} : Attributes{},
                                due_cell(d.end, today) + element("td", Html(d.text)) +
                                    element("td", element("span", {{"class", "badge deadline"}}, Html(d.kind))) +
                                    element("td", doc_link(d.at) + Html(" · ") + line_link(d.at)));
             }
             if (found.rows.size() <= from)
               body += element("p", Html("Không có thời hạn nào khớp bộ lọc."));
             else
               body += element("div", {{"class", "table-wrap"}},
                               element("table", element("thead", element("tr", element("th", Html("Hạn")) +
                                                                                  element("th", Html("Thời hạn")) +
                                                                                  element("th", Html("Loại")) +
                                                                                  element("th", Html("Văn bản · dòng")))) +
                                                    element("tbody", tbody))) +
                       pager(req, page_no, found.more);
             send_html(res, page("Thời hạn", body));
           }));

  http.Get("/api/tasks", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             auto reader = ctx.readers.lease();
             TaskFilter f = task_filter(req, ctx, reader->catalog.db());
             f.limit = static_cast<size_t>(int_param(req, "limit", 1, ctx.options.max_results).value_or(ctx.options.max_results));
             send_json(res, tasks_output(find_tasks(reader->catalog.db(), f, ctx.agencies.get(), ctx.agency_table.get()).rows).json());
           }));

  http.Get("/api/deadlines", cached(ctx, [&ctx](const httplib::Request& req, httplib::Response& res) {
             auto reader = ctx.readers.lease();
             DeadlineFilter f = deadline_filter(req, ctx, reader->catalog.db());
             f.limit = static_cast<size_t>(int_param(req, "limit", 1, ctx.options.max_results).value_or(ctx.options.max_results));
             send_json(res, deadlines_output(find_deadlines(reader->catalog.db(), f).rows).json());
           }));
}

}  // namespace vnpolicy::views::web
