#include "extract/normative_scope.h"

#include <algorithm>

#include "core/text.h"
#include "extract/indicator_table_text.h"
#include "extract/target_text.h"

namespace vnpolicy {
namespace {
constexpr size_t kWordsBeforeYear = 2;  // "Năm", "Trong năm", "Tính đến năm": the year leads
constexpr size_t kWordsBeforeSpanEnd = 6;  // "Từ ngày 01/01/2017 đến ngày 31/12/2023": a span leads
constexpr size_t kSourceWords = 8;
constexpr size_t kFrameWords = 16;  // "Theo Bộ Tư pháp, từ ngày 01/01/2017 đến 31/12/2023:" frames results  // "Theo báo cáo của Bộ Tư pháp,": whose figures they are
}  // namespace

NormativeScopes::NormativeScopes(const RuleSet& rules)
    : year_rules_(rules.group("target.year")),
      numbers_(rules.group("target.number")),
      types_(PhraseList::load(rules, "normative_doc_types")),
      title_cues_(PhraseList::load(rules, "normative_title_cues")),
      plan_titles_(PhraseList::load(rules, "plan_title_cues")),
      result_cues_(PhraseList::load(rules, "normative_result_cues")),
      norm_cues_(PhraseList::load(rules, "norm_cues")),
      span_openers_(PhraseList::load(rules, "normative_result_span_openers")),
      source_openers_(PhraseList::load(rules, "normative_result_source_openers")) {}

bool NormativeScopes::normative(const DocumentHeader& header) const {
  if (header.doc_type && types_.has(to_lower(*header.doc_type))) return true;
  // "Quyết định ban hành Quy chế …", "Thuyết minh dự thảo Thông tư …": a title naming the rule
  // it issues or drafts, not a plan ("ban hành Kế hoạch", "dự thảo Nghị quyết về kế hoạch …").
  if (!header.title) return false;
  const std::string title = collapse_whitespace(to_lower(*header.title));
  return title_cues_.any_in(title) && !plan_titles_.any_in(title);
}

std::optional<int> NormativeScopes::leading_past_year(std::string_view s, std::optional<int> issued_year, bool dated) const {
  // "Theo Bộ Tư pháp, từ ngày …": who gives the figures comes before the time they are of.
  if (const size_t comma = s.find(','); comma != std::string_view::npos && count_words(s.substr(0, comma)) <= kSourceWords &&
                                        table_text::starts_with_any(to_lower(s), source_openers_.list))
    s = trim(s.substr(comma + 1));
  const std::string lower = to_lower(s);
  // The year opens the sentence ("Năm 2023, …", "Trong năm 2023 …"): a year inside it is a
  // condition's or an example's ("lợi nhuận bình quân của giai đoạn 2018 - 2019", "công suất đến 2000").
  auto ys = year_mentions(year_rules_, s);
  if (ys.empty()) return std::nullopt;
  // "Từ ngày 01/01/2017 đến ngày 31/12/2023, …": a span whose start is masked leads with its end.
  const std::string before = trim_copy(s.substr(0, ys.front().begin));
  const size_t words = count_words(before);
  const bool span_leads = words <= kWordsBeforeSpanEnd && before.find(',') == std::string::npos &&
                          table_text::starts_with_any(lower, span_openers_.list);
  if (words > kWordsBeforeYear && !span_leads) return std::nullopt;
  // A dated text's results are of years before it; an undated one's issue year is the latest day
  // it tells of, its results' own, or unknown. A span of days that ends the text's account
  // ("đến ngày 31/12/2023") is past in an undated text, whatever year its other dates suggest.
  if (ys.front().weak ||
      (issued_year && (ys.front().year > *issued_year || (dated && ys.front().year == *issued_year)) && (dated || !span_leads)))
    return std::nullopt;
  return ys.front().year;
}

std::optional<int> NormativeScopes::past_result_year(const SegmentedDocument& seg, const Block& b,
                                                     std::optional<int> issued_year, bool dated) const {
  if (b.kind == BlockKind::Heading || b.kind == BlockKind::TableRow) return std::nullopt;
  std::vector<Span> spans = b.sentences;
  if (spans.empty()) spans.push_back(b.content);
  std::optional<int> year;
  for (const Span& sp : spans) {
    const std::string_view s = seg.text(sp);
    if (!numbers_.first_matching(s)) continue;
    const std::string lower = to_lower(s);
    // A sentence that sets a rate or states no result, or a year not behind the text: no result.
    if (norm_cues_.any_in(lower) || !result_cues_.any_in(lower)) return std::nullopt;
    const std::optional<int> y = leading_past_year(s, issued_year, dated);
    if (!y) return std::nullopt;
    if (!year) year = y;
  }
  return year;
}

std::optional<int> NormativeScopes::past_frame_year(const SegmentedDocument& seg, const Block& b, std::optional<int> issued_year,
                                                    bool dated) const {
  if (b.kind == BlockKind::TableRow) return std::nullopt;
  const std::string_view s = trim(seg.text(b.content));
  // A short lead-in only: a long one ending in ':' works an example or states a condition.
  if (s.empty() || s.back() != ':' || count_words(s) > kFrameWords || norm_cues_.any_in(to_lower(s))) return std::nullopt;
  return leading_past_year(s, issued_year, dated);
}

std::vector<Scope> NormativeScopes::blocks(const TargetScopes& scopes, const SegmentedDocument& seg, const DocumentHeader& header,
                                           DocumentScope& doc) const {
  if (!doc.rules && normative(header)) doc.rules = true;
  std::vector<Scope> out = scopes.blocks(seg, doc);
  if (!doc.rules && !doc.norms) return out;
  const bool dated = header.issued_date.has_value();
  // "Từ ngày 01/01/2017 đến 31/12/2023:" over items of figures frames them as that span's results,
  // down to the next block less deep than the lead-in.
  // The items right under the lead-in may stand at its parent's depth ("(i) …" beside the "- …" item
  // the lead-in belongs to): the first block after it sets how deep what it frames is.
  std::optional<int> frame_year;
  int frame_depth = 0;
  bool frame_opened = false;
  for (size_t i = 0; i < out.size() && i < seg.blocks.size(); ++i) {
    const Block& b = seg.blocks[i];
    if (frame_year && frame_opened) frame_depth = std::min(frame_depth, b.depth), frame_opened = false;
    else if (frame_year && b.depth < frame_depth) frame_year.reset();  // a section's heading stands shallower
    if (out[i].kind != "rules" && out[i].kind != "norm") continue;
    if (auto y = past_frame_year(seg, b, doc.issued_year, dated)) {
      frame_year = y, frame_depth = b.depth, frame_opened = true;
      continue;
    }
    std::optional<int> y = past_result_year(seg, b, doc.issued_year, dated);
    if (!y && frame_year && !norm_cues_.any_in(to_lower(seg.text(b.content)))) y = frame_year;
    if (y) {
      out[i].kind = "actual";
      out[i].year = y;
    }
  }
  return out;
}

}  // namespace vnpolicy
