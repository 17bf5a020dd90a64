#include "catalog/queries/targets.h"

#include <unordered_map>

#include "catalog/queries/search.h"
#include "normalize/unicode.h"
#include "resolve/indicator_lexicon.h"

namespace vnpolicy {

std::string target_columns() {
  return location_columns("d", "t") +
         ", t.id, t.indicator, t.indicator_key, t.value, t.value_max, t.unit, t.value_base, t.unit_base, t.comparator,"
         " t.kind, t.year, t.text, d.place, t.indicator_code, t.activity";
}

TargetRow read_target(const Statement& q) {
  TargetRow t;
  t.at = read_location(q, 0);
  t.id = q.int64(5);
  t.indicator = q.opt_text(6);
  t.indicator_key = q.opt_text(7);
  t.value = q.real(8);
  t.value_max = q.opt_real(9);
  t.unit = q.opt_text(10);
  t.value_base = q.opt_real(11);
  t.unit_base = q.opt_text(12);
  t.comparator = q.text(13);
  t.kind = q.text(14);
  if (auto y = q.opt_int64(15)) t.year = static_cast<int>(*y);
  t.text = q.text(16);
  t.place = q.opt_text(17);
  t.indicator_code = q.opt_text(18);
  t.activity = q.int64(19) != 0;
  return t;
}

namespace {

// Whether a figure's indicator or key holds the query's phrase (accent-free): folded once
// per distinct text, since thousands of figures share a few phrasings.
class PhraseCheck {
 public:
  PhraseCheck(std::string phrase, AccentFolder& folder) : phrase_(std::move(phrase)), folder_(folder) {}
  // `text`: a column's bytes, or nullopt for NULL.
  bool holds(std::optional<std::string_view> text) {
    if (!text) return false;
    auto it = seen_.find(*text);
    if (it == seen_.end())
      it = seen_.emplace(std::string(*text), fold_phrase(std::string(*text), folder_).find(phrase_) != std::string::npos).first;
    return it->second;
  }

