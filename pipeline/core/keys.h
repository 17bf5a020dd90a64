// Normalised keys used to compare things written in different ways.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vnpolicy {

// Document number key: NFC upper case, whitespace and a leading "số" removed.
// "số 01/NQ-CP" -> "01/NQ-CP"; "119- KH/TU" -> "119-KH/TU"; "148 /kh-ubnd" -> "148/KH-UBND".
std::string reference_number_key(std::string_view number);

// The year a number carries in its symbol ("39/2021/QH15" -> 2021), if any.
std::optional<int> year_in_number(std::string_view number);

}  // namespace vnpolicy
