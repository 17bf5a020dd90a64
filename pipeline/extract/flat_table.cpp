// Flattened assignment tables: one cell fragment per line, read back into rows and cells.
#include <algorithm>

#include "core/text.h"
#include "extract/assignment_table.h"
#include "normalize/unicode.h"

namespace vnpolicy {

// A line's piece of table text, or a mark that a line the normaliser dropped left.
struct AssignmentTableReader::Piece {
  Span span;              // empty for a mark
  int line = 0;
  int block = -1;
  int number = -1;        // a row number alone or opening the piece
  bool separator = false; // a "|" line between cells
  bool group = false;     // a heading row ("II. Hoàn thiện thể chế …"): ends the row above
  bool header = false;    // the column titles, repeated on a new page
};

namespace {

constexpr size_t kMaxRowNumberDigits = 3;
constexpr size_t kCellsBeforeLead = 3;     // cells (a target's value) that may stand before the lead
constexpr size_t kMaxHeaderLines = 14;     // the column titles take no more lines than this
constexpr double kShortLine = 0.8;         // a line this much narrower than the table ended its cell
constexpr double kFullLine = 0.92;         // a line this wide wrapped: its cell goes on below
constexpr double kNarrowLine = 0.8;        // a line of a unit column is narrower than this
constexpr size_t kHeadWordBytes = 4;       // "Bộ", "Sở", "Ban" ending a line: the name goes on

bool starts_upper_or_digit(std::string_view s) {
  size_t i = 0;
  if (s.empty()) return false;
  char32_t c = next_code_point(s, i);
  return is_upper_cp(c) || (c >= '0' && c <= '9');
}

bool ends_sentence(std::string_view s) { return !s.empty() && (s.back() == '.' || s.back() == ';'); }

bool ends_with_dash(std::string_view s) {
  s = trim(s);
  return !s.empty() && (s.back() == '-' || (s.size() >= 3 && s.substr(s.size() - 3) == "\u2013"));
}

// "4.", "12.  Xây dựng …", "7  Đề án …": the number and where the rest starts (npos: alone).
std::optional<std::pair<int, size_t>> row_number(std::string_view t) {
  size_t d = 0;
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d == 0 || d > kMaxRowNumberDigits) return std::nullopt;
  int n = std::stoi(std::string(t.substr(0, d)));
  size_t i = d;
  if (i < t.size() && (t[i] == '.' || t[i] == ')')) ++i;
  size_t spaces = 0;
  while (i < t.size() && t[i] == ' ') ++i, ++spaces;
  if (i == t.size()) return std::make_pair(n, std::string_view::npos);
  // Before the task on its line, a row number stands apart by the column gap; "2. Các bộ …"
  // with one space is a numbered item inside a cell.
  if (spaces >= 2 && starts_upper_or_digit(t.substr(i))) return std::make_pair(n, i);
  return std::nullopt;
}

// "I", "II.", "I.1": the number of a group of rows ("I | Hoàn thiện thể chế").
bool is_group_mark(std::string_view t) {
  if (t.size() == 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] == '.') return true;  // "A."
  size_t i = 0;
  while (i < t.size() && std::string_view("IVXLC").find(t[i]) != std::string_view::npos) ++i;
  if (i == 0) return false;
  while (i < t.size() && (t[i] == '.' || std::isdigit(static_cast<unsigned char>(t[i])))) ++i;
  return i == t.size();
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

// Pieces of text[b, e) by the source line they come from.
std::vector<std::pair<int, Span>> line_pieces(const NormalizedDocument& d, size_t b, size_t e) {
  std::vector<std::pair<int, Span>> out;
  size_t start = b;
  while (start < e) {
    int line = d.line_of(start);
    size_t lo = start + 1, hi = e;  // first offset on a later line
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (d.line_of(mid) <= line) lo = mid + 1;
      else hi = mid;
    }
    out.push_back({line, {start, lo}});
    start = lo;
  }
  return out;
}

