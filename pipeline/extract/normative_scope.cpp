#include "extract/normative_scope.h"

#include "core/text.h"
#include "extract/indicator_table_text.h"
#include "extract/target_text.h"

namespace vnpolicy {
namespace {
constexpr size_t kWordsBeforeYear = 2;  // "Năm", "Trong năm", "Tính đến năm": the year leads
constexpr size_t kWordsBeforeSpanEnd = 6;  // "Từ ngày 01/01/2017 đến ngày 31/12/2023": a span leads
}  // namespace

NormativeScopes::NormativeScopes(const RuleSet& rules)
    : year_rules_(rules.group("target.year")),
      numbers_(rules.group("target.number")),
      types_(PhraseList::load(rules, "normative_doc_types")),
      title_cues_(PhraseList::load(rules, "normative_title_cues")),
      plan_titles_(PhraseList::load(rules, "plan_title_cues")),
      result_cues_(PhraseList::load(rules, "normative_result_cues")),
      norm_cues_(PhraseList::load(rules, "norm_cues")),
      span_openers_(PhraseList::load(rules, "normative_result_span_openers")) {}

bool NormativeScopes::normative(const DocumentHeader& header) const {
  if (header.doc_type && types_.has(to_lower(*header.doc_type))) return true;
  // "Quyết định ban hành Quy chế …", "Thuyết minh dự thảo Thông tư …": a title naming the rule
  // it issues or drafts, not a plan ("ban hành Kế hoạch", "dự thảo Nghị quyết về kế hoạch …").
  if (!header.title) return false;
  const std::string title = collapse_whitespace(to_lower(*header.title));
  return title_cues_.any_in(title) && !plan_titles_.any_in(title);
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
    if (!year) year = ys.front().year;
  }
  return year;
}

std::vector<Scope> NormativeScopes::blocks(const TargetScopes& scopes, const SegmentedDocument& seg, const DocumentHeader& header,
                                           DocumentScope& doc) const {
  if (!doc.rules && normative(header)) doc.rules = true;
  std::vector<Scope> out = scopes.blocks(seg, doc);
  if (!doc.rules && !doc.norms) return out;
  for (size_t i = 0; i < out.size() && i < seg.blocks.size(); ++i) {
    if (out[i].kind != "rules" && out[i].kind != "norm") continue;
    if (auto y = past_result_year(seg, seg.blocks[i], doc.issued_year, header.issued_date.has_value())) {
      out[i].kind = "actual";
      out[i].year = y;
    }
  }
  return out;
}

}  // namespace vnpolicy
