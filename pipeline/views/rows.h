// Query results as Output rows: the columns every view shows for each kind of row. The
// CLI prints them as tables or JSON; the web app's /api/ routes answer with the same JSON.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/queries/documents.h"
#include "catalog/queries/handles.h"
#include "catalog/queries/indicators.h"
#include "catalog/queries/refs.h"
#include "catalog/queries/search.h"
#include "catalog/queries/targets.h"
#include "catalog/queries/tasks.h"
#include "views/output.h"

namespace vnpolicy {

// A path as a table shows it: relative to the working folder when under it.
std::string display_path(const std::string& path);
// A document as a table names it: its own number, else its file name.
std::string document_label(const Location& at);
// Where an item is in its document: "p.3 l.12" when the source has pages, else "12".
std::string line_label(const Location& at);
// Provenance for prose: "file.pdf p.3 l.12", "file.txt l.12".
std::string provenance(const Location& at);
// "~9,1 %", ">= 85 %", "9-11 %/năm": a figure as tables show it.
std::string figure_text(const TargetRow& t);

Output documents_output(const std::vector<DocumentRow>& rows);
Output candidates_output(const std::vector<DocumentRef>& rows);  // an ambiguous handle's documents
Output targets_output(const std::vector<TargetRow>& rows);
Output diff_output(const std::vector<DiffRow>& rows);
Output series_output(const std::vector<SeriesRow>& rows);
Output scorecard_output(const std::vector<ScorecardRow>& rows);
Output tasks_output(const std::vector<TaskRow>& rows);
// With `units` (a deadlines --agency query), the role the agency has in each deadline's task
// and the task's lead and supporting units.
Output deadlines_output(const std::vector<DeadlineRow>& rows, bool units = false);
Output agencies_output(const std::vector<AgencyRow>& rows);
// A table's relation: "basis", or "basis (by name)" for a law cited by its name whose
// number was resolved (not written in the text).
std::string relation_shown(const ReferenceRow& r);
Output citing_output(const std::vector<ReferenceRow>& rows);      // refs --cites
Output references_output(const std::vector<ReferenceRow>& rows);  // refs --from, a document's citations
// Search hits; tables get a snippet with the matched words in [brackets], JSON the sentence.
Output search_output(const std::vector<SearchHit>& hits, const SearchQuery& query, bool snippets);

nlohmann::json document_ref_json(const DocumentRef& d);
nlohmann::json graph_json(const CitationGraph& g);
nlohmann::json document_detail_json(const DocumentDetail& d);

}  // namespace vnpolicy
