// read_pdf for the program: the reader lives in vnpolicy_pdf.so, loaded by the first PDF.
#include "modules/module_loader.h"
#include "modules/pdf_module.h"
#include "read/format_readers.h"

namespace vnpolicy {

void read_pdf(std::string_view bytes, const ReadOptions& options, ReadOutcome& out) {
  const modules::PdfModule* pdf = nullptr;
  try {
    pdf = static_cast<const modules::PdfModule*>(modules::load_module("pdf", modules::kPdfModuleAbi, "reading PDF files"));
  } catch (const modules::ModuleError& e) {
    out.error = e.what();  // this file fails; the batch goes on
    return;
  }
  pdf->read_pdf(bytes, options, out);
}

}  // namespace vnpolicy
