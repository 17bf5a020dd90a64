// CSV as RFC 4180 says: CRLF after every record, a field quoted when it holds a comma,
// a quote, CR or LF, quotes inside doubled. UTF-8; with `bom`, the file starts with
// U+FEFF so that Excel reads it as UTF-8 (Vietnamese text is mangled otherwise).
// Cells are written as data (no formula escaping): what the catalog holds, exactly.
#pragma once
#include <iosfwd>
#include <string>
#include <string_view>

#include "views/export/table.h"

namespace vnpolicy::views {

struct CsvOptions {
  bool bom = false;
};

// One field, quoted when it must be.
std::string csv_field(std::string_view text);

// The header row and every row of the table.
void write_csv(std::ostream& out, const Table& table, const CsvOptions& options = {});

}  // namespace vnpolicy::views
