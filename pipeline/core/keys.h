// Normalised keys used to compare things written in different ways.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vnpolicy {

// The one key of a document number (số/ký hiệu), used to join a reference to the document it
// cites across files and to tell a document's own number from its references. Contract:
//   1. everything before the first digit is dropped, so a written type or "số" does not count:
//      "Nghị quyết số 01/NQ-CP" keys like "01/NQ-CP";
//   2. letters are upper-cased and lose their diacritics, Đ reads D ("QĐ" = "QD", as OCR and
//      conversions write it): the key is ASCII wherever the symbol is;
//   3. white space (line breaks included) and the joiners '-', '–', '—', '_', ':', '.' are
//      dropped, so a lost, spaced or split hyphen keys alike: "15/NQ- HĐND" = "15/NQ-HĐND" =
//      "15/NQHĐND", "66-\nNQ/TW" = "66-NQ/TW", and "1.234/QĐ-UBND" = "1234/QĐ-UBND";
//   4. leading zeros of the first run of digits are dropped: "01/NQ-CP" = "1/NQ-CP";
//   5. '/', digits and letters stay, in order.
// So "số 01/NQ-CP" -> "1/NQCP", "30c/NQCP" -> "30C/NQCP", "26-CTr/TU" -> "26CTR/TU".
// The year in the symbol stays in the key; numbers that restart every year are told apart by
// the year a mention resolves to (catalog: number_key + year). Empty when there is no digit.
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

// Upper case without diacritics, Đ as D ("Tổng cục" -> "TONG CUC"): how OCR that lost the marks
// writes a word, to compare with such text. Other characters stay.
std::string ascii_key(std::string_view s);

// The year a number carries in its symbol ("39/2021/QH15" -> 2021), if any.
std::optional<int> year_in_number(std::string_view number);

}  // namespace vnpolicy
