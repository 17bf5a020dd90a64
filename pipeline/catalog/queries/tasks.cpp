#include "catalog/queries/tasks.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/text.h"
#include "normalize/unicode.h"
#include "resolve/agency_lexicon.h"
#include "resolve/agency_table.h"

namespace vnpolicy {
namespace {

std::string task_select() {
  return "SELECT " + location_columns("d", "t") +
         ", t.id, t.description, t.deadline_text, t.deadline_start, t.deadline_end, t.deadline_kind"
         " FROM tasks t JOIN documents d ON d.id = t.doc_id";
}

TaskRow read_task(const Statement& q) {
  TaskRow t;
  t.at = read_location(q, 0);
  t.id = q.int64(5);
  t.description = q.opt_text(6);
  t.deadline_text = q.opt_text(7);
  t.deadline_start = q.opt_text(8);
  t.deadline_end = q.opt_text(9);
  t.deadline_kind = q.opt_text(10);
  return t;
}

// The agency names seen on tasks that a query names: by the canonical name the lexicon
// gives it, or containing its words (accent- and case-free, abbreviations written out);
// with the agency table, every name that answers to the same body on the filter's date.
// agency_names holds one row per (written name, canonical) pair: a few thousand rows
// however many tasks there are.
struct AgencyMatch {
  std::set<std::string> canonical, written;
};
AgencyMatch matching_agencies(Database& db, const TaskFilter& f, const AgencyLexicon* lexicon, const AgencyTable* table) {
  AgencyMatch m;
  AccentFolder folder;
  auto key = [&](const std::string& s) {
    return lexicon ? lexicon->search_key(s) : collapse_whitespace(folder.fold(s));
  };
  const std::string& query = f.agency;
  const std::string wanted_canonical = key(lexicon ? lexicon->canonical(query) : query);
  const std::string wanted_words = key(query);
  const std::string date = f.as_of.value_or(today_iso());
  const AgencyEntry* wanted_body = table ? answering_agency(*table, lexicon, query, date) : nullptr;
  auto names = db.prepare("SELECT name, canonical FROM agency_names");
  std::map<std::string, std::string> keys;  // memo: a canonical name recurs with each variant
  auto key_of = [&](const std::string& s) -> const std::string& {
    auto it = keys.find(s);
    if (it == keys.end()) it = keys.emplace(s, key(s)).first;
    return it->second;
  };
  std::map<std::string, const AgencyEntry*> bodies;  // memo: canonical -> the body answering for it
  auto body_of = [&](const std::string& canonical, const std::string& name) {
    auto it = bodies.find(canonical);
    if (it == bodies.end()) it = bodies.emplace(canonical, answering_agency(*table, lexicon, canonical, date)).first;
    return it->second ? it->second : answering_agency(*table, lexicon, name, date);
  };
  while (names.step()) {
    const std::string name = names.text(0), canonical = names.text(1);
    const std::string& c = key_of(canonical);
    if (c == wanted_canonical || c.find(wanted_words) != std::string::npos) m.canonical.insert(canonical);
    else if (wanted_body && body_of(canonical, name) == wanted_body) m.canonical.insert(canonical);
    else if (key_of(name).find(wanted_words) != std::string::npos) m.written.insert(name);
  }
  return m;
}

// Binds the values of `values` as ?first, ?first+1, ... and returns "?first, ..." for an IN list.
std::string placeholders(size_t first, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += (i ? ", ?" : "?") + std::to_string(first + i);
  return s;
}

// The agencies of every task in `tasks`, in one query (json_each: one bound list of ids)
// rather than one per task.
void load_agencies(Database& db, std::vector<TaskRow>& tasks) {
  if (tasks.empty()) return;
  std::string ids = "[";
  std::map<int64_t, TaskRow*> by_id;
  for (TaskRow& t : tasks) {
    ids += (ids.size() > 1 ? "," : "") + std::to_string(t.id);
    by_id[t.id] = &t;
  }
  ids += "]";
  auto q = db.prepare(
      "SELECT task_id, role, name, canonical FROM task_agencies"
      " WHERE task_id IN (SELECT value FROM json_each(?1)) ORDER BY task_id, role, position");
  q.bind(1, ids);
  while (q.step()) by_id.at(q.int64(0))->agencies.push_back({q.text(1), q.text(2), q.text(3)});
}

// The ids of the tasks that name one of the agencies (in `role` when given), ascending
// and distinct, as many at a time as asked for: read from the agency indexes alone
// (task_agencies_canonical_task, task_agencies_name_task), where each (name, role) is a
// range in task_id order; merging those ranges gives the first ids of a unit's tens of
// thousands without reading (and sorting) the rest.
class AgencyTaskIds {
 public:
  AgencyTaskIds(Database& db, const AgencyMatch& m, const OptString& role) {
    auto open = [&](const char* column, const std::set<std::string>& names) {
      const std::string sql = std::string("SELECT task_id FROM task_agencies WHERE ") + column +
                              " = ?1 AND role = ?2 ORDER BY task_id";
      for (const auto& name : names)
        for (const char* r : {"lead", "support"}) {
          if (role && *role != r) continue;
          Statement q = db.prepare(sql);
          q.bind(1, name).bind(2, r);
          if (q.step()) {
            heads_.push_back({q.int64(0), cursors_.size()});
            cursors_.push_back(std::move(q));
          }
        }
    };
    open("canonical", m.canonical);
    open("name", m.written);
    std::make_heap(heads_.begin(), heads_.end(), std::greater<>());
  }
  // Up to `n` more ids (fewer at the end).
  std::vector<int64_t> next(size_t n) {
    std::vector<int64_t> ids;
    while (ids.size() < n && !heads_.empty()) {
      std::pop_heap(heads_.begin(), heads_.end(), std::greater<>());
      auto [id, cursor] = heads_.back();
      heads_.pop_back();
      if (id != last_) ids.push_back(last_ = id);  // a task naming two of the names (or both roles)
      if (cursors_[cursor].step()) {
        heads_.push_back({cursors_[cursor].int64(0), cursor});
        std::push_heap(heads_.begin(), heads_.end(), std::greater<>());
      }
    }
    return ids;
  }

