// Arbitrary bytes as a PDF, as `vnpolicy ingest` reads a file that starts with "%PDF-":
// the reader gives text with a page map that fits it, or an error; never a crash or a
// hang. OCR is off (rendering and Tesseract on every input would be too slow to explore);
// the layout of OCR'd words is the same code as fuzz_pdf_layout drives.
#include <cstddef>
#include <cstdint>
#include <string>

#include "read/document_reader.h"
#include "read/pdf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vnpolicy;
  ReadOptions options;
  options.ocr = false;
  ReadOutcome out;
  out.source.path = "fuzz.pdf";
  read_pdf(std::string_view(reinterpret_cast<const char*>(data), size), options, out);
  if (out.error) return 0;
  int lines = 0;
  for (char c : out.text) lines += c == '\n';
  int last = 0;
  for (const auto& p : out.source.pages) {
    if (p.first_line <= last || p.first_line > lines) __builtin_trap();  // pages start in order, on real lines
    last = p.first_line;
  }
  return 0;
}
