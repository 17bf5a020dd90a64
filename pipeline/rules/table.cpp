#include "rules/table.h"

#include <algorithm>

#include "core/text.h"
#include "rules/rule_set.h"

namespace vnpolicy {
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

std::string table_name_of(std::string_view file_name) {
  size_t slash = file_name.find_last_of('/');
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  return std::string(file_name.substr(0, file_name.find('.')));
}

std::vector<std::string> split_list_field(std::string_view field) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t at = field.find("; ", start);
    std::string_view item = trim(field.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (!item.empty()) out.emplace_back(item);
    if (at == std::string_view::npos) break;
    start = at + 2;
  }
  return out;
}

void Table::add_file(const std::string& file, std::string_view text) {
  files_.push_back(file);
  const std::string* name = &files_.back();
  if (size_t bad = find_invalid_utf8(text); bad != std::string_view::npos)
    throw RuleError(file, 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n')),
                    "not UTF-8 (byte offset " + std::to_string(bad) + ")");
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte-order mark from a spreadsheet export
  int line_no = 0;
  bool header_seen = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) continue;  // blank lines separate nothing; they are allowed anywhere
    std::vector<std::string> fields = split_tabs(line);
    if (!header_seen) {
      header_seen = true;
      for (auto& f : fields) f = std::string(trim(f));
      for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].empty()) throw RuleError(file, line_no, "header: column " + std::to_string(i + 1) + " has no name");
        for (size_t j = 0; j < i; ++j)
          if (fields[j] == fields[i]) throw RuleError(file, line_no, "header: column '" + fields[i] + "' is named twice");
      }
      if (columns_.empty()) columns_ = fields;
      else if (fields != columns_)
        throw RuleError(file, line_no, "header must repeat the columns of " + files_.front() + " (" + joined(columns_) + ")");
      continue;
    }
    if (fields.size() != columns_.size())
      throw RuleError(file, line_no,
                      "expected " + std::to_string(columns_.size()) + " TAB-separated fields (" + joined(columns_) + "), found " +
                          std::to_string(fields.size()));
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].find('"') != std::string::npos)
        throw RuleError(file, line_no, "field '" + columns_[i] + "' holds a '\"' (the format has no quoting)");
      if (trim(fields[i]).size() != fields[i].size())
        throw RuleError(file, line_no, "field '" + columns_[i] + "' starts or ends with spaces");
    }
    rows_.push_back({name, line_no, std::move(fields)});
  }
  if (!header_seen) throw RuleError(file, 1, "empty table: a header row of column names is required");
}

int Table::column(std::string_view name) const {
  for (size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == name) return static_cast<int>(i);
  return -1;
}

size_t Table::required_column(std::string_view name) const {
  int i = column(name);
  if (i < 0)
    throw RuleError(files_.empty() ? "<table>" : files_.front(), 1,
                    "missing column '" + std::string(name) + "' (columns: " + joined(columns_) + ")");
  return static_cast<size_t>(i);
}

const std::string& Table::field(const TableRow& row, size_t column) {
  static const std::string none;
  return column < row.fields.size() ? row.fields[column] : none;
}

}  // namespace vnpolicy
