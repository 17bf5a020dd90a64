// Stage 3 — segment: paragraphs become blocks (headings, list items, table rows with
// cells, footnotes, plain paragraphs) arranged in a section tree, each split into
// sentences. Marker shapes come from the `segment.marker` rules.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "normalize/normalized_document.h"
#include "rules/rule_set.h"

namespace vnpolicy {

struct Span {
  size_t begin = 0, end = 0;  // byte range in NormalizedDocument::text
  bool empty() const { return end <= begin; }
};

enum class BlockKind { Heading, ListItem, Paragraph, TableRow, Footnote };

// Marker kinds, from the outermost to the innermost in usual Vietnamese numbering.
enum class MarkerKind {
  None, Caps, Part, Chapter, Article, UpperLetter, Roman, Arabic, ArabicNested, Letter, Dash, Plus
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  MarkerKind marker_kind = MarkerKind::None;
  std::string marker;          // "II", "1", "a", "-", ... without punctuation
  Span span;                   // the whole paragraph
  Span content;                // after the marker
  int paragraph = 0;           // index into NormalizedDocument::paragraphs
  int line = 0;                // first original line
  int parent = -1;             // enclosing heading or list item, -1 at top level
  int depth = 0;
  bool heading_like = false;   // short, unpunctuated, caps or bold: names a section
  std::vector<Span> cells;     // table rows only
  std::vector<Span> sentences; // content split into sentences
};

struct SegmentedDocument {
  NormalizedDocument doc;
  std::vector<Block> blocks;

  std::string_view text(Span s) const { return std::string_view(doc.text).substr(s.begin, s.end - s.begin); }
  // Enclosing blocks, nearest first.
  std::vector<int> ancestors(int block) const;
  // Index of the block containing text offset, or -1.
  int block_at(size_t text_offset) const;
};

SegmentedDocument segment_document(NormalizedDocument doc, const RuleSet& rules);

// Sentence boundaries inside [b, e) of text (exposed for tests).
std::vector<Span> split_sentences(std::string_view text, size_t b, size_t e);

MarkerKind marker_kind_from_name(std::string_view name);

}  // namespace vnpolicy
