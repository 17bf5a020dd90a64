// Numeric targets and reported results: value, unit, comparator, kind, indicator, year.
// Every number token of the body is a candidate; the skip rules of rules/targets.json
// drop dates, symbols, ordinals, ages and numbers inside names. Units come from
// resolve/units, keys from resolve/indicator_lexicon; kind and year come from the
// figure's own words, then its scope (extract/target_scope: headings, lead-ins, the document).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"
#include "extract/indicator_table.h"
#include "extract/normative_scope.h"
#include "extract/target_scope.h"
#include "extract/target_text.h"
#include "normalize/unicode.h"
#include "resolve/indicator_lexicon.h"
#include "resolve/units.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class TargetExtractor {
 public:
  explicit TargetExtractor(const RuleSet& rules);
  std::vector<Target> extract(const SegmentedDocument& doc, const DocumentHeader& header) const;

  // The text the skip rules read before and after a number (bytes); `misses` reads the same.
  static constexpr size_t kSkipBeforeBytes = 240, kSkipAfterBytes = 160;
  // The rule that rejects the number at [nb, ne) of `text` (a sentence, or a whole document
  // for `misses`) as no figure, or null: a target.skip_phrase rule naming it ("lập thành 03
  // bản"), else target.skip_after on the text after it ("/NQ-CP"), else target.skip_before
  // on the text before it ("lần thứ"). The extractor and `misses` both ask this.
  static const Rule* skip_rule(const RuleSet& rules, std::string_view text, size_t nb, size_t ne);
  // Where the text the skip rules read before the number at `nb` starts (on a word).
  static size_t skip_window_begin(std::string_view text, size_t nb);

 private:
  // What later figures of a clause inherit from earlier ones.
  struct Carried {
    std::string subject;        // "tổng thu ngân sách" for "..., tăng 16% so với năm 2021"
    std::string count_subject;  // "kiểm tra" for "kiểm tra 869 tổ chức đảng, 868 đảng viên"
  };
  // One figure's surroundings in its sentence (byte offsets into `sentence`).
  struct FigureContext {
    std::string_view sentence, after_unit;
    const UnitMatch* unit = nullptr;
    size_t floor = 0;    // where the clause may start at the earliest (the previous figure)
    size_t clause = 0;   // where the figure's clause starts
    std::string clause_text;
    bool compares = false;  // the unit is followed by "kế hoạch", "so với ..."
  };
  // The clause before a figure without its cue words; `verb` gets the tăng/giảm/vượt it ended with.
  std::string strip_subject(std::string clause, std::string& verb) const;
  // Where the first head noun of a lower-cased phrase stands ("tỷ lệ", "giá trị"; rules
  // indicator_heads), npos when none.
  size_t head_noun_at(const std::string& low) const;
  // Whether the one-word head at `at` closes a compound that qualifies the noun before it
  // (indicator_head_qualified: "kỹ năng số" is a digital skill, not "the number of").
  bool qualifies_noun_before(const std::string& low, size_t at, const std::string& head) const;
  // Where the noun list that `item` (the stripped clause at `clause`) ends starts: the
  // clause of its first item, which holds the head noun; `clause` when it is no list item.
  size_t noun_list_start(std::string_view sentence, size_t clause, size_t floor, const std::string& item) const;
  // The phrase names only a period ("lũy kế 04 tháng đầu"): rules/targets.json indicator_period_words and numbers.
  bool says_only_period(const std::string& subj) const;
  std::string comparator_of(std::string_view before, std::string_view after_unit, std::string_view since_previous) const;
  std::string kind_of(std::string kind, std::string_view since_semicolon, const std::string& clause_lower) const;
  std::string indicator_of(const FigureContext& f, Carried& carried) const;
  // Whether a clause ends in a verb of reaching that names its count (count_naming_verbs: "đạt", "là gần").
  bool names_by_verb(std::string_view clause) const;
  // A present-time cue ("hiện nay", "hiện có", "đến nay") opening the item (the text since the
  // last ';' up to the figure) or in the figure's own clause (`clause`: its offset in the item),
  // with no goal word after it. `after_figure`: the clause starts right after the previous figure;
  // `sentence_start`: the item opens the sentence (then it opens with a capital).
  bool present_cued(std::string_view item, size_t clause, bool after_figure, bool sentence_start) const;
  // The value of a count written as a word ("một", "hai"), from the number_words lexicon.
  std::optional<double> number_word(std::string_view token) const;
  static std::string_view context_heading(const SegmentedDocument& seg, const Block& blk);
  // Sets the figure's indicator_key, indicator_code and activity flag.
  void name_indicator(Target& t, std::string_view heading, const AccentFolder& folder) const;
  // The year of a time phrase that opens the sentence ("Đến năm 2030, ..."), if any.
  std::optional<int> leading_year(std::string_view sentence) const;
  // Back to the nearest , ; : ( — stepping over a closed "(GRDP)" and the comma of a
  // written-short compound ("nông, lâm nghiệp": indicator_comma_compounds).
  size_t clause_start(std::string_view sentence, size_t from, size_t floor) const;
  // Whether a plain count may name a set the text refers to ("tại 02 công trình") rather than be a figure.
  enum class CountReference : char {
    kNone,                // a measure, a bound, a count with a goal word or its own year: a figure
    kPlainCount,          // a count of places or works with no goal word: a set once written three times
    kAfterReferenceWord,  // such a count after "tại", "của", "toàn bộ": a set once written twice
  };
  // A figure read from a sentence, with how its count may refer back (see drop_referents).
  struct SentenceFigure {
    Target target;
    CountReference reference = CountReference::kNone;
  };
  // `after_result`: the sentence before, in the same block or the block before, ended with a
  // result; a sentence opened by "Trong đó," breaks that result down.
  void sentence_figures(const SegmentedDocument& seg, const Block& block, const Scope& scope, const DocumentScope& doc,
                        const Span& sentence, const AccentFolder& folder, const IndicatorTables& tables,
                        bool after_result, std::vector<SentenceFigure>& out) const;
  // How the count at sv[nb, unit end) may refer back; `own_year`: a year in its own words.
  CountReference count_reference(std::string_view sv, size_t nb, const UnitMatch* unit, std::string_view since_item,
                                 const std::string& comparator, bool own_year) const;
  // "tại 02 công trình", "ưu tiên 40 xã, phường": a count naming a set the text refers to again is no figure.
  std::vector<Target> drop_referents(std::vector<SentenceFigure>&& figures) const;
  // How far the figure of the number token ending at sv[ne] runs: a part of a whole ("298/305"),
  // a range ("9-11%", " đến 15%"), or a number spelled out in brackets ("03 (ba) nhân viên").
  struct NumberExtent {
    std::optional<double> whole, max;
    size_t end = 0;  // where the unit may start
  };
  NumberExtent number_extent(std::string_view sv, size_t ne, double value) const;
  // The upper end of a range written right after sv[from] ("-11%", " đến 15%"): its text, or empty.
  std::string_view range_upper(std::string_view sv, size_t from) const;
  // "khoảng 91.299 tỷ đồng - 97.386 tỷ đồng": a range whose two ends both carry the measure `unit`
  // read after the figure: sets `vmax` and moves `unit_end` past the second unit.
  void unit_range_upper(std::string_view sv, const UnitMatch& unit, double value, std::optional<double>& vmax, size_t& unit_end) const;
  // The year of the figure sv[nb, unit_end) from its own words: the last before it in its item, or
  // one written right after its unit in the same clause (the nearer wins), else none.
  std::optional<int> own_year(const std::vector<YearMention>& years, std::string_view sv, size_t nb, size_t unit_end) const;
  // A past cue ("đã") since the last ';' or ':' before sv[nb] with no future or goal word after it:
  // "đã chỉ đạo ..., sơ tán 1.208 hộ" narrates what was done, however far back the verb stands, unless
  // the clause is a condition or criterion (past_clause_conditions: "trường hợp", "hoặc").
  bool past_governs(std::string_view sv, size_t nb) const;
  // A count of times ("báo cáo 02 lần", "02 lần/ngày") is a frequency, unless a word of change makes
  // it a multiple ("tăng gấp 3 lần"): `clause` is the figure's clause up to the number.
  bool frequency_only(const UnitMatch& unit, std::string_view clause) const;
  // The phrase a bare bracketed figure stands after ("thấp hơn kịch bản tăng trưởng … của tỉnh (7,4%)"),
  // lower case, when it names a plan (plan_figure_cues); "" otherwise.
  std::string bracketed_plan(const FigureContext& f) const;
  // A goal word in `text` that is not the yardstick of a result ("hoàn thành mục tiêu đề ra": goal_cue_masks).
  bool goal_cued(std::string_view text) const;
  // A measure written glued to the number text[nb, ne) after a hedge ("khoảng trên 1.700km"):
  // then the number is a figure. Without one, a glued unit is mostly a table's or a technical
  // text's shorthand ("Quặng (103tấn)", "thửa đất B - 100m2"), not a goal or result.
  bool glued_measure(std::string_view text, size_t nb, size_t ne) const;
  // The figure starts a change ("giảm từ 23 xã xuống 18 xã"): where the change starts is today's level.
  bool starts_a_change(std::string_view before, std::string_view after_unit) const;
  // A cap or level on a rate set for a named year or period ("bình quân giai đoạn 2025 - 2027 tối đa
  // 1,28%", "năm 2025 tối đa 1,36%"): a goal even in a rate section or a normative text, unless what it
  // rates is a fee, price or pay (period_level_fee_cues). sv[nb, unit_end) is the figure with its unit.
  bool period_level(std::string_view sv, size_t nb, size_t unit_end, const UnitMatch* unit) const;
  // The figures of indicator tables, their kind and year from the column, else the table's scope.
  void table_figures(const SegmentedDocument& seg, const IndicatorTables& tables, const std::vector<Scope>& scopes,
                     const DocumentScope& doc, const AccentFolder& folder, std::vector<Target>& out) const;

  const RuleSet& rules_;
  // The rule groups asked per sentence and per figure, looked up once (a RuleSet is
  // immutable, so the references stay valid while it lives).
  struct RuleGroups {
    const RuleGroup &number, &year, &skip_after, &fraction, &range, &comparator,
        &comparator_after, &from_to, &estimate, &number_word, &request, &cost_estimate, &breakdown, &period_level;
  };
  RuleGroups groups_;
  UnitLexicon units_;
  IndicatorLexicon indicators_;
  TargetScopes scopes_;
  NormativeScopes normative_;  // a normative text: its rates are no figures, its past results are
  IndicatorTableReader tables_;
  PhraseList plan_cues_, result_words_, result_masks_, counted_documents_, handed_documents_, counted_parts_, list_links_, next_item_links_, norm_cues_, fee_cues_,
      carry_openers_;  // "trong đó" after a ';': the item goes on breaking its measure down
  // The words an indicator is written with (rules/targets.json, lexicon indicator_words).
  struct IndicatorWords {
    std::string year, change, rise, fall, share, count, total, compared, over, within, portion, money;
    static IndicatorWords load(const RuleSet& rules);
  };
  IndicatorWords words_;
  PhraseList comma_compounds_;
  PhraseList scale_units_;  // a score's unit: "90,09/100 điểm" is one figure over its scale
  PhraseList trailing_, leading_, rise_, fall_, level_, over_, share_verbs_, share_tail_stops_, bare_, goal_cues_, goal_masks_, present_cues_, present_masks_, heads_, qualified_heads_, comparison_heads_,
      number_word_continuations_, period_words_, measured_tail_stops_, breakdown_cues_, same_period_cues_, elapsed_cues_,
      estimate_cues_, past_cues_, past_masks_, carry_stops_, past_clause_stops_, past_conditions_, repeat_units_, multiple_cues_, referent_units_,
      reference_words_, count_cues_, naming_verbs_;
  std::map<std::string, double, std::less<>> number_words_;  // "một" -> 1
};

}  // namespace vnpolicy
