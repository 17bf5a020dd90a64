// documents_passing: the documents a search or a listing is restricted to, as a bitmap
// built from the documents' indexes.
#include <map>

#include "catalog/queries/search.h"
#include "catalog/queries/search_parts.h"

namespace vnpolicy {
namespace {

using search_parts::define_function;

bool has_index(Database& db, const char* name) {
  auto q = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1");
  q.bind(1, name);
  return q.step();
}

// The distinct non-null values of documents.<column>, from its index (one seek per
// value). `column` is one of our fixed column names, never user text.
std::vector<std::string> distinct_values(Database& db, const std::string& column) {
  std::vector<std::string> values;
  auto first = db.prepare("SELECT min(" + column + ") FROM documents");
  if (!first.step() || first.is_null(0)) return values;
  values.push_back(first.text(0));
  auto next = db.prepare("SELECT " + column + " FROM documents WHERE " + column + " > ?1 ORDER BY " + column +
                         " LIMIT 1");
  for (;;) {
    next.bind(1, values.back());
    if (!next.step()) break;
    values.push_back(next.text(0));
    next.reset();
  }
  return values;
}

// Aggregate vnpolicy_mark(COUNTS, id): ++COUNTS[id] for each row, COUNTS being a
// std::vector<uint8_t> bound with bind_pointer as kMarkType.
constexpr const char* kMarkType = "vnpolicy_mark_counts";
void mark_step(sqlite3_context*, int, sqlite3_value** argv) {
  auto* counts = static_cast<std::vector<uint8_t>*>(sqlite3_value_pointer(argv[0], kMarkType));
  const int64_t id = sqlite3_value_int64(argv[1]);
  if (counts && id >= 0 && static_cast<size_t>(id) < counts->size()) ++(*counts)[static_cast<size_t>(id)];
}
void mark_final(sqlite3_context* ctx) { sqlite3_result_null(ctx); }

}  // namespace

std::vector<bool> documents_passing(Database& db, const DocumentsFilter& q, const AccentFolder& folder) {
  define_function(db, "vnpolicy_mark", nullptr, mark_step, mark_final);
  size_t size = 0;
  {
    auto top = db.prepare("SELECT max(id) FROM documents");
    if (!top.step() || top.is_null(0)) return {};
    size = static_cast<size_t>(top.int64(0)) + 1;
  }
  std::vector<uint8_t> passed(size, 0);
  int filters = 0;
  // The ids are counted by the aggregate vnpolicy_mark: one step per statement, not per id.
  auto mark = [&](Statement& ids) {
    ids.bind_pointer(2, &passed, kMarkType);
    ids.run();
  };
  if (q.year) {
    ++filters;
    auto ids = db.prepare("SELECT vnpolicy_mark(?2, id) FROM documents WHERE year = ?1");
    ids.bind(1, *q.year);
    mark(ids);
  }
  // Type: the whole folded name; issuer: part of it. Folded once per distinct value.
  auto by_value = [&](const std::string& column, const char* index, const std::string& wanted, bool whole) {
    ++filters;
    auto passes = [&](const std::string& v) {
      const std::string folded = folder.fold(v);
      return whole ? folded == wanted : folded.find(wanted) != std::string::npos;
    };
    if (!has_index(db, index)) {  // a catalog made before the index: one scan
      std::map<std::string, bool> memo;
      auto all = db.prepare("SELECT id, " + column + " FROM documents WHERE " + column + " IS NOT NULL");
      while (all.step()) {
        const std::string v = all.text(1);
        auto it = memo.find(v);
        if (it == memo.end()) it = memo.emplace(v, passes(v)).first;
        const int64_t id = all.int64(0);
        if (it->second && id >= 0 && static_cast<size_t>(id) < size) ++passed[static_cast<size_t>(id)];
      }
      return;
    }
    auto ids = db.prepare("SELECT vnpolicy_mark(?2, id) FROM documents WHERE " + column + " = ?1");
    for (const auto& v : distinct_values(db, column)) {
      if (!passes(v)) continue;
      ids.bind(1, v);
      mark(ids);
    }
  };
  if (q.doc_type) by_value("doc_type", "documents_type", collapse_whitespace(folder.fold(*q.doc_type)), true);
  if (q.issuer) by_value("issuer", "documents_issuer", collapse_whitespace(folder.fold(*q.issuer)), false);
  std::vector<bool> allowed(size, false);
  bool any = false;
  for (size_t i = 0; i < size; ++i)
    if (passed[i] == filters) any = allowed[i] = true;
  if (!any) return {};
  return allowed;
}

}  // namespace vnpolicy
