// Normalised keys used to compare things written in different ways.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vnpolicy {

// Document number key: NFC upper case, whitespace and a leading "số" removed.
// "số 01/NQ-CP" -> "01/NQ-CP"; "119- KH/TU" -> "119-KH/TU"; "148 /kh-ubnd" -> "148/KH-UBND".
std::string reference_number_key(std::string_view number);

// The key the catalog stores and matches numbers by: reference_number_key with the
// leading zeros of each number group dropped, so "01/NQ-CP", "1/NQ-CP" and "001/NQ-CP"
// are one number ("05-ĐA/TU" -> "5-ĐA/TU"; "112/2020/TT-BTC" unchanged). Idempotent.
std::string catalog_number_key(std::string_view number);
// Bumped whenever catalog_number_key (or reference_number_key under it) changes: a
// catalog whose keys were made by another version recomputes them when opened.
inline constexpr int kCatalogNumberKeyVersion = 1;

// A number as a user types it: words before it (a document type, "số") are dropped, so
// "Nghị quyết số 01/NQ-CP" and "1/nq-cp" both give catalog_number_key("01/NQ-CP").
std::string typed_number_key(std::string_view typed);

// The year a number carries in its symbol ("39/2021/QH15" -> 2021), if any.
std::optional<int> year_in_number(std::string_view number);

}  // namespace vnpolicy
