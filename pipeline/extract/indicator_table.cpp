#include "extract/indicator_table.h"

#include <algorithm>

#include "core/text.h"
#include "extract/target_text.h"
#include "extract/vietnamese_number.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

using Role = IndicatorColumn::Role;

constexpr size_t kMaxHeaderLines = 16;   // a flattened header's titles, wrapped, take no more lines
constexpr size_t kMaxNameLines = 6;      // a name cell wraps over no more lines
constexpr int kMaxFailedRows = 3;        // rows in a row that do not read: the table has ended
constexpr int kMaxEmptyRows = 3;         // rows in a row with a name and no figure: the same
constexpr size_t kProseLine = 110;       // a line this long (code points) is prose, not a cell
constexpr size_t kMaxTitleWords = 12;
constexpr size_t kMaxNameTitleWords = 4;  // "Tên chỉ tiêu": a line opening a header, not a cell naming a list
constexpr int kMaxTrailingLines = 40;    // text cells after a row's figures (agencies) take no more lines

std::string key(std::string_view s) { return to_lower(normalize_tone_marks(collapse_whitespace(s))); }

bool starts_with_any(const std::string& s, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (starts_with_phrase(s, w)) return true;
  return false;
}
bool contains_any(const std::string& s, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (contains_phrase(s, w)) return true;
  return false;
}

// The last year written in a title: "KH 2024" -> 2024, "Giai đoạn 2021-2025" -> 2025;
// `first` gets the first one.
std::optional<int> last_year(std::string_view t, std::optional<int>* first = nullptr) {
  std::optional<int> y;
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    bool digits = true;
    for (size_t k = 0; k < 4 && digits; ++k) digits = std::isdigit(static_cast<unsigned char>(t[i + k]));
    bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1]))) &&
                 (i + 4 == t.size() || !std::isdigit(static_cast<unsigned char>(t[i + 4])));
    if (digits && alone && looks_like_year(t.substr(i, 4))) {
      y = std::stoi(std::string(t.substr(i, 4)));
      if (first && !*first) *first = y;
    }
  }
  return y;
}

// "1", "2.", "1.2", "II", "IV.", "a)": the number of a row, alone on its line.
bool is_row_mark(std::string_view t) {
  t = trim(t);
  if (t.empty() || t.size() > 8) return false;
  size_t i = 0;
  if (std::isdigit(static_cast<unsigned char>(t[0]))) {
    // "1", "12.", "1.2.3": parts of one or two digits ("8.500" is a value).
    for (size_t digits = 0; i < t.size(); ++i) {
      if (std::isdigit(static_cast<unsigned char>(t[i]))) {
        if (++digits > 2) return false;
      } else if (t[i] == '.' && digits > 0) {
        digits = 0;
      } else {
        return false;
      }
    }
    return true;
  }
  while (i < t.size() && std::string_view("IVXLC").find(t[i]) != std::string_view::npos) ++i;
  if (i > 0) return i == t.size() || (i + 1 == t.size() && t[i] == '.');
  return t.size() == 2 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')';
}

size_t letters(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) n += is_letter_cp(next_code_point(s, i));
  return n;
}

// "1. Tốc độ tăng trưởng", "- Nông nghiệp", "**GRDP**": the name without its marker and markup.
std::string clean_name(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '*') out += c;
  std::string_view t = trim(out);
  size_t i = 0;
  while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.')) ++i;
  if (i > 0 && i < t.size() && t[i] == ' ') t = t.substr(i);
  else if (!t.empty() && (t[0] == '-' || t[0] == '+')) t = t.substr(1);
  else if (size_t sp = t.find(' '); sp != std::string_view::npos && sp <= 6 && is_row_mark(t.substr(0, sp))) t = t.substr(sp);  // "II Chỉ tiêu xã hội"
  return collapse_whitespace(trim(t));
}

