// The PDF reader (poppler, Tesseract) as the module vnpolicy_pdf.so (see module_loader.h).
// The program's read_pdf (pdf_loader.cpp) forwards to it; the tests link the reader itself.
#pragma once
#include <string_view>

#include "read/document_reader.h"

namespace vnpolicy::modules {

struct PdfModule {
  int abi_version;
  void (*read_pdf)(std::string_view bytes, const ReadOptions& options, ReadOutcome& out);
};
// Raise when PdfModule or a type it passes changes.
inline constexpr int kPdfModuleAbi = 1;

}  // namespace vnpolicy::modules
