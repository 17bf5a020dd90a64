// Figures: targets and actuals (`targets`). Figures compared by indicator (diff, series,
// scorecard) are in catalog/queries/indicators.
#pragma once
#include <functional>
#include <string_view>

#include "catalog/queries/common.h"

namespace vnpolicy {

struct TargetRow {
  int64_t id = 0;
  Location at;
  OptString indicator, indicator_key, indicator_code, unit, unit_base;
  double value = 0;
  std::optional<double> value_max, value_base;
  std::string comparator, kind;    // eq|approx|gt|gte|lt|lte|range ; target|actual
  std::optional<int> year;
  std::string text;
  OptString place;                 // the document's place
  bool activity = false;           // counts meetings, classes, inspections: not an indicator
};

struct TargetFilter {
  std::string indicator;           // words of the indicator or its key, accents and case optional ("che phu rung")
  std::optional<int> year;
  OptString kind;                  // target | actual
  std::optional<int64_t> document_id;
  OptString key;                   // exactly this indicator key (an official code, a catalogue name's words)
  OptString other_than_key;        // leave out the figures of this key (and those without one)
  size_t limit = 0;                // 0: all
};

// In catalog order (document, then position in it).
Rows<TargetRow> find_targets(Database& db, const TargetFilter& filter);
// What a figure is filed under (its cell in `series`), without its value, text or place in
// the document, streamed like find_targets' rows to `take` (which returns false to stop;
// `filter.limit` is not applied): a caller that keeps a few of tens of thousands of
// figures reads the heads, then the full rows of those it keeps (target_by_id). The texts
// are the row's bytes, valid during the call to `take` only.
struct TargetHead {
  using OptView = std::optional<std::string_view>;
  int64_t id = 0, document_id = 0;
  OptView indicator, indicator_key, indicator_code;
  std::string_view kind;
  std::optional<int> year;
  bool activity = false;
  OptView place;                   // its document's place (the copy on the figure)
};
void for_each_target_head(Database& db, const TargetFilter& filter, const std::function<bool(const TargetHead&)>& take);
// The figures with a key that share a phrasing, key, place, year, kind, activity flag and
// code (one figure_groups row; db/schema.sql keeps them at every change of the figures).
struct FigureGroup {
  using OptView = std::optional<std::string_view>;
  OptView indicator, indicator_code, place;
  std::string_view indicator_key, kind;
  std::optional<int> year;
  bool activity = false;
  int64_t figures = 0;
  int64_t first_id = 0;                // its first figure (the lowest id)
  int64_t last_id = 0;                 // its last figure, in document last_document_id
  int64_t last_document_id = 0;
  int64_t last_document_first_id = 0;  // that document's first figure in the group
};
// The groups whose indicator or key holds `indicator`'s words as a phrase (as
// TargetFilter::indicator), leaving out key `other_than_key`, streamed to `take` in no
// order (the texts valid during the call only). Returns false, having read nothing, when
// `indicator` has no words to look up: the caller reads the figures then.
bool for_each_figure_group(Database& db, const std::string& indicator, const std::string& other_than_key,
                           const std::function<void(const FigureGroup&)>& take);
std::optional<TargetRow> target_by_id(Database& db, int64_t id);

// The columns a TargetRow is read from (targets aliased t, documents aliased d), and the
// row read from a statement that selected them first: for the queries that compare figures
// (catalog/queries/indicators).
std::string target_columns();
TargetRow read_target(const Statement& q);

}  // namespace vnpolicy
