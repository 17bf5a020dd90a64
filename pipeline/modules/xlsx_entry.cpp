// The entry of vnpolicy_xlsx.so.
#include "modules/xlsx_module.h"
#include "views/export/xlsx_writer.h"

namespace {

std::optional<std::string> write_xlsx(const std::filesystem::path& path, const std::vector<vnpolicy::views::Table>& sheets) {
  try {
    vnpolicy::views::write_xlsx(path, sheets);
  } catch (const vnpolicy::views::ExportError& e) {
    return e.what();
  }
  return std::nullopt;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const void* vnpolicy_xlsx_module() {
  static const vnpolicy::modules::XlsxModule table{vnpolicy::modules::kXlsxModuleAbi, &write_xlsx};
  return &table;
}
