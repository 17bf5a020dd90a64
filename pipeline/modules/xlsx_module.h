// The XLSX export (libxlsxwriter) as the module vnpolicy_xlsx.so (see module_loader.h).
// The program's views::write_xlsx (xlsx_loader.cpp) forwards to it.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "views/export/table.h"

namespace vnpolicy::modules {

struct XlsxModule {
  int abi_version;
  // write_xlsx; an ExportError's message when it fails (no exception crosses the module's edge).
  std::optional<std::string> (*write_xlsx)(const std::filesystem::path& path, const std::vector<views::Table>& sheets);
};
inline constexpr int kXlsxModuleAbi = 1;

}  // namespace vnpolicy::modules
