#include "extract/assignment_table.h"

#include <algorithm>

#include "core/text.h"

namespace vnpolicy {
namespace {

constexpr long kMaxTitleSpaces = 14;  // about a dozen words: the longest titles plans use
constexpr long kMaxRowTextSpaces = 2 * kMaxTitleSpaces;  // no title runs this long; a row's text may
constexpr long kMinWorkSpaces = 3;    // a number cell holds "1", "a", "II.1"; the work is words

// "Ban Công tác đại biểu (…) |": a line of a "|" row that lost its opening pipe.
bool is_row_piece(const SegmentedDocument& doc, const Block& b) {
  std::string_view t = trim(doc.text(b.span));
  return b.kind == BlockKind::Paragraph && t.size() > 1 && t.back() == '|' && t.front() != '|';
}

// The cells of a row piece: the block's cells, or the text of a line that lost its opening pipe.
std::vector<Span> piece_cells(const SegmentedDocument& doc, const Block& b) {
  if (b.kind == BlockKind::TableRow) return b.cells;
  std::string_view t = doc.text(b.span);
  size_t end = b.span.begin + t.find_last_of('|');
  Span s{b.span.begin, end};
  while (s.end > s.begin && doc.doc.text[s.end - 1] == ' ') --s.end;
  return {s};
}

// A group row ("I. Văn bản thuộc thẩm quyền …", "II", "A."): it heads rows, it goes on no row.
bool opens_group(std::string_view cell) {
  size_t i = 0;
  while (i < cell.size() && std::string_view("IVXLC").find(cell[i]) != std::string_view::npos) ++i;
  if (i == 0 && cell.size() >= 2 && cell[0] >= 'A' && cell[0] <= 'Z' && cell[1] == '.') i = 1;
  return i > 0 && (i == cell.size() || cell[i] == '.' || cell[i] == ' ');
}

const std::pair<const char*, Column> kColumnNames[] = {
    {"number", Column::Number}, {"lead", Column::Lead},       {"support", Column::Support},
    {"time", Column::Time},     {"product", Column::Product}, {"task", Column::Task}};

}  // namespace

bool TableLayout::assigns() const { return index(Column::Lead) >= 0; }

int TableLayout::index(Column c) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == c) return static_cast<int>(i);
  return -1;
}

AssignmentTableReader::AssignmentTableReader(const RuleSet& rules)
    : time_cells_(rules.group("deadline.cell")),
      time_words_(rules.group("task.table_time_words")),
      table_end_(rules.group("task.end_of_body")),
      appendix_(rules.group("task.table_end")),
      page_furniture_(rules.group("layout.noise_line")),
      agencies_(rules) {
  if (const nlohmann::json* lx = rules.lexicon("task_table_open_words"))
    for (const auto& w : *lx) open_words_.push_back(to_lower(w.get<std::string>()));
  const nlohmann::json* lx = rules.lexicon("task_table_columns");
  if (!lx) return;
  // Lexicon order is the precedence: "Đơn vị chủ trì" is a lead column before it is a unit column.
  for (const auto& [name, column] : kColumnNames) {
    auto it = lx->find(name);
    if (it == lx->end()) continue;
    std::vector<std::string> words;
    for (const auto& w : *it) words.push_back(to_lower(w.get<std::string>()));
    words_.emplace_back(column, std::move(words));
  }
}

Column AssignmentTableReader::column_of(std::string_view header_cell) const {
  std::string cell = to_lower(collapse_whitespace(header_cell));
  for (const auto& [column, words] : words_)
    for (const auto& w : words) {
      if (column == Column::Number ? cell == w : cell.find(w) != std::string::npos) return column;
    }
  return Column::Other;
}

bool AssignmentTableReader::is_time(std::string_view cell) const {
  for (const RuleGroup* g : {&time_cells_, &time_words_})
    for (const Rule* r : g->matching(cell))
      if (!match_once(*r, cell, 0, RE2::ANCHOR_START).empty()) return true;
  return false;
}

