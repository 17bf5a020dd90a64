// TaskExtractor, tasks from tables: an assignment table's rows ("| 1 | Nội dung | Sở X | Sở Y | Quý II/2026 |")
// and a table flattened into lines, one task per row that names a lead unit.
#include "extract/task_extractor.h"

#include <algorithm>

#include "core/text.h"
#include "extract/task_text.h"

namespace vnpolicy {

using namespace task_text;

namespace {

// A lead cell that points to where the units are named ("Theo phân công tại Quyết định số …").
bool points_elsewhere(const RuleSet& rules, std::string_view cell) {
  return rules.group("task.lead_cell_pointer").first_matching(trim_punct(cell)) != nullptr;
}

// "1", "12": the number of a task row, as against "I", "a", "1.1" or nothing (a heading row).
bool is_arabic_number(std::string_view cell) {
  cell = trim_punct(cell);
  return !cell.empty() && cell.size() <= 3 &&
         std::all_of(cell.begin(), cell.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

std::vector<Task> TaskExtractor::table_tasks(const SegmentedDocument& doc, const std::vector<Deadline>& deadlines) const {
  std::vector<Task> out;
  const std::vector<TableLayout> layouts = tables_.layouts(doc);
  // The last row that named a lead, while its table goes on: rows below it whose unit, support
  // and time cells are all empty were merged cells (rowspan) of the source, flattened.
  std::optional<Task> above;
  size_t above_end = 0;  // the block after that row
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const TableLayout& layout = layouts[i];
    if (b.kind != BlockKind::TableRow || !layout.assigns()) {
      above.reset();
      continue;
    }
    const TableRowCells row = tables_.row_at(doc, layouts, i);
    if (i != above_end) above.reset();
    i = row.last_block;
    above_end = i + 1;
    auto cell_span = [&](Column c) -> std::optional<Span> {
      int k = layout.index(c);
      if (k < 0 || k >= static_cast<int>(row.cells.size())) return std::nullopt;
      return row.cells[static_cast<size_t>(k)];
    };
    auto cell = [&](Column c) -> std::string_view {
      std::optional<Span> s = cell_span(c);
      return s ? trim(doc.text(*s)) : std::string_view();
    };
    std::string_view lead_cell = cell(Column::Lead);
    if (trim_punct(lead_cell).empty()) {
      // "| 2 | Số hóa hồ sơ | | | |" under "| 1 | … | Sở X | Sở Y | Tháng 6/2025 |": the same unit's,
      // written once for both. A row numbered otherwise ("II", "a") or unnumbered is a heading: its
      // sub-rows are the tasks, and it ends the merge.
      // A row whose next row is a sub-row ("-", "a", "6.1") heads that next row: no merge either.
      auto next_is_sub_row = [&] {
        size_t n = row.last_block + 1;
        if (n >= doc.blocks.size() || doc.blocks[n].kind != BlockKind::TableRow || !layouts[n].assigns()) return false;
        const TableRowCells next = tables_.row_at(doc, layouts, n);
        int k = layouts[n].index(Column::Number);
        return k >= 0 && k < static_cast<int>(next.cells.size()) &&
               !is_arabic_number(doc.text(next.cells[static_cast<size_t>(k)]));
      };
      const bool merged = above && is_arabic_number(cell(Column::Number)) && !cell(Column::Task).empty() &&
                          trim_punct(cell(Column::Support)).empty() && trim_punct(cell(Column::Time)).empty() &&
                          !next_is_sub_row();
      if (!merged) {
        above.reset();
        continue;
      }
      Task t = *above;
      t.description = collapse_whitespace(cell(Column::Task));
      t.line = row.line;
      out.push_back(std::move(t));
      continue;
    }
    // "Theo phân công tại Quyết định số …", "Theo chức năng, nhiệm vụ": the cell points to where the units
    // are named; the row names no lead of its own, so it gives no task.
    if (points_elsewhere(rules_, lead_cell)) {
      above.reset();
      continue;
    }
    Task t;
    // "Sở KH&CN chủ trì; Sở Tài chính phối hợp": lead and support in one cell, as in a flattened table.
    if (std::vector<Assignment> said = read_unit_clauses(lead_cell); !said.empty()) {
      t.lead = std::move(said.front().lead);
      t.support = std::move(said.front().support);
      for (size_t c = 1; c < said.size(); ++c)
        for (auto& u : said[c].lead) t.support.push_back(std::move(u));
    } else {
      t.lead = units(lead_cell);
    }
    for (auto& u : units(cell(Column::Support))) t.support.push_back(std::move(u));
    std::string_view task_cell = cell(Column::Task);
    // "| | | Ủy ban nhân dân các tỉnh | Đài Truyền hình … | |" under "| 1 | Đề án … | Bộ X | … | 2030 |":
    // the number and work cells were merged (rowspan) over a second lead's line: that lead's
    // share of the same work, due when it is. A numbered row without work is a row broken over
    // lines (its work left above): no task.
    const bool shares_work = task_cell.empty() && above && trim_punct(cell(Column::Number)).empty() &&
                             opens_with_unit(lead_cell);
    if (task_cell.empty() && !shares_work) continue;
    t.description = shares_work ? above->description : collapse_whitespace(task_cell);
    // The time cell's limit first: a row's other cells may cite dates of their own.
    if (std::optional<Span> time = cell_span(Column::Time); time && !time->empty())
      t.deadline = deadline_within(doc.doc, deadlines, time->begin, time->end);
    if (!t.deadline) t.deadline = shares_work ? above->deadline : deadline_within(doc.doc, deadlines, row.span.begin, row.span.end);
    t.line = row.line;
    if (!shares_work) above = t;
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<Task> TaskExtractor::flat_table_tasks(const SegmentedDocument& doc, const std::vector<Deadline>& deadlines,
                                                 std::vector<bool>& consumed) const {
  std::vector<Task> out;
  // The task of the row just above, while rows follow it: a "|"-delimited row that stops before the
  // unit cell (and the time cell) was written under a merged cell (rowspan) of the source.
  std::optional<Task> above;
  for (const FlatRow& row : tables_.flattened_rows(doc)) {
    for (int b : row.blocks) consumed[static_cast<size_t>(b)] = true;
    if (!row.follows) above.reset();
    const FlatCell* lead = row.cell(Column::Lead);
    if (!lead) {
      // "| 2 | Số hóa hồ sơ | Báo cáo |" under "| 1 | … | Báo cáo | Tháng 6/2026 | Sở X |": the same unit's
      // work, due when the row above is unless the row has a time of its own. Otherwise a heading row:
      // its sub-rows are the tasks.
      const FlatCell* w = row.cell(Column::Task);
      if (!above || !row.delimited || !w) {
        above.reset();
        continue;
      }
      Task t = *above;
      t.description = AssignmentTableReader::cell_text(doc, *w);
      if (const FlatCell* time = row.cell(Column::Time))
        t.deadline = deadline_within(doc.doc, deadlines, time->span().begin, time->span().end);
      t.line = row.line;
      out.push_back(t);
      above = std::move(t);
      continue;
    }
    // "Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành … thực hiện …": lead and support in one cell.
    const std::string lead_text = AssignmentTableReader::cell_text(doc, *lead);
    std::vector<Assignment> said = points_elsewhere(rules_, lead_text) ? std::vector<Assignment>{} : read_unit_clauses(lead_text);
    if (said.empty()) {
      above.reset();
      continue;
    }
    Assignment who = std::move(said.front());
    for (size_t c = 1; c < said.size(); ++c)
      for (auto& u : said[c].lead) who.support.push_back(std::move(u));
    Task t;
    t.lead = std::move(who.lead);
    t.support = std::move(who.support);
    if (const FlatCell* s = row.cell(Column::Support))
      for (auto& u : units(AssignmentTableReader::cell_text(doc, *s))) t.support.push_back(std::move(u));
    if (const FlatCell* w = row.cell(Column::Task)) t.description = AssignmentTableReader::cell_text(doc, *w);
    if (const FlatCell* time = row.cell(Column::Time))
      t.deadline = deadline_within(doc.doc, deadlines, time->span().begin, time->span().end);
    t.line = row.line;
    above = t;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace vnpolicy
