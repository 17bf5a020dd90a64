#include "normalize/aligned_table.h"

#include <cctype>
#include <vector>

namespace vnpolicy {
namespace {

constexpr size_t kMinAlignedRows = 3;  // a header and two rows: fewer is a form line ("Điện thoại:   Fax:")
constexpr size_t kMinCells = 3;

// The cells of a line split at runs of 2+ spaces (a TAB counts as a gap too).
std::vector<std::string_view> cells_of(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    size_t b = i;
    while (i < line.size()) {
      if (line[i] == '\t') break;
      if (line[i] == ' ' && i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '\t')) break;
      ++i;
    }
    size_t e = i;
    while (e > b && line[e - 1] == ' ') --e;
    cells.push_back(line.substr(b, e - b));
  }
  return cells;
}

bool has_letter(std::string_view s) {
  for (unsigned char c : s)
    if (std::isalpha(c) || c >= 0x80) return true;
  return false;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

std::string tabs_for_aligned_tables(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t b = 0;;) {
    size_t e = text.find('\n', b);
    lines.push_back(text.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  std::vector<bool> aligned(lines.size(), false);
  bool any = false;
  for (size_t l = 0; l < lines.size();) {
    auto header = cells_of(lines[l]);
    bool words = header.size() >= kMinCells && lines[l].find('|') == std::string_view::npos;
    for (auto c : header) words = words && has_letter(c);
    if (!words) { ++l; continue; }
    size_t end = l + 1, rows = 1;  // past the block's last row
    for (size_t k = l + 1; k < lines.size(); ++k) {
      if (blank(lines[k])) {
        if (k + 1 < lines.size() && blank(lines[k + 1])) break;
        continue;
      }
      if (cells_of(lines[k]).size() < kMinCells || lines[k].find('|') != std::string_view::npos) break;
      ++rows;
      end = k + 1;
    }
    if (rows >= kMinAlignedRows) {
      for (size_t k = l; k < end; ++k) aligned[k] = !blank(lines[k]);
      any = true;
    }
    l = end;
  }
  if (!any) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t l = 0; l < lines.size(); ++l) {
    if (l) out += '\n';
    if (!aligned[l]) {
      out += lines[l];
      continue;
    }
    auto cells = cells_of(lines[l]);
    for (size_t c = 0; c < cells.size(); ++c) (out += c ? "\t" : "") += cells[c];
  }
  return out;
}

}  // namespace vnpolicy
