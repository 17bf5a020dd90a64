// What every route shares: the request's bounded parameters, the answer helpers, the
// page layout and the errors that become 400 and 404. Each page's route lives in its
// own file and registers itself with register_*().
#pragma once
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "catalog/queries/common.h"
#include "views/web/assets.h"
#include "views/web/html.h"
#include "views/web/response_cache.h"
#include "views/web/server.h"

namespace vnpolicy::views::web {

// Becomes a 400 answer with this message.
class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
// Becomes a 404 answer with this message.
class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Becomes a 300 answer listing the documents a handle could mean.
class Ambiguous : public std::runtime_error {
 public:
  Ambiguous(const std::string& what, std::vector<DocumentRef> candidates)
      : std::runtime_error(what), candidates(std::move(candidates)) {}
  std::vector<DocumentRef> candidates;
};

struct WebContext {
  const ServerOptions& options;
  ReaderPool& readers;
  const AssetStore& assets;
  const std::shared_ptr<const AgencyLexicon>& agencies;        // may be null
  const std::shared_ptr<const AgencyTable>& agency_table;      // may be null: no abbreviations, no mergers
  const std::shared_ptr<const IndicatorLexicon>& indicators;  // may be null: no indicator pages
  ResponseCache& cache;
  CatalogGeneration& generation;
};

using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;
// Wraps a route: BadRequest -> 400, NotFound -> 404, Ambiguous -> 300 (the candidates
// listed), anything else -> 500 (logged),
// as an HTML page, or as {"error": ...} under /api/.
Handler guarded(Handler h);
// A guarded route whose answer depends only on its path, its parameters, the catalog
// and the day: sent from ctx.cache when kept for this state of the catalog, else
// rendered and kept (a 200 only: errors are rendered each time). Says which in X-Cache.
Handler cached(const WebContext& ctx, Handler h);

// A query parameter: absent -> nullopt (also when empty); longer than the server's
// bound, or not UTF-8 -> BadRequest.
std::optional<std::string> text_param(const httplib::Request& req, const char* name, const ServerOptions& o);
// An integer parameter within [min, max], else BadRequest.
std::optional<int> int_param(const httplib::Request& req, const char* name, int min, int max);
// A date parameter: YYYY-MM-DD or dd/mm/yyyy, a real date, returned as YYYY-MM-DD.
std::optional<std::string> date_param(const httplib::Request& req, const char* name);

void send_html(httplib::Response& res, const Html& page, int status = 200);
// The same, the page's markup moved into the response (a document page runs to megabytes).
void send_html(httplib::Response& res, Html&& page, int status = 200);
void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200);

struct PageOptions {
  std::string search;       // the search box's text
  bool chart = false;       // loads Chart.js
  static PageOptions with_search(std::string text) { return {std::move(text), false}; }
  static PageOptions with_chart() { return {std::string(), true}; }
};
// A whole page: head, site header with navigation and search, the body, footer.
Html page(const std::string& title, const Html& body, const PageOptions& options = {});
// A page for an error (404, 400, 500).
Html error_page(int status, const std::string& message);

// Today's date (local time) as YYYY-MM-DD: what "overdue" is measured against.
std::string today_iso();

void register_assets(httplib::Server& http, const WebContext& ctx);
void register_home(httplib::Server& http, const WebContext& ctx);

}  // namespace vnpolicy::views::web
