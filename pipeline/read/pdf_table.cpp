#include "read/pdf_table.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace vnpolicy {

using namespace pdf_geometry;

namespace {

constexpr double kCellGap = 1.0;         // a gap this many word heights wide parts two cells of a line
constexpr double kRiverGap = 0.6;        // white space this many heights wide, down the whole table, parts two columns
constexpr size_t kMinColumns = 3;        // fewer is a two-column block (a signature, "Nơi nhận"), no table
constexpr size_t kMinSplitLines = 2;     // lines with that many cells a table needs
constexpr size_t kMaxPlainLinesBetween = 6;  // one-cell lines (wrapped cells, centred in their rows) inside a table
constexpr double kNarrowLine = 0.6;      // a one-cell line inside a table is narrower than this share of the page's text
constexpr double kRowBorderGap = 0.5;    // a gap between two rows' lines is at least this many heights
constexpr size_t kGroupTitleLines = 3;   // lines a group title row (over "Điểm số | Thứ hạng") may take
constexpr double kSubColumnReach = 4.0;  // a sub-title stands within this many heights of its column's edge
constexpr double kEvenGaps = 0.3;        // gaps between lines within this many heights of each other are even
constexpr size_t kMaxRowNumberBytes = 8;  // "4.1.12": a row number of a sub-item
constexpr size_t kRunningLines = 3;      // lines (running header, page number) a page may hold before a continued table
constexpr size_t kRunningLineBytes = 80;  // … each no longer than this

double median_height(const std::vector<PdfWord>& words, const std::vector<size_t>& idx) {
  std::vector<double> h;
  for (size_t i : idx) h.push_back(height(words[i]));
  if (h.empty()) return 1;
  std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

// How many cells a visual line holds: runs of words parted by a wide gap.
size_t cells_of(const std::vector<PdfWord>& words, const VisualLine& line, double h) {
  size_t cells = line.words.empty() ? 0 : 1;
  double right = line.words.empty() ? 0 : words[line.words[0]].x1;
  for (size_t k = 1; k < line.words.size(); ++k) {
    const PdfWord& w = words[line.words[k]];
    if (w.x0 - right > kCellGap * h) ++cells;
    right = std::max(right, w.x1);
  }
  return cells;
}

// A row number in the first column: "1", "12.", "2.1.", "IV", "a)".
bool numbers_a_row(const std::string& text) {
  std::string t = text;
  while (!t.empty() && (t.back() == '.' || t.back() == ')')) t.pop_back();
  if (t.empty() || t.size() > kMaxRowNumberBytes) return false;
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  if (digit(t.front()) && t.find("..") == std::string::npos &&
      std::all_of(t.begin(), t.end(), [&](char c) { return digit(c) || c == '.'; }))
    return t.size() <= 4 || t.find('.') != std::string::npos;
  if (std::all_of(t.begin(), t.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; })) return true;
  return t.size() == 1 && std::islower(static_cast<unsigned char>(t[0])) && text.size() == 2 && text[1] == ')';
}

std::string cell_text(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '|' ? '/' : c;  // a '|' inside a cell would open a new one
  return out;
}

// Each strip at least kRiverGap heights wide that no word of lines [first, last] covers: its
// left and right edges.
std::vector<std::pair<double, double>> rivers(const std::vector<PdfWord>& words, const std::vector<VisualLine>& lines, size_t first,
                           size_t last, double h) {
  std::vector<std::pair<double, double>> spans;
  for (size_t k = first; k <= last; ++k)
    for (size_t i : lines[k].words) spans.emplace_back(words[i].x0, words[i].x1);
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<double, double>> strips;
  double right = spans.front().second;
  for (size_t k = 1; k < spans.size(); ++k) {
    if (spans[k].first - right >= kRiverGap * h) strips.emplace_back(right, spans[k].first);
    right = std::max(right, spans[k].second);
  }
  return strips;
}

// Whether one of lines [from, to) holds a sub-title on each side of the strip at x, each within
// kSubColumnReach heights of it: the strip parts two sub-columns of a group title.
bool sub_titles_beside(const std::vector<PdfWord>& words, const std::vector<VisualLine>& lines, size_t from, size_t to,
                       double x, double h) {
  for (size_t k = from; k < to; ++k) {
    bool left = false, right = false;
    for (size_t i : lines[k].words) {
      left = left || (words[i].x1 < x && words[i].x1 > x - kSubColumnReach * h);
      right = right || (words[i].x0 > x && words[i].x0 < x + kSubColumnReach * h);
    }
    if (left && right) return true;
  }
  return false;
}

// Rows of a table whose first column numbers none: a line starts a row unless it is part of
// the row above — a wrapped cell's next line, or the values of a row centred beside its
// wrapped name ("Chi phí gia nhập thị" / "6,74 58 …" / "trường"). The lines of a row stand
// closer together than the last line of one row and the first of the next, which a border
// and two paddings part: the widest gap of the table. Tables whose lines stand evenly apart
// have a row per line.
void unnumbered_rows(const std::vector<VisualLine>& lines, size_t first, size_t last, double h,
                     std::vector<bool>& opens) {
  std::fill(opens.begin(), opens.end(), true);
  if (last == first) return;
  auto gap_above = [&](size_t k) { return lines[k].top - lines[k - 1].bottom; };
  double widest = gap_above(first + 1), narrowest = widest;
  for (size_t k = first + 2; k <= last; ++k) widest = std::max(widest, gap_above(k)), narrowest = std::min(narrowest, gap_above(k));
  if (widest - narrowest < kEvenGaps * h) return;
  for (size_t k = first + 1; k <= last; ++k)
    if (gap_above(k) < kRowBorderGap * h && gap_above(k) < widest - kEvenGaps * h) opens[k - first] = false;
}

// The table in lines [first, last] of `lines`, or nothing when they leave fewer than three
// columns of white space.
std::optional<PdfTable> read_table(const std::vector<PdfWord>& words, const std::vector<VisualLine>& lines, size_t first,
                                   size_t last, double h) {
  std::vector<size_t> idx;
  for (size_t k = first; k <= last; ++k) idx.insert(idx.end(), lines[k].words.begin(), lines[k].words.end());
  auto middles = [](const std::vector<std::pair<double, double>>& strips) {
    std::vector<double> x;
    for (const auto& [l, r] : strips) x.push_back((l + r) / 2);
    return x;
  };
  const auto coarse = rivers(words, lines, first, last, h);
  std::vector<double> cuts = middles(coarse);  // x where a column ends and the next starts
  if (cuts.size() + 1 < kMinColumns) return std::nullopt;
  // A group title over two columns ("Năm 2024" over "Điểm số | Thứ hạng", a province over its
  // score and rank) bridges the strip between them: the columns are the strips of the lines
  // under the title line, when a line of titles under it stands on both sides of each new strip.
  size_t title_lines = 0;
  for (size_t s = 1; s <= kGroupTitleLines && first + s + kMinSplitLines <= last + 1; ++s) {
    const auto fine = rivers(words, lines, first + s, last, h);
    if (fine.size() <= coarse.size()) continue;
    const size_t titles_end = std::min(first + s + kGroupTitleLines, last + 1);
    const bool sub_titled = std::all_of(fine.begin(), fine.end(), [&](const auto& strip) {
      const double x = (strip.first + strip.second) / 2;
      return std::binary_search(cuts.begin(), cuts.end(), x) || sub_titles_beside(words, lines, first + s, titles_end, x, h);
    });
    if (sub_titled) cuts = middles(fine), title_lines = s;
    break;
  }
  const size_t columns = cuts.size() + 1;
  auto column_at = [&](double x) {
    return static_cast<size_t>(std::upper_bound(cuts.begin(), cuts.end(), x) - cuts.begin());
  };
  auto column_of = [&](const PdfWord& w) { return column_at((w.x0 + w.x1) / 2); };
  // Each word's column; in the title lines over the groups, a title's words all go to the
  // column its first word stands in (a merged cell is its first column's: "| Năm 2024 | |").
  std::vector<size_t> col(words.size(), 0);
  for (size_t k = first; k <= last; ++k) {
    const auto& lw = lines[k].words;
    for (size_t j = 0; j < lw.size(); ++j) {
      const PdfWord& w = words[lw[j]];
      bool joins = k < first + title_lines && j > 0 && w.x0 - words[lw[j - 1]].x1 < kRiverGap * h;
      col[lw[j]] = joins ? col[lw[j - 1]] : column_of(w);
    }
  }
  // Rows: a line whose first column numbers a row opens one; the lines before the first
  // numbered one are the column titles. Without numbers, every line is a row.
  std::vector<bool> opens(last - first + 1, false);
  size_t numbered = 0;
  for (size_t k = first; k <= last; ++k) {
    std::vector<size_t> first_cell;
    for (size_t i : lines[k].words)
      if (col[i] == 0) first_cell.push_back(i);
    if (!first_cell.empty() && numbers_a_row(join_words(words, first_cell))) opens[k - first] = true, ++numbered;
  }
  if (numbered < kMinSplitLines) {
    unnumbered_rows(lines, first, last, h, opens);
  } else {
    // A number centred in a tall row stands below the row's first lines: the row starts at
    // the widest gap between the line above and its number (a border and two paddings),
    // the nearest one when the gaps are even. Before the first number, even or narrow gaps
    // mean the lines are that row's, and the table has no title row (it goes on from a page
    // before).
    auto gap_above = [&](size_t j) { return lines[first + j].top - lines[first + j - 1].bottom; };
    size_t prev = 0;
    bool first_row = !opens[0];  // a table whose first line is numbered starts with a row of its own
    for (size_t k = 1; k < opens.size(); ++k) {
      if (!opens[k]) continue;
      size_t at = k;
      double widest = gap_above(k), narrowest = widest;
      for (size_t j = k - 1; j > prev; --j) {
        double gap = gap_above(j);
        narrowest = std::min(narrowest, gap);
        if (gap > widest + 0.1 * h) widest = gap, at = j;
      }
      // No gap a border and its paddings could fill (lines of cells centred side by side overlap).
      if (first_row && ((k >= 2 && widest - narrowest < 0.3 * h) || widest < kRowBorderGap * h)) at = 0;
      if (at != k) opens[k] = false, opens[at] = true;
      prev = at;
      first_row = false;
    }
  }
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<std::vector<size_t>>> row_lines;  // per row, per column, per line: words
  for (size_t k = first; k <= last; ++k) {
    if (opens[k - first] || rows.empty()) {
      rows.emplace_back(columns);
      row_lines.emplace_back(columns);
    }
    std::vector<std::vector<size_t>> by_column(columns);
    for (size_t i : lines[k].words) by_column[col[i]].push_back(i);
    for (size_t c = 0; c < columns; ++c) {
      if (by_column[c].empty()) continue;
      std::string& cell = rows.back()[c];
      cell += (cell.empty() ? "" : " ") + cell_text(join_words(words, by_column[c]));
    }
  }
  PdfTable t;
  t.top = lines[first].top;
  t.bottom = lines[last].bottom;
  t.words = idx;
  auto emit = [&](const std::vector<std::string>& row) {
    std::string l = "|";
    for (const auto& c : row) l += " " + c + " |";
    t.lines.push_back(l);
  };
  const bool titled = numbered >= kMinSplitLines && !opens[0];
  for (size_t r = 0; r < rows.size(); ++r) {
    emit(rows[r]);
    if (r == 0 && titled) {
      std::string rule = "|";
      for (size_t c = 0; c < columns; ++c) rule += "---|";
      t.lines.push_back(rule);
    }
  }
  return t;
}

}  // namespace

