// Rows printed as an aligned text table or as JSON: what every list command (and the web
// app's /api/ routes, which answer with the same JSON) formats query results into.
#pragma once
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "views/export/table.h"

namespace vnpolicy {

// A column: its JSON key and table header. A column with an empty key is shown in
// tables only (a display form of JSON columns, such as "p.3 l.12"); one with an empty
// header in JSON only (ids, numbers a table shows otherwise).
struct OutputColumn {
  std::string key, header;
  // Table only: 0 = always shown; else left out, highest rank first, when a terminal is
  // too narrow for every column (views::TableLayout::drop_rank).
  int drop_rank = 0;
  OutputColumn(const char* both) : key(both), header(both) {}  // NOLINT: a plain name is both
  OutputColumn(std::string k, std::string h, int drop = 0) : key(std::move(k)), header(std::move(h)), drop_rank(drop) {}
};

// How a list is printed: the --format, --bom and --wide options of every list command.
struct OutputOptions {
  std::string format = "table";  // table | json | csv
  bool bom = false;              // csv: start with U+FEFF so that Excel reads UTF-8
  bool wide = false;             // table: every cell whole, whatever the width
  // table: the width to fit (the terminal's); nullopt (not a terminal) cuts each long
  // cell at the command's max_width instead.
  std::optional<size_t> width;
};

class Output {
 public:
  explicit Output(std::vector<OutputColumn> columns) : columns_(std::move(columns)) {}
  void add(std::vector<nlohmann::json> row) { rows_.push_back(std::move(row)); }
  size_t size() const { return rows_.size(); }
  // Leaves the table column headed `header` out of text tables (JSON and CSV keep its
  // data): a document's own page has no use for a column naming that document.
  void hide_in_table(const std::string& header);
  // The rows as a JSON array of objects (JSON columns only).
  nlohmann::json json() const;
  // The same columns and rows as typed cells, for CSV and XLSX: integers and reals stay
  // numbers, ISO dates become dates (views/export/table.h).
  views::Table table(std::string name = "") const;
  // As JSON, as CSV (RFC 4180: the JSON columns, headed by their keys, cells as the
  // exports type them), or as a text table: fitted to `options.width` (long cells cut
  // with "…"), else each cell cut at `max_width` display columns, or whole with `wide`.
  void print(std::ostream& out, const OutputOptions& options, size_t max_width = 60) const;
  void print(std::ostream& out, const std::string& format, size_t max_width = 60) const {
    print(out, OutputOptions{format, false, false, std::nullopt}, max_width);
  }

 private:
  std::vector<OutputColumn> columns_;
  std::vector<std::vector<nlohmann::json>> rows_;
};

// A JSON value as table text: strings bare, null as "-", numbers without trailing zeros.
std::string cell_text(const nlohmann::json& v);
// Number formatting for display: 52.3, 63600, 0.1.
std::string format_number(double v);

}  // namespace vnpolicy
