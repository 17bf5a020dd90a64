#include "extract/assignment_table.h"

#include <algorithm>

#include "core/text.h"

namespace vnpolicy {
namespace {

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
    Column col = column_of(doc.text(c));
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
    out[i] = current;
  }
  return out;
}

}  // namespace vnpolicy
