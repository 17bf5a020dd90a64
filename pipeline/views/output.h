// Rows printed as an aligned text table or as JSON: what every list command (and the web
// app's /api/ routes, which answer with the same JSON) formats query results into.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vnpolicy {

// A column: its JSON key and table header. A column with an empty key is shown in
// tables only (a display form of JSON columns, such as "p.3 l.12"); one with an empty
// header in JSON only (ids, numbers a table shows otherwise).
struct OutputColumn {
  std::string key, header;
  OutputColumn(const char* both) : key(both), header(both) {}  // NOLINT: a plain name is both
  OutputColumn(std::string k, std::string h) : key(std::move(k)), header(std::move(h)) {}
};

class Output {
 public:
  explicit Output(std::vector<OutputColumn> columns) : columns_(std::move(columns)) {}
  void add(std::vector<nlohmann::json> row) { rows_.push_back(std::move(row)); }
  size_t size() const { return rows_.size(); }
  // The rows as a JSON array of objects (JSON columns only).
  nlohmann::json json() const;
  // format "json", "csv" (JSON columns, RFC 4180) or "table"; `max_width` truncates long cells in tables.
  void print(std::ostream& out, const std::string& format, size_t max_width = 60) const;

 private:
  std::vector<OutputColumn> columns_;
  std::vector<std::vector<nlohmann::json>> rows_;
};

// A JSON value as table text: strings bare, null as "-", numbers without trailing zeros.
std::string cell_text(const nlohmann::json& v);
// Number formatting for display: 52.3, 63600, 0.1.
std::string format_number(double v);
// Terminal columns a UTF-8 string takes (combining marks take none).
size_t display_width(std::string_view s);

}  // namespace vnpolicy
