// Calendar arithmetic for the record's ISO dates.
#pragma once
#include <optional>
#include <string>

namespace vnpolicy {

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);
// "YYYY-MM-DD", or nullopt for an impossible date.
std::optional<std::string> iso_date(int year, int month, int day);
std::optional<std::string> month_end(int year, int month);
std::optional<std::string> quarter_end(int year, int quarter);    // quarter 1..4
std::optional<std::string> quarter_start(int year, int quarter);
// Roman numeral I..IV (case-insensitive) -> 1..4, 0 otherwise.
int quarter_from_roman(const std::string& roman);

}  // namespace vnpolicy
