// A table as the exports see it: named columns and typed cells. The writers (CSV,
// XLSX) are pure functions of it; the commands fill it from the query layer's rows.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace vnpolicy::views {

// A calendar date (no time, no zone): what the catalog's ISO dates mean.
struct CalendarDate {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
  friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
};

// "YYYY-MM-DD" of a valid date, else nullopt.
std::optional<CalendarDate> parse_iso_date(std::string_view s);
std::string iso_text(const CalendarDate& d);

// Empty, integer, real, text or date.
using Cell = std::variant<std::monostate, int64_t, double, std::string, CalendarDate>;

struct Table {
  std::string name;  // a sheet name in a workbook
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

// A JSON value (as the CLI's --format json prints it) as a cell: integers and reals
// stay numbers, a string holding exactly an ISO date becomes a date, arrays are joined
// with "; ", null is empty.
Cell cell_from_json(const nlohmann::json& v);

// A cell as plain text: numbers without trailing zeros, dates as YYYY-MM-DD.
std::string cell_plain_text(const Cell& c);

}  // namespace vnpolicy::views
