// views::write_xlsx for the program: the writer lives in vnpolicy_xlsx.so.
#include "modules/module_loader.h"
#include "modules/xlsx_module.h"
#include "views/export/xlsx_writer.h"

namespace vnpolicy::views {

void write_xlsx(const std::filesystem::path& path, const std::vector<Table>& sheets) {
  const modules::XlsxModule* xlsx = nullptr;
  try {
    xlsx = static_cast<const modules::XlsxModule*>(
        modules::load_module("xlsx", modules::kXlsxModuleAbi, "writing an XLSX workbook"));
  } catch (const modules::ModuleError& e) {
    throw ExportError(e.what());
  }
  if (auto error = xlsx->write_xlsx(path, sheets)) throw ExportError(*error);
}

}  // namespace vnpolicy::views