 private:
  std::vector<Statement> cursors_;
  std::vector<std::pair<int64_t, size_t>> heads_;  // (the next id of a cursor, the cursor): a min-heap
  int64_t last_ = -1;
};

}  // namespace

const AgencyEntry* answering_agency(const AgencyTable& table, const AgencyLexicon* lexicon, const std::string& query,
                                    const std::string& date) {
  const AgencyEntry* e = table.find(query);
  if (!e && lexicon) e = table.find(lexicon->canonical(query));
  return e ? table.as_of(*e, date) : nullptr;
}

Rows<TaskRow> find_tasks(Database& db, const TaskFilter& f, const AgencyLexicon* lexicon, const AgencyTable* table) {
  Rows<TaskRow> out;
  std::string filters;
  if (f.due_before) filters += " AND t.deadline_end <= ?1";
  if (f.open_at) filters += " AND t.deadline_end < ?2";
  if (f.document_id) filters += " AND t.doc_id = ?4";
  auto bind_filters = [&](Statement& q) {
    if (f.due_before) q.bind(1, *f.due_before);
    if (f.open_at) q.bind(2, *f.open_at);
    if (f.document_id) q.bind(4, *f.document_id);
  };
  // Keeps a row read; false once the limit is passed.
  auto keep = [&](const Statement& q) {
    if (f.limit && out.rows.size() == f.limit) {
      out.more = true;
      return false;
    }
    out.rows.push_back(read_task(q));
    return true;
  };
  AgencyMatch agencies;
  if (f.agency.empty()) {
    std::string sql = task_select() + " WHERE 1" + filters + " ORDER BY t.id";
    if (f.limit) sql += " LIMIT " + std::to_string(f.limit + 1);
    auto q = db.prepare(sql);
    bind_filters(q);
    while (q.step() && keep(q)) {
    }
  } else {
    agencies = matching_agencies(db, f, lexicon, table);
    if (agencies.canonical.empty() && agencies.written.empty()) return out;
    // A unit's tasks are tens of thousands in a large catalog, and the limit keeps the
    // first: their ids, sorted, from the agency indexes, then the tasks of those ids in
    // batches (in id order) until the limit is passed, instead of joining every one.
    AgencyTaskIds task_ids(db, agencies, f.role);
    constexpr size_t kMostIds = 8192;  // ids written into one statement's IN list
    size_t batch = f.limit ? std::min(f.limit + 1, kMostIds) : kMostIds;
    bool open = true;
    for (std::vector<int64_t> ids; open && !(ids = task_ids.next(batch)).empty(); batch = std::min(2 * batch, kMostIds)) {
      std::string in;
      for (int64_t id : ids) in += (in.empty() ? "" : ",") + std::to_string(id);  // integers from the catalog
      auto q = db.prepare(task_select() + " WHERE t.id IN (" + in + ")" + filters + " ORDER BY t.id");
      bind_filters(q);
      while (open && q.step()) open = keep(q);
    }
  }
  load_agencies(db, out.rows);
  for (TaskRow& t : out.rows) {
    t.matched_role = "lead";
    if (f.agency.empty()) continue;
    // The role of the first unit named by the query (leads come first).
    for (const auto& a : t.agencies)
      if ((!f.role || a.role == *f.role) && (agencies.canonical.count(a.canonical) || agencies.written.count(a.name))) {
        t.matched_role = a.role;
        break;
      }
  }
  return out;
}

std::vector<AgencyRow> agency_summary(Database& db, const AgencyTable* table, const AgencyLexicon* lexicon,
                                      const OptString& as_of) {
  const std::string date = as_of.value_or(today_iso());
  std::map<std::string, std::string> body_of;  // canonical of the catalog -> the body answering for it
  auto body = [&](const std::string& canonical) -> const std::string& {
    auto it = body_of.find(canonical);
    if (it == body_of.end()) {
      const AgencyEntry* e = table ? answering_agency(*table, lexicon, canonical, date) : nullptr;
      it = body_of.emplace(canonical, e ? e->canonical : canonical).first;
    }
    return it->second;
  };
  // Counted in SQL per canonical name from the covering index; bodies that several
  // canonical names answer for (mergers) are counted again over their names together,
  // so that a task naming two of them counts once.
  struct Tally {
    int64_t leads = 0, supports = 0;
    std::set<std::string> variants, merged;
  };
  std::map<std::string, Tally> tally;
  auto counts = db.prepare("SELECT canonical, role, COUNT(DISTINCT task_id) FROM task_agencies GROUP BY canonical, role");
  while (counts.step()) {
    const std::string canonical = counts.text(0);
    Tally& t = tally[body(canonical)];
    (counts.text(1) == "lead" ? t.leads : t.supports) += counts.int64(2);
    t.merged.insert(canonical);
  }
  // Written names still on a task (agency_names also keeps names of documents since removed).
  auto names = db.prepare(
      "SELECT name, canonical FROM agency_names a"
      " WHERE EXISTS (SELECT 1 FROM task_agencies x WHERE x.name = a.name AND x.canonical = a.canonical)");
  while (names.step()) tally[body(names.text(1))].variants.insert(names.text(0));
  for (auto& [agency, t] : tally) {
    if (t.merged.size() < 2) continue;
    const std::vector<std::string> merged(t.merged.begin(), t.merged.end());
    auto q = db.prepare("SELECT role, COUNT(DISTINCT task_id) FROM task_agencies WHERE canonical IN (" +
                        placeholders(1, merged.size()) + ") GROUP BY role");
    for (size_t i = 0; i < merged.size(); ++i) q.bind(static_cast<int>(1 + i), merged[i]);
    t.leads = t.supports = 0;
    while (q.step()) (q.text(0) == "lead" ? t.leads : t.supports) = q.int64(1);
  }
  std::vector<AgencyRow> rows;
  for (auto& [agency, t] : tally) {
    AgencyRow r{agency, t.leads, t.supports,
                {t.variants.begin(), t.variants.end()}, {}};
    if (table)
      for (const auto& c : t.merged)
        if (c != agency) r.merged.push_back(c);
    rows.push_back(std::move(r));
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const AgencyRow& a, const AgencyRow& b) { return a.leads + a.supports > b.leads + b.supports; });
  return rows;
}

