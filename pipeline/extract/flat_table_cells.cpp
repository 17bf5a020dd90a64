// Flattened assignment tables: a row's lines read into cells (which line opens a cell, which cell
// is the lead, the support, the time).
#include <algorithm>

#include "extract/flat_table_text.h"

namespace vnpolicy {

using flat_table::kMaxRowNumberDigits;
using flat_table::starts_upper_or_digit;
using flat_table::trimmed;

namespace {

constexpr size_t kCellsBeforeLead = 3;     // cells (a target's value) that may stand before the lead
constexpr double kShortLine = 0.8;         // a line this much narrower than the table ended its cell
constexpr double kFullLine = 0.92;         // a line this wide wrapped: its cell goes on below
constexpr double kNarrowLine = 0.8;        // a line of a unit column is narrower than this
constexpr size_t kHeadWordBytes = 4;       // "Bộ", "Sở", "Ban" ending a line: the name goes on

bool ends_sentence(std::string_view s) { return !s.empty() && (s.back() == '.' || s.back() == ';'); }

bool ends_with_dash(std::string_view s) {
  s = trim(s);
  return !s.empty() && (s.back() == '-' || (s.size() >= 3 && s.substr(s.size() - 3) == "\u2013"));
}

// "1. Bộ …", "a) Sở …", "- Các …": where the text after an item's marker starts.
std::optional<size_t> row_number_in_cell(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == 0 && !t.empty() && (t[0] == '-' || t[0] == '+')) {
    i = 1;
  } else if (i == 0 || i > kMaxRowNumberDigits || i >= t.size() || (t[i] != '.' && t[i] != ')')) {
    return std::nullopt;
  } else {
    ++i;
  }
  if (i >= t.size() || t[i] != ' ') return std::nullopt;
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

}  // namespace

const FlatCell* FlatRow::cell(Column c) const {
  for (const auto& x : cells)
    if (x.column == c) return &x;
  return nullptr;
}

std::string AssignmentTableReader::cell_text(const SegmentedDocument& doc, const FlatCell& c) {
  std::string out;
  for (const Span& p : c.parts) {
    if (!out.empty()) out += ' ';
    out += doc.text(p);
  }
  return collapse_whitespace(out);
}

bool AssignmentTableReader::opens_unit(std::string_view text) const {
  // "1. Bộ Tài chính đầu mối …": a cell may number the units it names.
  std::string_view t = trim(text);
  if (auto num = row_number_in_cell(t)) t = t.substr(*num);
  // A unit's name opens with a capital; a line in lower case ("vụ có lợi thế …" after "… dịch")
  // goes on with the words above it.
  return starts_upper_or_digit(t) && agencies_.starts_with_head(t);
}

size_t AssignmentTableReader::known_unit_tail(std::string_view line) const {
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i - 1] != ' ' || !starts_upper_or_digit(line.substr(i)) || !agencies_.known(line.substr(i))) continue;
    // "… phối hợp với Bộ Y tế": a name the sentence needs is no cell of its own.
    std::string_view before = trim(line.substr(0, i));
    size_t space = before.find_last_of(' ');
    std::string last = to_lower(space == std::string_view::npos ? before : before.substr(space + 1));
    if (std::find(open_words_.begin(), open_words_.end(), last) != open_words_.end()) return std::string_view::npos;
    return i;
  }
  return std::string_view::npos;
}

