// Assignment tables ("STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"):
// finds header rows by the words of their column titles (lexicon `task_table_columns`,
// any order and wording) and tells, for every table row below one, which cell holds what.
// Tables that PDF extraction or an HTML crawl flattened into one cell fragment per line are
// read back into rows and cells (flat_table.cpp).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "resolve/agency_lexicon.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

enum class Column { Number, Task, Lead, Support, Time, Product, Other };

struct TableLayout {
  std::vector<Column> columns;  // one per header cell
  size_t titled = 0;            // up to the last header cell with a title
  bool assigns() const;         // has a lead (chủ trì) column
  // Index of the first column of that role, or -1.
  int index(Column c) const;
};

// One cell of a flattened row: its pieces of text, one per line it runs over.
struct FlatCell {
  std::vector<Span> parts;
  int line = 0;  // first line
  Column column = Column::Other;
  Span span() const { return {parts.front().begin, parts.back().end}; }
};

// A row of a flattened table: the header's column titles each on a line of their own
// ("STT", "Tên nhiệm vụ", "Cơ quan" / "chủ trì", …), then rows opened by their number —
// alone on a line, before the task on its line, or lost as a line the normaliser dropped —
// whose cells run on over lines, two cells sometimes sharing one line, the header repeated
// on every page.
struct FlatRow {
  int line = 0;                 // the row's first line (its number)
  Span span;                    // from the row's first piece of text to its last
  std::vector<FlatCell> cells;  // in order, the task cell first
  std::vector<int> blocks;      // the blocks its text comes from
  bool delimited = false;       // "|" lines delimit its cells: each cell is exactly its column's
  bool follows = false;         // numbered next after the row above, no heading row between
  const FlatCell* cell(Column c) const;
};

// One row of a table under an assigning header, its cells in the header's order. A crawl may break
// a row over several "|" lines (each with fewer cells than the header, one cell's line even losing its
// "|") and drop the empty number cell of a row: the row is joined back and its cells put in place.
struct TableRowCells {
  int line = 0;
  Span span;
  std::vector<Span> cells;
  size_t last_block = 0;  // the last block the row's text comes from
};

class AssignmentTableReader {
 public:
  explicit AssignmentTableReader(const RuleSet& rules);
  // For every block: the layout of the header row in force above it (a table row below a
  // header of the same table), or an empty layout. Header rows themselves get none.
  std::vector<TableLayout> layouts(const SegmentedDocument& doc) const;
  // The role a header cell's words give, or Other when it names none.
  Column column_of(std::string_view header_cell) const;
  bool is_header(const SegmentedDocument& doc, const Block& b) const;
  // The row of the table that starts at block `first` (a row under an assigning header), with the
  // lines it was broken over joined.
  TableRowCells row_at(const SegmentedDocument& doc, const std::vector<TableLayout>& layouts, size_t first) const;
  // The rows of every flattened table of the document, with their cells' roles.
  std::vector<FlatRow> flattened_rows(const SegmentedDocument& doc) const;
  // A cell's text, its line breaks as spaces.
  static std::string cell_text(const SegmentedDocument& doc, const FlatCell& c);

 private:
  struct Piece;
  // The layout the rows [first, end) of a table without a title row show: a number, the work,
  // the lead's units, the support's, a time. Empty unless every row has the same cells, a column of
  // units follows a column of work and a column of times follows the units.
  TableLayout layout_shown(const SegmentedDocument& doc, size_t first, size_t end) const;
  // True when a cell's text is a time ("Quý I/2027", "Thường xuyên", "Từ tháng 5/2026").
  bool is_time(std::string_view cell) const;
  // True when the whole line is a time cell ("Quý IV/2026", "Tháng 12/2026"), nothing after it.
  bool is_whole_time(std::string_view line) const;
  bool opens_unit(std::string_view text) const;
  // Where a known unit's name ends a line ("… theo lộ trình phù hợp Bộ Y tế"), or npos.
  size_t known_unit_tail(std::string_view line) const;
  // `table_width`: the widest column's line width, in code points.
  std::vector<FlatCell> cells_of(const SegmentedDocument& doc, const std::vector<Piece>& row,
                                 const std::vector<Column>& columns, double table_width) const;
  // The rows of the table whose header starts at block `first` and that ends before `end`.
  // The columns a header's titles name, in the order they are written (Number first).
  std::vector<Column> columns_named(std::string_view titles) const;
  std::vector<FlatRow> table_rows(const SegmentedDocument& doc, const std::vector<size_t>& header_end,
                                  const std::vector<Column>& columns, size_t first, size_t end) const;

  std::vector<std::pair<Column, std::vector<std::string>>> words_;  // lower case, tone-normalised
  const RuleGroup& time_cells_;      // deadline.cell: a time limit
  const RuleGroup& time_words_;      // task.table_time_words: a time that is no limit
  const RuleGroup& table_end_;       // task.end_of_body: the signature ends a table
  const RuleGroup& appendix_;        // task.table_end: so does the heading of the next appendix
  const RuleGroup& page_furniture_;  // layout.noise_line: a page number is no row number
  AgencyLexicon agencies_;
  std::vector<std::string> open_words_;  // task_table_open_words: a line ending in one goes on below
};

}  // namespace vnpolicy
