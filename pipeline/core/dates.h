// Calendar arithmetic for the record's ISO dates.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vnpolicy {

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);
// "YYYY-MM-DD", or nullopt for an impossible date.
std::optional<std::string> iso_date(int year, int month, int day);
std::optional<std::string> month_end(int year, int month);
std::optional<std::string> quarter_end(int year, int quarter);    // quarter 1..4
std::optional<std::string> quarter_start(int year, int quarter);
// A date as a user types it on the command line: ISO "2023-12-31" or Vietnamese
// day-first "31/12/2023" (also "31-12-2023", "31.12.2023", one-digit day and month).
// Nullopt for anything else or an impossible date (2023-02-30).
std::optional<std::string> parse_user_date(const std::string& text);
// Where the clause holding text[at] begins: just past the last '.' or ';' before `at` that ends a
// sentence or clause, and never before `floor`. A '.' between two digits is part of a number
// ("2.500 ha", "15.11.2025"), not a sentence's end.
size_t clause_start(std::string_view text, size_t at, size_t floor = 0);
// The year written as four digits standing alone at s[i] (no digit before or after): "năm 2025"
// read at the digits gives 2025; 0 otherwise.
int year_at(std::string_view s, size_t i);
// Roman numeral I..IV (case-insensitive) -> 1..4, 0 otherwise.
int quarter_from_roman(const std::string& roman);

}  // namespace vnpolicy
