// Stands in for the PDF reader until pdf_reader.cpp (poppler, Tesseract) replaces this
// file: a PDF is recognised by content and refused with a clear reason.
#include "read/format_readers.h"

namespace vnpolicy {

void read_pdf(std::string_view, const ReadOptions&, ReadOutcome& out) { out.error = "PDF reader not available"; }

}  // namespace vnpolicy
