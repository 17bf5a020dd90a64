// Lines of text from the words of one PDF page, in reading order. Pure geometry, no
// poppler: the PDF reader gives the words (in poppler's reading order, with boxes) and
// gets lines back, so the layout rules are testable on hand-made pages.
#pragma once
#include <string>
#include <vector>

namespace vnpolicy {

struct PdfWord {
  std::string text;        // UTF-8
  double x0 = 0, y0 = 0;   // top-left, points, y growing downwards
  double x1 = 0, y1 = 0;   // bottom-right
  bool space_after = false;
};

struct PdfPageGeometry {
  double width = 0, height = 0;
  bool may_hold_header = true;  // the document's first page with text
};

// The page's lines. When the top of the page holds a two-column header (issuer and
// number on the left, national motto, place and date on the right, side by side as
// Nghị định 30/2020 lays them out), its left column comes first, then its right column,
// so that each column's lines stay whole ("Số: 351/TTr-SNV" is not broken by a stamp
// drawn later). The rest follows poppler's reading order: a new line where the words
// leave the current baseline, an empty line where a block ends (a vertical gap larger
// than a line, or the flow jumping up or sideways to another block).
std::vector<std::string> layout_page_lines(const std::vector<PdfWord>& words, const PdfPageGeometry& page);

// The geometry the layout and table readers share.
namespace pdf_geometry {
double height(const PdfWord& w);
double y_center(const PdfWord& w);
// The words (indices, left to right) as one line of text.
std::string join_words(const std::vector<PdfWord>& words, const std::vector<size_t>& idx);
// A visual line: words whose vertical centres fall within one band, left to right.
struct VisualLine {
  std::vector<size_t> words;
  double top = 0, bottom = 0;
};
std::vector<VisualLine> visual_lines(const std::vector<PdfWord>& words, const std::vector<size_t>& subset);
}  // namespace pdf_geometry

}  // namespace vnpolicy
