// Flattened indicator tables: PDF extraction or a crawl put one cell per line; the header's
// titles wrap over lines, page furniture and repeated headers fall between the rows.
#include "extract/indicator_table.h"

#include <algorithm>

#include "core/text.h"
#include "extract/indicator_table_text.h"
#include "extract/target_text.h"
#include "extract/vietnamese_number.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

using Role = IndicatorColumn::Role;
using namespace table_text;

constexpr size_t kMaxHeaderLines = 16;   // a flattened header's titles, wrapped, take no more lines
constexpr size_t kMaxNameLines = 6;      // a name cell wraps over no more lines
constexpr int kMaxFailedRows = 3;        // rows in a row that do not read: the table has ended
constexpr int kMaxEmptyRows = 3;         // rows in a row with a name and no figure: the same
constexpr size_t kProseLine = 110;       // a line this long (code points) is prose, not a cell
constexpr size_t kMaxNameTitleWords = 4;  // "Tên chỉ tiêu": a line opening a header, not a cell naming a list
constexpr int kMaxTrailingLines = 40;    // text cells after a row's figures (agencies) take no more lines

}  // namespace

bool IndicatorTableReader::is_furniture(std::string_view line) const {
  for (const Rule* r : noise_.matching(line))
    if (r->id.find("page_number") == std::string::npos && !match_once(*r, line).empty()) return true;
  return false;
}

bool IndicatorTableReader::opens_title(std::string_view line, std::string_view previous) const {
  // Titles are capitalised, their wrapped parts not ("Đơn vị" / "tính", "Kế hoạch" / "2024");
  // in a header all in capitals a line opens a title once the one above names its column.
  size_t i = 0;
  std::string_view t = trim(line);
  if (t.empty() || !is_upper_cp(next_code_point(t, i))) return false;
  return !is_all_caps(t) || previous.empty() || recognised(previous);
}

std::vector<IndicatorColumn> IndicatorTableReader::flat_header(const SegmentedDocument& doc, int line, int& next) const {
  std::vector<std::string> titles;
  std::vector<IndicatorColumn> cols;
  next = 0;
  int l = line;
  for (int n = 0; n < static_cast<int>(kMaxHeaderLines) && l <= doc.doc.line_count(); ++n, ++l) {
    std::string_view t = trim(doc.doc.source_line(l));
    if (t.empty() || is_furniture(t)) {
      --n;  // "|" between the titles of a crawled table
      continue;
    }
    if (is_row_mark(t) && !titles.empty()) break;
    if (!cols.empty() && t.size() == 1 && t[0] >= 'A' && t[0] <= 'Z') break;  // "A", "B": the row that numbers the columns
    bool goes_on = !titles.empty() && !opens_title(t, titles.back());
    // A capitalised line that names no column after a complete header is the first row's name.
    if (!goes_on && !cols.empty() && !recognised(t) && !is_all_caps(t)) break;
    if (goes_on) (titles.back() += ' ') += t;
    else titles.emplace_back(t);
    std::vector<IndicatorColumn> now = columns_of(titles);
    if (!now.empty()) cols = std::move(now), next = l + 1;
    else if (contains_any(key(titles.back()), words_.veto)) return {};  // an assignment table's
    else if (!cols.empty() && recognised(titles.back())) break;  // a title that spoils a whole header is none of it
  }
  return cols;
}

bool IndicatorTableReader::flat_columns(std::vector<IndicatorColumn>& cols, bool* two_level) const {
  if (cols.empty()) return false;
  // "Giai đoạn 2026 - 2030" over "Năm 2026" … "Năm 2030": a title over the columns of its years.
  for (size_t k = 0; k + 2 < cols.size(); ++k) {
    const auto& c = cols[k];
    if (c.role != Role::Value || !c.from_year || *c.from_year >= *c.year) continue;
    bool over = true;
    for (size_t j = k + 1; j < k + 3; ++j)
      over = over && cols[j].role == Role::Value && cols[j].year && *cols[j].year >= *c.from_year && *cols[j].year <= *c.year;
    if (over) cols.erase(cols.begin() + static_cast<long>(k--));
  }
  // "Năm 2025" … "Dự toán", "Ước thực hiện": the titles of a second header row come after
  // the whole first row. They split the one dated title that says no kind of figure ("Năm
  // hiện hành 2025" over "Dự toán | Ước thực hiện"); when no title, or more than one, could
  // be split, the columns cannot be told apart and the table is refused.
  auto undated = [](const IndicatorColumn& c) { return (c.role == Role::Value || c.numeric) && c.role != Role::Name && !c.year; };
  size_t lower = cols.size();
  while (lower > 0 && undated(cols[lower - 1])) --lower;
  bool dated = false;
  for (size_t k = 0; k < lower; ++k) {
    if (cols[k].role == Role::Value && !cols[k].year && dated) return false;
    dated = dated || (cols[k].role == Role::Value && cols[k].year);
  }
  bool split = false;
  for (size_t k = lower; k < cols.size(); ++k) split = split || cols[k].role == Role::Value;
  if (!dated || !split) return true;
  if (cols.size() - lower < 2 || !two_level) return false;
  size_t group = cols.size();
  for (size_t k = 0; k < lower; ++k) {
    if (cols[k].role != Role::Value || !cols[k].year || cols[k].kind || cols[k].estimate) continue;
    if (group != cols.size()) return false;  // two titles could be split
    group = k;
  }
  if (group == cols.size()) return false;
  std::vector<IndicatorColumn> below(cols.begin() + static_cast<long>(lower), cols.end());
  for (auto& c : below)
    if (c.role == Role::Value) c.year = cols[group].year, c.from_year = cols[group].from_year;
  cols.erase(cols.begin() + static_cast<long>(lower), cols.end());
  cols.erase(cols.begin() + static_cast<long>(group));
  cols.insert(cols.begin() + static_cast<long>(group), below.begin(), below.end());
  *two_level = true;
  return true;
}

