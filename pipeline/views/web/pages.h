// Pieces the pages share: links to documents, labels, item kinds in Vietnamese, and
// the catalog connections (with their accent folder) a request reads through.
#pragma once
#include <string>

#include "catalog/queries/common.h"
#include "catalog/queries/refs.h"
#include "views/web/html.h"
#include "views/web/routes.h"

namespace vnpolicy::views::web {

// "/doc/12": the stable link of a catalogued document.
std::string doc_url(int64_t id);
// "Kế hoạch 148/KH-UBND", else the file name.
std::string document_title(const DocumentRef& d);
std::string document_title(const Location& at);
// A link to a document named by its title.
Html doc_link(const DocumentRef& d);
Html doc_link(const Location& at);
// A link to a line of a document's page: "/doc/12#L40".
Html line_link(const Location& at);

// What a reference's relation means, for a reader: "căn cứ", "thực hiện", ...
std::string relation_label(const std::string& relation);

// The document a handle names, or BadRequest (too long) / NotFound / Ambiguous.
DocumentRef resolve_document(Database& db, const std::string& handle, const ServerOptions& options);

// A table as HTML: header cells, then rows of already-built cells.
Html table(const std::vector<std::string>& header, const std::vector<std::vector<Html>>& rows,
           const std::string& css_class = "");

// Links to the previous and next pages of a list, keeping the other parameters.
Html pager(const httplib::Request& req, int page, bool more);

// The citation graph page of a document (graph_page.cpp).
Html graph_page(const WebContext& ctx, const std::string& handle);

void register_search(httplib::Server& http, const WebContext& ctx);
void register_documents(httplib::Server& http, const WebContext& ctx);  // /doc/{h}, /doc/{h}/graph, /api/doc/{h}
void register_indicators(httplib::Server& http, const WebContext& ctx); // /indicator/{key}, /api/series
void register_tasks(httplib::Server& http, const WebContext& ctx);      // /tasks, /deadlines, /api/tasks, /api/deadlines

}  // namespace vnpolicy::views::web
