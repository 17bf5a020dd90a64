// TargetExtractor, the figures that are no goal though a plan writes them: what was done, told in
// the past ("đã chỉ đạo …, sơ tán 1.208 hộ"), how often something is done ("báo cáo 02 lần"), and the
// count that names a set the text refers to ("vướng mắc tại 02 công trình").
#include <algorithm>
#include <map>

#include "core/text.h"
#include "extract/target_extractor.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

// The words of a name after its first ("Sở Xây dựng", "Ban Chỉ đạo") blanked, lower case: a cue word
// inside a unit's name is no cue. The name's first word stays, as does a sentence's first word.
std::string names_blanked(std::string_view s) {
  std::string out;
  bool prev_upper = false;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view w = s.substr(i, j - i);
    const bool upper = !w.empty() && is_upper_cp(cp_at(w, 0));
    out += prev_upper && upper ? std::string(w.size(), ' ') : to_lower(w);
    if (j < s.size()) out += ' ';
    prev_upper = upper;
    i = j + 1;
  }
  return out;
}

}  // namespace

bool TargetExtractor::past_governs(std::string_view sv, size_t nb) const {
  // The clause runs back to a ';' or ':' (the sentence is cut at full stops already); commas do not end it.
  size_t start = sv.substr(0, nb).find_last_of(";:");
  start = start == std::string_view::npos ? 0 : start + 1;
  const std::string clause = past_masks_.blanked(to_lower(sv.substr(start, nb - start)));
  size_t cue_end = std::string::npos;
  for (const auto& w : past_cues_.list) {
    size_t at = find_last_phrase(clause, w);
    if (at != std::string::npos && (cue_end == std::string::npos || at > cue_end)) cue_end = at;
  }
  // "Trường hợp … đã nộp thuế …, từ 100 triệu đồng", "… hoặc đã được nhựa hóa …, với tỷ lệ trên 50%": in a
  // condition or a criterion the past verb tells what must hold, not what was done.
  if (cue_end == std::string::npos || past_conditions_.any_in(clause)) return false;
  // Near the figure the word window of the caller decides; this reads on over the commas of a list of
  // deeds ("đã chỉ đạo …, sơ tán …"). Without a comma the cue is more likely a relative clause's
  // ("cá nhân đã được khấu trừ thuế theo tỷ lệ 10%": a rate, not a deed).
  const std::string rest = clause.substr(cue_end);
  if (rest.find(',') == std::string::npos) return false;
  // "đã …, phấn đấu đến năm 2030 đạt …", "đã …, nếu …": a goal, the future or a condition opens a new clause.
  return !past_clause_stops_.any_in(rest) && !goal_cued(rest);
}

bool TargetExtractor::frequency_only(const UnitMatch& unit, std::string_view clause) const {
  if (!repeat_units_.has(to_lower(unit.written))) return false;
  return !multiple_cues_.any_in(to_lower(last_words(trim_copy(clause), 6)));
}

TargetExtractor::CountReference TargetExtractor::count_reference(std::string_view sv, size_t nb, const UnitMatch* unit,
                                                                 std::string_view since_item, const std::string& comparator,
                                                                 bool own_year) const {
  if (!unit || unit->measure || comparator != "eq" || own_year) return CountReference::kNone;
  // "34 xã, phường": the first noun of a list names what is counted.
  const std::string counted = to_lower(std::string_view(unit->written).substr(0, unit->written.find(',')));
  if (!referent_units_.has(counted) && !referent_units_.has(to_lower(unit->base))) return CountReference::kNone;
  const std::string item = names_blanked(since_item);
  if (goal_cued(item) || count_cues_.any_in(item)) return CountReference::kNone;
  // The word of reference right before the count: "tại", "của", "toàn bộ", "là".
  const std::string before = to_lower(trim_copy(sv.substr(0, nb)));
  for (const auto& w : reference_words_.list)
    if (ends_with_phrase(before, w)) return CountReference::kAfterReferenceWord;
  return CountReference::kPlainCount;
}

std::vector<Target> TargetExtractor::drop_referents(std::vector<SentenceFigure>&& figures) const {
  // How often each count and unit stands in the document: a set referred to is written again and again.
  std::map<std::pair<double, std::string>, int> seen;
  for (const SentenceFigure& f : figures) ++seen[{f.target.value, f.target.unit.value_or("")}];
  std::vector<Target> kept;
  kept.reserve(figures.size());
  for (SentenceFigure& f : figures) {
    const int times = seen[{f.target.value, f.target.unit.value_or("")}];
    // After a word of reference the count names the set once it is written again; without one, from
    // the third time. A goal restated ("100% số xã đạt chuẩn") carries a goal word or a measure: not marked.
    // One of a kind ("01 dự án ..." in a list of projects) is a new thing each time.
    if ((f.reference == CountReference::kAfterReferenceWord && times >= 2) ||
        (f.reference != CountReference::kNone && times >= 3 && f.target.value > 1))
      continue;
    kept.push_back(std::move(f.target));
  }
  return kept;
}

}  // namespace vnpolicy
