#include "views/output.h"

#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

#include "core/text.h"
#include "views/export/csv_writer.h"
#include "views/table_layout.h"

namespace vnpolicy {

std::string format_number(double v) {
  if (std::isnan(v)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string cell_text(const nlohmann::json& v) {
  if (v.is_null()) return "-";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number()) return format_number(v.get<double>());
  if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
  if (v.is_array()) {
    std::string s;
    for (const auto& e : v) s += (s.empty() ? "" : "; ") + cell_text(e);
    return s;
  }
  return v.dump();
}


nlohmann::json Output::json() const {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& row : rows_) {
    nlohmann::json obj = nlohmann::json::object();
    for (size_t i = 0; i < columns_.size() && i < row.size(); ++i)
      if (!columns_[i].key.empty()) obj[columns_[i].key] = row[i];
    arr.push_back(std::move(obj));
  }
  return arr;
}

views::Table Output::table(std::string name) const {
  views::Table t;
  t.name = std::move(name);
  std::vector<size_t> keyed;  // JSON columns
  for (size_t i = 0; i < columns_.size(); ++i)
    if (!columns_[i].key.empty()) {
      keyed.push_back(i);
      t.columns.push_back(columns_[i].key);
    }
  for (const auto& row : rows_) {
    std::vector<views::Cell> cells;
    for (size_t i : keyed) cells.push_back(i < row.size() ? views::cell_from_json(row[i]) : views::Cell{});
    t.rows.push_back(std::move(cells));
  }
  return t;
}

void Output::hide_in_table(const std::string& header) {
  for (auto& c : columns_)
    if (c.header == header) c.header.clear();
}

void Output::print(std::ostream& out, const OutputOptions& options, size_t max_width) const {
  if (options.format == "json") {
    out << json().dump(2) << "\n";
    return;
  }
  if (options.format == "csv") {
    views::write_csv(out, table(), {options.bom});
    return;
  }
  if (options.format != "table") throw std::invalid_argument("unknown output format: " + options.format);
  std::vector<std::string> header;
  std::vector<size_t> shown;  // table columns
  views::TableLayout layout;
  for (size_t i = 0; i < columns_.size(); ++i)
    if (!columns_[i].header.empty()) {
      shown.push_back(i);
      header.push_back(columns_[i].header);
      layout.drop_rank.push_back(columns_[i].drop_rank);
    }
  // Fitted to a terminal's width, else (a pipe, a file) each long cell cut at
  // max_width; --wide: every cell whole.
  const bool fit = options.width && !options.wide;
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : rows_) {
    std::vector<std::string> r;
    for (size_t i : shown) {
      std::string t = i < row.size() ? collapse_whitespace(cell_text(row[i])) : "";
      if (!fit && !options.wide) t = views::cut_to_width(t, max_width);
      r.push_back(std::move(t));
    }
    cells.push_back(std::move(r));
  }
  // Cut, not wrapped: one line per row stays scannable (a list of tasks wrapped to 80
  // columns takes a screen per row); --wide shows the rest.
  layout.overflow = views::Overflow::Cut;
  if (fit) layout.width = options.width;
  out << views::render_table(header, cells, layout);
}

}  // namespace vnpolicy
