// Lexicon tables kept as TSV beside the rule files (rules/laws.tsv): one header row,
// TAB-separated fields, no quoting, UTF-8. A rule file declares each table and what
// its columns must hold, so that a bad row is reported with its file and line:
//
//   "tables": { "laws": { "file": "laws.tsv",
//                         "columns": { "number": {"pattern": "\\d{2,3}/\\d{4}/QH\\d{1,2}",
//                                                 "required": true, "unique": true}, ... } } }
//
// `pattern` must match the whole field (an empty field is only checked by `required`).
// The rows become the lexicon of the table's name: an array of objects, column -> field
// (empty string when empty), plus "_file" and "_line" for checks made by the code that
// reads them.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace vnpolicy {

// Rows of a TSV text. Throws RuleError(file, line) for a row with another number of
// fields than the header, invalid UTF-8 or an empty header field.
nlohmann::json parse_tsv_table(const std::string& file, std::string_view text);

// Checks rows (from parse_tsv_table) against a table declaration `spec` written at
// spec_file:spec_line. Throws RuleError naming the row's file and line.
void check_table_rows(const std::string& table, const nlohmann::json& spec, const std::string& spec_file, int spec_line,
                      const nlohmann::json& rows);

}  // namespace vnpolicy
