#include "catalog/queries/indicators.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <tuple>

#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

Quantity quantity_of(const TargetRow& t) { return {t.value, t.value_max, t.unit, t.value_base, t.unit_base}; }

double rounded(double v) { return std::round(v * 1e6) / 1e6; }  // 56 - 52.3 is 3.7, not 3.7000000000000028

// The figure that stands for an indicator in one document: the latest year, then the first mention.
const TargetRow* representative(const std::vector<const TargetRow*>& figs) {
  const TargetRow* best = nullptr;
  for (const TargetRow* f : figs)
    if (!best || f->year.value_or(0) > best->year.value_or(0)) best = f;
  return best;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() > suffix.size() && std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

// The catalogue's name ("Tỷ lệ che phủ rừng"; a share or a change of an amount says so),
// else the figure's own phrase.
OptString name_of(const std::string& key, const OptString& phrase, const IndicatorLexicon& lexicon) {
  if (auto n = lexicon.name(key)) {
    if (ends_with(key, ".pct")) return *n + " (%)";
    if (ends_with(key, ".change")) return *n + " (mức thay đổi)";
    if (ends_with(key, ".growth")) return *n + " (tốc độ tăng)";
    if (ends_with(key, ".share")) return *n + " (tỷ trọng)";
    return n;
  }
  return phrase;
}
OptString name_of(const std::string& key, const TargetRow* any, const IndicatorLexicon& lexicon) {
  return name_of(key, any ? any->indicator : std::nullopt, lexicon);
}

OptString code_of(const TargetRow* a, const TargetRow* b) {
  if (a && a->indicator_code) return a->indicator_code;
  return b ? b->indicator_code : std::nullopt;
}

bool wanted(const TargetRow& t, const CompareOptions& o) { return t.indicator_key && (o.activities || !t.activity); }

// The order of series cells (key, place, year), looked up by the row's bytes without a
// string made for each of tens of thousands of figures.
struct CellOrder {
  using is_transparent = void;
  using View = std::tuple<std::string_view, std::string_view, int>;
  static View view(const View& v) { return v; }
  static View view(const std::tuple<std::string, std::string, int>& k) {
    return {std::get<0>(k), std::get<1>(k), std::get<2>(k)};
  }
  template <class A, class B>
  bool operator()(const A& a, const B& b) const { return view(a) < view(b); }
};

struct DocumentFacts {
  OptString place, issuer, issued_date;
};

DocumentFacts facts_of(Database& db, int64_t id) {
  auto q = db.prepare("SELECT place, issuer, issued_date FROM documents WHERE id = ?1");
  q.bind(1, id);
  DocumentFacts f;
  if (q.step()) f = {q.opt_text(0), q.opt_text(1), q.opt_text(2)};
  return f;
}

}  // namespace

std::string target_verdict(const TargetRow& target, const TargetRow& actual, const UnitFamilies& units) {
  Conversion c = units.convert(quantity_of(actual), quantity_of(target));
  if (!c.comparable()) return "-";
  const double a = c.value, t = target.value, eps = 1e-9;
  bool met;
  if (target.comparator == "lt") met = a < t;
  else if (target.comparator == "lte") met = a <= t + eps;
  else if (target.comparator == "gt") met = a > t;
  else if (target.comparator == "approx") met = a >= t - std::fabs(t) * kApproxTolerance - eps;
  else met = a >= t - eps;  // gte, eq, range (its lower end)
  const bool due = !target.year || !actual.year || *actual.year >= *target.year;
  if (due) return met ? "met" : "missed";
  return met ? "on_track" : "behind";
}

std::vector<DiffRow> diff_documents(Database& db, int64_t a, int64_t b, const IndicatorLexicon& lexicon,
                                    const CompareOptions& options) {
  TargetFilter fa, fb;
  fa.document_id = a;
  fb.document_id = b;
  const auto ta = find_targets(db, fa).rows, tb = find_targets(db, fb).rows;
  std::vector<std::string> keys;
  std::map<std::string, std::pair<std::vector<const TargetRow*>, std::vector<const TargetRow*>>> by_key;
  auto collect = [&](const std::vector<TargetRow>& figs, bool first) {
    for (const TargetRow& f : figs) {
      if (!wanted(f, options)) continue;
      auto& slot = by_key[*f.indicator_key];
      if (slot.first.empty() && slot.second.empty()) keys.push_back(*f.indicator_key);
      (first ? slot.first : slot.second).push_back(&f);
    }
  };
  collect(ta, true);
  collect(tb, false);
  std::vector<DiffRow> aligned, dropped, added;
  for (const auto& k : keys) {
    DiffRow r;
    r.key = k;
    const TargetRow* x = representative(by_key[k].first);
    const TargetRow* y = representative(by_key[k].second);
    r.name = name_of(k, x ? x : y, lexicon);
    r.code = code_of(x, y);
    if (x) r.a = *x;
    if (y) r.b = *y;
    if (!x || !y) {
      r.change = x ? "dropped" : "new";
      (x ? dropped : added).push_back(std::move(r));
      continue;
    }
    Conversion c = lexicon.units().convert(quantity_of(*x), quantity_of(*y));
    r.unit_note = c.note;
    if (!c.comparable()) {
      r.change = c.result == Conversion::Result::NoRate ? "no rate" : "not comparable";
    } else if (x->kind != y->kind) {
      // An actual against a target: whether it meets it, not how far it moved.
      const TargetRow& target = x->kind == "target" ? *x : *y;
      const TargetRow& actual = x->kind == "target" ? *y : *x;
      r.change = target_verdict(target, actual, lexicon.units());
      r.a_in_b_unit = rounded(c.value);
      r.difference = rounded(y->value - c.value);
    } else {
      r.a_in_b_unit = rounded(c.value);
      const double d = y->value - c.value;
      r.change = d > 1e-9 ? "raised" : d < -1e-9 ? "lowered" : "same";
      r.difference = rounded(d);
    }
    if (options.only_changed && r.change == "same") continue;
    aligned.push_back(std::move(r));
  }
  for (auto* part : {&dropped, &added})
    for (auto& r : *part) aligned.push_back(std::move(r));
  return aligned;
}

