// Which indicator a figure measures, so the same indicator is one key in every document.
// The indicators come from the catalogue rules/indicators.tsv (IndicatorTable: official
// codes, names, written variants, unit families). A figure's indicator phrase matches an
// entry when it holds one of the entry's written forms as whole words (accents, tones
// and case aside), or the form's words after its head noun ("tỷ lệ", "số", "diện tích"
// ...; rules/indicators.json) while the phrase has the same head noun or none; an entry
// whose unit family differs from the figure's unit is no match. The most specific form
// wins. A phrase that names nothing is matched through its context heading, and failing
// that keys as its own normalised words (years, lead-in verbs, place qualifiers, "số"/"các"
// after the head noun and a trailing link word dropped), so it still meets the same phrase
// in another document; that key is matched against the catalogue once more.
// Immutable after construction; safe to share.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "normalize/unicode.h"
#include "resolve/indicator_table.h"
#include "resolve/unit_families.h"
#include "rules/rule_set.h"

namespace vnpolicy {

struct IndicatorMatch {
  std::string key;                  // the entry's official code ("0802/dien tich cay che" for a breakdown), else its folded name; else the folded phrase
  std::optional<std::string> code;  // official code of the entry or of the indicator it is a breakdown of, when the units agree
  const IndicatorEntry* entry = nullptr;
  bool from_heading = false;        // the phrase named nothing; its heading did
};

class IndicatorLexicon {
 public:
  explicit IndicatorLexicon(const RuleSet& rules);

  // The indicator of a figure: its phrase, its unit_base ("" when none) and the heading of
  // its section ("" when none). `folder` belongs to the calling thread.
  IndicatorMatch match(std::string_view indicator, std::string_view unit_base, std::string_view heading,
                       const AccentFolder& folder) const;
  // match() without unit or heading: the key alone.
  std::string key(const std::string& indicator, const AccentFolder& folder) const;
  // The catalogue entry a key names (code or folded name), or null.
  const IndicatorEntry* entry(std::string_view key) const;
  // A figure that counts meetings, training classes, inspections, campaigns or documents
  // issued rather than measuring an indicator (rules/indicators.json: activity_units,
  // activity_verbs; rules/targets.json: counted_documents, which the extractor skips).
  bool activity(std::string_view indicator, std::string_view unit_base) const;
  // Display name of a key: the entry's name, or nullopt for a phrase key.
  std::optional<std::string> name(const std::string& key) const;

  const IndicatorTable& table() const { return table_; }
  const UnitFamilies& units() const { return units_; }

 private:
  struct Form {
    std::string folded;  // " ty le che phu rung " (padded for whole-word search)
    std::string core;    // " che phu rung ": the words after the head noun, or "" when it has none
    std::string head;    // "ty le", or ""
    size_t entry;
    int words = 0, core_words = 0, head_words = 0;
  };
  struct Candidate {
    size_t entry = SIZE_MAX;
    size_t form = SIZE_MAX;
    int score = 0;
    bool whole = false;  // the whole written form, head noun included, not its core alone
  };
  Candidate best(const std::string& padded, const std::string& head, const std::string& figure_family) const;
  // A rate whose words name more than the amount found in it ("tỷ lệ dân số từ 15 tuổi trở lên
  // có điện thoại thông minh", "tỷ trọng kinh tế số trong GDP") is the share of a part of it,
  // not a share of the amount itself ("tỷ lệ GDP").
  bool rate_of_a_part(const std::string& phrase, const Candidate& c) const;
  // A whole form of 3+ words whose words stand in the phrase in order with at most
  // `max_gaps` other words among them ("lượt khách [tiềm năng] du lịch"), none of them a
  // word that turns the meaning (indicator_gap_blockers: "không", "chưa", "thoát") and none
  // a qualifier that narrows what is counted (indicator_gap_qualifiers: a sector, an owner,
  // a size: "doanh nghiệp [nông nghiệp] đăng ký thành lập mới" is not every new enterprise).
  Candidate best_with_gaps(const std::string& folded, const std::string& figure_family, int max_gaps) const;
  std::string head_of(const std::string& folded) const;  // the phrase's head noun at its start, or ""
  bool families_agree(const std::string& entry_family, const std::string& figure_family) const;
  std::string phrase_key(const std::string& folded, bool strip_leading = true) const;
  bool lead_is_filler(std::string_view indicator, const std::string& folded) const;
  std::string entry_key(size_t entry) const;