// A pipe row: the segmenter gives its cells.
bool pipe_like(std::string_view t) { return t.find('|') != std::string_view::npos; }

}  // namespace

bool IndicatorTables::covers(int line) const {
  for (const auto& [first, last] : lines)
    if (line >= first && line <= last) return true;
  return false;
}

IndicatorTableReader::IndicatorTableReader(const RuleSet& rules)
    : cells_(rules.group("target.table_cell")),
      comparator_(rules.group("target.comparator")),
      comparator_after_(rules.group("target.comparator_after")),
      noise_(rules.group("layout.noise_line")),
      units_(rules),
      goal_cues_(PhraseList::load(rules, "goal_cues")) {
  const nlohmann::json* lx = rules.lexicon("indicator_table_columns");
  if (!lx) return;
  for (auto [field, name] : {std::pair{&words_.number, "number"}, {&words_.name, "name"}, {&words_.unit, "unit"},
                             {&words_.other, "other"}, {&words_.ratio, "ratio"}, {&words_.target, "target"},
                             {&words_.actual, "actual"}, {&words_.estimate, "estimate"}, {&words_.veto, "veto"},
                             {&words_.code, "code"}, {&words_.end, "end"}}) {
    auto it = lx->find(name);
    if (it == lx->end()) continue;
    for (const auto& w : *it) field->push_back(key(w.get<std::string>()));
    std::sort(field->begin(), field->end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
}

IndicatorColumn IndicatorTableReader::column_of(std::string_view title) const {
  IndicatorColumn c;
  std::string t = key(clean_name(title));
  if (t.empty() || count_words(t) > kMaxTitleWords) return c;
  for (const auto& w : words_.number)
    if (t == w) { c.role = Role::Number; return c; }
  // "So sánh (%)", "TH 2024/KH 2024", "Tăng, giảm": numbers, but not figures of the indicator.
  if (starts_with_any(t, words_.other)) return c;
  for (const auto& w : words_.ratio)
    if (t.find(w) != std::string::npos) { c.numeric = true; return c; }
  if (starts_with_any(t, words_.code)) { c.numeric = true; return c; }  // "Mã số": numbers that name the row
  c.year = last_year(t, &c.from_year);
  if (!c.year && starts_with_any(t, words_.name)) { c.role = Role::Name; return c; }
  if (!c.year && starts_with_any(t, words_.unit)) { c.role = Role::Unit; return c; }
  if (contains_any(t, words_.actual)) c.kind = "actual";
  else if (contains_any(t, words_.target)) c.kind = "target";
  c.estimate = contains_any(t, words_.estimate);
  if (c.year || c.kind) c.role = Role::Value, c.numeric = true;
  return c;
}

std::vector<IndicatorColumn> IndicatorTableReader::columns_of(const std::vector<std::string>& titles) const {
  std::vector<IndicatorColumn> cols;
  bool name = false, value = false, unit = false, dated = false, assigns = false;
  for (const auto& t : titles) {
    assigns = assigns || contains_any(key(t), words_.veto);
    cols.push_back(column_of(t));
    name = name || cols.back().role == Role::Name;
    unit = unit || cols.back().role == Role::Unit;
    value = value || cols.back().role == Role::Value;
    dated = dated || (cols.back().role == Role::Value && cols.back().year);
  }
  // Value columns without a year ("Kết quả") make a table of figures only beside a unit column.
  if (!name || !value || !(dated || unit)) return {};
  // "Đơn vị chủ trì", "Thời hạn": an assignment table, unless a column holds a year's figures.
  if (assigns && !dated) return {};
  return cols;
}

bool IndicatorTableReader::is_unit(std::string_view cell) const {
  std::string_view t = trim(cell);
  if (t.empty() || code_point_count(t) > 24) return false;
  if (t == "%" || t == "‰") return true;
  auto m = units_.match(t);
  return m && trim(t.substr(m->length)).empty();
}

std::optional<TableFigure> IndicatorTableReader::cell_figure(std::string_view cell) const {
  std::string raw(cell);
  std::replace(raw.begin(), raw.end(), '*', ' ');  // "**7,5**"
  const std::string c = collapse_whitespace(trim(raw));
  if (c.empty()) return std::nullopt;
  for (const Rule* r : cells_) {
    auto m = match_once(*r, c, 0, RE2::ANCHOR_BOTH);
    if (m.empty()) continue;
    auto value = parse_vietnamese_number(named_group(*r, m, "num"));
    if (!value) continue;
    TableFigure f;
    f.cell = c;
    f.value = *value;
    f.rule_id = r->id;
    if (!named_group(*r, m, "pct").empty()) f.unit = "%";
    if (std::string max = named_group(*r, m, "max"); !max.empty()) {
      f.value_max = parse_vietnamese_number(max);
      if (f.value_max) f.comparator = "range";
    }
    std::string bound = named_group(*r, m, "bound"), after = named_group(*r, m, "after");
    if (f.comparator != "range") {
      if (const Rule* b = bound.empty() ? nullptr : comparator_.first_matching(bound)) f.comparator = b->field("comparator", "eq");
      else if (const Rule* a = after.empty() ? nullptr : comparator_after_.first_matching(after)) f.comparator = a->field("comparator", "eq");
    }
    return f;
  }
  return std::nullopt;
}

void IndicatorTableReader::name_figure(TableFigure& f, std::string_view name, const std::string& unit) const {
  std::string n = clean_name(name);
  // "Tốc độ tăng trưởng GDP (%) Phấn đấu ≥" over "10,0": the bound ends the name cell.
  for (const Rule* r : comparator_.matching(n)) {
    auto m = match_once(*r, n);
    if (m.empty()) continue;
    if (f.comparator == "eq") f.comparator = r->field("comparator", "eq");
    n = collapse_whitespace(trim(std::string_view(n).substr(0, static_cast<size_t>(m[0].data() - n.data()))));
    std::string low = to_lower(n);
    for (const auto& w : goal_cues_.list)  // "… Phấn đấu ≥"
      if (ends_with_phrase(low, w)) {
        n = collapse_whitespace(trim(std::string_view(n).substr(0, n.size() - w.size())));
        break;
      }
    break;
  }
  if (!unit.empty()) f.unit = unit;
  // "Thu ngân sách (tỷ đồng)": a unit written in the name when the table has no unit column.
  size_t open = n.rfind('(');
  if (open != std::string::npos && n.back() == ')') {
    std::string inside = n.substr(open + 1, n.size() - open - 2);
    auto u = units_.match(inside);
    if (is_unit(inside) && (!is_all_caps(inside) || (u && u->measure))) {  // "(GRDP)" names the indicator, "(USD)" is its unit
      if (f.unit.empty()) f.unit = inside;
      n = collapse_whitespace(trim(std::string_view(n).substr(0, open)));
    }
  }
  f.indicator = n;
}

IndicatorTables IndicatorTableReader::read(const SegmentedDocument& doc) const {
  IndicatorTables out;
  if (words_.name.empty() || cells_.empty()) return out;
  pipe_tables(doc, out);
  flat_tables(doc, out);
  return out;
}

void IndicatorTableReader::pipe_tables(const SegmentedDocument& doc, IndicatorTables& out) const {
  const auto& blocks = doc.blocks;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::TableRow) continue;
    std::vector<std::string> titles;
    for (const Span& c : blocks[i].cells) titles.emplace_back(doc.text(c));
    std::vector<IndicatorColumn> cols = columns_of(titles);
    size_t next = i + 1;
    // "| Chỉ tiêu | ĐVT | Năm 2024 | | Năm 2025 |" over "| | | KH | TH | KH |": a second title row.
    if (next < blocks.size() && blocks[next].kind == BlockKind::TableRow && blocks[next].cells.size() == titles.size()) {
      std::vector<std::string> merged = titles;
      bool sub = false, figures = false;
      std::string above;
      for (size_t k = 0; k < titles.size(); ++k) {
        std::string below(trim(doc.text(blocks[next].cells[k])));
        if (!trim(titles[k]).empty()) above = titles[k];
        if (below.empty()) continue;
        figures = figures || cell_figure(below).has_value();
        if (column_of(below).role == Role::Value || column_of(below).numeric) sub = true;
        merged[k] = (trim(titles[k]).empty() ? above : titles[k]) + " " + below;
      }
      if (sub && !figures) {
        if (auto m = columns_of(merged); !m.empty()) cols = std::move(m), ++next;
      }
    }
    if (cols.empty()) continue;
    size_t name_col = 0, unit_col = cols.size();
    for (size_t k = 0; k < cols.size(); ++k) {
      if (cols[k].role == Role::Name) name_col = k;
      if (cols[k].role == Role::Unit && unit_col == cols.size()) unit_col = k;
    }
    for (i = next; i < blocks.size() && blocks[i].kind == BlockKind::TableRow; ++i) {
      const Block& row = blocks[i];
      std::vector<std::string> titles_here;
      for (const Span& c : row.cells) titles_here.emplace_back(doc.text(c));
      if (!columns_of(titles_here).empty()) break;  // the next table's header
      if (name_col >= row.cells.size()) continue;
      std::string name = clean_name(doc.text(row.cells[name_col]));
      if (name.empty()) continue;
      bool read = false;
      std::string unit = unit_col < row.cells.size() ? collapse_whitespace(trim(doc.text(row.cells[unit_col]))) : "";
      for (size_t k = 0; k < cols.size() && k < row.cells.size(); ++k) {
        if (cols[k].role != Role::Value) continue;
        auto f = cell_figure(doc.text(row.cells[k]));
        if (!f) continue;
        f->line = doc.doc.line_of(row.cells[k].begin);
        f->column = cols[k];
        name_figure(*f, name, unit);
        out.figures.push_back(std::move(*f));
        read = true;
      }
      if (read) out.lines.push_back({row.line, doc.doc.line_of(row.span.end > row.span.begin ? row.span.end - 1 : row.span.begin)});
    }
    --i;
  }
}

