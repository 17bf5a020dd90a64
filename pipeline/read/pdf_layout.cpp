#include "read/pdf_layout.h"

#include "read/pdf_table.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vnpolicy {
namespace pdf_geometry {

double height(const PdfWord& w) { return std::max(w.y1 - w.y0, 0.1); }
double y_center(const PdfWord& w) { return (w.y0 + w.y1) / 2; }

namespace {

bool has_alnum(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
  });
}

}  // namespace

// Appends the words (indices, left to right) as one line of text. A space goes where
// poppler saw one or where the words stand apart; PDF words drawn in pieces (a stamped
// number beside the printed "Số:") join without one.
std::string join_words(const std::vector<PdfWord>& words, const std::vector<size_t>& idx) {
  std::string out;
  for (size_t k = 0; k < idx.size(); ++k) {
    const PdfWord& w = words[idx[k]];
    if (k > 0) {
      const PdfWord& prev = words[idx[k - 1]];
      if (prev.space_after || w.x0 - prev.x1 > 0.15 * std::min(height(prev), height(w))) out += ' ';
    }
    out += w.text;
  }
  return out;
}

std::vector<VisualLine> visual_lines(const std::vector<PdfWord>& words, const std::vector<size_t>& subset) {
  std::vector<size_t> order(subset);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return y_center(words[a]) < y_center(words[b]); });
  std::vector<VisualLine> lines;
  for (size_t i : order) {
    const PdfWord& w = words[i];
    if (!lines.empty() && y_center(w) <= lines.back().bottom) {
      VisualLine& l = lines.back();
      l.words.push_back(i);
      l.top = std::min(l.top, w.y0);
      l.bottom = std::max(l.bottom, w.y1);
    } else {
      lines.push_back({{i}, w.y0, w.y1});
    }
  }
  for (auto& l : lines)
    std::sort(l.words.begin(), l.words.end(), [&](size_t a, size_t b) { return words[a].x0 < words[b].x0; });
  return lines;
}

}  // namespace pdf_geometry

using namespace pdf_geometry;

