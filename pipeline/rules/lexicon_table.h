// A rule file may declare what the columns of a table (rules/NAME.tsv, rules/table.h)
// must hold, so that a bad row is reported with its file and line, and read the rows
// as a lexicon:
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

class Table;

// The rows of a table as JSON objects (column -> field, plus "_file" and "_line").
nlohmann::json table_rows_json(const Table& table);

// Checks rows (from table_rows_json) against a table declaration `spec` written at
// spec_file:spec_line. Throws RuleError naming the row's file and line.
void check_table_rows(const std::string& table, const nlohmann::json& spec, const std::string& spec_file, int spec_line,
                      const nlohmann::json& rows);

}  // namespace vnpolicy
