// Indicator tables: "| STT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 |" in plans,
// "| Chỉ tiêu | ĐVT | Kế hoạch 2024 | Thực hiện 2024 | Ước TH 2025 | So sánh (%) |" in
// reports, as pipe rows or flattened by PDF extraction (one cell per line). Every number
// under a value column is a figure: the indicator from the row's name cell, the unit from
// the unit column, the year and kind from the column title. The column words are the
// lexicon `indicator_table_columns` (rules/targets.json); value cells are read by the
// `target.table_cell` rules.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/target_text.h"
#include "resolve/units.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

// What a column title says its cells hold.
struct IndicatorColumn {
  enum class Role { Number, Name, Unit, Value, Other };
  Role role = Role::Other;
  std::optional<int> year;          // "Năm 2025", "KH 2024", "Giai đoạn 2021-2025" (its last year)
  std::optional<int> from_year;     // the first year of a span ("Giai đoạn 2021-2025": 2021)
  std::optional<std::string> kind;  // target | actual, when the title says (Kế hoạch / Thực hiện)
  bool estimate = false;            // "Ước thực hiện": its figures are approximate
  bool numeric = false;             // its cells are numbers (values, and ratios "So sánh (%)" that are no figures)
  bool count = false;               // "Số học viên 1998", "Số lượng": its cells count persons or things
  std::string count_unit;           // the counted noun when the unit lexicon knows it ("học viên"), else ""
  // Index tables (PCI, PAPI, PAR INDEX): "Năm 2024" over "Điểm số | Thứ hạng". A score column
  // holds figures only in a header that also has a rank column; a rank column holds ordinals,
  // no figures; a column titled both ("Điểm số Thứ hạng") holds cells "6,74 58": score, then rank.
  bool score = false, rank = false, score_rank = false;
  // A name column whose title ends with a group word ("Chỉ tiêu" over "Lĩnh vực | Tên chỉ tiêu"): its
  // cells name groups of rows ("Kinh tế"), not the row, when another name column stands beside it.
  bool group = false;
};

// One number of a value cell, with what its row and column say about it.
struct TableFigure {
  int line = 0;               // the original line of the cell
  std::string indicator;      // the row's name cell
  std::string unit;           // the row's unit cell, or "%" written in the cell
  std::string cell;           // the value cell as written
  double value = 0;
  std::optional<double> value_max;
  std::string comparator = "eq";
  IndicatorColumn column;
  std::string rule_id;
};

struct IndicatorTables {
  std::vector<TableFigure> figures;
  std::vector<std::pair<int, int>> lines;  // the original lines of each row read (first, last): no sentence figures there
  bool covers(int line) const;
};

class IndicatorTableReader {
 public:
  explicit IndicatorTableReader(const RuleSet& rules);
  IndicatorTables read(const SegmentedDocument& doc) const;
  // The role, year and kind a column title gives.
  IndicatorColumn column_of(std::string_view title) const;
  // A table's columns when these titles make an indicator table (a name column and a value column), else empty.
  std::vector<IndicatorColumn> columns_of(const std::vector<std::string>& titles) const;
  // The figure a value cell holds (value, range, bound, '%'); nullopt when it holds none.
  std::optional<TableFigure> cell_figure(std::string_view cell) const;
  // The score of a cell "6,74 58" under a column "Điểm số Thứ hạng"; nullopt unless it holds a
  // figure followed by a whole number (the rank).
  std::optional<TableFigure> score_of_pair(std::string_view cell) const;

 private:
  void pipe_tables(const SegmentedDocument& doc, IndicatorTables& out) const;
  void flat_tables(const SegmentedDocument& doc, IndicatorTables& out) const;
  // A flattened header starting at `line`: its columns and the line after it (0 when none).
  std::vector<IndicatorColumn> flat_header(const SegmentedDocument& doc, int line, int& next) const;
  bool is_unit(std::string_view cell) const;
  // "Số học viên", "Số lượng", "Số người": a title (of a column or a row) that counts persons
  // or things; `noun` gets the counted noun when it is a unit ("học viên"). A count never
  // takes the table's caption unit ("Đơn vị tính: đồng" is the unit of its sums of money).
  bool counts(std::string_view title, std::string* noun) const;
  // "ĐVT: tỷ đồng" on the lines just above a table's first line (its header): the unit of
  // every figure whose row names none; "" when there is none.
  std::string caption_unit(const NormalizedDocument& nd, int first_line) const;
  // Page furniture and "|" lines (a bare number is not: it may be a cell).
  bool is_furniture(std::string_view line) const;
  // Drops a title that spans the columns of its years; false when the titles of a
  // flattened header cannot be told apart into columns. With `two_level`, a second header
  // row may split a dated title ("Năm 2025" over "Dự toán | Ước thực hiện"); *two_level
  // says it did (the caller must check the split against the table's column numbers).
  bool flat_columns(std::vector<IndicatorColumn>& cols, bool* two_level = nullptr) const;
  // Sets the figure's indicator, unit and bound from its row's name and unit cells.
  // `caption`: the table's caption unit, for a figure whose row and cell name none.
  void name_figure(TableFigure& f, std::string_view name, const std::string& unit, const std::string& caption = {}) const;
  // "| Năm 2026 | | |", "| Giai đoạn 2025-2027 | | |": a row of one filled cell that holds
  // no figure and names a year (a period: its last year) gives that year to the figures
  // under it whose column names none, until the next such row. `at` gets the cell's index.
  std::optional<int> group_year(const std::vector<std::string>& cells, size_t* at = nullptr) const;
  // The title names a column (or a column that holds no figure).
  bool recognised(std::string_view title) const;
  bool opens_title(std::string_view line, std::string_view previous) const;

  struct Words {
    // other: titles of columns that hold no figure; compare: of columns of numbers that are
    // no figures ("So sánh", "Chênh lệch"); ratio: marks of a column of ratios ("%", "/");
    // code: a column of row codes; veto: words of an assignment table's titles.
    std::vector<std::string> number, name, unit, other, compare, ratio, target, actual, estimate, veto, code, count, not_count, end, rank, score, not_score, unit_last, group;  // count: heads of a count title ("số lượng", "số"), not_count: titles with those heads that are no counts ("số liệu", "số tiền"); end: a line opening with it ends a flattened table ("Phụ lục", "Nơi nhận"); rank, score: see IndicatorColumn; not_score: titles ending in a score word that name no score ("Địa điểm"); unit_last: unit titles that name the unit column also after a group title over them ("Kết quả thống kê Đơn vị tính"); group: last words of a name title that names groups of rows ("Lĩnh vực")
  };
  Words words_;
  const RuleGroup &cells_, &comparator_, &comparator_after_, &noise_, &caption_, &years_;
  UnitLexicon units_;
  PhraseList goal_cues_;  // "Phấn đấu" before a bound at the end of a name cell
};

}  // namespace vnpolicy