 private:
  // Looked up by the column's bytes, without a string made for each row.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::string phrase_;
  AccentFolder& folder_;
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> seen_;
};

std::optional<std::string_view> opt_view(const Statement& q, int col) {
  return q.is_null(col) ? std::nullopt : std::optional(q.blob(col));
}

// The FTS query of a phrase's words (each folded, all required): empty when it has none.
std::string match_of(const std::string& phrase, AccentFolder& folder) {
  std::string match;
  for (const auto& w : query_words(phrase)) match += (match.empty() ? "\"" : " \"") + folder.fold(w) + "\"";
  return match;
}

// Streams the targets that pass `f` to `take` (which returns false to stop), in catalog
// order, as `columns` selects them (targets t, documents d; the indicator and its key at
// `indicator_col` and the next). The indicator's words are looked up in target_index; the
// phrase they must form (accent-free, in the indicator or its key) is checked on the rows found.
// `heads`: the columns are those of targets_key_head (no documents join), read from
// that index alone when the figures of one key are asked for.
template <class Take>
void scan_targets(Database& db, const TargetFilter& f, const std::string& columns, int indicator_col, bool heads,
                  Take take) {
  AccentFolder folder;
  const std::string phrase = fold_phrase(f.indicator, folder);
  const std::string match = match_of(phrase, folder);
  std::string sql = "SELECT " + columns;
  const char* by_key = heads && f.key && !f.year && !f.kind && !f.document_id ? " INDEXED BY targets_key_head" : "";
  const std::string documents = heads ? "" : " JOIN documents d ON d.id = t.doc_id";
  if (!match.empty())
    sql += std::string(" FROM target_index ti CROSS JOIN targets t ON t.id = ti.rowid") + documents +
           " WHERE target_index MATCH ?1";
  else
    sql += std::string(" FROM targets t") + by_key + documents + " WHERE 1";
  if (f.year) sql += " AND t.year = ?2";
  if (f.kind) sql += " AND t.kind = ?3";
  if (f.document_id) sql += " AND t.doc_id = ?4";
  if (f.key) sql += " AND t.indicator_key = ?5";
  if (f.other_than_key) sql += " AND t.indicator_key != ?6";
  sql += match.empty() ? " ORDER BY t.doc_id, t.seq" : " ORDER BY ti.rowid";
  auto q = db.prepare(sql);
  if (!match.empty()) q.bind(1, match);
  if (f.year) q.bind(2, *f.year);
  if (f.kind) q.bind(3, *f.kind);
  if (f.document_id) q.bind(4, *f.document_id);
  if (f.key) q.bind(5, *f.key);
  if (f.other_than_key) q.bind(6, *f.other_than_key);
  PhraseCheck check(phrase, folder);
  while (q.step()) {
    if (!match.empty() && !check.holds(opt_view(q, indicator_col)) && !check.holds(opt_view(q, indicator_col + 1)))
      continue;
    if (!take(q)) break;
  }
}

}  // namespace

Rows<TargetRow> find_targets(Database& db, const TargetFilter& f) {
  Rows<TargetRow> out;
  scan_targets(db, f, target_columns(), 6, false, [&](const Statement& q) {
    if (f.limit && out.rows.size() == f.limit) {
      out.more = true;
      return false;
    }
    out.rows.push_back(read_target(q));
    return true;
  });
  return out;
}

void for_each_target_head(Database& db, const TargetFilter& f, const std::function<bool(const TargetHead&)>& take) {
  scan_targets(db, f,
               "t.id, t.doc_id, t.indicator, t.indicator_key, t.indicator_code, t.kind, t.year, t.activity, t.place", 2, true,
               [&](const Statement& q) {
                 TargetHead h;
                 h.id = q.int64(0);
                 h.document_id = q.int64(1);
                 h.indicator = opt_view(q, 2);
                 h.indicator_key = opt_view(q, 3);
                 h.indicator_code = opt_view(q, 4);
                 h.kind = q.blob(5);
                 if (auto y = q.opt_int64(6)) h.year = static_cast<int>(*y);
                 h.activity = q.int64(7) != 0;
                 h.place = opt_view(q, 8);
                 return take(h);
               });
}

bool for_each_figure_group(Database& db, const std::string& indicator, const std::string& other_than_key,
                           const std::function<void(const FigureGroup&)>& take) {
  AccentFolder folder;
  const std::string phrase = fold_phrase(indicator, folder);
  const std::string match = match_of(phrase, folder);
  if (match.empty()) return false;
  auto q = db.prepare(
      "SELECT g.indicator, g.indicator_key, g.indicator_code, g.place, g.year, g.kind, g.activity, g.figures,"
      " g.first_id, g.last_id, g.last_doc, g.last_doc_first_id"
      " FROM figure_group_index gi CROSS JOIN figure_groups g ON g.id = gi.rowid"
      " WHERE figure_group_index MATCH ?1 AND g.indicator_key != ?2");
  q.bind(1, match).bind(2, other_than_key);
  PhraseCheck check(phrase, folder);
  while (q.step()) {
    if (!check.holds(opt_view(q, 0)) && !check.holds(opt_view(q, 1))) continue;
    FigureGroup g;
    g.indicator = opt_view(q, 0);
    g.indicator_key = q.blob(1);
    g.indicator_code = opt_view(q, 2);
    g.place = opt_view(q, 3);
    if (auto y = q.opt_int64(4)) g.year = static_cast<int>(*y);
    g.kind = q.blob(5);
    g.activity = q.int64(6) != 0;
    g.figures = q.int64(7);
    g.first_id = q.int64(8);
    g.last_id = q.int64(9);
    g.last_document_id = q.int64(10);
    g.last_document_first_id = q.int64(11);
    take(g);
  }
  return true;
}

std::optional<TargetRow> target_by_id(Database& db, int64_t id) {
  auto q = db.prepare("SELECT " + target_columns() + " FROM targets t JOIN documents d ON d.id = t.doc_id WHERE t.id = ?1");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return read_target(q);
}

}  // namespace vnpolicy
