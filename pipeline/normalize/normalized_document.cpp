#include "normalize/normalized_document.h"

#include <algorithm>
#include <cstdlib>

#include "core/text.h"
#include "normalize/aligned_table.h"
#include "normalize/cue_repair.h"
#include "normalize/unicode.h"

namespace vnpolicy {

int NormalizedDocument::line_of_source(size_t off) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), off);
  return static_cast<int>(it - line_starts.begin());
}

std::string_view NormalizedDocument::source_line(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t b = line_starts[static_cast<size_t>(line - 1)];
  size_t e = static_cast<size_t>(line) < line_starts.size() ? line_starts[static_cast<size_t>(line)] - 1 : source.size();
  return std::string_view(source).substr(b, e - b);
}

std::string NormalizedDocument::source_text(size_t b, size_t e) const {
  if (e <= b) return {};
  size_t sb = to_source.to_input(b);
  // Map the last byte, not the end, so that a span ending a paragraph does not run
  // into whatever the next paragraph's source is.
  size_t se = to_source.to_input(e - 1) + 1;
  while (se < source.size() && (static_cast<unsigned char>(source[se]) & 0xC0) == 0x80) ++se;
  if (se <= sb || se > source.size()) return collapse_whitespace(std::string_view(text).substr(b, e - b));
  return collapse_whitespace(std::string_view(source).substr(sb, se - sb));
}

int NormalizedDocument::paragraph_at(size_t off) const {
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), off,
                             [](size_t o, const Paragraph& p) { return o < p.begin; });
  if (it == paragraphs.begin()) return -1;
  --it;
  return off <= it->end ? static_cast<int>(it - paragraphs.begin()) : -1;
}