std::vector<SeriesRow> indicator_series(Database& db, const std::string& indicator, const IndicatorLexicon& lexicon,
                                        const CompareOptions& options) {
  // (key, place, year) -> the cell. The scans read each figure's head only; the figures
  // that stand for a cell (ids kept here) are read in full at the end.
  struct Cell {
    SeriesRow row;
    int64_t target_id = 0, target_doc = 0, actual_id = 0, actual_doc = 0;
    // A cell of figure groups (which come in no order): the lowest first figure id of its
    // groups, and of those with a code; the highest last figure id of each kind.
    int64_t first_id = 0, code_first_id = 0, target_last = 0, actual_last = 0;
  };
  std::map<std::tuple<std::string, std::string, int>, Cell, CellOrder> cells;
  auto opt_string = [](const TargetHead::OptView& v) { return v ? OptString(std::string(*v)) : std::nullopt; };
  auto take = [&](const TargetHead& t) {
    if (!t.indicator_key || (!options.activities && t.activity)) return true;  // as wanted()
    const CellOrder::View at{*t.indicator_key, t.place.value_or(""), t.year.value_or(0)};
    auto it = cells.find(at);
    if (it == cells.end())
      it = cells.emplace(std::tuple(std::string(std::get<0>(at)), std::string(std::get<1>(at)), std::get<2>(at)), Cell{}).first;
    if (SeriesRow& c = it->second.row; c.key.empty()) {  // the cell's first figure
      c.key = *t.indicator_key;
      c.name = name_of(c.key, opt_string(t.indicator), lexicon);
      c.place = opt_string(t.place);
      c.year = t.year;
    }
    Cell& cell = it->second;
    SeriesRow& c = cell.row;
    if (!c.code) c.code = opt_string(t.indicator_code);
    const bool target = t.kind == "target";
    ++(target ? c.targets : c.actuals);
    int64_t& id = target ? cell.target_id : cell.actual_id;
    int64_t& doc = target ? cell.target_doc : cell.actual_doc;
    // The latest document's figure (rows come in catalog order: a later document replaces).
    if (!id || doc != t.document_id) {
      id = t.id;
      doc = t.document_id;
    }
    return true;
  };
  // A query that names a catalogue indicator ("che phủ rừng", "2102") finds its key, whatever
  // words each figure was written with; any query also finds the figures whose words hold it.
  AccentFolder folder;
  IndicatorMatch m = lexicon.match(indicator, "", "", folder);
  std::string key = m.entry ? m.key : "";
  if (!key.empty() || lexicon.entry(indicator)) {
    if (key.empty()) key = indicator;
    TargetFilter by_key;
    by_key.key = key;
    for_each_target_head(db, by_key, take);
  }
  // The key's figures were all taken above. The others whose words hold the query are
  // read as groups (figure_groups): what the figures in catalog order would give, cell by
  // cell, from each group's count, first figure and latest document's first figure.
  auto take_group = [&](const FigureGroup& g) {
    if (!options.activities && g.activity) return;  // as wanted()
    const CellOrder::View at{g.indicator_key, g.place.value_or(""), g.year.value_or(0)};
    auto it = cells.find(at);
    if (it == cells.end())
      it = cells.emplace(std::tuple(std::string(std::get<0>(at)), std::string(std::get<1>(at)), std::get<2>(at)), Cell{}).first;
    Cell& cell = it->second;
    SeriesRow& c = cell.row;
    if (!cell.first_id || g.first_id < cell.first_id) {  // the cell's first figure so far
      cell.first_id = g.first_id;
      c.key = std::string(g.indicator_key);
      c.name = name_of(c.key, opt_string(g.indicator), lexicon);
      c.place = opt_string(g.place);
      c.year = g.year;
    }
    if (g.indicator_code && (!cell.code_first_id || g.first_id < cell.code_first_id)) {
      cell.code_first_id = g.first_id;
      c.code = opt_string(g.indicator_code);
    }
    const bool target = g.kind == "target";
    (target ? c.targets : c.actuals) += static_cast<int>(g.figures);
    int64_t& last = target ? cell.target_last : cell.actual_last;
    int64_t& id = target ? cell.target_id : cell.actual_id;
    int64_t& doc = target ? cell.target_doc : cell.actual_doc;
    // The latest document holds the cell's highest id (a document's figures are one id
    // range); its figure is its first in the cell, whichever groups hold it.
    if (g.last_id > last) {
      id = doc == g.last_document_id ? std::min(id, g.last_document_first_id) : g.last_document_first_id;
      doc = g.last_document_id;
      last = g.last_id;
    } else if (doc == g.last_document_id) {
      id = std::min(id, g.last_document_first_id);
    }
  };
  if (!for_each_figure_group(db, indicator, key, take_group)) {
    // No words to look up (a query of signs only): every figure, as before.
    TargetFilter by_words;
    by_words.indicator = indicator;
    by_words.other_than_key = key;
    for_each_target_head(db, by_words, take);
  }
  std::vector<SeriesRow> rows;
  rows.reserve(cells.size());
  for (auto& [k, cell] : cells) {
    SeriesRow& c = cell.row;
    if (cell.target_id) c.target = target_by_id(db, cell.target_id);
    if (cell.actual_id) c.actual = target_by_id(db, cell.actual_id);
    c.met = "-";
    if (c.target && c.actual) {
      c.met = target_verdict(*c.target, *c.actual, lexicon.units());
      c.unit_note = lexicon.units().convert(quantity_of(*c.actual), quantity_of(*c.target)).note;
    }
    rows.push_back(std::move(c));
  }
  return rows;
}

