#include "segment/segmenter.h"

#include <algorithm>

#include "core/text.h"

namespace vnpolicy {

MarkerKind marker_kind_from_name(std::string_view n) {
  if (n == "caps") return MarkerKind::Caps;
  if (n == "part") return MarkerKind::Part;
  if (n == "chapter") return MarkerKind::Chapter;
  if (n == "article") return MarkerKind::Article;
  if (n == "upper_letter") return MarkerKind::UpperLetter;
  if (n == "roman") return MarkerKind::Roman;
  if (n == "arabic") return MarkerKind::Arabic;
  if (n == "arabic_nested") return MarkerKind::ArabicNested;
  if (n == "letter") return MarkerKind::Letter;
  if (n == "dash") return MarkerKind::Dash;
  if (n == "plus") return MarkerKind::Plus;
  return MarkerKind::None;
}

std::vector<int> SegmentedDocument::ancestors(int block) const {
  std::vector<int> out;
  for (int p = block >= 0 ? blocks[static_cast<size_t>(block)].parent : -1; p >= 0;
       p = blocks[static_cast<size_t>(p)].parent)
    out.push_back(p);
  return out;
}

int SegmentedDocument::block_at(size_t off) const {
  auto it = std::upper_bound(blocks.begin(), blocks.end(), off,
                             [](size_t o, const Block& b) { return o < b.span.begin; });
  if (it == blocks.begin()) return -1;
  --it;
  return off <= it->span.end ? static_cast<int>(it - blocks.begin()) : -1;
}

namespace {

bool is_abbreviation_before(std::string_view text, size_t dot) {
  size_t b = dot;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '(') --b;
  std::string_view word = text.substr(b, dot - b);
  static const std::string_view abbrevs[] = {"TP", "Tp", "TT", "TM", "ThS", "TS", "PGS", "GS", "BS", "KT",
                                             "Q", "P", "UBND", "CV", "VP", "St", "ĐT", "Th", "V/v", "v/v"};
  for (auto a : abbrevs)
    if (word == a) return true;
  return false;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, size_t b, size_t e) {
  std::vector<Span> out;
  size_t start = b;
  auto skip_space = [&](size_t i) {
    while (i < e && (text[i] == ' ' || text[i] == '\t')) ++i;
    return i;
  };
  start = skip_space(start);
  for (size_t i = start; i < e; ++i) {
    char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    // "./." closes a document; "..." is an ellipsis inside a sentence.
    size_t j = i + 1;
    while (j < e && (text[j] == '.' || text[j] == '/' || text[j] == '"' || text[j] == ')')) ++j;
    if (j >= e) break;
    if (text[j] != ' ') continue;
    size_t k = skip_space(j);
    if (k >= e) break;
    size_t probe = k;
    char32_t next = next_code_point(text, probe);
    if (!(is_upper_cp(next) || (next >= '0' && next <= '9') || next == '-' || next == '(' || next == '"' ||
          next == 0x201C))
      continue;
    if (c == '.' && is_abbreviation_before(text, i)) continue;
    if (c == '.' && i > b && text[i - 1] >= '0' && text[i - 1] <= '9' && next >= '0' && next <= '9') continue;
    out.push_back({start, j});
    start = k;
    i = k;
  }
  if (start < e) {
    size_t end = e;
    while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    if (end > start) out.push_back({start, end});
  }
  return out;
}

namespace {

std::vector<Span> split_cells(std::string_view text, size_t b, size_t e) {
  std::vector<Span> cells;
  bool pipes = false;
  for (size_t i = b; i < e; ++i)
    if (text[i] == '\t') { pipes = false; break; } else if (text[i] == '|') pipes = true;
  char sep = pipes ? '|' : '\t';
  size_t start = b;
  if (pipes) {
    while (start < e && (text[start] == ' ')) ++start;
    if (start < e && text[start] == '|') ++start;
  }
  for (size_t i = start; i <= e; ++i) {
    if (i == e || text[i] == sep) {
      size_t cb = start, ce = i;
      while (cb < ce && (text[cb] == ' ' || text[cb] == '\t')) ++cb;
      while (ce > cb && (text[ce - 1] == ' ' || text[ce - 1] == '\t')) --ce;
      if (!(pipes && i == e && cb == ce)) cells.push_back({cb, ce});
      start = i + 1;
    }
  }
  return cells;
}

}  // namespace

SegmentedDocument segment_document(NormalizedDocument doc, const RuleSet& rules) {
  SegmentedDocument out;
  out.doc = std::move(doc);
  const std::string& text = out.doc.text;
  const auto& markers = rules.group("segment.marker");

  std::vector<std::pair<MarkerKind, int>> stack;  // open marker kinds and their blocks
  for (size_t pi = 0; pi < out.doc.paragraphs.size(); ++pi) {
    const Paragraph& p = out.doc.paragraphs[pi];
    Block b;
    b.paragraph = static_cast<int>(pi);
    b.line = p.first_line;
    b.span = {p.begin, p.end};
    b.content = b.span;
    std::string_view ptext = out.doc.paragraph_text(p);

    if (p.has(kFootnote)) {
      b.kind = BlockKind::Footnote;
      b.sentences = split_sentences(text, b.span.begin, b.span.end);
      out.blocks.push_back(std::move(b));
      continue;
    }
    if (p.has(kTableRow)) {
      b.kind = BlockKind::TableRow;
      b.cells = split_cells(text, p.begin, p.end);
      b.parent = stack.empty() ? -1 : stack.back().second;
      b.depth = static_cast<int>(stack.size());
      b.sentences.push_back(b.span);
      out.blocks.push_back(std::move(b));
      continue;
    }
    for (const Rule* r : markers) {
      re2::StringPiece m[2];
      if (!r->re->Match(re2::StringPiece(ptext.data(), ptext.size()), 0, ptext.size(), RE2::ANCHOR_START, m, 2))
        continue;
      // "(1) (2) (3)" heading a table's columns numbers no item: a marker so marked opens words.
      if (r->field("then") == "letter") {
        size_t at = m[0].size();
        if (at >= ptext.size() || !is_letter_cp(next_code_point(ptext, at))) continue;
      }
      b.marker_kind = marker_kind_from_name(r->field("kind"));
      b.marker = m[1].data() ? std::string(m[1]) : std::string();
      b.content.begin = p.begin + m[0].size();
      break;
    }
    const bool short_line = ptext.size() < 260;
    std::string_view content_text = std::string_view(text).substr(b.content.begin, b.content.end - b.content.begin);
    std::string_view last = trim(content_text);
    const bool unpunctuated = !last.empty() && std::string_view(".;!?").find(last.back()) == std::string_view::npos;
    b.heading_like = short_line && (p.has(kAllCaps) || p.has(kBold) || p.has(kMarkdownHeading) ||
                                    (unpunctuated && b.marker_kind != MarkerKind::Dash &&
                                     b.marker_kind != MarkerKind::Plus));
    if (b.marker_kind == MarkerKind::None && (p.has(kMarkdownHeading) || (p.has(kAllCaps) && short_line))) {
      b.marker_kind = MarkerKind::Caps;
    }
    switch (b.marker_kind) {
      case MarkerKind::None: b.kind = BlockKind::Paragraph; break;
      case MarkerKind::Arabic: case MarkerKind::ArabicNested: case MarkerKind::Letter:
      case MarkerKind::Dash: case MarkerKind::Plus:
        b.kind = b.heading_like ? BlockKind::Heading : BlockKind::ListItem; break;
      default: b.kind = BlockKind::Heading; break;
    }
    if (b.marker_kind != MarkerKind::None) {
      auto it = std::find_if(stack.begin(), stack.end(), [&](const auto& e) { return e.first == b.marker_kind; });
      if (it != stack.end()) {
        stack.erase(it, stack.end());
      } else if (b.marker_kind == MarkerKind::Caps || b.marker_kind == MarkerKind::Part ||
                 b.marker_kind == MarkerKind::Chapter || b.marker_kind >= MarkerKind::Roman) {
        // A new kind closes the open items of the kinds that number below it (a Roman
        // heading ends the "1." and "a)" before it). Upper-case letters are left out:
        // documents put "A." both above and below Roman numerals.
        while (!stack.empty() && stack.back().first > b.marker_kind) stack.pop_back();
      }
      b.parent = stack.empty() ? -1 : stack.back().second;
      b.depth = static_cast<int>(stack.size());
      stack.emplace_back(b.marker_kind, static_cast<int>(out.blocks.size()));
    } else {
      b.parent = stack.empty() ? -1 : stack.back().second;
      b.depth = static_cast<int>(stack.size());
    }
    b.sentences = split_sentences(text, b.content.begin, b.content.end);
    out.blocks.push_back(std::move(b));
  }
  return out;
}

}  // namespace vnpolicy
