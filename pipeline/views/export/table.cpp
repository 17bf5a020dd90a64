#include "views/export/table.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/dates.h"

namespace vnpolicy::views {

std::optional<CalendarDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n) -> int {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y < 0 || m < 0 || d < 0 || !is_valid_date(y, m, d)) return std::nullopt;
  return CalendarDate{y, m, d};
}

std::string iso_text(const CalendarDate& d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

Cell cell_from_json(const nlohmann::json& v) {
  if (v.is_null()) return std::monostate{};
  if (v.is_boolean()) return int64_t{v.get<bool>() ? 1 : 0};
  if (v.is_number_integer()) return v.get<int64_t>();
  if (v.is_number_unsigned()) return static_cast<int64_t>(v.get<uint64_t>());
  if (v.is_number()) return v.get<double>();
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    if (auto d = parse_iso_date(s)) return *d;
    return s;
  }
  if (v.is_array()) {
    std::string joined;
    for (const auto& e : v) {
      if (!joined.empty()) joined += "; ";
      joined += cell_plain_text(cell_from_json(e));
    }
    return joined;
  }
  return v.dump();
}

std::string cell_plain_text(const Cell& c) {
  struct Visitor {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const {
      if (!std::isfinite(v)) return "";
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.15g", v);  // round-trips the stored value in practice
      return buf;
    }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const CalendarDate& d) const { return iso_text(d); }
  };
  return std::visit(Visitor{}, c);
}

}  // namespace vnpolicy::views
