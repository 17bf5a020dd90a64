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

AssignmentTableReader::AssignmentTableReader(const RuleSet& rules) {
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

std::vector<FlatRow> AssignmentTableReader::flattened_rows(const SegmentedDocument& doc,
                                                           const std::function<bool(std::string_view)>& opens_with_unit) const {
  constexpr size_t kHeaderSpan = 8;  // column titles follow the STT line within this many blocks
  constexpr size_t kMaxCells = 40;   // a row never has more paragraphs than this
  std::vector<FlatRow> rows;
  std::vector<bool> header(doc.blocks.size(), false);
  std::vector<int> loose;  // paragraphs of a table without row numbers
  bool in_table = false;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    std::string_view content = trim(doc.text(b.content));
    // Every paragraph is asked whether it is the "STT" title: only a short one can be.
    constexpr size_t kMaxNumberTitleBytes = 64;
    if (content.size() <= kMaxNumberTitleBytes && column_of(content) == Column::Number && b.kind != BlockKind::TableRow) {
      size_t named = 0;
      bool lead = false;
      for (size_t j = i + 1; j < doc.blocks.size() && j <= i + kHeaderSpan; ++j) {
        Column c = column_of(doc.text(doc.blocks[j].content));
        if (c == Column::Other || c == Column::Number) break;
        named++;
        lead = lead || c == Column::Lead;
        header[j] = true;
      }
      if (lead && named >= 2) {
        in_table = header[i] = true;
        continue;
      }
      for (size_t j = i + 1; j < doc.blocks.size() && j <= i + kHeaderSpan; ++j) header[j] = false;
    }
    if (!in_table || header[i]) continue;
    bool opens_row = b.kind == BlockKind::ListItem && b.marker_kind == MarkerKind::Arabic && content.empty();
    if (opens_row) rows.push_back({static_cast<int>(i), {}, 0});
    else if (!rows.empty() && rows.back().cells.size() < kMaxCells) rows.back().cells.push_back(static_cast<int>(i));
    else if (rows.empty() && b.kind == BlockKind::Paragraph) loose.push_back(static_cast<int>(i));
  }
  if (!rows.empty() || !opens_with_unit) return rows;
  // No row numbers: a row is its task paragraphs, then the paragraph that names the unit.
  bool after_unit = true;
  for (int i : loose) {
    bool unit = opens_with_unit(trim(doc.text(doc.blocks[static_cast<size_t>(i)].content)));
    if (!unit && after_unit) rows.push_back({-1, {}, 0});
    if (rows.empty()) continue;
    rows.back().cells.push_back(i);
    if (!unit) rows.back().task_cells++;
    after_unit = unit;
  }
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const FlatRow& r) { return r.task_cells == r.cells.size(); }), rows.end());
  return rows;
}

}  // namespace vnpolicy