bool AssignmentTableReader::is_whole_time(std::string_view line) const {
  std::string_view t = trim(line);
  while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',')) t = trim(t.substr(0, t.size() - 1));
  if (t.empty()) return false;
  for (const RuleGroup* g : {&time_cells_, &time_words_})
    for (const Rule* r : g->matching(t)) {
      auto m = match_once(*r, t, 0, RE2::ANCHOR_START);
      if (!m.empty() && m[0].size() == t.size()) return true;
    }
  return false;
}

bool AssignmentTableReader::is_header(const SegmentedDocument& doc, const Block& b) const {
  if (b.kind != BlockKind::TableRow) return false;
  int named = 0;
  bool lead = false;
  for (const Span& c : b.cells) {
    // A column's title is a few words ("Cơ quan, đơn vị chủ trì thực hiện"); a cell that runs
    // on ("- Ủy ban Pháp luật chủ trì thẩm tra; - Hội đồng Dân tộc … phối hợp") is a row's text.
    std::string t = collapse_whitespace(trim(doc.text(c)));
    // A cell of several sentences' length ("Nghị quyết sửa đổi … ban hành Quy chế …") is the text of a row:
    // the row's short cells ("Ủy ban Xã hội chủ trì thẩm tra", "Theo kết quả rà soát") are no titles.
    if (std::count(t.begin(), t.end(), ' ') > kMaxRowTextSpaces) return false;
    if (std::count(t.begin(), t.end(), ' ') > kMaxTitleSpaces) continue;
    Column col = column_of(t);
    named += col != Column::Other;
    lead = lead || col == Column::Lead;
  }
  return lead && named >= 2;
}

TableRowCells AssignmentTableReader::row_at(const SegmentedDocument& doc, const std::vector<TableLayout>& layouts, size_t first) const {
  const Block& b = doc.blocks[first];
  const size_t width = layouts[first].columns.size();
  TableRowCells row{b.line, b.span, b.cells, first};
  auto opens_with_group = [&](const std::vector<Span>& cells) {
    return !cells.empty() && opens_group(trim(doc.text(cells.front())));
  };
  // A row with fewer cells than the header goes on in the next lines that have fewer too, as long as
  // their cells fit in the header's columns.
  if (!opens_with_group(row.cells))
    for (size_t j = first + 1; j < doc.blocks.size() && row.cells.size() + 1 < width; ++j) {
      const Block& next = doc.blocks[j];
      // Only the very next line: a blank or a dropped "| ||" line between two rows ends the first.
      const int last_line = doc.doc.paragraphs[static_cast<size_t>(doc.blocks[row.last_block].paragraph)].last_line;
      if (!(next.kind == BlockKind::TableRow || is_row_piece(doc, next)) || layouts[j].columns != layouts[first].columns ||
          next.line != last_line + 1)
        break;
      std::vector<Span> more = piece_cells(doc, next);
      if (more.empty() || more.size() + 1 >= width || row.cells.size() + more.size() > width || opens_with_group(more)) break;
      row.cells.insert(row.cells.end(), more.begin(), more.end());
      row.span.end = next.span.end;
      row.last_block = j;
    }
  // "| Nghị quyết sửa đổi … | Ban Dân nguyện | …": the row left out its empty number cell; the work
  // stands where the header has the number. The last filled cell tells: fewer than the header's titles.
  const TableLayout& l = layouts[first];
  if (l.index(Column::Number) == 0 && !row.cells.empty()) {
    std::string first_cell = collapse_whitespace(trim(doc.text(row.cells.front())));
    size_t filled = 0;
    for (size_t c = 0; c < row.cells.size(); ++c)
      if (!trim(doc.text(row.cells[c])).empty()) filled = c + 1;
    if (std::count(first_cell.begin(), first_cell.end(), ' ') >= kMinWorkSpaces && filled < l.titled)
      row.cells.insert(row.cells.begin(), Span{row.cells.front().begin, row.cells.front().begin});
  }
  return row;
}