namespace {

enum class Side { Left, Right, Split, Wide };

struct Classified {
  Side side = Side::Wide;
  size_t split = 0;  // for Split: index in line.words of the first right-hand word
};

// Where a header line sits relative to the text area's centre `cx` (area width `tw`).
Classified classify(const std::vector<PdfWord>& words, const VisualLine& line, double cx, double tw) {
  const auto& idx = line.words;
  double x0 = words[idx.front()].x0, x1 = x0;
  std::vector<double> heights;
  for (size_t i : idx) {
    x1 = std::max(x1, words[i].x1);
    heights.push_back(height(words[i]));
  }
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  const double h = heights[heights.size() / 2];
  const double mid = (x0 + x1) / 2;
  if (x1 <= cx + 0.1 * tw && mid < cx - 0.1 * tw) return {Side::Left, 0};
  if (x0 >= cx - 0.1 * tw && mid > cx + 0.1 * tw) return {Side::Right, 0};
  // Two columns: the widest gap of at least a line's height near the centre, with
  // each side's centre on its own side.
  double best = 0;
  size_t split = 0;
  double right_edge = words[idx[0]].x1;
  for (size_t k = 1; k < idx.size(); ++k) {
    double gap = words[idx[k]].x0 - right_edge;
    double gap_mid = (words[idx[k]].x0 + right_edge) / 2;
    if (gap >= 1.2 * h && gap > best && std::abs(gap_mid - cx) <= 0.25 * tw) {
      double left_mid = (x0 + right_edge) / 2;
      double right_mid = (words[idx[k]].x0 + x1) / 2;
      if (left_mid < cx && right_mid > cx) best = gap, split = k;
    }
    right_edge = std::max(right_edge, words[idx[k]].x1);
  }
  if (split) return {Side::Split, split};
  return {Side::Wide, 0};
}

// Lines of the words in `order` (poppler's reading order), with an empty line between blocks.
void flow_lines(const std::vector<PdfWord>& words, const std::vector<size_t>& order, std::vector<std::string>& out) {
  std::vector<size_t> line;
  double top = 0, bottom = 0, last_x1 = 0;
  double prev_top = 0, prev_bottom = 0;
  bool have_prev = false;
  auto flush = [&] {
    if (line.empty()) return;
    if (have_prev) {
      double lh = bottom - top;
      if (top - prev_bottom > 0.9 * lh || top < prev_top - 0.5 * lh) out.emplace_back();
    }
    out.push_back(join_words(words, line));
    prev_top = top, prev_bottom = bottom, have_prev = true;
    line.clear();
  };
  for (size_t i : order) {
    const PdfWord& w = words[i];
    if (!line.empty()) {
      double overlap = std::min(bottom, w.y1) - std::max(top, w.y0);
      bool same_line = overlap >= 0.5 * std::min(bottom - top, height(w)) && w.x0 >= last_x1 - 0.5 * height(w);
      if (!same_line) flush();
    }
    if (line.empty()) top = w.y0, bottom = w.y1;
    top = std::min(top, w.y0), bottom = std::max(bottom, w.y1);
    last_x1 = w.x1;
    line.push_back(i);
  }
  flush();
}

// One column's part of a header line.
struct HeaderLine {
  std::string text;
  double top, bottom;
  double height() const { return bottom - top; }
};

// The two header columns in the order of Nghị định 30's fields: blocks (lines without a
// gap of half a line) by their tops, the left first at the same height; a left block
// after the issuer's, level with a right block, gives only its lines beside it, so that "Số: …" comes before
// the place and date level with it and the trích yếu "V/v …" under it after them.
void emit_header(const std::vector<HeaderLine>& left, const std::vector<HeaderLine>& right,
                 std::vector<std::string>& out) {
  auto block_end = [](const std::vector<HeaderLine>& col, size_t k) {
    size_t e = k + 1;
    while (e < col.size() && col[e].top - col[e - 1].bottom <= 0.5 * std::max(col[e].height(), col[e - 1].height())) ++e;
    return e;
  };
  size_t i = 0, j = 0;
  while (i < left.size() || j < right.size()) {
    if (j < right.size() && (i == left.size() || right[j].top + 0.5 * right[j].height() < left[i].top)) {
      size_t e = block_end(right, j);
      if (i < left.size()) {  // up to the line level with the next left one: "Số" before the date
        size_t cut = j + 1;
        while (cut < e && right[cut].top + 0.5 * right[cut].height() < left[i].top) ++cut;
        e = cut;
      }
      for (; j < e; ++j) out.push_back(right[j].text);
    } else {
      size_t e = block_end(left, i);
      if (j < right.size() && i > 0) {  // the issuer, the first block, stays whole
        size_t re = block_end(right, j);
        bool level = std::abs(right[j].top - left[i].top) < 0.5 * left[i].height();
        double limit = level ? right[re - 1].bottom : right[j].top;
        size_t cut = i + 1;
        while (cut < e && left[cut].top < limit) ++cut;
        e = cut;
      }
      for (; i < e; ++i) out.push_back(left[i].text);
    }
    out.emplace_back();
  }
}

}  // namespace