std::vector<FlatCell> AssignmentTableReader::cells_of(const SegmentedDocument& doc, const std::vector<Piece>& row,
                                                      const std::vector<Column>& columns, double table_width) const {
  std::vector<FlatCell> cells;
  auto text = [&](const Piece& p) { return doc.text(p.span); };
  // A line that ends in a word needing more ("và", "của", "Bộ") goes on below.
  auto open_end = [&](std::string_view s) {
    if (s.empty() || s.back() == ',' || s.back() == '-' || s.back() == '/') return true;
    size_t space = s.find_last_of(' ');
    std::string_view last_word = space == std::string_view::npos ? s : s.substr(space + 1);
    std::string last = to_lower(last_word);
    if (std::find(open_words_.begin(), open_words_.end(), last) != open_words_.end()) return true;
    return starts_upper_or_digit(last_word) && opens_unit(last_word) && last_word.size() <= kHeadWordBytes;
  };
  bool separated = std::any_of(row.begin(), row.end(), [](const Piece& p) { return p.separator; });
  std::vector<Column> after_task;  // the header's columns after the task column, in order
  bool seen_task = false;
  for (Column c : columns) {
    if (seen_task && c != Column::Number) after_task.push_back(c);
    seen_task = seen_task || c == Column::Task;
  }
  if (separated) {
    // "|" lines delimit the cells exactly: the columns follow in header order.
    bool open = false;
    for (const Piece& p : row) {
      if (p.separator) {
        open = false;
        continue;
      }
      if (p.span.empty()) continue;
      if (!open) cells.push_back({{}, p.line, Column::Other});
      cells.back().parts.push_back(p.span);
      open = true;
    }
    std::vector<Column> in_order(columns.begin() + (columns.empty() ? 0 : 1), columns.end());
    for (size_t k = 0; k < cells.size(); ++k) cells[k].column = k < in_order.size() ? in_order[k] : Column::Other;
    // The task cell first, whatever column holds it ("Cơ quan chủ trì" before "Nhiệm vụ").
    std::stable_partition(cells.begin(), cells.end(), [](const FlatCell& c) { return c.column == Column::Task; });
    return cells;
  }
  std::vector<Piece> ps;
  for (const Piece& p : row)
    if (!p.span.empty()) ps.push_back(p);
  if (ps.empty()) return cells;
  const double narrow = kNarrowLine * table_width;
  const bool time_first = !after_task.empty() && after_task.front() == Column::Time;
  // The task cell: lines until one that ends it — a short line before a capital, or a line
  // before a narrow one that opens with a unit ("… pháp luật" / "Các bộ, cơ quan ngang bộ").
  // A unit's name left at the end of the task's last line ("… phù hợp Bộ Y tế") is split off.
  size_t k = 0;
  cells.push_back({{ps[0].span}, ps[0].line, Column::Task});
  for (; k + 1 < ps.size(); ++k) {
    std::string_view cur = text(ps[k]), next = text(ps[k + 1]);
    double w = static_cast<double>(code_point_count(cur));
    bool next_unit = opens_unit(next) && static_cast<double>(code_point_count(next)) < narrow && !open_end(cur);
    bool unit_next = next_unit && (w < kFullLine * table_width || ends_sentence(cur) ||
                                   static_cast<double>(code_point_count(next)) < kNarrowLine / 2 * table_width);
    bool short_before_capital = w < kShortLine * table_width && starts_upper_or_digit(next) && !open_end(cur);
    // A header whose next column is the time: a line that is a time and nothing else, after a
    // line that left nothing open, is that cell however long the work's last line ran.
    bool time_next = time_first && starts_upper_or_digit(next) && !open_end(cur) && is_whole_time(next);
    size_t tail = next_unit && w >= kFullLine * table_width ? known_unit_tail(cur) : std::string_view::npos;
    if (tail == std::string_view::npos && (unit_next || short_before_capital || time_next)) break;
    if (tail != std::string_view::npos) {  // the next cell starts inside this line
      Piece lead = ps[k];
      lead.span.begin += tail;
      ps[k].span.end = ps[k].span.begin + tail;
      ps[k].span = trimmed(doc.doc.text, ps[k].span);
      cells.back().parts.back() = ps[k].span;
      ps.insert(ps.begin() + static_cast<long>(k) + 1, lead);
      break;
    }
    cells.back().parts.push_back(ps[k + 1].span);
  }
  // The other cells: a line opens a new one after a line that closed a sentence, when it
  // starts with a capital or a digit after a line that left nothing open, or when it starts a
  // time ("2026 và" / "hằng năm") that the cell so far does not ("Tháng" / "3/2026").
  for (size_t j = k + 1; j < ps.size(); ++j) {
    std::string_view cur = text(ps[j]);
    bool opens = j == k + 1;
    if (!opens) {
      std::string_view prev = text(ps[j - 1]);
      std::string ahead(cur);
      for (size_t a = j + 1; a < ps.size() && a <= j + 2; ++a) ahead += " " + std::string(text(ps[a]));
      std::string so_far = cell_text(doc, cells.back());
      bool continues_time = !is_time(so_far) && is_time(so_far + " " + ahead);
      if (continues_time) opens = false;
      // "Quý IV/2025 -" / "Quý II/2026": a dash ending the line spans to the next time.
      else if (starts_upper_or_digit(cur) && is_time(ahead) && !ends_with_dash(prev)) opens = true;
      else opens = ends_sentence(prev) || (starts_upper_or_digit(cur) && !open_end(prev));
    }
    if (opens) cells.push_back({{}, ps[j].line, Column::Other});
    cells.back().parts.push_back(ps[j].span);
  }
  // Roles: the lead is the first cell after the task that names a unit (a target's value may
  // stand between), the support the next when the table has that column and it names one;
  // the time the first that is a time.
  size_t c = 1;
  bool has_support = std::find(after_task.begin(), after_task.end(), Column::Support) != after_task.end();
  for (size_t l = 1; l < cells.size() && l <= kCellsBeforeLead; ++l)
    if (opens_unit(cell_text(doc, cells[l]))) {
      for (; c < l; ++c) cells[c].column = is_time(cell_text(doc, cells[c])) ? Column::Time : Column::Product;
      cells[c++].column = Column::Lead;
      break;
    }
  if (c < cells.size() && has_support && opens_unit(cell_text(doc, cells[c]))) cells[c++].column = Column::Support;
  for (; c < cells.size(); ++c)
    if (is_time(cell_text(doc, cells[c]))) {
      cells[c].column = Column::Time;
      break;
    } else {
      cells[c].column = Column::Product;
    }
  return cells;
}

}  // namespace vnpolicy