std::vector<TableLayout> AssignmentTableReader::layouts(const SegmentedDocument& doc) const {
  std::vector<TableLayout> out(doc.blocks.size());
  TableLayout current;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::TableRow) {
      // A line of a row that lost its opening "|" stays in the table.
      if (is_row_piece(doc, b) && i > 0 && doc.blocks[i - 1].kind == BlockKind::TableRow) out[i] = current;
      else current = {};
      continue;
    }
    if (is_header(doc, b)) {
      current = {};
      for (const Span& c : b.cells) {
        current.columns.push_back(column_of(doc.text(c)));
        if (!trim(doc.text(c)).empty()) current.titled = current.columns.size();
      }
      continue;
    }
    // A table without a title row (an annex that goes on from the page before, a table typed
    // without one): the layout its rows show, from the first row of the run.
    if (current.columns.empty() && (i == 0 || doc.blocks[i - 1].kind != BlockKind::TableRow)) {
      size_t end = i;
      while (end < doc.blocks.size() && doc.blocks[end].kind == BlockKind::TableRow && !is_header(doc, doc.blocks[end])) ++end;
      current = layout_shown(doc, i, end);
    }
    out[i] = current;
  }
  return out;
}

TableLayout AssignmentTableReader::layout_shown(const SegmentedDocument& doc, size_t first, size_t end) const {
  const size_t width = doc.blocks[first].cells.size();
  if (width < 3) return {};
  for (size_t i = first; i < end; ++i)
    if (doc.blocks[i].cells.size() != width) return {};
  // Per column: how many rows hold a number, a unit, a time; how long its text is.
  std::vector<size_t> numbers(width), units(width), times(width), filled(width), length(width);
  for (size_t i = first; i < end; ++i)
    for (size_t c = 0; c < width; ++c) {
      std::string_view t = trim(doc.text(doc.blocks[i].cells[c]));
      if (t.empty()) continue;
      ++filled[c];
      length[c] += t.size();
      numbers[c] += std::all_of(t.begin(), t.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.'; });
      units[c] += opens_unit(t);
      times[c] += is_time(t);
    }
  auto every = [&](const std::vector<size_t>& n, size_t c) { return filled[c] > 0 && n[c] == filled[c]; };
  // Units: at least half the cells open with a kind of unit the lexicon knows ("Vụ Pháp chế" may not).
  auto mostly = [&](const std::vector<size_t>& n, size_t c) { return n[c] > 0 && 2 * n[c] >= filled[c]; };
  TableLayout l;
  l.columns.assign(width, Column::Other);
  int lead = -1;
  for (size_t c = 0; c < width; ++c) {
    if (every(numbers, c) && c == 0) l.columns[c] = Column::Number;
    else if (every(times, c)) l.columns[c] = Column::Time;
    else if (mostly(units, c) && lead < 0) l.columns[static_cast<size_t>(lead = static_cast<int>(c))] = Column::Lead;
    else if (mostly(units, c) && l.index(Column::Support) < 0 && static_cast<int>(c) == lead + 1) l.columns[c] = Column::Support;
  }
  // The work: the longest column of text before the lead, of no other kind.
  int task = -1;
  for (int c = 0; c < lead; ++c)
    if (l.columns[static_cast<size_t>(c)] == Column::Other && filled[static_cast<size_t>(c)] == end - first &&
        units[static_cast<size_t>(c)] == 0 && (task < 0 || length[static_cast<size_t>(c)] > length[static_cast<size_t>(task)]))
      task = c;
  if (lead < 0 || task < 0 || l.index(Column::Time) < lead) return {};  // the time after the units, as plans write it
  l.columns[static_cast<size_t>(task)] = Column::Task;
  return l;
}

}  // namespace vnpolicy
