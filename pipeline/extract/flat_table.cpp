// Flattened assignment tables: one cell fragment per line, read back into rows and cells.
#include <algorithm>

#include "extract/flat_table_text.h"

namespace vnpolicy {

using flat_table::kMaxRowNumberDigits;
using flat_table::starts_upper_or_digit;
using flat_table::trimmed;

namespace {

constexpr size_t kMaxHeaderLines = 14;     // the column titles take no more lines than this

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

// "…", "….........": a row of dots where the source left rows out.
bool is_elision(std::string_view t) {
  size_t dots = 0;
  for (size_t i = 0; i < t.size();) {
    if (t[i] == '.' || t[i] == ' ') {
      dots += t[i] == '.';
      ++i;
    } else if (t.substr(i, 3) == "\u2026") {
      dots += 3;
      i += 3;
    } else {
      return false;
    }
  }
  return dots >= 3;
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

}  // namespace

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
          p.elision = is_elision(doc.text(part));
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
  bool carried = false, in_row = false, headed = false;
  auto row_has_text = [&] {
    return std::any_of(row_pieces.back().begin(), row_pieces.back().end(), [](const Piece& q) { return !q.span.empty(); });
  };
  for (const Piece& p : pieces) {
    if (p.header) {  // a new page: what follows before the next number ends the row above
      carried = true;
      in_row = false;
      continue;
    }
    if (p.group) {
      in_row = false;
      headed = true;
      continue;
    }
    // Rows left out: the row above ends, and the next row keeps the number it had in the source.
    if (p.elision) {
      in_row = false;
      last = 0;
      continue;
    }
    // "A | B | 1 | 2 | 3" under the titles numbers the columns: those rows hold no text, and the
    // first row of the table numbers itself 1 again.
    const bool restarts = p.number == 1 && in_row && !row_has_text();
    if (p.number >= 0 && (p.number == last + 1 || last == 0 || (p.number == 1 && !in_row) || restarts)) {
      const bool follows = !rows.empty() && !headed && p.number == last + 1;
      last = p.number;
      headed = false;
      rows.push_back({});
      rows.back().line = p.line;
      rows.back().follows = follows;
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
  for (size_t r = 0; r + 1 < rows.size(); ++r)
    if (rows[r].cells.empty()) rows[r + 1].follows = false;
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const FlatRow& r) { return r.cells.empty(); }), rows.end());
  return rows;
}

}  // namespace vnpolicy