bool IndicatorTableReader::is_furniture(std::string_view line) const {
  for (const Rule* r : noise_.matching(line))
    if (r->id.find("page_number") == std::string::npos && !match_once(*r, line).empty()) return true;
  return false;
}

bool IndicatorTableReader::recognised(std::string_view title) const {
  IndicatorColumn c = column_of(title);
  std::string t = key(title);
  return c.role != Role::Other || c.numeric || contains_any(t, words_.veto) ||
         (starts_with_any(t, words_.other) && count_words(t) <= 3);
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

bool IndicatorTableReader::flat_columns(std::vector<IndicatorColumn>& cols) const {
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
  // "Năm 2025" … "Kế hoạch", "Ước thực hiện": titles of a second header row, whose columns
  // a flattened table no longer tells apart.
  bool dated = false;
  for (const auto& c : cols) {
    if (c.role == Role::Value && !c.year && dated) return false;
    dated = dated || (c.role == Role::Value && c.year);
  }
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
    if (!flat_columns(cols)) continue;
    // "1", "2", "3" … or "A", "B", "1" …: the row that numbers the columns.
    for (int k = 0, count = 0, at = blank(body) ? next_line(body) : body;; ++k, at = next_line(at)) {
      std::string_view c = text(at);
      bool letter = c.size() == 1 && c[0] >= 'A' && c[0] <= 'Z' && count == 0;
      bool digits = !c.empty() && c.size() <= 2 &&
                    std::all_of(c.begin(), c.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
      if (!letter && !(digits && std::stoi(std::string(c)) == count + 1)) break;
      count += digits;
      if (k >= 2) body = next_line(at);
    }
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
          name_figure(f, name, unit);
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