std::vector<ScorecardRow> document_scorecard(Database& db, int64_t plan, const IndicatorLexicon& lexicon,
                                             const CompareOptions& options) {
  const DocumentFacts plan_facts = facts_of(db, plan);
  TargetFilter f;
  f.document_id = plan;
  f.kind = "target";
  std::map<int64_t, DocumentFacts> facts;  // documents of the actuals, read once each
  auto fact = [&](int64_t id) -> const DocumentFacts& {
    auto it = facts.find(id);
    if (it == facts.end()) it = facts.emplace(id, facts_of(db, id)).first;
    return it->second;
  };
  // Same place; a document whose header gives no place is of the place its issuer names
  // ("Ủy ban nhân dân tỉnh Lai Châu"); a plan with neither matches its issuer only.
  AccentFolder folder;
  auto names_place = [&](const OptString& issuer, const OptString& place) {
    return issuer && place && (" " + fold_phrase(*issuer, folder) + " ").find(" " + fold_phrase(*place, folder) + " ") != std::string::npos;
  };
  auto same_area = [&](const TargetRow& t) {
    const DocumentFacts& d = fact(t.at.document_id);
    if (plan_facts.place && d.place) return d.place == plan_facts.place;
    if (plan_facts.place) return names_place(d.issuer, plan_facts.place);
    if (d.place) return names_place(plan_facts.issuer, d.place);
    return plan_facts.issuer && d.issuer == plan_facts.issuer;
  };
  std::map<std::string, std::vector<TargetRow>> actuals_by_key;
  std::vector<ScorecardRow> rows;
  for (auto& t : find_targets(db, f).rows) {
    if (!wanted(t, options)) continue;
    const std::string key = *t.indicator_key;
    if (!actuals_by_key.count(key)) {
      TargetFilter a;
      a.key = key;
      a.kind = "actual";
      auto& list = actuals_by_key[key];
      for (auto& x : find_targets(db, a).rows)
        if (x.at.document_id != plan && same_area(x)) list.push_back(std::move(x));
    }
    ScorecardRow r;
    r.name = name_of(key, &t, lexicon);
    r.code = t.indicator_code;
    // The actual for the target's year if there is one, else the latest before it; then the later document.
    const TargetRow* best = nullptr;
    auto rank = [&](const TargetRow& x) {
      const int year = x.year.value_or(0);
      const bool on_time = t.year && year == *t.year;
      const bool before = !t.year || year < *t.year;
      return std::make_tuple(on_time, before ? year : -1, fact(x.at.document_id).issued_date.value_or(""), x.at.document_id);
    };
    for (const TargetRow& x : actuals_by_key[key]) {
      if (t.year && x.year && *x.year > *t.year) continue;  // a later year says nothing of this one
      if (!lexicon.units().convert(quantity_of(x), quantity_of(t)).comparable()) continue;
      if (!best || rank(x) > rank(*best)) best = &x;
    }
    if (best) {
      r.actual = *best;
      r.actual_issued = fact(best->at.document_id).issued_date;
      r.status = target_verdict(t, *best, lexicon.units());
      r.unit_note = lexicon.units().convert(quantity_of(*best), quantity_of(t)).note;
    } else {
      r.status = "no_data";
    }
    r.target = std::move(t);
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace vnpolicy
