// A workbook with one sheet per table (libxlsxwriter): numbers as numbers, dates as
// Excel dates (shown yyyy-mm-dd), text as text (never a formula), a bold header row
// that stays frozen while scrolling, an autofilter over the columns.
#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "views/export/table.h"

namespace vnpolicy::views {

class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not blank.
std::string xlsx_sheet_name(const std::string& wanted);

// Writes the workbook to `path` (through a temporary file beside it, renamed at the
// end: a failed export leaves no half-written file). Sheet names are made valid and
// unique. Throws ExportError naming the path and the reason.
void write_xlsx(const std::filesystem::path& path, const std::vector<Table>& sheets);

}  // namespace vnpolicy::views
