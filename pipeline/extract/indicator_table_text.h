// Words and marks of table cells shared by the pipe and flattened indicator-table readers:
// title keys, years in titles, row numbers, a row's name without its marker.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy::table_text {

// Lower case, tone marks in one convention, whitespace collapsed: how titles are compared.
std::string key(std::string_view s);
bool starts_with_any(const std::string& s, const std::vector<std::string>& words);
bool ends_with_any(const std::string& s, const std::vector<std::string>& words);
bool contains_any(const std::string& s, const std::vector<std::string>& words);
// The last year written in a title: "KH 2024" -> 2024, "Giai đoạn 2021-2025" -> 2025;
// `first` gets the first one.
std::optional<int> last_year(std::string_view t, std::optional<int>* first = nullptr);
// "1", "2.", "1.2", "II", "IV.", "a)": the number of a row, alone on its line.
bool is_row_mark(std::string_view t);
size_t letters(std::string_view s);
// "1. Tốc độ tăng trưởng", "- Nông nghiệp", "**GRDP**": the name without its marker and markup.
std::string clean_name(std::string_view s);
// The text outside round brackets: "Chỉ tiêu (sử dụng trong kỳ báo cáo)" -> "Chỉ tiêu".
std::string without_brackets(std::string_view s);
// A pipe row: the segmenter gives its cells.
bool pipe_like(std::string_view t);

}  // namespace vnpolicy::table_text
