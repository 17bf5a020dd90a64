// TargetExtractor, the words around a figure that say what it is: its comparator ("trên",
// "tối thiểu", "lớn hơn"), whether it is a goal or a result, and whether it states today's level.
#include "extract/target_extractor.h"

#include <algorithm>

#include "core/text.h"
#include "extract/indicator_table_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

constexpr size_t kYearAfterUnitBytes = 48;  // "đạt 85% vào năm 2030": the year follows close

bool matches_any(const RuleGroup& rules, std::string_view s, const Rule** which = nullptr) {
  const Rule* r = rules.first_matching(s);
  if (which) *which = r;
  return r != nullptr;
}

}  // namespace

std::string TargetExtractor::comparator_of(std::string_view before, std::string_view after_unit, std::string_view since_previous) const {
  // The word right before the number, then "trở lên" after the unit, then an "ước" since the previous figure.
  const Rule* which = nullptr;
  if (matches_any(groups_.comparator, before, &which)) {
    // "tăng từ 45% lên 60%": the figure after "từ" is where a change starts, not a bound.
    if (which->fields.value("from", false) && matches_any(groups_.from_to, after_unit)) return "eq";
    // "lớn hơn 10% nhưng không quá 30%" is a bound; "cao hơn 0,7 điểm % so với cả nước" a difference.
    std::string threshold = which->field("threshold", "");
    if (!threshold.empty() && !comparison_heads_.any_in(to_lower(words_until(after_unit, ",;.:()", 10)))) return threshold;
    // "khoảng 12% trở lên": the bound after the figure says more than the hedge before it.
    const Rule* after = nullptr;
    if (which->field("comparator", "eq") == "approx" && matches_any(groups_.comparator_after, after_unit, &after))
      return after->field("comparator", "eq");
    return which->field("comparator", "eq");
  }
  if (matches_any(groups_.comparator_after, after_unit, &which)) return which->field("comparator", "eq");
  if (matches_any(groups_.estimate, since_previous)) return "approx";
  return "eq";
}

std::string TargetExtractor::bracketed_plan(const FigureContext& f) const {
  std::string_view sv = f.sentence;
  if (f.clause <= f.floor || sv[f.clause - 1] != '(' || !trim(f.clause_text).empty()) return {};
  size_t earlier = clause_start(sv, f.clause - 1, f.floor);
  std::string head = to_lower(trim(sv.substr(earlier, f.clause - 1 - earlier)));
  return !head.empty() && kind_of("actual", {}, head) == "target" ? head : std::string();
}

bool TargetExtractor::goal_cued(std::string_view text) const {
  return goal_cues_.any_in(goal_masks_.blanked(to_lower(text)));
}

bool TargetExtractor::glued_measure(std::string_view text, size_t nb, size_t ne) const {
  auto unit = units_.match(text.substr(ne));
  if (!unit || !unit->measure || unit->length == 0) return false;
  // Only after a hedge (comparator rules with "hedge": "khoảng", "trên"): a bound with a glued unit
  // ("dưới 03MW", "≥20m2") is a technical threshold.
  size_t wb = skip_window_begin(text, nb);
  const Rule* bound = nullptr;
  if (!matches_any(groups_.comparator, text.substr(wb, nb - wb), &bound) || !bound->fields.value("hedge", false)) return false;
  // The unit must end the word: "10h00", "3G", "5km2x" and "20km/h" are no figure with that unit.
  char32_t after = cp_at(text, ne + unit->length);
  return !is_letter_cp(after) && !is_digit(after) && after != '/';
}

bool TargetExtractor::period_level(std::string_view sv, size_t nb, size_t unit_end, const UnitMatch* unit) const {
  if (!unit || unit->base != "%") return false;  // an amount per act ("200.000 đồng/lần/người") is a price
  const size_t semi = sv.substr(0, nb).rfind(';');
  const size_t from = semi == std::string_view::npos ? 0 : semi + 1;
  return matches_any(groups_.period_level, sv.substr(from, unit_end - from)) && !fee_cues_.any_in(to_lower(sv.substr(from, nb - from)));
}

bool TargetExtractor::starts_a_change(std::string_view before, std::string_view after_unit) const {
  const Rule* which = nullptr;
  // "từ hai vụ trở lên": a bound, not where a change starts.
  return matches_any(groups_.comparator, before, &which) && which->fields.value("from", false) &&
         matches_any(groups_.from_to, after_unit) && !matches_any(groups_.comparator_after, after_unit);
}

