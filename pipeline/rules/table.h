// Tables as data: a rules/ file NAME.tsv (or NAME.PART.tsv, merged into table NAME in
// file order) is UTF-8 text with one header row of column names and one row per line,
// fields separated by TAB, no quoting. Lexicons kept as tables (indicators, agencies)
// stay diffable against the official lists they come from, with their `source` column.
// Every row remembers its file and line so a lexicon can report a bad value there.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy {

struct TableRow {
  const std::string* file = nullptr;  // owned by the Table
  int line = 0;
  std::vector<std::string> fields;    // one per column
};

class Table {
 public:
  Table() = default;
  Table(const Table&) = delete;  // rows point into files_
  Table& operator=(const Table&) = delete;
  Table(Table&&) = default;      // a deque keeps its elements' addresses when moved
  Table& operator=(Table&&) = default;

  // Parses `text` (named `file` in errors) and appends its rows. The first file fixes
  // the columns; later files must repeat the same header. Throws RuleError.
  void add_file(const std::string& file, std::string_view text);

  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<TableRow>& rows() const { return rows_; }
  // Index of a column, or -1.
  int column(std::string_view name) const;
  // The index of a column that must exist; throws RuleError naming the table's first file.
  size_t required_column(std::string_view name) const;
  // A row's field by column index ("" when out of range).
  static const std::string& field(const TableRow& row, size_t column);

 private:
  std::deque<std::string> files_;  // rows point at these names
  std::vector<std::string> columns_;
  std::vector<TableRow> rows_;
};

// "indicators.added.tsv" -> "indicators": the table a file belongs to.
std::string table_name_of(std::string_view file_name);

// Splits a list field written "a; b; c" (semicolon and space) into trimmed items.
std::vector<std::string> split_list_field(std::string_view field);

}  // namespace vnpolicy
