// A document's text with its extracted items marked: where each item's text sits in
// the lines it was found on, as spans that nest (an item inside another) and never
// cross (a span that would cross an earlier one is left out: its item still shows in
// the item tables). Pure: text and items in, spans out; the page renders them.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "views/web/html.h"

namespace vnpolicy {
class AccentFolder;
}

namespace vnpolicy::views {

struct ItemToMark {
  int line = 0;          // 1-based line the item starts on
  std::string text;      // the item's text as extracted
  size_t id = 0;         // the caller's index
};

struct MarkedSpan {
  size_t begin = 0, end = 0;  // byte offsets in the joined text
  size_t id = 0;
};

// `line_starts[i]` is the byte offset of line i+1 in `text`. Each item is looked for
// from the start of its line, over at most a few lines, comparing code point by code
// point with white space runs equal to each other and letters compared folded (so a
// tone mark placed differently, "hoà"/"hòa", still matches). Spans come out sorted by
// begin, outer before inner.
std::vector<MarkedSpan> locate_items(std::string_view text, const std::vector<size_t>& line_starts,
                                     const std::vector<ItemToMark>& items, const AccentFolder& folder);

// Each line of the text (without its line end) as markup: text escaped, every span
// opened with `open(span, first_piece)` and closed with `close`. A span that runs over
// a line end is closed at the end of the line and opened again (first_piece false) on
// the next, so every line is well-formed on its own.
std::vector<Html> marked_lines(std::string_view text, const std::vector<size_t>& line_starts,
                               const std::vector<MarkedSpan>& spans,
                               const std::function<Html(const MarkedSpan&, bool first_piece)>& open, const Html& close);

}  // namespace vnpolicy::views
