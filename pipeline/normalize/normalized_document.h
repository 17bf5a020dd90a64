// Stage 2 — normalise: NFC text, tone marks in one convention, wrapped lines joined
// into paragraphs, page furniture and markup removed, with a map from every byte of
// the matching text back to the original line.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/offset_map.h"
#include "rules/rule_set.h"

namespace vnpolicy {

enum ParagraphFlag : uint32_t {
  kTableRow = 1u << 0,   // TAB-separated or '|' row; cells are split by the segmenter
  kFootnote = 1u << 1,   // footnote text printed at a page break or as <sup>N</sup> line
  kBold = 1u << 2,       // the whole line was **bold** markdown
  kMarkdownHeading = 1u << 3,  // "# ..." line
  kAllCaps = 1u << 4,
};

struct Paragraph {
  size_t begin = 0, end = 0;  // byte range in NormalizedDocument::text
  int first_line = 0;         // 1-based line of the original file
  int last_line = 0;
  uint32_t flags = 0;
  int heading_level = 0;      // number of '#' for markdown headings
  bool has(ParagraphFlag f) const { return (flags & f) != 0; }
};

class NormalizedDocument {
 public:
  std::string source;               // NFC text of the file, LF line ends: `text` fields are cut from here
  std::vector<size_t> line_starts;  // byte offset of each line in `source`
  std::string text;                 // matching text: paragraphs separated by '\n'
  OffsetMap to_source;              // offset in `text` -> offset in `source`
  std::vector<Paragraph> paragraphs;
  std::vector<int> footnote_marker_lines;  // lines where a <sup>N</sup> marker was removed
  bool double_spaced = false;       // a blank line follows nearly every line (PDF export): blanks are no breaks

  int line_count() const { return static_cast<int>(line_starts.size()); }
  int line_of_source(size_t source_offset) const;
  int line_of(size_t text_offset) const { return line_of_source(to_source.to_input(text_offset)); }
  std::string_view source_line(int line) const;   // without the '\n'
  // The original text behind text[b, e), whitespace collapsed (line breaks become spaces).
  std::string source_text(size_t b, size_t e) const;
  std::string_view paragraph_text(const Paragraph& p) const { return std::string_view(text).substr(p.begin, p.end - p.begin); }
  // Index of the paragraph containing text offset, or -1.
  int paragraph_at(size_t text_offset) const;
};

// Builds the matching text. `rules` provides the layout groups:
//   layout.noise_line      lines dropped before joining (page headers, page numbers, rules)
//   layout.block_start     lines that always open a new paragraph (headings, list markers)
//   layout.footnote_start  lines that open a footnote
NormalizedDocument normalize_document(std::string_view utf8_text, const RuleSet& rules);

}  // namespace vnpolicy
