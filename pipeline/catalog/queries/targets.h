// Figures: targets and actuals (`targets`), two documents aligned by indicator (`diff`),
// and one indicator across the catalog by year (`series`).
#pragma once
#include "catalog/queries/common.h"

namespace vnpolicy {

struct TargetRow {
  int64_t id = 0;
  Location at;
  OptString indicator, indicator_key, unit, unit_base;
  double value = 0;
  std::optional<double> value_max, value_base;
  std::string comparator, kind;    // eq|approx|gt|gte|lt|lte|range ; target|actual
  std::optional<int> year;
  std::string text;
  OptString place;                 // the document's place
};

struct TargetFilter {
  std::string indicator;           // words of the indicator or its key, accents and case optional ("che phu rung")
  std::optional<int> year;
  OptString kind;                  // target | actual
  std::optional<int64_t> document_id;
  size_t limit = 0;                // 0: all
};

// In catalog order (document, then position in it).
Rows<TargetRow> find_targets(Database& db, const TargetFilter& filter);

// One indicator of two documents side by side.
struct DiffRow {
  std::string key;
  std::optional<TargetRow> a, b;   // the figure standing for the indicator in each (latest year, first mention)
  std::string change;              // new | dropped | raised | lowered | same | units differ
  std::optional<double> difference;  // b - a, in their shared unit (else the base unit)
};
// Keys in first-mention order of A, then B's new ones.
std::vector<DiffRow> diff_documents(Database& db, int64_t a, int64_t b);

struct SeriesRow {
  std::string key;
  OptString place;
  std::optional<int> year;
  std::optional<TargetRow> target;  // the latest document's target for that key, place and year
  std::optional<TargetRow> actual;  // the latest document's actual
  int targets = 0, actuals = 0;     // figures of the cell
  std::string status;               // met | missed | - (no target and actual, or units that do not compare)
};
// The figures whose indicator matches, one row per (key, place, year), ordered so.
std::vector<SeriesRow> indicator_series(Database& db, const std::string& indicator);

// Whether an actual meets a target by the target's comparator: "met", "missed", or "-"
// when their units do not compare.
std::string target_verdict(const TargetRow& target, const TargetRow& actual);

}  // namespace vnpolicy
