#include "extract/target_extractor.h"

#include <algorithm>
#include <map>
#include <optional>

#include "core/text.h"
#include "extract/indicator_table_text.h"
#include "extract/vietnamese_number.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

using SP = re2::StringPiece;

constexpr size_t kPairTailWords = 4;  // "9.548/9.976 biên chế công chức": the words that finish a pair's noun
constexpr size_t kPastCueWords = 4;  // "đã giải ngân được 5.000 tỷ đồng": the past verb's words before a figure

bool matches_any(const RuleGroup& rules, std::string_view s, const Rule** which = nullptr) {
  const Rule* r = rules.first_matching(s);
  if (which) *which = r;
  return r != nullptr;
}

// A cap or a floor ("tối đa", "không quá", "tối thiểu", "ít nhất"), not an amount or an estimate.
bool bound_comparator(const std::string& comparator) {
  return comparator == "lte" || comparator == "lt" || comparator == "gte" || comparator == "gt";
}

// The top of a scoring scale: 10, 100, 1000, at or above the score.
bool is_scale_maximum(double whole, double score) {
  if (score > whole) return false;
  for (double p = 10; p <= 1000; p *= 10)
    if (p == whole) return true;
  return false;
}

}  // namespace

TargetExtractor::TargetExtractor(const RuleSet& rules)
    : rules_(rules),
      groups_{rules.group("target.number"),      rules.group("target.year"),
              rules.group("target.skip_after"),  rules.group("target.fraction"),
              rules.group("target.range"),       rules.group("target.comparator"), rules.group("target.comparator_after"),
              rules.group("target.from_to"),     rules.group("target.estimate"),  rules.group("target.number_word"),
              rules.group("target.request"),     rules.group("target.cost_estimate"), rules.group("target.breakdown"),
              rules.group("target.period_level")},
      units_(rules),
      indicators_(rules),
      scopes_(rules),
      normative_(rules),
      tables_(rules),
      plan_cues_(PhraseList::load(rules, "plan_figure_cues")),
      result_words_(PhraseList::load(rules, "result_words")),
      result_masks_(PhraseList::load(rules, "result_word_masks")),
      counted_documents_(PhraseList::load(rules, "counted_documents")),
      handed_documents_(PhraseList::load(rules, "handed_document_verbs")),
      counted_parts_(PhraseList::load(rules, "counted_parts")),
      list_links_(PhraseList::load(rules, "list_links")),
      next_item_links_(PhraseList::load(rules, "next_item_links")),
      norm_cues_(PhraseList::load(rules, "norm_cues")),
      fee_cues_(PhraseList::load(rules, "period_level_fee_cues")),
      carry_openers_(PhraseList::load(rules, "semicolon_carry_openers")),
      words_(IndicatorWords::load(rules)),
      comma_compounds_(PhraseList::load(rules, "indicator_comma_compounds")),
      scale_units_(PhraseList::load(rules, "score_scale_units")),
      trailing_(PhraseList::load(rules, "indicator_trailing_words")),
      leading_(PhraseList::load(rules, "indicator_leading_words")),
      rise_(PhraseList::load(rules, "rise_words")),
      fall_(PhraseList::load(rules, "fall_words")),
      level_(PhraseList::load(rules, "level_words")),
      over_(PhraseList::load(rules, "over_words")),
      share_verbs_(PhraseList::load(rules, "share_words")),
      share_tail_stops_(PhraseList::load(rules, "share_tail_stops")),
      bare_(PhraseList::load(rules, "bare_figure_words")),
      goal_cues_(PhraseList::load(rules, "goal_cues")),
      goal_masks_(PhraseList::load(rules, "goal_cue_masks")),
      present_cues_(PhraseList::load(rules, "present_time_cues")),
      present_masks_(PhraseList::load(rules, "present_time_cue_masks")),
      heads_(PhraseList::load(rules, "indicator_heads")),
      qualified_heads_(PhraseList::load(rules, "indicator_head_compounds")),
      comparison_heads_(PhraseList::load(rules, "comparison_heads")),
      number_word_continuations_(PhraseList::load(rules, "number_word_continuations")),
      period_words_(PhraseList::load(rules, "indicator_period_words")),
      measured_tail_stops_(PhraseList::load(rules, "measured_tail_stops")),
      breakdown_cues_(PhraseList::load(rules, "breakdown_cues")),
      same_period_cues_(PhraseList::load(rules, "same_period_cues")),
      elapsed_cues_(PhraseList::load(rules, "elapsed_period_cues")),
      estimate_cues_(PhraseList::load(rules, "estimate_result_cues")),
      past_cues_(PhraseList::load(rules, "past_result_cues")),
      past_masks_(PhraseList::load(rules, "past_result_cue_masks")),
      carry_stops_(PhraseList::load(rules, "result_carry_stops")),
      past_clause_stops_(PhraseList::load(rules, "past_clause_stops")),
      past_conditions_(PhraseList::load(rules, "past_clause_conditions")),
      repeat_units_(PhraseList::load(rules, "repeat_count_units")),
      multiple_cues_(PhraseList::load(rules, "multiple_cues")),
      referent_units_(PhraseList::load(rules, "referent_units")),
      reference_words_(PhraseList::load(rules, "reference_words")),
      count_cues_(PhraseList::load(rules, "count_goal_cues")),
      naming_verbs_(PhraseList::load(rules, "count_naming_verbs")) {
  if (const auto* lx = rules.lexicon("number_words"))
    for (const auto& [word, value] : lx->items()) number_words_.emplace(to_lower(word), value.get<double>());
}