std::string TargetExtractor::kind_of(std::string kind, std::string_view since_semicolon, const std::string& clause_l) const {
  if (kind != "actual") return kind;
  // A goal word anywhere since the last ';' makes a goal ("phấn đấu ... đạt từ 10%").
  if (goal_cued(since_semicolon)) return "target";
  // A plan figure cited before any result word ("kế hoạch 7,7%", "tổng kế hoạch vốn ... là") is a target.
  size_t cue_end = std::string::npos;
  for (const auto& w : plan_cues_.list) {
    size_t at = find_last_phrase(clause_l, w);
    if (at != std::string::npos && (cue_end == std::string::npos || at > cue_end)) cue_end = at;
  }
  if (cue_end == std::string::npos) return kind;
  // "kế hoạch tăng trưởng": a noun that holds a result word is no result (result_word_masks).
  const std::string rest = result_masks_.blanked(clause_l.substr(cue_end));
  for (const auto& w : result_words_.list)
    if (contains_phrase(rest, w)) return kind;
  return "target";
}

bool TargetExtractor::present_cued(std::string_view item, size_t clause, bool after_figure, bool sentence_start) const {
  std::string l = to_lower(item);
  clause = std::min(clause, l.size());
  size_t lead = 0;
  while (lead < l.size() && (l[lead] == ' ' || l[lead] == '-' || l[lead] == '+')) ++lead;
  // A sentence opens with a capital: "hiện tại …" there is a line cut from "thực / hiện tại".
  const bool opens = !sentence_start || is_upper_cp(cp_at(item, lead));
  std::string_view own = std::string_view(l).substr(clause);
  size_t own_lead = 0;
  while (own_lead < own.size() && own[own_lead] == ' ') ++own_lead;
  size_t cue_end = std::string::npos;  // in l
  auto take = [&](size_t end) {
    if (cue_end == std::string::npos || end > cue_end) cue_end = end;
  };
  for (const auto& w : present_cues_.list) {
    // The item opens with it ("Hiện nay, …", "Đến nay, …"): it dates the whole item.
    if (opens && starts_with_phrase(std::string_view(l).substr(lead), w)) take(lead + w.size());
    // In the figure's own clause ("toàn tỉnh hiện có 180 trạm"), unless it follows the
    // figure before ("từ 40% hiện nay lên 60%": the 40% is today's).
    size_t at = find_last_phrase(own, w);
    if (at == std::string::npos) continue;
    // "được thực hiện tại 03 vùng": "hiện tại" there is the end of another word.
    std::string_view upto = own.substr(0, at - w.size() + std::min(w.find(' '), w.size()));
    if (std::any_of(present_masks_.list.begin(), present_masks_.list.end(),
                    [&](const std::string& m) { return ends_with_phrase(upto, m); }))
      continue;
    if (after_figure && at - w.size() == own_lead) continue;
    take(clause + at);
  }
  if (cue_end == std::string::npos) return false;
  // A goal word after it ("hiện nay ..., phấn đấu đến năm 2030 đạt") makes the figure a goal again.
  std::string_view rest = std::string_view(l).substr(cue_end);
  for (const auto& w : goal_cues_.list)
    if (contains_phrase(rest, w)) return false;
  return true;
}

std::optional<int> TargetExtractor::own_year(const std::vector<YearMention>& years, std::string_view sv, size_t nb,
                                             size_t unit_end) const {
  std::optional<int> year;
  size_t before_gap = std::string::npos;
  for (const auto& y : years)
    if (y.end <= nb) {
      year = y.year;
      // Past a ';' the year led an earlier item: one written after the figure is nearer.
      before_gap = sv.substr(y.end, nb - y.end).find(';') == std::string_view::npos ? nb - y.end : std::string::npos - 1;
    }
  for (const auto& y : years) {
    if (y.begin < unit_end || y.begin - unit_end > kYearAfterUnitBytes || y.begin - unit_end >= before_gap) continue;
    std::string_view between = sv.substr(unit_end, y.begin - unit_end);
    if (between.find_first_of(";.") != std::string_view::npos) break;
    // ", đến năm 2030 đạt ..." opens the next clause: its year is the next figure's.
    size_t comma = between.rfind(',');
    if (comma != std::string_view::npos && count_words(trim_copy(between.substr(comma + 1))) <= 2) break;
    // "đạt trên 8% và năm 2026 đạt từ 10%": a link word opens the next item, and its year.
    if (table_text::starts_with_any(trim_copy(to_lower(between)), next_item_links_.list)) break;
    return y.year;
  }
  return year;
}

}  // namespace vnpolicy
