// TargetExtractor, how far a number's figure runs past its token: the whole of a part ("298/305"),
// the upper end of a range ("9-11%", " đến 15%"), a number spelled out in brackets ("03 (ba)").
#include <algorithm>

#include "extract/target_extractor.h"
#include "extract/vietnamese_number.h"

namespace vnpolicy {
namespace {

using SP = re2::StringPiece;

SP piece(std::string_view s) { return SP(s.data(), s.size()); }

// "4/100.000 trẻ", "12,3 bác sỹ/10.000 dân": a power of ten well above the part is a rate's base.
bool is_rate_base(double whole, double part) {
  if (whole < 100 || part * 10 > whole) return false;
  for (double p = 100; p <= whole; p *= 10)
    if (p == whole) return true;
  return false;
}

}  // namespace

std::string_view TargetExtractor::range_upper(std::string_view sv, size_t from) const {
  for (const Rule* r : groups_.range) {
    SP m;
    if (!RE2::PartialMatch(piece(sv.substr(from, std::min(sv.size() - from, kSkipAfterBytes))), *r->re, &m)) continue;
    std::string_view mv(m.data(), m.size());
    return looks_like_year(mv) ? std::string_view() : mv;
  }
  return {};
}

TargetExtractor::NumberExtent TargetExtractor::number_extent(std::string_view sv, size_t ne, double value) const {
  NumberExtent x;
  x.end = ne;
  const std::string_view after = sv.substr(ne, std::min(sv.size() - ne, kSkipAfterBytes));
  for (const Rule* r : groups_.fraction) {
    SP w;
    if (RE2::PartialMatch(piece(after), *r->re, &w)) {
      auto of = parse_vietnamese_number(std::string_view(w.data(), w.size()));
      if (of && is_rate_base(*of, value)) break;
      x.whole = of;
      x.end = static_cast<size_t>(w.data() + w.size() - sv.data());
      break;
    }
  }
  if (!x.whole)
    if (std::string_view mv = range_upper(sv, ne); !mv.empty()) {
      x.max = parse_vietnamese_number(mv);
      x.end = static_cast<size_t>(mv.data() + mv.size() - sv.data());
    }
  // "03 (ba) nhân viên", "05 (năm) năm": legal drafting spells the number out in brackets before its unit.
  if (!x.whole && !x.max)
    for (const Rule* r : rules_.group("target.spelled_number")) {
      SP m;
      if (RE2::PartialMatch(piece(after), *r->re, &m)) x.end = static_cast<size_t>(m.data() + m.size() - sv.data());
      if (x.end != ne) break;
    }
  return x;
}

void TargetExtractor::unit_range_upper(std::string_view sv, const UnitMatch& unit, double value, std::optional<double>& vmax,
                                       size_t& unit_end) const {
  const std::string_view mv = range_upper(sv, unit_end);
  if (mv.empty()) return;
  const size_t max_end = static_cast<size_t>(mv.data() + mv.size() - sv.data());
  auto again = units_.match(sv.substr(max_end));
  auto upper = parse_vietnamese_number(mv);
  // "630 triệu đồng - 81 triệu đồng =" subtracts: a range grows.
  if (again && again->written == unit.written && upper && *upper > value) vmax = upper, unit_end = max_end + again->length;
}

}  // namespace vnpolicy