std::optional<double> TargetExtractor::number_word(std::string_view token) const {
  auto it = number_words_.find(to_lower(token));
  if (it == number_words_.end()) return std::nullopt;
  return it->second;
}


TargetExtractor::IndicatorWords TargetExtractor::IndicatorWords::load(const RuleSet& rules) {
  IndicatorWords w;
  if (const auto* lx = rules.lexicon("indicator_words"))
    for (auto [field, key] : {std::pair{&w.year, "year"}, {&w.change, "change"}, {&w.rise, "rise"}, {&w.fall, "fall"},
                              {&w.share, "share"}, {&w.count, "count"}, {&w.total, "total"}, {&w.compared, "compared"},
                              {&w.over, "over"}, {&w.within, "within"}, {&w.portion, "portion"}, {&w.money, "money"}})
      *field = lx->value(key, "");
  return w;
}

std::vector<Target> TargetExtractor::extract(const SegmentedDocument& seg, const DocumentHeader& header) const {
  AccentFolder folder;  // per call: the extractor stays const and thread-safe
  if (groups_.number.empty()) return {};
  DocumentScope doc = scopes_.document(seg, header);
  std::vector<Scope> scopes = normative_.blocks(scopes_, seg, header, doc);
  IndicatorTables tables = tables_.read(seg);
  std::vector<SentenceFigure> figures;
  bool after_result = false;  // the last figure read was a result
  for (size_t bi = 0; bi < seg.blocks.size(); ++bi) {
    const Block& blk = seg.blocks[bi];
    // Section headings name sections: their numbers are dates and markers. An item that is only
    // short ("đ) Đến hết năm 2045: 100%") is content, whatever its shape.
    if (blk.kind == BlockKind::Heading && opens_section(blk.marker_kind)) continue;
    // "Điều 3. Mức chi": rates a rule sets are not goals; only a cap set for a year (period_level, a
    // share in %) is, so such a block without a '%', and a list of recipients, is passed over whole.
    if (gives_no_figures(scopes[bi]) &&
        (scopes[bi].kind == "recipients" || seg.text(blk.content).find('%') == std::string_view::npos))
      continue;
    std::vector<Span> spans = blk.sentences;
    if (spans.empty()) spans.push_back(blk.content);
    // "Đến năm 2030, tỷ lệ ... đạt 75%. Tỷ lệ ... đạt 35%.": a year that opens a sentence
    // governs the sentences after it in the paragraph, until another one does.
    // A table flattened into one paragraph ('|' between cells) has no such sentences.
    Scope scope = scopes[bi];
    size_t last_end = blk.content.begin;
    for (const Span& sp : spans) {
      if (sp.begin >= last_end && seg.text({last_end, sp.end}).find('|') != std::string_view::npos) scope = scopes[bi];
      const size_t found = figures.size();
      sentence_figures(seg, blk, scope, doc, sp, folder, tables, after_result, figures);
      if (figures.size() > found) after_result = figures.back().target.kind == "actual";
      if (auto y = leading_year(seg.text(sp))) scope.year = y;
      last_end = sp.end;
    }
  }
  std::vector<Target> out = drop_referents(std::move(figures));
  if (!tables.figures.empty()) {
    table_figures(seg, tables, scopes, doc, folder, out);
    std::stable_sort(out.begin(), out.end(), [](const Target& a, const Target& b) { return a.line < b.line; });
  }
  return out;
}

