#include "views/output.h"

#include <cmath>
#include <cstdio>
#include <ostream>

#include "core/text.h"
#include "views/export/csv_writer.h"

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

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    if (!(cp >= 0x300 && cp <= 0x36F)) ++n;
  }
  return n;
}

namespace {
std::string truncate_display(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n + 1 < width;) {
    size_t b = i;
    next_code_point(s, i);
    out.append(s, b, i - b);
    ++n;
  }
  return out + "…";
}
}  // namespace

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

void Output::print(std::ostream& out, const std::string& format, size_t max_width) const {
  if (format == "json") {
    out << json().dump(2) << "\n";
    return;
  }
  if (format == "csv") {  // the JSON columns, values as JSON holds them (numbers stay numbers)
    views::Table t;
    std::vector<size_t> keys;
    for (size_t i = 0; i < columns_.size(); ++i)
      if (!columns_[i].key.empty()) {
        keys.push_back(i);
        t.columns.push_back(columns_[i].key);
      }
    for (const auto& row : rows_) {
      auto& cells = t.rows.emplace_back();
      for (size_t i : keys) cells.push_back(views::cell_from_json(i < row.size() ? row[i] : nlohmann::json(nullptr)));
    }
    views::write_csv(out, t);
    return;
  }
  std::vector<size_t> shown;  // table columns
  for (size_t i = 0; i < columns_.size(); ++i)
    if (!columns_[i].header.empty()) shown.push_back(i);
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths;
  std::vector<std::string> header;
  for (size_t i : shown) {
    header.push_back(columns_[i].header);
    widths.push_back(display_width(columns_[i].header));
  }
  for (const auto& row : rows_) {
    std::vector<std::string> r;
    for (size_t k = 0; k < shown.size(); ++k) {
      const size_t i = shown[k];
      std::string t = i < row.size() ? collapse_whitespace(cell_text(row[i])) : "";
      t = truncate_display(t, max_width);
      widths[k] = std::max(widths[k], display_width(t));
      r.push_back(std::move(t));
    }
    cells.push_back(std::move(r));
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (size_t i = 0; i < r.size(); ++i) {
      s += r[i];
      if (i + 1 < r.size()) s += std::string(widths[i] - display_width(r[i]) + 2, ' ');
    }
    out << std::string(trim(s)) << "\n";
  };
  line(header);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& r : cells) line(r);
}

}  // namespace vnpolicy
