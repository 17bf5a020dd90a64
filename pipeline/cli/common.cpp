#include "cli/common.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "core/keys.h"
#include "core/text.h"

namespace vnpolicy::cli {

std::shared_ptr<const RuleSet> load_rules(const CommandContext& ctx) {
  std::filesystem::path dir = ctx.rules_dir.empty() ? default_rules_dir(ctx.argv0.c_str()) : std::filesystem::path(ctx.rules_dir);
  try {
    return RuleSet::load_directory(dir);
  } catch (const RuleError& e) {
    std::cerr << "vnpolicy: " << e.what() << "\n";
  }
  return nullptr;
}

void add_db_option(CLI::App& cmd, std::string& db_path) {
  db_path = default_catalog_path().string();
  cmd.add_option("--db", db_path, "SQLite catalog (default: $VNPOLICY_DB or db/catalog.sqlite)");
}

std::unique_ptr<Catalog> open_catalog(const std::string& path, CommandContext& ctx, bool read_only) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::cerr << "vnpolicy: no catalog at " << path << " (run vnpolicy ingest first)\n";
    ctx.exit_code = kExitFileFailed;
    return nullptr;
  }
  try {
    return std::make_unique<Catalog>(path, read_only);
  } catch (const std::exception& e) {
    std::cerr << "vnpolicy: " << path << ": " << e.what() << "\n";
    ctx.exit_code = kExitFileFailed;
    return nullptr;
  }
}

void add_format_option(CLI::App& cmd, std::string& format) {
  format = "table";
  cmd.add_option("--format", format, "Output format")->check(CLI::IsMember({"table", "json"}));
}

std::vector<int64_t> find_documents(Database& db, const std::string& spec) {
  std::vector<int64_t> ids;
  auto collect = [&](Statement& q) {
    while (q.step()) ids.push_back(q.int64(0));
  };
  {
    auto q = db.prepare("SELECT id FROM documents WHERE path = ?1 ORDER BY id");
    q.bind(1, spec);
    collect(q);
  }
  if (ids.empty()) {
    std::string name = std::filesystem::path(spec).filename().string();
    auto q = db.prepare("SELECT id FROM documents WHERE path = ?1 OR path LIKE ?2 ESCAPE '\\' ORDER BY id");
    std::string escaped;
    for (char c : name) {
      if (c == '%' || c == '_' || c == '\\') escaped += '\\';
      escaped += c;
    }
    q.bind(1, name).bind(2, "%/" + escaped);
    collect(q);
  }
  bool hex = spec.size() >= 6 && spec.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
  if (ids.empty() && hex) {
    auto q = db.prepare("SELECT id FROM documents WHERE substr(sha256, 1, length(?1)) = lower(?1) ORDER BY id");
    q.bind(1, spec);
    collect(q);
  }
  if (ids.empty()) {
    auto q = db.prepare("SELECT id FROM documents WHERE number_key = ?1 ORDER BY id");
    q.bind(1, reference_number_key(spec));
    collect(q);
  }
  return ids;
}

std::string format_number(double v) {
  if (std::isnan(v)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string cell_text(const nlohmann::json& v) {
  if (v.is_null()) return "-";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number()) return format_number(v.get<double>());
  if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
  if (v.is_array()) {
    std::string s;
    for (const auto& e : v) s += (s.empty() ? "" : "; ") + cell_text(e);
    return s;
  }
  return v.dump();
}

namespace {
size_t display_width(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    if (!(cp >= 0x300 && cp <= 0x36F)) ++n;
  }
  return n;
}
std::string truncate_display(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n + 1 < width;) {
    size_t b = i;
    next_code_point(s, i);
    out.append(s, b, i - b);
    ++n;
  }
  return out + "…";
}
}  // namespace

void Output::print(std::ostream& out, const std::string& format, size_t max_width) const {
  if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& row : rows_) {
      nlohmann::json obj = nlohmann::json::object();
      for (size_t i = 0; i < columns_.size() && i < row.size(); ++i) obj[columns_[i]] = row[i];
      arr.push_back(std::move(obj));
    }
    out << arr.dump(2) << "\n";
    return;
  }
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths(columns_.size());
  for (size_t i = 0; i < columns_.size(); ++i) widths[i] = display_width(columns_[i]);
  for (const auto& row : rows_) {
    std::vector<std::string> r;
    for (size_t i = 0; i < columns_.size(); ++i) {
      std::string t = i < row.size() ? collapse_whitespace(cell_text(row[i])) : "";
      t = truncate_display(t, max_width);
      widths[i] = std::max(widths[i], display_width(t));
      r.push_back(std::move(t));
    }
    cells.push_back(std::move(r));
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (size_t i = 0; i < r.size(); ++i) {
      s += r[i];
      if (i + 1 < r.size()) s += std::string(widths[i] - display_width(r[i]) + 2, ' ');
    }
    out << std::string(trim(s)) << "\n";
  };
  line(columns_);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& r : cells) line(r);
}

}  // namespace vnpolicy::cli