void TargetExtractor::table_figures(const SegmentedDocument& seg, const IndicatorTables& tables, const std::vector<Scope>& scopes,
                                    const DocumentScope& doc, const AccentFolder& folder, std::vector<Target>& out) const {
  size_t bi = 0;
  for (const TableFigure& f : tables.figures) {
    // The block the cell stands in (or the last one before it) gives the scope: the heading above the table.
    while (bi + 1 < seg.blocks.size() && seg.blocks[bi + 1].line <= f.line) ++bi;
    while (bi > 0 && seg.blocks[bi].line > f.line) --bi;
    const Scope& scope = scopes.empty() ? Scope{} : scopes[bi];
    if (gives_no_figures(scope)) continue;
    Target t;
    t.indicator = f.indicator;
    t.value = f.value;
    t.value_max = f.value_max;
    if (!f.unit.empty()) t.unit = f.unit;
    t.comparator = f.comparator == "eq" && f.column.estimate ? "approx" : f.comparator;
    t.year = f.column.year ? f.column.year : scope.year ? scope.year : doc.year;
    if (f.column.kind) t.kind = *f.column.kind;
    else if (scope.kind) t.kind = *scope.kind;
    else t.kind = doc.report && !(t.year && doc.issued_year && *t.year > *doc.issued_year) ? "actual" : "target";
    t.line = f.line;
    t.text = f.indicator + ": " + f.cell;
    if (auto unit = units_.match(f.unit); unit && !unit->base.empty()) {
      t.unit_base = unit->base;
      t.value_base = t.value * unit->scale;
    }
    name_indicator(t, {}, folder);
    t.rule_id = f.rule_id;
    out.push_back(std::move(t));
  }
}

std::optional<int> TargetExtractor::leading_year(std::string_view sentence) const {
  size_t lead = 0;
  while (lead < sentence.size() && (sentence[lead] == ' ' || sentence[lead] == '-' || sentence[lead] == '+')) ++lead;
  for (const auto& y : year_mentions(groups_.year, sentence))
    if (!y.weak && y.begin <= lead + 32) return y.year;  // "Đến hết năm 2030, ...", "Trong giai đoạn 2026 - 2030, ..."
  return std::nullopt;
}

size_t TargetExtractor::clause_start(std::string_view sv, size_t from, size_t floor) const {
  auto in_compound = [&](size_t comma) {
    // Any comma of the compound: "nông, lâm, thủy sản" is stepped over from its second comma too.
    for (const auto& c : comma_compounds_.list)
      for (size_t k = c.find(','); k != std::string::npos; k = c.find(',', k + 1)) {
        if (comma < floor + k || comma - k + c.size() > sv.size()) continue;
        size_t at = comma - k, end = at + c.size();
        if (to_lower(sv.substr(at, c.size())) == c && (at == floor || !is_letter_cp(cp_before(sv, at))) &&
            (end == sv.size() || !is_letter_cp(cp_at(sv, end))))
          return true;
      }
    return false;
  };
  int depth = 0;
  for (size_t i = from; i-- > floor;) {
    char c = sv[i];
    if (c == ')') ++depth;
    else if (c == '(' && depth > 0) --depth;
    else if (depth == 0 && c == ',' && in_compound(i)) continue;
    else if (depth == 0 && (c == ',' || c == ';' || c == ':' || c == '(')) return i + 1;
  }
  return floor;
}

