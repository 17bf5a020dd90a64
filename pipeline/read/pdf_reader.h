// PDF with poppler (text layer) and Tesseract (pages without a usable text layer).
#pragma once
#include <string_view>

#include "read/document_reader.h"

namespace vnpolicy {

// Bounds that keep a hostile PDF from holding the batch: larger files are refused, pages
// past the limit and text past the time budget are left out with a warning. Poppler
// itself cannot be interrupted inside one page.
struct PdfLimits {
  static constexpr size_t max_bytes = 512u << 20;        // a real file is at most tens of MB
  static constexpr int max_pages = 3000;                  // pages read
  static constexpr int max_ocr_pages = 1000;              // pages OCR'd
  static constexpr double text_seconds = 300;             // text layer of the whole file
  static constexpr size_t max_text_bytes = 64u << 20;     // text kept
  static constexpr double max_render_pixels = 40e6;       // per page image: 40 MB in grey
  static constexpr int ocr_dpi = 300;                     // what Tesseract reads best
  static constexpr int min_page_chars = 150;              // fewer non-space characters: OCR the page
};

// Reads a PDF held in `bytes` into `out` (whose source.path names the file in messages):
// text in reading order, page starts, OCR of pages that need it (unless options.ocr is
// false), an error naming what is wrong (and the page) when the file cannot be read.
void read_pdf(std::string_view bytes, const ReadOptions& options, ReadOutcome& out);

// True when text that should be Vietnamese is not: too few words carry Vietnamese
// diacritics, or many letters are accented Latin that Vietnamese does not use (an OCR
// layer that lost the diacritics, or a font mapped to the wrong code points).
bool text_looks_garbled(std::string_view utf8);

}  // namespace vnpolicy