  UnitFamilies units_;
  IndicatorTable table_;
  std::vector<Form> forms_;
  // First word of a form (or of its core) -> forms, so a phrase looks up only the forms
  // that may start at each of its words.
  std::unordered_map<std::string, std::vector<size_t>> by_first_word_, by_first_core_word_;
  std::unordered_map<std::string, size_t> by_key_;
  std::vector<std::string> heads_;             // folded, longest first
  std::vector<std::string> change_prefixes_;   // folded "muc tang", "muc giam"
  std::vector<std::string> gap_blockers_;      // folded "khong", "chua": never skipped by a gapped match
  std::vector<std::string> gap_qualifiers_;    // folded "nong nghiep", "nha nuoc": skipped, they narrow the form
  std::vector<std::string> growth_heads_;      // folded "toc do tang": a % of an amount that is its growth
  std::vector<std::string> structure_heads_;   // folded "ty trong", "co cau": a % that is the amount's share of a whole
  std::vector<std::string> structure_entries_; // folded "co cau": an official indicator that states its amount's structure too
  std::vector<std::string> rate_heads_;        // folded "ty le", "ty trong": a % that is a rate of what its phrase names
  std::vector<std::string> rate_whole_links_;  // folded "hoac", "cua": after the amount, the rate is still of all of it
  std::vector<std::string> leading_fillers_;   // folded "phan dau", "dat": not part of a phrase key
  std::vector<std::string> leading_fillers_toned_;  // the same, tones folded, accents kept: "đat", not "đât"
  std::vector<std::string> trailing_places_;   // folded "tren dia ban tinh", "toan tinh"
  std::vector<std::string> year_words_;        // folded "nam", "giai doan", "den nam": before a year
  std::vector<std::string> inner_places_;      // folded "tren toan tinh": dropped from a key wherever it stands
  std::vector<std::string> head_fillers_;      // folded "so", "cac": dropped right after a head noun
  std::vector<std::string> head_fillers_kept_; // folded "so hoa": a filler that is a word of its own there
  std::vector<std::string> trailing_links_;    // folded "va", "voi": a key does not end with a link word
  std::vector<std::string> place_kinds_;       // folded "tinh", "thanh pho": before a province's name
  std::vector<std::string> place_names_;       // folded "bac ninh", "ho chi minh"
  std::vector<std::string> place_links_;       // folded "cua", "tai": before "tỉnh <name>"
  // The key without "[của] tỉnh <name>" wherever it stands, when 3+ words remain.
  std::string drop_named_places(std::string key) const;
  std::vector<std::string> periods_;           // folded "luy ke 0 thang dau", "quy 0": "0" any number
  std::vector<std::string> trailing_periods_;  // folded "0 thang": only at the end
  // The key without the period it covers ("lũy kế 04 tháng đầu", "quý II"), when 2+ words remain.
  std::string drop_periods(std::string key) const;
  std::vector<std::string> field_cores_;       // padded " kinh te ": a core that alone names a field, not an indicator
  std::vector<std::string> activity_units_, activity_verbs_;  // case and tones folded, accents kept
  std::vector<std::string> activity_documents_;                // "nghị định", "chỉ thị": counted as issued
};

// Folds a phrase for keys and search: accents and case removed, punctuation to spaces,
// whitespace collapsed ("Tỷ lệ che phủ rừng (%)" -> "ty le che phu rung").
std::string fold_phrase(std::string_view text, const AccentFolder& folder);

}  // namespace vnpolicy