const TaskRow* deadline_owner(const DeadlineRow& d, const std::multimap<int64_t, const TaskRow*>& tasks_by_document) {
  const TaskRow* same_text = nullptr;
  auto [from, to] = tasks_by_document.equal_range(d.at.document_id);
  for (auto it = from; it != to; ++it) {
    const TaskRow& t = *it->second;
    if (t.at.line == d.at.line) return &t;
    if (!same_text && t.deadline_text == d.text && t.deadline_end == d.end) same_text = &t;
  }
  return same_text;
}

std::vector<TaskRow> tasks_of_documents(Database& db, const std::set<int64_t>& documents) {
  std::vector<TaskRow> tasks;
  for (int64_t id : documents) {
    TaskFilter tf;
    tf.document_id = id;
    auto found = find_tasks(db, tf, nullptr);
    tasks.insert(tasks.end(), std::make_move_iterator(found.rows.begin()), std::make_move_iterator(found.rows.end()));
  }
  return tasks;
}

Rows<DeadlineRow> find_deadlines(Database& db, const DeadlineFilter& f, const AgencyLexicon* lexicon, const AgencyTable* table) {
  Rows<DeadlineRow> out;
  // With an agency: its tasks, the one helper `tasks --agency` uses; their documents bound
  // the deadlines read, and each deadline's own task decides.
  std::map<int64_t, std::string> role_of_task;
  std::set<int64_t> documents;
  if (!f.agency.empty()) {
    TaskFilter tf;
    tf.agency = f.agency;
    tf.role = f.role;
    tf.as_of = f.as_of;
    tf.document_id = f.document_id;
    for (const TaskRow& t : find_tasks(db, tf, lexicon, table).rows) {
      role_of_task[t.id] = t.matched_role;
      documents.insert(t.at.document_id);
    }
    if (documents.empty()) return out;
  }
  std::string sql = "SELECT " + location_columns("d", "x") +
                    ", x.id, x.text, x.kind, x.start, x.end FROM deadlines x JOIN documents d ON d.id = x.doc_id WHERE 1";
  if (f.due_before) sql += " AND x.end <= ?1";
  if (f.due_after) sql += " AND x.end >= ?2";
  if (f.document_id) sql += " AND x.doc_id = ?3";
  if (!documents.empty()) {
    std::string in;
    for (int64_t id : documents) in += (in.empty() ? "" : ", ") + std::to_string(id);  // integers from the catalog
    sql += " AND x.doc_id IN (" + in + ")";
  }
  sql += " ORDER BY x.end IS NULL, x.end, x.id";
  // With an agency the rows are filtered after reading: the limit counts kept rows.
  if (f.limit && f.agency.empty()) sql += " LIMIT " + std::to_string(f.limit + 1);
  auto q = db.prepare(sql);
  if (f.due_before) q.bind(1, *f.due_before);
  if (f.due_after) q.bind(2, *f.due_after);
  if (f.document_id) q.bind(3, *f.document_id);
  const std::vector<TaskRow> tasks = f.agency.empty() ? std::vector<TaskRow>{} : tasks_of_documents(db, documents);
  std::multimap<int64_t, const TaskRow*> by_document;
  for (const auto& t : tasks) by_document.emplace(t.at.document_id, &t);
  while (q.step()) {
    DeadlineRow r;
    r.at = read_location(q, 0);
    r.id = q.int64(5);
    r.text = q.text(6);
    r.kind = q.text(7);
    r.start = q.opt_text(8);
    r.end = q.opt_text(9);
    if (!f.agency.empty()) {
      const TaskRow* owner = deadline_owner(r, by_document);
      auto role = owner ? role_of_task.find(owner->id) : role_of_task.end();
      if (role == role_of_task.end()) continue;
      r.agencies = owner->agencies;
      r.matched_role = role->second;
    }
    if (f.limit && out.rows.size() == f.limit) {
      out.more = true;
      break;
    }
    out.rows.push_back(std::move(r));
  }
  return out;
}

}  // namespace vnpolicy