void IndicatorTableReader::flat_tables(const SegmentedDocument& doc, IndicatorTables& out) const {
  const NormalizedDocument& nd = doc.doc;
  const int n = nd.line_count();
  auto text = [&](int l) { return l <= n ? trim(nd.source_line(l)) : std::string_view(); };
  auto furniture = [&](int l) { return is_furniture(text(l)); };
  auto blank = [&](int l) {
    std::string_view t = text(l);
    if (t.empty() || furniture(l)) return true;
    // A bare number is a cell, unless it stands next to the page header ("CÔNG BÁO/Số …" then "105").
    if (t.size() > 3 || !std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return false;
    for (int d : {-1, 1}) {
      int k = l + d;
      while (k >= 1 && k <= n && text(k).empty()) k += d;
      if (k >= 1 && k <= n && furniture(k) && letters(text(k)) >= 3) return true;  // a page header, not a "|" line
    }
    return false;
  };
  auto next_line = [&](int l) {
    do ++l;
    while (l <= n && blank(l));
    return l;
  };
  auto is_value = [&](int l) { return l <= n && cell_figure(text(l)).has_value(); };
  auto is_prose = [&](int l) {
    std::string_view t = text(l);
    size_t dot = t.find(". ");
    return code_point_count(t) > kProseLine || starts_with_any(key(t), words_.end) || (dot != std::string_view::npos && is_row_mark(t.substr(0, dot + 1)) &&
                                     t.size() > dot + 2 && is_all_caps(t.substr(dot + 2)) && count_words(t) > 2);
  };
  // A header starting at l, perhaps after a page number: the line after it when it repeats the
  // table's (`width` columns) on a new page, -1 when it opens another table, 0 when there is none.
  auto header_at = [&](int l, size_t width) {
    if (is_row_mark(text(l)) && !is_value(next_line(l)) && column_of(text(next_line(l))).role != Role::Other) l = next_line(l);
    Role role = column_of(text(l)).role;
    int after = 0;
    if (role != Role::Name && role != Role::Number) return 0;
    std::vector<IndicatorColumn> cols = flat_header(doc, l, after);
    if (cols.empty()) return 0;
    if (!flat_columns(cols) || cols.size() != width) return -1;
    return blank(after) ? next_line(after) : after;
  };
  for (int l = 1; l <= n; ++l) {
    std::string_view t = text(l);
    if (t.empty() || pipe_like(t) || column_of(t).role != Role::Name || count_words(t) > kMaxNameTitleWords) continue;
    int start = l, body = 0;
    if (l > 1) {  // "STT" on the line above
      int p = l - 1;
      while (p > 1 && (text(p).empty() || furniture(p))) --p;
      if (column_of(text(p)).role == Role::Number) start = p;
    }
    std::vector<IndicatorColumn> cols = flat_header(doc, start, body);
    bool two_level = false;
    if (!flat_columns(cols, &two_level)) continue;
    // "1", "2", "3" … or "A", "B", "1" …: the row that numbers the columns.
    // A column computed from others is numbered with its formula ("4=3/2"). The row counts
    // the columns: a header that does not add up to it was not read right.
    size_t numbered_columns = 0;
    for (int k = 0, count = 0, at = blank(body) ? next_line(body) : body;; ++k, at = next_line(at)) {
      std::string_view c = text(at);
      bool letter = c.size() == 1 && c[0] >= 'A' && c[0] <= 'Z' && count == 0;
      std::string_view number = c.substr(0, c.find('='));
      bool formula = number.size() < c.size() && c.size() <= 12 &&
                     c.find_first_not_of("0123456789=/+-*x() ", number.size()) == std::string_view::npos;
      bool digits = !number.empty() && number.size() <= 2 && (formula || number.size() == c.size()) &&
                    std::all_of(number.begin(), number.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
      if (!letter && !(digits && std::stoi(std::string(number)) == count + 1)) {
        if (k >= 3) numbered_columns = static_cast<size_t>(k);
        break;
      }
      count += digits;
      if (k >= 2) body = next_line(at);
    }
    // Two header rows are read only when that row confirms how they were put together.
    if (numbered_columns ? numbered_columns != cols.size() : two_level) continue;
    bool numbered = cols.front().role == Role::Number, has_unit = false, trailing_text = false;
    size_t k_values = 0;
    for (const auto& c : cols) {
      has_unit = has_unit || c.role == Role::Unit;
      k_values += c.numeric;
      // Text columns after the figures ("Cơ quan chủ trì"): a row then ends only at the next number.
      trailing_text = k_values > 0 && !c.numeric;
    }
    // A flattened header is trusted only with its short columns: "STT" or "Đơn vị tính".
    if ((trailing_text || !has_unit) && !numbered) continue;
    // A row number standing before its row's name (not a value of the row above).
    int last_number = 0;  // "60" after row 2 is a value, "3" is the next row
    auto row_start = [&](int l) {
      std::string_view t = text(l);
      if (!numbered || !is_row_mark(t) || is_value(next_line(l))) return false;
      bool integer = std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      if (!integer || last_number == 0) return true;
      int v = std::stoi(std::string(t));
      return v == last_number + 1 || v == 1;
    };
    const std::string caption = has_unit ? std::string() : caption_unit(nd, start);
    std::vector<TableFigure> figures;
    int last = body - 1, failed = 0, empty = 0, r = blank(body) ? next_line(body) : body;
    std::vector<std::pair<int, int>> rows;
    while (r <= n && failed < kMaxFailedRows && empty < kMaxEmptyRows && !is_prose(r)) {
      if (int after = header_at(r, cols.size())) {
        if (after < 0) break;
        r = after;
        continue;
      }
      // [number] name… [unit] value×K [text…]
      int at = r;
      if (row_start(at)) {
        std::string_view t = text(at);
        if (std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) last_number = std::stoi(std::string(t));
        at = next_line(at);
      }
      std::string name;
      for (size_t k = 0; k < kMaxNameLines && at <= n && !is_prose(at); ++k) {
        std::string_view line = text(at);
        // "… đến năm" / "2030": a year wrapped from the name is not its value.
        bool year_goes_on = looks_like_year(line) && ends_with_phrase(key(name), "năm");
        if (is_value(at) && !year_goes_on) break;
        if (has_unit && is_unit(line) && !name.empty() && is_value(next_line(at))) break;
        if (!name.empty() && row_start(at)) break;
        if (!name.empty()) name += ' ';
        name += line;
        at = next_line(at);
      }
      std::string unit;
      if (has_unit && at <= n && is_unit(text(at)) && !name.empty() && is_value(next_line(at))) {
        unit = std::string(text(at));
        at = next_line(at);
      }
      std::vector<std::pair<int, TableFigure>> values;
      // A number before the header repeated on a new page is the page's number.
      while (values.size() < k_values && is_value(at) && !row_start(at) && !header_at(at, cols.size())) {
        values.push_back({at, *cell_figure(text(at))});
        at = next_line(at);
      }
      if (name.empty() && values.empty()) at = next_line(at);  // a stray line
      if (values.size() == k_values && letters(name) >= 2) {
        size_t v = 0;
        for (const auto& c : cols) {
          if (!c.numeric) continue;
          auto& [vl, f] = values[v++];
          if (c.role != Role::Value) continue;
          f.line = vl;
          f.column = c;
          name_figure(f, name, unit, caption);
          figures.push_back(f);
        }
        last = values.back().first;
        rows.push_back({r, last});
        failed = empty = 0;
        if (trailing_text) {  // the text cells after the figures
          int skipped = 0;
          while (at <= n && !row_start(at) && !is_prose(at) && !header_at(at, cols.size()) && skipped++ < kMaxTrailingLines) last = at, at = next_line(at);
          if (skipped > kMaxTrailingLines) break;  // no next row: the table has ended
        }
      } else if (!values.empty() || name.empty()) {
        ++failed;  // cells lost or shifted: no figure is safer than a wrong one
      } else {
        ++empty;  // a group row ("I", "VỀ KINH TẾ"); several in a row: the table has ended
      }
      r = at;
    }
    if (figures.empty()) continue;
    // Only the rows read: a row whose cells did not read is left to the sentence reader.
    out.lines.insert(out.lines.end(), rows.begin(), rows.end());
    for (auto& f : figures) out.figures.push_back(std::move(f));
    l = last;
  }
}

}  // namespace vnpolicy