Span trimmed(const std::string& text, Span s) {
  while (s.begin < s.end && (text[s.begin] == ' ' || text[s.begin] == '\n')) ++s.begin;
  while (s.end > s.begin && (text[s.end - 1] == ' ' || text[s.end - 1] == '\n')) --s.end;
  return s;
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
  return agencies_.starts_with_head(t);
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

std::vector<Column> AssignmentTableReader::columns_named(std::string_view titles) const {
  std::string t = to_lower(collapse_whitespace(titles));
  std::vector<std::pair<size_t, Column>> found;
  for (const auto& [column, words] : words_) {
    if (column == Column::Number) continue;
    size_t best = std::string::npos;
    for (const auto& w : words)
      for (size_t at = t.find(w); at != std::string::npos; at = t.find(w, at + 1)) {
        bool alone = (at == 0 || t[at - 1] == ' ' || t[at - 1] == ',' || t[at - 1] == '/') &&
                     (at + w.size() == t.size() || std::string_view(" ,/;").find(t[at + w.size()]) != std::string_view::npos);
        // A position taken by an earlier role ("chủ trì" in "đơn vị chủ trì") is not this one's.
        bool taken = std::any_of(found.begin(), found.end(), [&](const auto& f) { return f.first == at; });
        if (alone && !taken) {
          best = std::min(best, at);
          break;
        }
      }
    if (best != std::string::npos) found.emplace_back(best, column);
  }
  std::sort(found.begin(), found.end());
  std::vector<Column> out{Column::Number};
  for (const auto& f : found) out.push_back(f.second);
  return out;
}

std::vector<FlatRow> AssignmentTableReader::flattened_rows(const SegmentedDocument& doc) const {
  const NormalizedDocument& nd = doc.doc;
  const size_t n = doc.blocks.size();
  // Header: a "TT"/"STT" line (the last line of its block: a PDF may glue it to the caption
  // above), then the column titles over a few lines — one title per line, a title broken over
  // two, all of them joined into one block — up to the first row number. `header_end` is
  // where the header's text ends in each of its blocks (0 outside headers).
  std::vector<size_t> header_end(n, 0);
  std::vector<std::pair<size_t, std::vector<Column>>> starts;
  for (size_t i = 0; i < n; ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind == BlockKind::TableRow || b.kind == BlockKind::Footnote) continue;
    auto lines = line_pieces(nd, b.content.begin, b.content.end);
    if (lines.empty() || column_of(doc.text(trimmed(nd.text, lines.back().second))) != Column::Number) continue;
    std::string titles;
    std::vector<std::string> cells{""};  // the titles apart, when "|" lines stand between them
    bool separated = false;
    std::vector<std::pair<size_t, size_t>> zone{{i, b.content.end}};
    int prev_line = lines.back().first, count = 0;
    bool done = false, too_long = false;
    size_t j = i + 1;
    for (; j < n && !done && !too_long; ++j) {
      const Block& c = doc.blocks[j];
      if (c.kind == BlockKind::TableRow || c.kind == BlockKind::Footnote) break;
      size_t end = c.content.begin;
      for (const auto& [line, span] : line_pieces(nd, c.content.begin, c.content.end)) {
        for (int l = prev_line + 1; l < line && !done; ++l) {
          std::string_view dropped_line = trim(nd.source_line(l));
          done = row_number(dropped_line).has_value() || is_group_mark(dropped_line);
          if (dropped_line == "|" && !cells.back().empty()) cells.emplace_back();
          separated = separated || dropped_line == "|";
        }
        Span t = trimmed(nd.text, span);
        if (done || row_number(doc.text(t))) {
          done = true;
          break;
        }
        if (++count > static_cast<int>(kMaxHeaderLines)) {
          too_long = true;
          break;
        }
        titles += " ";
        titles += doc.text(t);
        cells.back() += " " + std::string(doc.text(t));
        end = span.end;
        prev_line = line;
      }
      if (end > c.content.begin) zone.emplace_back(j, end);
      if (done) break;
    }
    if (too_long) continue;
    std::vector<Column> cols = columns_named(titles);
    if (separated) {  // one title per cell: unnamed columns keep their place
      cols = {Column::Number};
      for (const auto& c : cells)
        if (!trim(c).empty()) cols.push_back(column_of(c));
    }
    if (cols.size() < 3 || std::find(cols.begin(), cols.end(), Column::Lead) == cols.end()) continue;
    for (const auto& [blk, end] : zone) header_end[blk] = end;
    starts.emplace_back(i, std::move(cols));
    i = zone.back().first;
  }
  // A table runs from its header to the signature; the headers inside it repeat on new pages.
  std::vector<FlatRow> rows;
  size_t table_end = 0;
  for (size_t k = 0; k < starts.size(); ++k) {
    const auto& [first, columns] = starts[k];
    if (first < table_end) continue;
    table_end = n;
    for (size_t j = first + 1; j < n; ++j)
      if (std::string_view t = doc.text(doc.blocks[j].content); table_end_.first_matching(t) || appendix_.first_matching(t)) {
        table_end = j;
        break;
      }
    // A header with other columns starts another table.
    for (size_t m = k + 1; m < starts.size() && starts[m].first < table_end; ++m)
      if (starts[m].second != columns) {
        table_end = starts[m].first;
        break;
      }
    for (FlatRow& r : table_rows(doc, header_end, columns, first, table_end)) rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<FlatRow> AssignmentTableReader::table_rows(const SegmentedDocument& doc, const std::vector<size_t>& header_end,
                                                       const std::vector<Column>& columns, size_t first,
                                                       size_t end) const {
  const NormalizedDocument& nd = doc.doc;
  // Pieces of text line by line, with the marks the dropped lines left between them.
  std::vector<Piece> pieces;
  auto dropped = [&](int l) {  // a source line that no block holds
    std::string_view t = trim(nd.source_line(l));
    if (t == "|") {
      pieces.push_back({{}, l, -1, -1, true, false, false});
    } else if (auto num = row_number(t); num && num->second == std::string_view::npos) {
      // A page number sits by the page's running header; a row number does not.
      bool by_furniture = false;
      for (int m : {l - 1, l + 1}) {
        std::string_view near = nd.source_line(m);
        bool words = std::any_of(near.begin(), near.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
        by_furniture = by_furniture || (words && page_furniture_.first_matching(near));
      }
      if (!by_furniture) pieces.push_back({{}, l, -1, num->first, false, false, false});
    }
  };
  int cursor = doc.blocks[first].line;
  for (size_t j = first; j < end; ++j) {
    const Block& b = doc.blocks[j];
    const Paragraph& para = nd.paragraphs[static_cast<size_t>(b.paragraph)];
    if (b.kind == BlockKind::Footnote) {
      for (; cursor < b.line; ++cursor) dropped(cursor);
      cursor = std::max(cursor, para.last_line + 1);
      continue;
    }
    size_t from_text = b.span.begin;
    if (header_end[j] > 0) {
      pieces.push_back({{}, b.line, static_cast<int>(j), -1, false, false, true});
      from_text = header_end[j];
      if (from_text >= b.content.end) {
        for (; cursor < b.line; ++cursor) dropped(cursor);
        cursor = std::max(cursor, para.last_line + 1);
        continue;
      }
    }
    bool group = b.kind == BlockKind::Heading &&
                 (b.marker_kind == MarkerKind::Roman || b.marker_kind == MarkerKind::UpperLetter);
    // The block's lines in order, and between them the lines the normaliser dropped from it
    // (a row number or a "|" inside a paragraph it joined across them).
    for (const auto& [line, span] : line_pieces(nd, from_text, b.span.end)) {
      for (; cursor < line; ++cursor) dropped(cursor);
      cursor = std::max(cursor, line + 1);
      // Two cells on one line stand apart by a run of spaces.
      Span s = trimmed(nd.text, span);
      size_t from = s.begin;
      for (size_t i = s.begin; i <= s.end; ++i) {
        bool gap = i + 1 < s.end && nd.text[i] == ' ' && nd.text[i + 1] == ' ';
        if (i < s.end && !gap) continue;
        Span part = trimmed(nd.text, {from, i});
        if (!part.empty()) {
          Piece p{part, line, static_cast<int>(j), -1, false, group || is_group_mark(doc.text(part)), false};
          if (auto num = row_number(doc.text(part))) {
            p.number = num->first;
            if (num->second == std::string_view::npos) p.span = {};
            else p.span = trimmed(nd.text, {part.begin + num->second, part.end});
          }
          pieces.push_back(p);
          group = false;
        }
        while (i < s.end && nd.text[i] == ' ') ++i;
        from = i;
      }
    }
    cursor = std::max(cursor, para.last_line + 1);
  }

  // Rows: opened by the next row number, closed by a heading row. Text after a repeated
  // header and before the next number ends cells of the row above: it is left out.
  std::vector<FlatRow> rows;
  std::vector<std::vector<Piece>> row_pieces;
  int last = 0;
  bool carried = false, in_row = false;
  for (const Piece& p : pieces) {
    if (p.header) {  // a new page: what follows before the next number ends the row above
      carried = true;
      in_row = false;
      continue;
    }
    if (p.group) {
      in_row = false;
      continue;
    }
    if (p.number >= 0 && (p.number == last + 1 || last == 0 || (p.number == 1 && !in_row))) {
      last = p.number;
      rows.push_back({});
      rows.back().line = p.line;
      row_pieces.emplace_back();
      in_row = true;
      carried = false;
      if (p.span.empty()) continue;
    }
    if (!in_row || carried) continue;
    row_pieces.back().push_back(p);
    if (p.block >= 0 && (rows.back().blocks.empty() || rows.back().blocks.back() != p.block))
      rows.back().blocks.push_back(p.block);
  }
  // The width of the table's widest column, from its lines (the 95th percentile, so that two
  // cells left on one line do not count).
  std::vector<size_t> widths;
  for (const auto& r : row_pieces)
    for (const Piece& p : r)
      if (!p.span.empty()) widths.push_back(code_point_count(doc.text(p.span)));
  if (widths.empty()) return {};
  std::sort(widths.begin(), widths.end());
  const double table_width = static_cast<double>(widths[widths.size() * 95 / 100]);
  for (size_t r = 0; r < rows.size(); ++r) {
    rows[r].cells = cells_of(doc, row_pieces[r], columns, table_width);
    rows[r].delimited = std::any_of(row_pieces[r].begin(), row_pieces[r].end(), [](const Piece& p) { return p.separator; });
    for (const Piece& p : row_pieces[r])
      if (!p.span.empty()) {
        if (rows[r].span.empty()) rows[r].span.begin = p.span.begin;
        rows[r].span.end = p.span.end;
      }
  }
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const FlatRow& r) { return r.cells.empty(); }), rows.end());
  return rows;
}

}  // namespace vnpolicy