// The words of the block a figure's block hangs under ("b) Tỷ lệ che phủ rừng:" over
// "- Năm 2025: 52%"), up to its first ':' or full stop: what the figure is about when its
// own sentence does not say.
std::string_view TargetExtractor::context_heading(const SegmentedDocument& seg, const Block& blk) {
  if (blk.parent < 0) return {};
  std::string_view h = trim(seg.text(seg.blocks[static_cast<size_t>(blk.parent)].content));
  h = h.substr(0, h.find_first_of(":.;\n"));
  return h.size() <= 160 ? trim(h) : std::string_view{};  // a paragraph, not a name
}

void TargetExtractor::sentence_figures(const SegmentedDocument& seg, const Block& blk, const Scope& scope,
                                       const DocumentScope& doc, const Span& sp, const AccentFolder& folder,
                                       const IndicatorTables& tables, bool after_result,
                                       std::vector<SentenceFigure>& out) const {
  const Rule& number_rule = *groups_.number.front();
  const auto& skip_after = groups_.skip_after;
  std::string_view sv = seg.text(sp);
  std::vector<std::pair<size_t, size_t>> tokens;
  for_each_match(*number_rule.re, sv, [&](size_t b, size_t e, const std::vector<SP>&) { tokens.push_back({b, e}); });
  // "ít nhất một lãnh đạo": a count written as a word after a bound.
  for (const Rule* r : groups_.number_word.matching(sv)) {
    int gi = r->group_index("num");
    if (gi < 0) continue;
    for_each_match(*r->re, sv, [&](size_t, size_t, const std::vector<SP>& m) {
      const SP& w = m[static_cast<size_t>(gi)];
      if (!w.data()) return;
      size_t b = static_cast<size_t>(w.data() - sv.data());
      if (number_word_continuations_.has(to_lower(first_words(std::string(trim(sv.substr(b + w.size()))), 1)))) return;
      tokens.push_back({b, b + w.size()});
    });
  }
  if (tokens.empty()) return;
  if (units_.foreign_text(sv)) return;  // an English paragraph of a treaty, OCR garbage
  std::sort(tokens.begin(), tokens.end());
  // "Hiện nay, toàn tỉnh có 87 trạm. Trong đó, có 28 trạm …": the parts of a result are results.
  const bool breaks_down_result = after_result && matches_any(groups_.breakdown, sv);
  auto years = year_mentions(groups_.year, sv);
  size_t consumed = 0, prev_end = 0, skipped_end = std::string_view::npos;
  Carried carried;
  // The last part/whole pair read ("9.548/9.976 biên chế"): its indicator and where it ends.
  std::optional<std::string> pair_indicator;
  size_t pair_end = 0;
  bool reports_result = false;  // a figure before in this sentence was a result
  for (auto [nb, ne] : tokens) {
    if (nb < consumed) continue;
    if (!tables.lines.empty() && tables.covers(seg.doc.line_of(sp.begin + nb))) continue;  // read cell by cell
    std::string_view token = sv.substr(nb, ne - nb);
    // Numbers glued to words or marks are footnote markers, symbol parts or names.
    size_t pstart = 0;
    char32_t prev = cp_before(sv, nb, &pstart), prev2 = cp_before(sv, pstart), next = cp_at(sv, ne);
    bool glued = is_letter_cp(prev) || prev == '%' || prev == U'‰' || prev == ')' || prev == '/' || prev == U'”' || prev == '"' ||
                 ((prev == '-' || prev == '.' || prev == ',') && (is_letter_cp(prev2) || is_digit(prev2))) ||
                 (is_letter_cp(next) && !glued_measure(sv, nb, ne));
    if (glued) continue;
    // "9 Lễ hội Đền Lê Lợi, ...": the number that opens a footnote is its marker.
    if (blk.kind == BlockKind::Footnote && sp.begin + nb == blk.content.begin) continue;
    size_t wb = skip_window_begin(sv, nb);
    std::string_view before = sv.substr(wb, nb - wb);
    // A list continuing a skipped name: "Trung ương 5, 6".
    if (skipped_end != std::string_view::npos && skipped_end <= nb) {
      std::string gap = trim_copy(sv.substr(skipped_end, nb - skipped_end));
      if (gap.empty() || list_links_.has(to_lower(gap))) { skipped_end = ne; continue; }
    }
    if (const Rule* skip = skip_rule(rules_, sv, nb, ne)) {
      if (skip->group != "target.skip_after") skipped_end = ne;  // a name or phrase may list more: "Trung ương 5, 6"
      continue;
    }
    auto value = parse_vietnamese_number(token);
    if (!value) value = number_word(token);
    if (!value) continue;

    const NumberExtent extent = number_extent(sv, ne, *value);
    std::optional<double> whole = extent.whole;
    std::optional<double> vmax = extent.max;
    const size_t num_end = extent.end;
    // "24-48 giờ", "5-6 tuổi": what follows a range is tried as what follows a number.
    if (num_end != ne && matches_any(skip_after, sv.substr(num_end, std::min(sv.size() - num_end, kSkipAfterBytes)))) continue;
    auto unit = units_.match(sv.substr(num_end));
    // "90,09/100 điểm", "6/10 điểm": a score over its scale's maximum is one figure.
    if (whole && unit && scale_units_.has(to_lower(unit->written)) && is_scale_maximum(*whole, *value)) whole.reset();
    if (looks_like_year(token) && !(unit && unit->measure)) continue;
    // "ban hành 37 luật", "05 nghị định": counts of documents issued are not targets; nor are the
    // parts a text or a scheme is cut into ("gồm 8 điều", "chia thành 3 giai đoạn", "08 nhóm giải pháp").
    if (unit && !unit->measure) {
      const std::string next = to_lower(trim(sv.substr(num_end, std::min<size_t>(sv.size() - num_end, 48))));
      if (table_text::starts_with_any(next, counted_parts_.list)) continue;
      // "trao 8 quyết định chấp thuận chủ trương đầu tư": approvals handed to investors are results, not documents issued.
      auto handed = [&] {
        const std::string lead = trim_copy(to_lower(before));
        return std::any_of(handed_documents_.list.begin(), handed_documents_.list.end(),
                           [&](const std::string& v) { return ends_with_phrase(lead, v); });
      };
      if (table_text::starts_with_any(next, counted_documents_.list) && !handed()) continue;
    }
    // "Công bố … 05 (năm) thủ tục hành chính": the procedures a decision publishes or abolishes are no
    // figure; a reform's count ("cắt giảm 357 TTHC", "08 TTHC cắt giảm thành phần hồ sơ") or a goal's is.
    if (unit && matches_any(rules_.group("target.listed_procedure"), sv.substr(num_end, std::min(sv.size() - num_end, kSkipAfterBytes)))) {
      const size_t semi = sv.substr(0, nb).rfind(';');
      const size_t item_from = semi == std::string_view::npos ? 0 : semi + 1;
      const std::string_view item = sv.substr(item_from, nb - item_from);
      const std::string around = std::string(item) + " " + words_until(sv.substr(num_end + unit->length), ",;.:", 8);
      if (!matches_any(rules_.group("target.procedure_reform"), around) && !goal_cued(around)) continue;
    }
    if (!unit) {  // a bare number counts only after a verb of change: "tăng 391", "cấp xã khuyết 67"
      std::string before_l = trim_copy(to_lower(before));
      bool bare = false;
      for (const auto& w : bare_.list) bare = bare || ends_with_phrase(before_l, w);
      if (!bare) continue;
    }

    size_t unit_end = num_end + (unit ? unit->length : 0);
    if (!whole && !vmax && unit && unit->measure) unit_range_upper(sv, *unit, *value, vmax, unit_end);
    // A cap set for a year or period is a goal even where rates are rules; asked only where they are.
    std::optional<bool> level_read;
    auto level = [&] {
      if (!level_read) level_read = period_level(sv, nb, unit_end, unit ? &*unit : nullptr);
      return *level_read;
    };
    if (gives_no_figures(scope) && !level()) continue;
    // "báo cáo 02 lần", "02 lần/ngày": how often, not how much.
    if (const size_t cl = clause_start(sv, nb, std::max(prev_end, wb)); unit && frequency_only(*unit, sv.substr(cl, nb - cl))) continue;
    FigureContext f;
    f.sentence = sv;
    f.unit = unit ? &*unit : nullptr;
    f.after_unit = sv.substr(unit_end, std::min<size_t>(sv.size() - unit_end, 160));
    f.floor = std::max(prev_end, wb);
    f.clause = clause_start(sv, nb, f.floor);
    // A ';' since the previous figure ends what it carried; what follows may still break the item's
    // measure down ("…bình quân giai đoạn 2025 - 2027 tối đa 1,28%; trong đó, năm 2025 tối đa 1,36%"),
    // while the parts of a count name their own noun ("93 đơn vị; trong đó có 79 xã").
    for (size_t i = prev_end; i < nb; ++i)
      if (sv[i] == ';') {
        const bool breaks_down = table_text::starts_with_any(to_lower(trim(sv.substr(i + 1, nb - i - 1))), carry_openers_.list);
        carried = breaks_down ? Carried{carried.subject, {}} : Carried{};
      }
    f.clause_text = trim_copy(sv.substr(f.clause, nb - f.clause));
    std::string tail_l = to_lower(words_until(f.after_unit, ",;.:()", 10));
    for (const auto& w : comparison_heads_.list) f.compares = f.compares || starts_with_phrase(tail_l, w);

    size_t semicolon = f.floor;
    for (size_t i = nb; i-- > f.floor;)
      if (sv[i] == ';') { semicolon = i + 1; break; }
    // "mức hỗ trợ 500.000 đồng/người, 300.000 đồng/người", "phạt tiền từ ...": a rate a rule sets.
    std::string_view item = before.substr(before.rfind(';') == std::string_view::npos ? 0 : before.rfind(';') + 1);
    if (norm_cues_.any_in(to_lower(item)) && !level()) continue;
    // "mỗi tỉnh khoảng 200 tỷ đồng", "mỗi bên giữ 01 bản": what each unit gets is an allocation, outside a
    // goal or result section and with no goal word; an average is an indicator, and so is a bound each unit
    // must keep to ("mỗi đơn vị cử tối đa 04 người", "mỗi lớp tối thiểu 20 học viên"): a quota, lte/gte.
    if (const std::string_view since = sv.substr(f.floor, nb - f.floor);
        !scope.kind && matches_any(rules_.group("target.per_unit"), since) &&
        !matches_any(rules_.group("target.per_unit_average"), since) && !goal_cued(since) &&
        !bound_comparator(comparator_of(before, f.after_unit, since)))
      continue;
    std::string kind = kind_of(gives_no_figures(scope) ? "target" : scope.kind ? *scope.kind : (doc.report ? "actual" : "target"),
                               sv.substr(semicolon, nb - semicolon),
                               to_lower(f.clause_text));
    // "…, thấp hơn kịch bản tăng trưởng 06 tháng cuối năm của tỉnh (7,4%)": the plan's figure, cited beside a result.
    if (kind == "actual" && !bracketed_plan(f).empty()) kind = "target";
    // "Hiện nay, ... khoảng 180 trạm" under a MỤC TIÊU heading: today's figure, not a goal.
    size_t item_start = sv.substr(0, nb).rfind(';');
    item_start = item_start == std::string_view::npos ? 0 : item_start + 1;
    const bool present = kind == "target" &&
                         ((f.clause >= item_start && present_cued(sv.substr(item_start, nb - item_start), f.clause - item_start,
                                                                  prev_end > 0 && f.floor == prev_end, item_start == 0)) ||
                          breaks_down_result || starts_a_change(before, f.after_unit));
    if (present) kind = "actual";
    // "xuất khẩu đạt 762,4 tỷ USD, tăng 17,4% so với cùng kỳ năm trước": a figure set against the same
    // period a year before is a result, where no section or goal word makes it a goal.
    if (kind == "target" && !scope.kind) {
      std::string_view rest = f.after_unit;  // to the end of its clause: ';' or a full stop
      for (size_t i = 0; i < rest.size(); ++i)
        if (rest[i] == ';' || (rest[i] == '.' && (i + 1 == rest.size() || rest[i + 1] == ' '))) { rest = rest.substr(0, i); break; }
      if (same_period_cues_.any_in(to_lower(rest)) && !goal_cued(sv.substr(semicolon, nb - semicolon)))
        kind = "actual";
    }

    // Year: the figure's own words (before it in the sentence, or right after its unit),
    // else its section's, else the document's.
    // The nearer of the two wins: "giải ngân 100% kế hoạch vốn năm 2026" after "giai đoạn 2026 - 2030".
    std::optional<int> year = own_year(years, sv, nb, unit_end);
    // "Thu nợ 9 tháng ước đạt 56.092 tỷ đồng", "Ước thực hiện năm 2025, …": an estimate of a result, not a
    // goal, unless a goal word or a year after the issue year makes it one.
    const std::string item_l = to_lower(sv.substr(item_start, nb - item_start));  // since the last ';'
    // "10 tháng đầu năm 2025 (tính đến ngày 30/10/2025), tổng thu … đạt …" under "… năm 2026": a figure whose own
    // period leads it, comes before its section's year and has already run (a year before the issue, or the
    // elapsed part of the issue year) is a result, whatever the section sets. A period after the figure says
    // what it covers ("hoàn thành 86 dự án dở dang trong giai đoạn 2016-2020"), not when it was reached; work
    // still to do ("tiếp tục", "kế hoạch", "đến năm") makes no result.
    if (kind == "target" && year && scope.year && *year < *scope.year && doc.issued_year && *year <= *doc.issued_year &&
        item_l.find(std::to_string(*year)) != std::string::npos &&
        (*year < *doc.issued_year || elapsed_cues_.any_in(item_l)) && !goal_cued(item_l) && !past_clause_stops_.any_in(item_l))
      kind = "actual";
    // "Tổng kinh phí thực hiện Kế hoạch ước tính khoảng 120 tỷ đồng" estimates what the plan will spend: no result.
    if (kind == "target" && estimate_cues_.any_in(item_l) && !goal_cued(item_l) &&
        !matches_any(groups_.cost_estimate, item_l) && !(year && doc.issued_year && *year > *doc.issued_year))
      kind = "actual";
    // Outside a report, a goal section and a normative text, with no goal word and no later year: "đến ngày
    // 19/11/2025 đã có 15 bộ" (a verb in the past just before the figure), and the figures that follow a
    // result in its sentence ("…, tăng 17,4% so với cùng kỳ, trong đó xuất khẩu đạt 391,0 tỷ USD, tăng
    // 16,2%") report what was done — not one a change leads to ("từ 45 mức hiện nay xuống còn 25 mức")
    // or a bound a condition sets ("… và có tối thiểu là 10%").
    // (In a report results are the default already: a goal there was made one by its words.)
    if (kind == "target" && !scope.kind && !doc.report && !doc.rules && !doc.norms) {
      const std::string since = to_lower(sv.substr(f.floor, nb - f.floor));
      const std::string near = to_lower(last_words(std::string(trim(sv.substr(f.floor, nb - f.floor))), kPastCueWords));
      // "(theo tổng hợp của Bộ … có trên 52.000 ngôi nhà bị ngập)": figures a body has counted are results.
      const bool past = (past_cues_.any_in(near) && !past_masks_.any_in(near)) || past_governs(sv, nb) ||
                        matches_any(rules_.group("target.reported_result"), since);
      // Cells of a table row read as one sentence ("đã CPKT | | A2 | 2478711 | 392892") are no sentence.
      const std::optional<int> horizon = year ? year : scope.year;  // its own year, else its section's
      if (sv.find('|') == std::string_view::npos && !goal_cued(since) && !(horizon && doc.issued_year && *horizon > *doc.issued_year) &&
          (past || (reports_result && !carry_stops_.any_in(since))))
        kind = "actual";
    }
    // "Tỉnh đề nghị Trung ương hỗ trợ khoảng 200 tỷ đồng": an amount asked for is for the future, a goal
    // even in a report or a Tờ trình. Only the words since the previous figure ask for it.
    if (kind == "actual" && !present && matches_any(groups_.request, sv.substr(f.floor, nb - f.floor))) kind = "target";
    const bool own_year = year.has_value();
    // A year after the report's is a horizon, not a result's year — unless the report was issued in
    // it: "10 tháng đầu năm 2025" in a report on 2024 written in 2025 is the result's own period.
    if (year && kind == "actual" && doc.report && doc.year && *year > *doc.year && !(doc.issued_year && *year <= *doc.issued_year))
      year.reset();
    if (present && year && doc.issued_year && *year > *doc.issued_year) year.reset();
    if (!year && !present) year = scope.year;  // a section's horizon is not today's year
    if (!year && kind == "actual") year = doc.issued_year;  // results reported without a period are the issue year's

    // "Sìn Hồ 59,33%; Công an 43,33%": in a footnote, a bare name before a rate is a list of units.
    std::string ignored;
    if (blk.kind == BlockKind::Footnote && unit && unit->base == "%" && !f.clause_text.empty() &&
        strip_subject(f.clause_text, ignored) == f.clause_text && ignored.empty() && count_words(f.clause_text) <= 4 &&
        is_upper_cp(cp_at(f.clause_text, 0)))
      continue;

    Target t;
    std::string indicator = indicator_of(f, carried);
    // In a table row read as one sentence the phrase may span cells: their marks are no words.
    if (indicator.find('|') != std::string::npos) {
      std::replace(indicator.begin(), indicator.end(), '|', ' ');
      indicator = collapse_whitespace(indicator);
    }
    if (!indicator.empty()) t.indicator = indicator;
    // "698,445/871,321 triệu đồng, đạt 80,2%": the share right after a pair, with no subject of its
    // own, is the pair's ratio and measures what the pair counts.
    // Only the pair's own few tail words ("… biên chế công chức, đạt 95,7%") stand between them; a
    // clause of its own ("… có tiến độ đạt khá (trên 78%)") says what its share is of.
    if (pair_indicator && unit && unit->base == "%" && f.clause > pair_end &&
        sv.substr(pair_end, f.clause - 1 - pair_end).find_first_of(",;:(") == std::string_view::npos &&
        count_words(trim_copy(sv.substr(pair_end, f.clause - 1 - pair_end))) <= kPairTailWords) {
      // A change ("vượt 21,3% kế hoạch", "tăng 5%") is named by its own verb, not the pair's ratio.
      std::string verb;
      if (strip_subject(f.clause_text, verb).empty() && !rise_.has(verb) && !fall_.has(verb) && !over_.has(verb))
        t.indicator = *pair_indicator;
    }
    pair_indicator.reset();
    t.value = *value;
    t.value_max = vmax;
    if (unit) t.unit = unit->written;
    t.comparator = vmax ? "range" : comparator_of(before, f.after_unit, sv.substr(f.floor, nb - f.floor));
    t.kind = kind;
    reports_result = kind == "actual";
    t.year = year;
    t.line = seg.doc.line_of(sp.begin + nb);
    size_t text_begin = f.clause;
    while (text_begin < nb && sv[text_begin] == ' ') ++text_begin;
    t.text = seg.doc.source_text(sp.begin + text_begin, sp.begin + unit_end);
    if (unit && !unit->base.empty()) {
      t.unit_base = unit->base;
      t.value_base = t.value * unit->scale;
    }
    name_indicator(t, context_heading(seg, blk), folder);
    t.rule_id = number_rule.id;
    // The goal word may follow the count: "để 12 xã đạt chuẩn".
    const CountReference reference =
        whole ? CountReference::kNone
              : count_reference(sv, nb, unit ? &*unit : nullptr,
                                std::string(sv.substr(item_start, nb - item_start)) + " " + words_until(f.after_unit, ",;.:", 8),
                                t.comparator, own_year);
    out.push_back({t, reference});
    if (whole) {  // "298/305 vụ việc": the whole is its own figure, on the same line
      Target w = t;
      w.value = *whole;
      w.comparator = "eq";
      if (t.indicator) w.indicator = words_.total + " " + *t.indicator;
      if (unit && !unit->base.empty()) w.value_base = *whole * unit->scale;
      name_indicator(w, context_heading(seg, blk), folder);
      if (t.indicator) pair_indicator = *t.indicator, pair_end = unit_end;
      out.push_back({std::move(w), CountReference::kNone});
    }
    consumed = prev_end = unit_end;
    // "đạt 100% chỉ tiêu với 821 tân binh": the compared-to plan belongs to this figure, not the next.
    if (f.compares) {
      size_t k = unit_end;
      while (k < sv.size() && sv[k] == ' ') ++k;
      std::string next_l = to_lower(words_until(sv.substr(k), ",;.:()", 4));
      for (const auto& w : comparison_heads_.list)
        if (starts_with_phrase(next_l, w)) {
          prev_end = k + w.size();
          break;
        }
    }
  }
}

}  // namespace vnpolicy