std::vector<PdfTable> find_pdf_tables(const std::vector<PdfWord>& words, const std::vector<size_t>& body) {
  std::vector<PdfTable> out;
  if (body.empty()) return out;
  const double h = median_height(words, body);
  std::vector<VisualLine> lines = visual_lines(words, body);
  double left = words[body[0]].x0, right = words[body[0]].x1;
  for (size_t i : body) left = std::min(left, words[i].x0), right = std::max(right, words[i].x1);
  const double text_width = std::max(right - left, 1.0);
  auto line_width = [&](const VisualLine& l) {
    double x0 = words[l.words.front()].x0, x1 = x0;
    for (size_t i : l.words) x0 = std::min(x0, words[i].x0), x1 = std::max(x1, words[i].x1);
    return x1 - x0;
  };
  std::vector<size_t> cells(lines.size());
  for (size_t k = 0; k < lines.size(); ++k) cells[k] = cells_of(words, lines[k], h);
  // Runs of lines of several cells, with at most a few narrow one-cell lines between them
  // (a cell wrapped alone onto a line of its own).
  for (size_t k = 0; k < lines.size();) {
    if (cells[k] < 2) { ++k; continue; }
    size_t first = k, last = k, wide = 0, plain = 0;
    for (size_t j = k; j < lines.size(); ++j) {
      if (cells[j] >= 2) {
        last = j;
        plain = 0;
        if (cells[j] >= kMinColumns) ++wide;
      } else if (line_width(lines[j]) < kNarrowLine * text_width && ++plain <= kMaxPlainLinesBetween) {
        continue;
      } else {
        break;
      }
    }
    // The last row's cells may wrap onto lines of one cell below its last line of several.
    while (last + 1 < lines.size() && cells[last + 1] == 1 &&
           line_width(lines[last + 1]) < kNarrowLine * text_width && lines[last + 1].top - lines[last].bottom < h)
      ++last;
    if (wide >= kMinSplitLines)
      if (auto t = read_table(words, lines, first, last, h)) out.push_back(std::move(*t));
    k = last + 1;
  }
  return out;
}

