#include "extract/assignment_table.h"

#include <algorithm>

#include "core/text.h"

namespace vnpolicy {
namespace {

constexpr long kMaxTitleSpaces = 14;  // about a dozen words: the longest titles plans use

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

bool AssignmentTableReader::is_header(const SegmentedDocument& doc, const Block& b) const {
  if (b.kind != BlockKind::TableRow) return false;
  int named = 0;
  bool lead = false;
  for (const Span& c : b.cells) {
    // A column's title is a few words ("Cơ quan, đơn vị chủ trì thực hiện"); a cell that runs
    // on ("- Ủy ban Pháp luật chủ trì thẩm tra; - Hội đồng Dân tộc … phối hợp") is a row's text.
    std::string t = collapse_whitespace(trim(doc.text(c)));
    if (std::count(t.begin(), t.end(), ' ') > kMaxTitleSpaces) continue;
    Column col = column_of(t);
    named += col != Column::Other;
    lead = lead || col == Column::Lead;
  }
  return lead && named >= 2;
}

std::vector<TableLayout> AssignmentTableReader::layouts(const SegmentedDocument& doc) const {
  std::vector<TableLayout> out(doc.blocks.size());
  TableLayout current;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::TableRow) {
      current = {};
      continue;
    }
    if (is_header(doc, b)) {
      current = {};
      for (const Span& c : b.cells) current.columns.push_back(column_of(doc.text(c)));
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