std::vector<std::string> layout_page_lines(const std::vector<PdfWord>& given, const PdfPageGeometry& page) {
  // Boxes as a hostile file may give them: not finite, or upside down.
  std::vector<PdfWord> words;
  words.reserve(given.size());
  for (const auto& w : given) {
    if (!std::isfinite(w.x0) || !std::isfinite(w.x1) || !std::isfinite(w.y0) || !std::isfinite(w.y1)) continue;
    words.push_back(w);
    PdfWord& c = words.back();
    if (c.x1 < c.x0) std::swap(c.x0, c.x1);
    if (c.y1 < c.y0) std::swap(c.y0, c.y1);
  }
  std::vector<std::string> out;
  if (words.empty()) return out;
  double left = words[0].x0, right = words[0].x1;
  for (const auto& w : words) left = std::min(left, w.x0), right = std::max(right, w.x1);
  const double cx = (left + right) / 2, tw = std::max(right - left, 1.0);

  // The header can only be in the top half of the page. Marks without a letter or digit
  // (rules under the issuer and motto, specks a scanner or OCR leaves) would fill the gap
  // between the columns: they take no part in finding it; those on a header line join
  // its nearer side, those between the lines are dropped.
  std::vector<size_t> top_half, marks;
  for (size_t i = 0; i < words.size(); ++i)
    if (words[i].y1 <= page.height / 2 || page.height <= 0) (has_alnum(words[i].text) ? top_half : marks).push_back(i);
  std::vector<VisualLine> lines = visual_lines(words, top_half);
  std::vector<Classified> sides;
  for (const auto& l : lines) sides.push_back(classify(words, l, cx, tw));

  // The header: the run of one-sided or split lines around the first split line.
  size_t first_split = sides.size();
  for (size_t k = 0; k < sides.size(); ++k)
    if (sides[k].side == Side::Split) { first_split = k; break; }
  std::vector<bool> in_header(words.size(), false);
  if (page.may_hold_header && first_split < sides.size()) {
    size_t begin = first_split, end = first_split + 1;
    while (begin > 0 && sides[begin - 1].side != Side::Wide) --begin;
    while (end < sides.size() && sides[end].side != Side::Wide) ++end;
    // Each column's lines, cut into blocks where a gap larger than half a line opens
    // (issuer | number | trích yếu on the left; motto | place and date on the right);
    // then the blocks in order of their tops, the left one first at the same height.
    std::vector<HeaderLine> columns[2];
    for (size_t k = begin; k < end; ++k) {
      const auto& idx = lines[k].words;
      auto split = sides[k].side == Side::Right  ? idx.begin()
                   : sides[k].side == Side::Left ? idx.end()
                                                 : idx.begin() + static_cast<long>(sides[k].split);
      std::vector<size_t> parts[2] = {{idx.begin(), split}, {split, idx.end()}};
      // Marks on this line ("Số :", "Độc lập - Tự do") join the side they stand on.
      for (size_t i : marks) {
        if (in_header[i] || y_center(words[i]) < lines[k].top || y_center(words[i]) > lines[k].bottom) continue;
        bool right = parts[0].empty() || (!parts[1].empty() && words[i].x0 >= words[parts[1].front()].x0 - 1e-9) ||
                     (!parts[1].empty() && words[i].x0 > words[parts[0].back()].x1 &&
                      words[i].x0 - words[parts[0].back()].x1 > words[parts[1].front()].x0 - words[i].x1);
        parts[right].push_back(i);
        in_header[i] = true;
      }
      for (auto& part : parts)
        std::stable_sort(part.begin(), part.end(), [&](size_t a, size_t b) { return words[a].x0 < words[b].x0; });
      for (int c = 0; c < 2; ++c) {
        if (parts[c].empty()) continue;
        double top = words[parts[c][0]].y0, bottom = words[parts[c][0]].y1;
        for (size_t i : parts[c]) top = std::min(top, words[i].y0), bottom = std::max(bottom, words[i].y1);
        columns[c].push_back({join_words(words, parts[c]), top, bottom});
      }
      for (size_t i : idx) in_header[i] = true;
    }
    for (size_t i : marks)
      if (y_center(words[i]) >= lines[begin].top && y_center(words[i]) <= lines[end - 1].bottom) in_header[i] = true;
    emit_header(columns[0], columns[1], out);
  }

  std::vector<size_t> rest;
  for (size_t i = 0; i < words.size(); ++i)
    if (!in_header[i]) rest.push_back(i);
  // Tables come out as pipe rows where they stand; the text above, between and below them
  // flows in poppler's order.
  std::vector<bool> in_table(words.size(), false);
  std::vector<PdfTable> tables = find_pdf_tables(words, rest);
  for (const auto& t : tables)
    for (size_t i : t.words) in_table[i] = true;
  // Each other word goes before the first table whose middle is below it: none is lost.
  std::vector<std::vector<size_t>> parts(tables.size() + 1);
  for (size_t i : rest) {
    if (in_table[i]) continue;
    size_t t = 0;
    while (t < tables.size() && (tables[t].top + tables[t].bottom) / 2 < y_center(words[i])) ++t;
    parts[t].push_back(i);
  }
  for (size_t t = 0; t <= tables.size(); ++t) {
    flow_lines(words, parts[t], out);
    if (t == tables.size()) break;
    if (!out.empty() && !out.back().empty()) out.emplace_back();
    out.insert(out.end(), tables[t].lines.begin(), tables[t].lines.end());
    out.emplace_back();
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace vnpolicy
