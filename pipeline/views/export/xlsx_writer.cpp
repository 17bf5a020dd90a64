#include "views/export/xlsx_writer.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <set>

#include <xlsxwriter.h>

#include "core/text.h"

namespace vnpolicy::views {
namespace {

// Excel's limit on the characters of one cell.
constexpr size_t kMaxCellBytes = 32767;
constexpr double kMaxColumnWidth = 60, kMinColumnWidth = 8;

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Line breaks as Excel writes them in a cell: LF only (a CR would be stored as the
// escape _x000D_, which some readers show as is).
std::string excel_line_breaks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      out += s[i];
      continue;
    }
    out += '\n';
    if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
  }
  return out;
}

// The longest prefix of at most `max` bytes that ends on a code point boundary.
std::string_view utf8_prefix(std::string_view s, size_t max) {
  return s.size() <= max ? s : s.substr(0, code_point_boundary(s, max));
}

class Workbook {
 public:
  explicit Workbook(const std::string& path) : wb_(workbook_new(path.c_str())) {
    if (!wb_) throw ExportError(path + ": cannot create the workbook");
  }
  ~Workbook() {
    if (wb_) workbook_close(wb_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  lxw_workbook* get() { return wb_; }
  lxw_error close() {
    lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    return e;
  }

 private:
  lxw_workbook* wb_;
};

void check(lxw_error e, const std::string& where) {
  if (e != LXW_NO_ERROR) throw ExportError(where + ": " + lxw_strerror(e));
}

// The first `n` code points of s.
std::string first_code_points(const std::string& s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < s.size(); ++k) next_code_point(s, i);
  return s.substr(0, i);
}

}  // namespace

std::string xlsx_sheet_name(const std::string& wanted) {
  std::string clean;
  for (size_t i = 0; i < wanted.size();) {
    const size_t b = i;
    const char32_t cp = next_code_point(wanted, i);
    if (cp == '[' || cp == ']' || cp == ':' || cp == '*' || cp == '?' || cp == '/' || cp == '\\')
      clean += '_';
    else
      clean.append(wanted, b, i - b);
  }
  while (!clean.empty() && clean.front() == '\'') clean.erase(0, 1);
  while (!clean.empty() && clean.back() == '\'') clean.pop_back();
  const std::string cut = first_code_points(clean, LXW_SHEETNAME_MAX);
  if (trim(cut).empty()) return "Sheet";
  return cut;
}

void write_xlsx(const std::filesystem::path& path, const std::vector<Table>& sheets) {
  const std::filesystem::path tmp = path.string() + ".tmp-" + std::to_string(getpid());
  const std::string where = path.string();
  std::error_code missing;
  if (path.has_parent_path() && !std::filesystem::is_directory(path.parent_path(), missing))
    throw ExportError(where + ": the folder " + path.parent_path().string() + " does not exist");
  try {
    Workbook wb(tmp.string());
    lxw_format* header = workbook_add_format(wb.get());
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(wb.get());
    format_set_num_format(date, "yyyy-mm-dd");

    std::set<std::string> used;
    for (const auto& table : sheets) {
      std::string name = xlsx_sheet_name(table.name);
      for (int k = 2; used.count(to_lower(name)); ++k) {
        const std::string suffix = " (" + std::to_string(k) + ")";
        name = first_code_points(xlsx_sheet_name(table.name), LXW_SHEETNAME_MAX - suffix.size()) + suffix;
      }
      used.insert(to_lower(name));
      lxw_worksheet* ws = workbook_add_worksheet(wb.get(), name.c_str());
      if (!ws) throw ExportError(where + ": cannot add sheet " + name);

      std::vector<double> widths(table.columns.size(), kMinColumnWidth);
      for (size_t c = 0; c < table.columns.size(); ++c) {
        check(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), table.columns[c].c_str(), header), where);
        widths[c] = std::max(widths[c], static_cast<double>(code_points(table.columns[c])) + 2);
      }
      for (size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const auto& cells = table.rows[r];
        for (size_t c = 0; c < cells.size() && c < table.columns.size(); ++c) {
          const auto col = static_cast<lxw_col_t>(c);
          const Cell& cell = cells[c];
          if (const auto* i = std::get_if<int64_t>(&cell)) {
            check(worksheet_write_number(ws, row, col, static_cast<double>(*i), nullptr), where);
          } else if (const auto* d = std::get_if<double>(&cell)) {
            if (std::isfinite(*d)) check(worksheet_write_number(ws, row, col, *d, nullptr), where);
          } else if (const auto* s = std::get_if<std::string>(&cell)) {
            std::string text = excel_line_breaks(*s);
            text.resize(utf8_prefix(text, kMaxCellBytes).size());
            // write_string, never write_formula: a cell starting with "=" stays text.
            check(worksheet_write_string(ws, row, col, text.c_str(), nullptr), where);
            widths[c] = std::max(widths[c], static_cast<double>(code_points(text)) + 1);
          } else if (const auto* cd = std::get_if<CalendarDate>(&cell)) {
            lxw_datetime dt{cd->year, cd->month, cd->day, 0, 0, 0.0};
            check(worksheet_write_datetime(ws, row, col, &dt, date), where);
            widths[c] = std::max(widths[c], 12.0);
          }
        }
      }
      for (size_t c = 0; c < widths.size(); ++c)
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             std::min(widths[c], kMaxColumnWidth), nullptr);
      worksheet_freeze_panes(ws, 1, 0);
      if (!table.columns.empty())
        worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                             static_cast<lxw_col_t>(table.columns.size() - 1));
    }
    if (sheets.empty()) workbook_add_worksheet(wb.get(), nullptr);  // a workbook needs one sheet
    check(wb.close(), where);
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) throw ExportError(where + ": " + ec.message());
  } catch (...) {
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    throw;
  }
}

}  // namespace vnpolicy::views
