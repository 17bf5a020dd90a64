// Small UTF-8 helpers shared by every stage. Pure functions, no state.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy {

// Decodes one code point at s[i]; advances i. Invalid bytes decode as U+FFFD, one byte each.
char32_t next_code_point(std::string_view s, size_t& i);
// The code point that ends just before byte i, and its first byte in *start (0 when none);
// the code point at byte i (0 past the end).
char32_t cp_before(std::string_view s, size_t i, size_t* start = nullptr);
char32_t cp_at(std::string_view s, size_t i);
// The largest offset n <= i that does not fall inside a UTF-8 sequence: where s may be cut.
size_t code_point_boundary(std::string_view s, size_t i);
// How many code points s holds (the width of a line of Vietnamese text, not its bytes).
size_t code_point_count(std::string_view s);
void append_utf8(std::string& out, char32_t cp);
// Byte offset of the first invalid UTF-8 sequence, or npos when s is valid.
size_t find_invalid_utf8(std::string_view s);

bool is_space_cp(char32_t cp);
bool is_letter_cp(char32_t cp);   // ICU u_isalpha
bool is_upper_cp(char32_t cp);    // ICU u_isupper
bool is_lower_cp(char32_t cp);

std::string_view trim(std::string_view s);
// Collapses every run of whitespace (including newlines) to one space, and trims.
std::string collapse_whitespace(std::string_view s);
std::string to_lower(std::string_view s);   // ICU simple case mapping per code point (Vietnamese letters included)
std::string to_upper(std::string_view s);
// "KẾ HOẠCH" -> "Kế hoạch": first letter upper, the rest lower.
std::string sentence_case(std::string_view s);
// "LAI CHÂU" -> "Lai Châu": every word capitalised.
std::string title_case_words(std::string_view s);
// True when s has letters and none of them is lower case.
bool is_all_caps(std::string_view s);

std::vector<std::string_view> split(std::string_view s, char sep);
// Appends w to s with one space between them (none when s is empty).
void append_word(std::string& s, std::string_view w);

}  // namespace vnpolicy
