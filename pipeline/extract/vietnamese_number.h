// Numbers as Vietnamese documents write them: "." groups thousands and "," marks
// decimals (3.505,826 -> 3505.826; 9,1 -> 9.1; 05 -> 5).
#pragma once
#include <optional>
#include <string_view>

namespace vnpolicy {

// Decodes a token of digits, '.' and ','; nullopt when it is not a number.
std::optional<double> parse_vietnamese_number(std::string_view token);

// True for a bare four-digit integer between 1900 and 2100: written so, it is a year.
bool looks_like_year(std::string_view token);

}  // namespace vnpolicy
