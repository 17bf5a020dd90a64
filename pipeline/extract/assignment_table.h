// Assignment tables ("STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"):
// finds header rows by the words of their column titles (lexicon `task_table_columns`,
// any order and wording) and tells, for every table row below one, which cell holds what.
#pragma once
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

enum class Column { Number, Task, Lead, Support, Time, Product, Other };

struct TableLayout {
  std::vector<Column> columns;  // one per header cell
  bool assigns() const;         // has a lead (chủ trì) column
  // Index of the first column of that role, or -1.
  int index(Column c) const;
};

// A table whose cells PDF extraction flattened into separate lines: a header of column
// titles ("STT", "Tên nhiệm vụ", "Cơ quan chủ trì", ...) each on its own line, then rows
// opened by an empty "1." item and followed by their cells, one or more paragraphs each.
struct FlatRow {
  int number_block = -1;   // the "N." item: the row's first line (-1 when the numbers were lost)
  std::vector<int> cells;  // the paragraphs after it, in order (repeated page headers left out)
  size_t task_cells = 1;   // how many of `cells` belong to the task column (0 when number_block is set)
};

class AssignmentTableReader {
 public:
  explicit AssignmentTableReader(const RuleSet& rules);
  // For every block: the layout of the header row in force above it (a table row below a
  // header of the same table), or an empty layout. Header rows themselves get none.
  std::vector<TableLayout> layouts(const SegmentedDocument& doc) const;
  // The role a header cell's words give, or nullopt-like Other when it names none.
  Column column_of(std::string_view header_cell) const;
  bool is_header(const SegmentedDocument& doc, const Block& b) const;
  // With `opens_with_unit`, a table whose row numbers were lost is read as rows of task
  // paragraphs each followed by the paragraph naming the unit.
  std::vector<FlatRow> flattened_rows(const SegmentedDocument& doc,
                                      const std::function<bool(std::string_view)>& opens_with_unit = {}) const;

 private:
  std::vector<std::pair<Column, std::vector<std::string>>> words_;  // lower case, tone-normalised
};

}  // namespace vnpolicy
