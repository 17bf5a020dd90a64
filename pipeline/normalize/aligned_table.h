// Column-aligned tables, as `pdftotext -layout` and portal text dumps give them: one row per
// line, its cells apart by runs of two or more spaces. Such a block is rewritten with TABs
// between its cells, so it is read like any TAB-separated table (kTableRow; the segmenter
// cuts the cells, the table readers find the header by its words). Line count and order
// are kept, so every line number still points at the file.
#pragma once
#include <string>
#include <string_view>

namespace vnpolicy {

// `text` with the cell gaps of every column-aligned block turned into TABs: at least
// kMinAlignedRows lines in a row (one blank line between them allowed) that each hold three
// or more cells, the first of them (the header) all words. Anything else is left as written.
std::string tabs_for_aligned_tables(std::string_view text);

}  // namespace vnpolicy
