// vnpolicy_read [--no-ocr] [--threads N] [--quiet] FILE... : reads each file as the
// pipeline does (format by content, PDF text layer, OCR of scanned pages) and prints its
// text to stdout, so that bench/run can time the reader against pdftotext and tesseract
// on the same files, and a developer can see what the extractor is given. A summary
// line per file (pages, OCR'd pages, warnings, error) goes to stderr.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "read/document_reader.h"

int main(int argc, char** argv) {
  vnpolicy::ReadOptions options;
  bool quiet = false;
  int failed = 0;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--no-ocr")) { options.ocr = false; continue; }
    if (!std::strcmp(argv[i], "--quiet")) { quiet = true; options.ocr_progress = false; continue; }
    if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) { options.ocr_threads = std::atoi(argv[++i]); continue; }
    vnpolicy::ReadOutcome r = vnpolicy::read_document(argv[i], options);
    if (r.error) {
      std::fprintf(stderr, "%s: error: %s\n", argv[i], r.error->c_str());
      ++failed;
      continue;
    }
    std::fwrite(r.text.data(), 1, r.text.size(), stdout);
    if (quiet) continue;
    int ocr_pages = 0;
    for (const auto& p : r.source.pages) ocr_pages += p.ocr_confidence.has_value();
    std::fprintf(stderr, "%s: %s, %zu pages with text, %d OCR'd, %zu bytes of text\n", argv[i],
                 r.source.format.c_str(), r.source.pages.size(), ocr_pages, r.text.size());
    for (const auto& p : r.source.pages)
      if (p.ocr_confidence) std::fprintf(stderr, "  page %d from line %d: OCR confidence %.0f\n", p.page, p.first_line, *p.ocr_confidence);
    for (const auto& w : r.warnings) std::fprintf(stderr, "  warning: %s\n", w.c_str());
  }
  return failed ? 1 : 0;
}
