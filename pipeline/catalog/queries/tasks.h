// Tasks and deadlines: `tasks` (by agency, role, due date, document), `agencies`, and
// `deadlines` (the calendar the web app and the ICS export read).
#pragma once
#include <map>
#include <set>

#include "catalog/queries/common.h"

namespace vnpolicy {

class AgencyLexicon;
class AgencyTable;
struct AgencyEntry;

struct TaskAgency {
  std::string role;                // lead | support
  std::string name;                // as written
  std::string canonical;
};

struct TaskRow {
  int64_t id = 0;
  Location at;
  OptString description, deadline_text, deadline_start, deadline_end, deadline_kind;
  std::vector<TaskAgency> agencies;  // leads first, in written order
  std::string matched_role;          // with an agency filter: the role the agency has in it
};

struct TaskFilter {
  std::string agency;              // any written form: abbreviations, accents and case optional
  OptString role;                  // lead | support (with agency)
  // The day the agency is meant as of (ISO; default today): a body merged away before it
  // stands for the body that took over its work, and that body's tasks include its
  // predecessors' (with an agency table).
  OptString as_of;
  OptString due_before;            // ISO date: deadline ends on or before it
  OptString open_at;               // ISO date: deadline ended before it
  std::optional<int64_t> document_id;
  size_t limit = 0;                // 0: all
};

// In catalog order. `lexicon` (may be null) maps the agency as typed to its canonical
// name ("Sở KH&ĐT" -> "Sở Kế hoạch và Đầu tư"); the words typed are also matched
// against every name seen on a task. `table` (may be null; rules/agencies.tsv) resolves
// abbreviations ("SKHĐT") and mergers: a name matches every name of the catalog that
// answers to the same body on `filter.as_of` (AgencyTable::as_of).
Rows<TaskRow> find_tasks(Database& db, const TaskFilter& filter, const AgencyLexicon* lexicon,
                         const AgencyTable* table = nullptr);
// The body that answers for the agency written `query` on `date` (ISO), or null when the
// table does not know the name.
const AgencyEntry* answering_agency(const AgencyTable& table, const AgencyLexicon* lexicon, const std::string& query,
                                    const std::string& date);

struct AgencyRow {
  std::string agency;              // canonical (with a table: the body that answers on the date)
  int64_t leads = 0, supports = 0; // tasks
  std::vector<std::string> variants;  // names as written
  std::vector<std::string> merged;    // with a table: canonical names of the catalog this body answers for
};
// Most tasks first. With `table` (rules/agencies.tsv), each canonical name counts for the
// body that answers for it on `as_of` (ISO; default today): after a 2025 merger the old
// departments' tasks are the successor's, before it each is its own.
std::vector<AgencyRow> agency_summary(Database& db, const AgencyTable* table = nullptr,
                                      const AgencyLexicon* lexicon = nullptr, const OptString& as_of = std::nullopt);

struct DeadlineRow {
  int64_t id = 0;
  Location at;
  std::string text, kind;
  OptString start, end;
  // With an agency filter: the units of the task the deadline belongs to (leads first) and
  // the role the agency has in it.
  std::vector<TaskAgency> agencies;
  std::string matched_role;
};
struct DeadlineFilter {
  OptString due_before, due_after;  // ISO dates, on the deadline's end
  std::optional<int64_t> document_id;
  // Only deadlines of tasks this agency leads or supports, read as `tasks --agency` reads
  // it (TaskFilter: any written form; role; as_of: a merged body's successor today).
  std::string agency;
  OptString role, as_of;
  size_t limit = 0;
};
// By end date (undated last), then catalog order. With an agency, `lexicon` and `table`
// resolve it as find_tasks() does, and a deadline is kept when the task it belongs to
// (deadline_owner) names the agency.
Rows<DeadlineRow> find_deadlines(Database& db, const DeadlineFilter& filter, const AgencyLexicon* lexicon = nullptr,
                                 const AgencyTable* table = nullptr);

// The task a deadline belongs to, among the tasks of its document (`tasks_by_document`:
// document id -> task): the task that starts on the deadline's line, else the first that
// carries the same deadline text and end; null when none does.
const TaskRow* deadline_owner(const DeadlineRow& deadline, const std::multimap<int64_t, const TaskRow*>& tasks_by_document);
// Every task of these documents, with their units.
std::vector<TaskRow> tasks_of_documents(Database& db, const std::set<int64_t>& documents);

}  // namespace vnpolicy