namespace {

bool is_pipe_row(const std::string& l) { return !l.empty() && l[0] == '|'; }
size_t pipe_columns(const std::string& l) { return static_cast<size_t>(std::count(l.begin(), l.end(), '|')) - 1; }

}  // namespace

void carry_table_title(std::vector<std::string>& page_lines, PdfTableTitle& last) {
  // Before the first table: only a running header or a page number, so the page opens on it.
  size_t i = 0, running = 0;
  while (i < page_lines.size() && !is_pipe_row(page_lines[i])) {
    if (!page_lines[i].empty() && (++running > kRunningLines || page_lines[i].size() > kRunningLineBytes)) break;
    ++i;
  }
  const bool opens_page = i < page_lines.size() && is_pipe_row(page_lines[i]);
  const bool titled = opens_page && i + 1 < page_lines.size() && page_lines[i + 1].rfind("|---", 0) == 0;
  if (opens_page && !titled && last.open && pipe_columns(page_lines[i]) == last.columns)
    page_lines.insert(page_lines.begin() + static_cast<long>(i), {last.header, last.rule});
  // The last table of the page, and whether the page ends with it.
  last.open = false;
  size_t end = page_lines.size(), tail = 0;
  while (end > 0 && !is_pipe_row(page_lines[end - 1])) {
    if (!page_lines[end - 1].empty() && (++tail > 1 || page_lines[end - 1].size() > kRunningLineBytes)) return;
    --end;
  }
  if (end == 0) return;
  size_t begin = end - 1;
  while (begin > 0 && is_pipe_row(page_lines[begin - 1])) --begin;
  if (begin + 1 < end && page_lines[begin + 1].rfind("|---", 0) == 0) {
    last.header = page_lines[begin];
    last.rule = page_lines[begin + 1];
    last.columns = pipe_columns(page_lines[begin]);
  } else if (pipe_columns(page_lines[begin]) != last.columns) {
    return;  // a table without a title row of its own or carried: nothing to give on
  }
  last.open = true;
}

}  // namespace vnpolicy