namespace {

bool matches_any(const RuleGroup& rules, std::string_view s) { return rules.first_matching(s) != nullptr; }

// A paragraph under construction: its own text and map, concatenated at the end.
struct Building {
  std::string text;
  OffsetMap map;
  int first_line = 0, last_line = 0;
  uint32_t flags = 0;
  int heading_level = 0;
  bool opens_block = false;  // the first line opens an item, article or "Căn cứ" clause
  std::string last_piece;  // the last line's cleaned text, for the join decision
};

// One line with markup removed. Pieces keep their source offsets.
struct CleanLine {
  std::string text;   // tone-normalised, markup removed, trimmed
  OffsetMap map;      // offsets in `text` -> source
  uint32_t flags = 0;
  int heading_level = 0;
  bool sup_marker = false;
  bool sup_start = false;  // line begins with <sup>N</sup>: a footnote
};

// "giai đoạn 2021": the text ends in a year of four digits (not in a longer number).
bool ends_with_year(std::string_view s) {
  s = trim(s);
  if (s.size() < 4) return false;
  std::string_view y = s.substr(s.size() - 4);
  if (!std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  if (!(y.substr(0, 2) == "19" || y.substr(0, 2) == "20")) return false;
  return s.size() == 4 || !(s[s.size() - 5] >= '0' && s[s.size() - 5] <= '9');
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ends) {
  for (auto e : ends)
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  return false;
}

CleanLine clean_line(std::string_view src, size_t line_begin, std::string_view line, const RuleGroup& cue_repairs) {
  CleanLine out;
  std::string_view t = trim(line);
  size_t off = line_begin + static_cast<size_t>(t.data() - line.data());
  auto starts = [&](std::string_view p) { return t.substr(0, p.size()) == p; };
  if (starts("#")) {
    size_t k = 0;
    while (k < t.size() && t[k] == '#') ++k;
    out.heading_level = static_cast<int>(k);
    out.flags |= kMarkdownHeading;
    t.remove_prefix(k);
    off += k;
  }
  std::string_view stripped = trim(t);
  if (stripped.size() > 4 && stripped.substr(0, 2) == "**" && stripped.substr(stripped.size() - 2) == "**")
    out.flags |= kBold;
  if (t.find("<sup>") != std::string_view::npos && trim(t).substr(0, 5) == "<sup>") out.sup_start = true;
  // Copy runs of ordinary text; drop '*' emphasis, '\' escapes and <sup>..</sup> markers.
  size_t i = 0;
  std::string raw;
  OffsetMap raw_map;
  // "* Tổ chức …": a markdown bullet, kept as the item's marker; any other '*' is emphasis.
  const bool bullet = t.size() > 2 && t[0] == '*' && t[1] == ' ' && t[2] != '*';
  while (i < t.size()) {
    if (t[i] == '*' && !(bullet && i == 0)) {
      size_t k = i;
      while (k < t.size() && t[k] == '*') ++k;
      // "BÁO CÁO****tình hình": emphasis between two words stood for a break.
      if (i > 0 && k < t.size() && t[i - 1] != ' ' && t[k] != ' ' && !raw.empty() && raw.back() != ' ' &&
          static_cast<unsigned char>(t[k]) >= 0x41) {
        raw_map.add(raw.size(), off + i);
        raw += ' ';
      }
      i = k;
      continue;
    }
    if (t[i] == '\\' && i + 1 < t.size() && std::string_view("*_#[]().-").find(t[i + 1]) != std::string_view::npos) {
      ++i;
      continue;
    }
    if (t.substr(i, 5) == "<sup>") {
      size_t close = t.find("</sup>", i);
      if (close != std::string_view::npos) {
        out.sup_marker = true;
        i = close + 6;
        continue;
      }
    }
    size_t j = i;
    while (j < t.size() && t[j] != '*' && t[j] != '\\' && t.substr(j, 5) != "<sup>") ++j;
    if (j == i) ++j;
    raw_map.add(raw.size(), off + i);
    raw.append(t.substr(i, j - i));
    i = j;
  }
  // Tone normalisation with anchors mapping straight to the source.
  std::string_view rv = raw;
  size_t b = 0, e = rv.size();
  while (b < e && (rv[b] == ' ' || rv[b] == '\t')) ++b;
  while (e > b && (rv[e - 1] == ' ' || rv[e - 1] == '\t')) --e;
  // Walk raw in runs that are contiguous in the source so that anchors stay exact.
  size_t pos = b;
  while (pos < e) {
    size_t src_pos = raw_map.to_input(pos);
    size_t run_end = raw_map.contiguous_end(pos, e);
    // Extend the run to a code point boundary.
    while (run_end < e && (static_cast<unsigned char>(rv[run_end]) & 0xC0) == 0x80) ++run_end;
    out.map.add(out.text.size(), src_pos);
    normalize_tone_marks(rv.substr(pos, run_end - pos), out.text, &out.map, src_pos, out.text.size());
    pos = run_end;
  }
  repair_cue_words(cue_repairs, out.text, out.map);
  (void)src;
  // A single capitalised word is an acronym that wrapped ("AI", "MTQG."), not a heading.
  std::string_view tt = trim(out.text);
  bool one_word = tt.find(' ') == std::string_view::npos;
  if (is_all_caps(tt) && !one_word) out.flags |= kAllCaps;
  return out;
}

// The footnote number when `s` opens a numbered footnote, else 0.
int numbered_footnote(const RuleGroup& rules, std::string_view s) {
  for (const Rule* r : rules.matching(s)) {
    re2::StringPiece m[2];
    if (!r->re->Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::ANCHOR_START, m, 2)) continue;
    return m[1].data() ? std::atoi(std::string(m[1]).c_str()) : 0;
  }
  return 0;
}


bool starts_upper(std::string_view s) {
  size_t i = 0;
  return !s.empty() && is_upper_cp(next_code_point(s, i));
}

bool starts_lower(std::string_view s) {
  size_t i = 0;
  return !s.empty() && is_lower_cp(next_code_point(s, i));
}

}  // namespace

