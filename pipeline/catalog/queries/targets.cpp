#include "catalog/queries/targets.h"

#include <cmath>
#include <map>

#include "catalog/queries/search.h"
#include "normalize/unicode.h"
#include "resolve/indicator_lexicon.h"
#include "resolve/units.h"

namespace vnpolicy {
namespace {

std::string target_select() {
  return "SELECT " + location_columns("d", "t") +
         ", t.id, t.indicator, t.indicator_key, t.value, t.value_max, t.unit, t.value_base, t.unit_base, t.comparator,"
         " t.kind, t.year, t.text, d.place";
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
  return t;
}

// Streams the targets that pass `f` to `take` (which returns false to stop), in catalog
// order. The indicator's words are looked up in target_index; the phrase they must
// form (accent-free, in the indicator or its key) is checked on the rows found.
template <class Take>
void scan_targets(Database& db, const TargetFilter& f, Take take) {
  AccentFolder folder;
  const std::string phrase = fold_phrase(f.indicator, folder);
  std::string match;
  for (const auto& w : query_words(phrase)) match += (match.empty() ? "\"" : " \"") + folder.fold(w) + "\"";
  std::string sql = target_select();
  if (!match.empty())
    sql += " FROM target_index ti CROSS JOIN targets t ON t.id = ti.rowid JOIN documents d ON d.id = t.doc_id"
           " WHERE target_index MATCH ?1";
  else
    sql += " FROM targets t JOIN documents d ON d.id = t.doc_id WHERE 1";
  if (f.year) sql += " AND t.year = ?2";
  if (f.kind) sql += " AND t.kind = ?3";
  if (f.document_id) sql += " AND t.doc_id = ?4";
  sql += match.empty() ? " ORDER BY t.doc_id, t.seq" : " ORDER BY ti.rowid";
  auto q = db.prepare(sql);
  if (!match.empty()) q.bind(1, match);
  if (f.year) q.bind(2, *f.year);
  if (f.kind) q.bind(3, *f.kind);
  if (f.document_id) q.bind(4, *f.document_id);
  while (q.step()) {
    if (!match.empty()) {
      const auto indicator = q.opt_text(6), key = q.opt_text(7);
      const bool hit = (indicator && fold_phrase(*indicator, folder).find(phrase) != std::string::npos) ||
                       (key && fold_phrase(*key, folder).find(phrase) != std::string::npos);
      if (!hit) continue;
    }
    if (!take(read_target(q))) break;
  }
}

bool comparable(const TargetRow& a, const TargetRow& b) {
  return a.unit_base && b.unit_base && a.value_base && b.value_base && UnitLexicon::compatible(*a.unit_base, *b.unit_base);
}

// The figure that stands for an indicator in one document: the latest year, then the first mention.
const TargetRow* representative(const std::vector<const TargetRow*>& figs) {
  const TargetRow* best = nullptr;
  for (const TargetRow* f : figs)
    if (!best || f->year.value_or(0) > best->year.value_or(0)) best = f;
  return best;
}

}  // namespace

Rows<TargetRow> find_targets(Database& db, const TargetFilter& f) {
  Rows<TargetRow> out;
  scan_targets(db, f, [&](TargetRow t) {
    if (f.limit && out.rows.size() == f.limit) {
      out.more = true;
      return false;
    }
    out.rows.push_back(std::move(t));
    return true;
  });
  return out;
}

std::string target_verdict(const TargetRow& target, const TargetRow& actual) {
  if (!comparable(target, actual)) return "-";
  const double t = *target.value_base, a = *actual.value_base;
  const double t_max = target.value_max && target.value != 0 ? *target.value_max * (t / target.value) : t;
  bool met;
  if (target.comparator == "lt") met = a < t;
  else if (target.comparator == "lte") met = a <= t;
  else if (target.comparator == "gt") met = a > t;
  else if (target.comparator == "range") met = a >= t && a <= t_max;
  else met = a >= t;
  return met ? "met" : "missed";
}

std::vector<DiffRow> diff_documents(Database& db, int64_t a, int64_t b) {
  TargetFilter fa, fb;
  fa.document_id = a;
  fb.document_id = b;
  const auto ta = find_targets(db, fa).rows, tb = find_targets(db, fb).rows;
  std::vector<std::string> keys;
  std::map<std::string, std::pair<std::vector<const TargetRow*>, std::vector<const TargetRow*>>> by_key;
  auto collect = [&](const std::vector<TargetRow>& figs, bool first) {
    for (const TargetRow& f : figs) {
      if (!f.indicator_key) continue;
      auto& slot = by_key[*f.indicator_key];
      if (slot.first.empty() && slot.second.empty()) keys.push_back(*f.indicator_key);
      (first ? slot.first : slot.second).push_back(&f);
    }
  };
  collect(ta, true);
  collect(tb, false);
  std::vector<DiffRow> rows;
  for (const auto& k : keys) {
    DiffRow r;
    r.key = k;
    const TargetRow* x = representative(by_key[k].first);
    const TargetRow* y = representative(by_key[k].second);
    if (x) r.a = *x;
    if (y) r.b = *y;
    if (!x) r.change = "new";
    else if (!y) r.change = "dropped";
    else if (comparable(*x, *y)) {
      const double d = *y->value_base - *x->value_base;
      r.change = d > 1e-9 ? "raised" : d < -1e-9 ? "lowered" : "same";
      // In the unit both are written in when they agree, else in the base unit.
      const double shown = x->unit == y->unit ? y->value - x->value : d;
      r.difference = std::round(shown * 1e6) / 1e6;  // 56 - 52.3 is 3.7, not 3.7000000000000028
    } else {
      r.change = "units differ";
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<SeriesRow> indicator_series(Database& db, const std::string& indicator) {
  // (key, place, year) -> the cell; only the figures that stand for it are kept, so memory
  // does not grow with the number of figures read.
  std::map<std::tuple<std::string, std::string, int>, SeriesRow> cells;
  TargetFilter f;
  f.indicator = indicator;
  scan_targets(db, f, [&](TargetRow t) {
    if (!t.indicator_key) return true;
    SeriesRow& c = cells[{*t.indicator_key, t.place.value_or(""), t.year.value_or(0)}];
    if (c.key.empty()) {
      c.key = *t.indicator_key;
      c.place = t.place;
      c.year = t.year;
    }
    const bool target = t.kind == "target";
    ++(target ? c.targets : c.actuals);
    auto& slot = target ? c.target : c.actual;
    // The latest document's figure (rows come in catalog order: a later document replaces).
    if (!slot || slot->at.document_id != t.at.document_id) slot = std::move(t);
    return true;
  });
  std::vector<SeriesRow> rows;
  rows.reserve(cells.size());
  for (auto& [k, c] : cells) {
    c.status = c.target && c.actual ? target_verdict(*c.target, *c.actual) : "-";
    rows.push_back(std::move(c));
  }
  return rows;
}

}  // namespace vnpolicy
