// Tables on a PDF page, from the words' boxes alone: columns are the vertical strips of white
// space every line of the table leaves, rows start where the first column numbers them. A
// table is given back as pipe rows ("| 1 | Xây dựng đề án … | Sở Nội vụ | … |"), each cell's
// wrapped lines joined, so that the text readers after it see one row per line instead of
// the cells of a row interleaved line by line.
#pragma once
#include <string>
#include <vector>

#include "read/pdf_layout.h"

namespace vnpolicy {

struct PdfTable {
  double top = 0, bottom = 0;      // the band of the page it takes
  std::vector<size_t> words;       // indices of its words
  std::vector<std::string> lines;  // header row, "|---|" rule, body rows
};

// The tables among `body` (indices into `words`), top to bottom.
std::vector<PdfTable> find_pdf_tables(const std::vector<PdfWord>& words, const std::vector<size_t>& body);

// The title row of the table a page ended with, for the page after it.
struct PdfTableTitle {
  std::string header, rule;
  size_t columns = 0;
  bool open = false;  // the table ran to the page's end
};

// Called on each page's lines in order: a table that opens a page without its title row goes
// on from the one the page before ended with, when they have as many columns, and gets its
// title row back (a reader of pipe rows needs it to tell the columns apart).
void carry_table_title(std::vector<std::string>& page_lines, PdfTableTitle& last);

}  // namespace vnpolicy