NormalizedDocument normalize_document(std::string_view utf8_text, const RuleSet& rules) {
  NormalizedDocument doc;
  doc.source = tabs_for_aligned_tables(to_nfc(utf8_text));  // column-aligned tables read as TAB rows
  const std::string& src = doc.source;
  doc.line_starts.push_back(0);
  for (size_t i = 0; i < src.size(); ++i)
    if (src[i] == '\n') doc.line_starts.push_back(i + 1);

  const auto& noise = rules.group("layout.noise_line");
  const auto& block_start = rules.group("layout.block_start");
  const auto& footnote_start = rules.group("layout.footnote_start");
  const auto& line_continues = rules.group("layout.line_continues");
  const auto& year_span_wrap = rules.group("layout.year_span_wrap");
  const auto& cue_repairs = rules.group("normalize.cue_repair");

  // Pass 1: does the document put a blank line after every line (PDF export style)?
  // Then a blank line is no paragraph break.
  // One paragraph per line with blank lines between (markdown) is not that style:
  // there the lines before blanks end their sentences.
  int content = 0, followed_by_blank = 0, wrapped_before_blank = 0;
  for (int l = 1; l <= doc.line_count(); ++l) {
    std::string_view t = trim(doc.source_line(l));
    if (t.empty()) continue;
    ++content;
    if (l < doc.line_count() && trim(doc.source_line(l + 1)).empty()) {
      ++followed_by_blank;
      if (std::string_view(".:;!?*").find(t.back()) == std::string_view::npos) ++wrapped_before_blank;
    }
  }
  const bool double_spaced = content > 0 && followed_by_blank * 10 > content * 6 &&
                             wrapped_before_blank * 10 > followed_by_blank * 3;
  doc.double_spaced = double_spaced;
  // Typical full line width: a line well short of it ended its paragraph (or heading)
  // unless the next line starts in lower case.
  std::vector<size_t> widths;
  for (int l = 1; l <= doc.line_count(); ++l) {
    std::string_view t = trim(doc.source_line(l));
    if (t.empty()) continue;
    size_t n = 0;
    for (size_t i = 0; i < t.size(); ++n) next_code_point(t, i);
    widths.push_back(n);
  }
  size_t full_width = 0;
  if (!widths.empty()) {
    std::sort(widths.begin(), widths.end());
    full_width = widths[widths.size() * 9 / 10];
  }
  auto short_line = [&](std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
    return full_width >= 40 && n * 10 < full_width * 7;
  };
  auto ends_sentence_or_clause = [](std::string_view s) {
    return !s.empty() && std::string_view(".:;!?,").find(s.back()) != std::string_view::npos;
  };
  // Crawled HTML often breaks each item after a short first line and wraps the rest at
  // full width. When most short, open item lines go on in lower case, those that meet a
  // capital go on too: the capital starts a name ("- Phối hợp Bộ Chỉ huy" / "Quân sự tỉnh,
  // Công an tỉnh …"), not a paragraph.
  int item_goes_on_lower = 0, item_goes_on_upper = 0;
  for (int l = 1; l < doc.line_count(); ++l) {
    std::string_view t = trim(doc.source_line(l)), n = trim(doc.source_line(l + 1));
    if (t.empty() || n.empty() || !short_line(t) || ends_sentence_or_clause(t) || is_all_caps(t)) continue;
    if (!matches_any(block_start, t) || matches_any(block_start, n) || n.front() == '|') continue;
    if (starts_lower(n)) ++item_goes_on_lower;
    else if (starts_upper(n)) ++item_goes_on_upper;
  }
  const bool short_first_lines = item_goes_on_lower >= 5 && item_goes_on_lower >= 2 * item_goes_on_upper;
  // Crawled HTML also puts an item's dash on a line of its own ("-" / "Tuyên truyền, phổ biến …"),
  // which reads as a rule line. Where a document does so more than once, such a dash before a
  // full line that opens a sentence marks that line as an item.
  auto next_content_line = [&](int l) {
    for (int n = l + 1; n <= doc.line_count() && n <= l + 2; ++n)
      if (!trim(doc.source_line(n)).empty()) return n;
    return 0;
  };
  auto lone_dash = [&](int l) {
    std::string_view t = trim(doc.source_line(l));
    if (t != "-" && t != "+" && t != "–") return 0;
    int n = next_content_line(l);
    if (n == 0) return 0;
    std::string_view next = trim(doc.source_line(n));
    return starts_upper(next) && !is_all_caps(next) && !short_line(next) && !matches_any(block_start, next) ? n : 0;
  };
  std::vector<int> dash_before(static_cast<size_t>(doc.line_count()) + 2, 0);  // line -> its lone dash's line
  std::vector<char> is_lone_dash(dash_before.size(), 0);
  int lone_dashes = 0;
  for (int l = 1; l <= doc.line_count(); ++l)
    if (int n = lone_dash(l)) {
      dash_before[static_cast<size_t>(n)] = l;
      is_lone_dash[static_cast<size_t>(l)] = 1;
      ++lone_dashes;
    }
  if (lone_dashes < 2) {
    std::fill(dash_before.begin(), dash_before.end(), 0);
    std::fill(is_lone_dash.begin(), is_lone_dash.end(), 0);
  }

  std::vector<Building> built;
  int open = -1;           // paragraph lines may still join
  int body_open = -1;      // body paragraph interrupted by a footnote block
  int blanks = 0;
  bool page_break = false; // a page header, page number or signature stamp since the last line
  int last_footnote = 0;   // numbers of printed footnotes run 1, 2, 3 ... through a document

  auto closed_text = [](std::string_view s) { return ends_with_any(s, {".", ":", "!", "?", "./."}); };
  auto dash_item_next = [&](int l) {  // the next line with text opens a dash or plus item
    int n = next_content_line(l);
    std::string_view t = n ? trim(doc.source_line(n)) : std::string_view();
    return t.size() > 2 && (t[0] == '-' || t[0] == '+') && matches_any(block_start, t);
  };
  // "3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam tỉnh, Hội Liên hiệp" / "" / "Phụ nữ tỉnh, Tỉnh
  // đoàn:" / "- …": a numbered heading's list of units wrapped in short lines, with a blank line
  // inside, runs on from line l to a line that ends in ':' right before its dash items. Each line is
  // a short open piece of a list (a comma in it) with no digits or '/' (no page header).
  auto unit_list_runs_to_items = [&](int l) {
    bool comma = false;
    for (int n = l, seen = 0; n > 0 && seen < 3; n = next_content_line(n), ++seen) {
      std::string_view t = trim(doc.source_line(n));
      if (!short_line(t) || !starts_upper(t) || is_all_caps(t) || matches_any(block_start, t) || matches_any(noise, t) ||
          t.find_first_of("0123456789/|") != std::string_view::npos)
        return false;
      comma = comma || t.find(',') != std::string_view::npos;
      if (t.back() == ':') return comma && dash_item_next(n);
      if (ends_sentence_or_clause(t) && t.back() != ',') return false;
    }
    return false;
  };

  for (int l = 1; l <= doc.line_count(); ++l) {
    std::string_view line = doc.source_line(l);
    if (trim(line).empty()) { ++blanks; continue; }
    if (is_lone_dash[static_cast<size_t>(l)]) continue;  // an item's dash, read with the line it marks
    if (matches_any(noise, line)) { page_break = true; continue; }
    CleanLine cl = clean_line(src, doc.line_starts[static_cast<size_t>(l - 1)], line, cue_repairs);
    if (int dash = dash_before[static_cast<size_t>(l)]; dash > 0 && !cl.text.empty()) {
      std::string_view dash_line = doc.source_line(dash);
      CleanLine marked;
      marked.map.add(0, doc.line_starts[static_cast<size_t>(dash - 1)] + dash_line.find_first_not_of(" \t"));
      marked.text = std::string(trim(dash_line)) + " ";
      marked.map.append(cl.map, marked.text.size());
      marked.text += cl.text;
      marked.flags = cl.flags;
      marked.heading_level = cl.heading_level;
      cl = std::move(marked);
    }
    if (cl.sup_marker) doc.footnote_marker_lines.push_back(l);
    if (cl.text.empty()) continue;
    const bool table = line.find('\t') != std::string_view::npos || trim(line).substr(0, 1) == "|";
    // A numbered footnote line must carry the document's next footnote number, so a
    // wrapped line that happens to start "3 Chương trình ..." stays in its sentence.
    bool footnote = cl.sup_start;
    if (!footnote) {
      int n = numbered_footnote(footnote_start, cl.text);
      if (n > 0 && n == last_footnote + 1) {
        footnote = true;
        last_footnote = n;
      }
    }
    // "… giai đoạn 2021" / "- 2025”;": a span of years wrapped at its dash is no list item.
    const bool year_span_end = open >= 0 && matches_any(year_span_wrap, cl.text) &&
                               ends_with_year(built[static_cast<size_t>(open)].last_piece);
    const bool structural = table || footnote || (!year_span_end && matches_any(block_start, cl.text));

    auto joins = [&](const Building& p) {
      if (structural || (p.flags & kTableRow)) return false;
      // A line ending in a function word ("phối hợp với các") goes on, whatever the next
      // line starts with and however short it is; one blank line between does not end it.
      // A bold line is a heading whatever word it ends in ("**1. Các chi bộ trực thuộc**").
      const bool bold_heading = (p.flags & kBold) && !(cl.flags & kBold);
      if (!(p.flags & kMarkdownHeading) && !bold_heading && blanks <= 1 && matches_any(line_continues, p.last_piece))
        return true;
      if (blanks <= 1 && p.opens_block && p.last_line - p.first_line < 2 && !(p.flags & kAllCaps) &&
          !ends_sentence_or_clause(p.last_piece) && short_line(p.last_piece) && unit_list_runs_to_items(l))
        return true;
      // Blank lines around page furniture are a page break, not a paragraph break.
      if (!double_spaced && blanks > 0 && !page_break) return false;
      if (blanks > 2 && !page_break) return false;
      std::string_view prev = p.last_piece;
      if (p.flags & (kMarkdownHeading)) return false;
      if ((p.flags & kBold) && !(cl.flags & kBold)) return false;
      bool prev_caps = (p.flags & kAllCaps) != 0, caps = (cl.flags & kAllCaps) != 0;
      if (prev_caps != caps) return starts_lower(cl.text) && !closed_text(prev) && !prev_caps;
      if (closed_text(prev)) return false;
      if (ends_with_any(prev, {";"})) return starts_lower(cl.text);
      if (prev_caps && caps) return true;  // a capitalised heading wrapped over two lines
      // A line ending well short of the page width ended its paragraph, unless the next
      // line carries on in lower case or with a number ("đến năm" / "2030", "Nghị quyết
      // số" / "57-NQ/TW").
      // No paragraph ends in a comma: "1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk," / "Khánh Hòa, …".
      if (ends_with_any(prev, {","})) return true;
      if (starts_upper(cl.text) && short_line(prev)) {
        // "2. Ban Quản lý Khu kinh tế" / "Đông Nam" / "- Đề xuất …": a short open tail right before
        // a dash item ends the numbered heading's name.
        if (p.opens_block && p.first_line == p.last_line && !ends_sentence_or_clause(cl.text) && dash_item_next(l) &&
            cl.text.find_first_of("0123456789/|") == std::string::npos)  // a page header ("CÔNG BÁO/Số 437 …") is no name
          return true;
        // ... or when the item's short first line wraps in a crawled text, unless the
        // next line is as short and open (cells of a table flattened one per line).
        return short_first_lines && p.opens_block && p.first_line == p.last_line &&
               (!short_line(cl.text) || ends_sentence_or_clause(cl.text));
      }
      return true;
    };

    int target = -1;
    if (open >= 0 && joins(built[static_cast<size_t>(open)])) {
      target = open;
    } else if (open >= 0 && (built[static_cast<size_t>(open)].flags & kFootnote) && body_open >= 0 &&
               !structural && joins(built[static_cast<size_t>(body_open)])) {
      // The sentence a footnote block interrupted goes on here.
      target = body_open;
    }
    if (target >= 0) {
      Building& p = built[static_cast<size_t>(target)];
      p.map.add(p.text.size(), doc.line_starts[static_cast<size_t>(l - 1)]);
      p.text += ' ';
      p.map.append(cl.map, p.text.size());
      p.text += cl.text;
      p.last_line = l;
      p.last_piece = cl.text;
      p.flags &= ~static_cast<uint32_t>(kAllCaps) | (cl.flags & kAllCaps);
      if (target == body_open) { open = body_open; body_open = -1; }
    } else {
      if (footnote) {
        if (open >= 0 && !(built[static_cast<size_t>(open)].flags & kFootnote) &&
            !closed_text(built[static_cast<size_t>(open)].last_piece))
          body_open = open;
      } else {
        body_open = -1;
      }
      Building p;
      p.text = cl.text;
      p.map = cl.map;
      p.first_line = p.last_line = l;
      p.flags = cl.flags | (table ? kTableRow : 0u) | (footnote ? kFootnote : 0u);
      p.heading_level = cl.heading_level;
      p.opens_block = !table && !footnote && matches_any(block_start, cl.text);
      p.last_piece = cl.text;
      built.push_back(std::move(p));
      open = static_cast<int>(built.size()) - 1;
    }
    blanks = 0;
    page_break = false;
  }

  for (auto& p : built) {
    Paragraph para;
    para.begin = doc.text.size();
    doc.to_source.append(p.map, doc.text.size());
    doc.text += p.text;
    para.end = doc.text.size();
    para.first_line = p.first_line;
    para.last_line = p.last_line;
    para.flags = p.flags;
    para.heading_level = p.heading_level;
    doc.paragraphs.push_back(para);
    doc.to_source.add(doc.text.size(), doc.line_starts[static_cast<size_t>(p.last_line - 1)] +
                                           doc.source_line(p.last_line).size());
    doc.text += '\n';
  }
  return doc;
}

}  // namespace vnpolicy
