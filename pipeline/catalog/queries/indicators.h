// Figures compared by indicator: two documents side by side (`diff`), one indicator across
// the catalog by year (`series`) and a plan's targets against the latest results the
// catalog holds for them (`scorecard`). Figures meet on their indicator key
// (resolve/indicator_lexicon: the official code, else the catalogue name, else the
// phrase); values convert within a unit family (resolve/unit_families) and say so.
// Activities (meetings, classes, inspections) stay out unless asked for.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "catalog/queries/targets.h"
#include "resolve/indicator_lexicon.h"

namespace vnpolicy {

// An approximate target ("khoảng 9%") is met by an actual within this share of it.
inline constexpr double kApproxTolerance = 0.05;

// How an actual stands against a target, by the target's comparator, the actual converted
// into the target's unit: "met" / "missed" when the actual is for the target's year or
// later, "on_track" / "behind" when it is for an earlier year, "-" when their units do not
// compare. gte, gt, eq: at least the target; approx: at least the target less
// kApproxTolerance of it; lt, lte: below it; range: at least its lower end.
std::string target_verdict(const TargetRow& target, const TargetRow& actual, const UnitFamilies& units);

struct CompareOptions {
  bool activities = false;    // keep figures flagged as activities
  bool only_changed = false;  // diff: leave out rows whose value did not change
};

// One indicator of two documents.
struct DiffRow {
  std::string key;
  OptString name;                    // the catalogue's name of the indicator, else the figure's phrase
  OptString code;                    // official code
  std::optional<TargetRow> a, b;     // the figure standing for the indicator in each (latest year, first mention)
  // raised | lowered | same (same kind both sides) ; met | missed | on_track | behind (an
  // actual against a target) ; no rate | not comparable (units) ; dropped | new (one side)
  std::string change;
  std::optional<double> a_in_b_unit;  // a converted into b's written unit, when they compare
  std::optional<double> difference;   // b - a, in b's written unit
  std::string unit_note;              // "nghìn tỷ đồng -> tỷ đồng", "not comparable: ha vs %"
  bool aligned() const { return a && b; }
};
// Aligned indicators first (in A's order), then A's alone, then B's alone.
std::vector<DiffRow> diff_documents(Database& db, int64_t a, int64_t b, const IndicatorLexicon& lexicon,
                                    const CompareOptions& options = {});

struct SeriesRow {
  std::string key;
  OptString name, code;
  OptString place;
  std::optional<int> year;
  std::optional<TargetRow> target;  // the latest document's target for that key, place and year
  std::optional<TargetRow> actual;  // the latest document's actual
  int targets = 0, actuals = 0;     // figures of the cell
  std::string met;                  // target_verdict when both exist, else "-"
  std::string unit_note;
};
// The figures whose indicator matches (words of the phrase, the key or the catalogue
// name), one row per (key, place, year), ordered so.
std::vector<SeriesRow> indicator_series(Database& db, const std::string& indicator, const IndicatorLexicon& lexicon,
                                        const CompareOptions& options = {});

struct ScorecardRow {
  TargetRow target;
  OptString name, code;
  std::optional<TargetRow> actual;  // the latest actual for it elsewhere in the catalog
  OptString actual_issued;          // the date of the actual's document
  std::string status;               // met | missed | on_track | behind | no_data
  std::string unit_note;
};
// Every target of document `plan` (activities left out unless asked), each with the
// latest actual of the same indicator from another document of the same place (or, when
// the plan has no place, the same issuer): an actual for the target's year if there is
// one, else the latest earlier one. "Latest" is the higher year, then the later document.
std::vector<ScorecardRow> document_scorecard(Database& db, int64_t plan, const IndicatorLexicon& lexicon,
                                             const CompareOptions& options = {});

}  // namespace vnpolicy
