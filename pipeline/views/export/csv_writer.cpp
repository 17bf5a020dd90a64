#include "views/export/csv_writer.h"

#include <ostream>

namespace vnpolicy::views {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv(std::ostream& out, const Table& table, const CsvOptions& options) {
  if (options.bom) out << "\xEF\xBB\xBF";
  for (size_t i = 0; i < table.columns.size(); ++i) out << (i ? "," : "") << csv_field(table.columns[i]);
  out << "\r\n";
  for (const auto& row : table.rows) {
    // Every record has as many fields as the header (RFC 4180 §2.4): short rows end empty.
    for (size_t i = 0; i < table.columns.size(); ++i)
      out << (i ? "," : "") << (i < row.size() ? csv_field(cell_plain_text(row[i])) : std::string());
    out << "\r\n";
  }
}

}  // namespace vnpolicy::views
