// The entry of vnpolicy_pdf.so.
#include "modules/pdf_module.h"
#include "read/pdf_reader.h"

extern "C" __attribute__((visibility("default"))) const void* vnpolicy_pdf_module() {
  static const vnpolicy::modules::PdfModule table{vnpolicy::modules::kPdfModuleAbi, &vnpolicy::read_pdf};
  return &table;
}
