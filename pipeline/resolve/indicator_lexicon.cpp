#include "resolve/indicator_lexicon.h"

#include <algorithm>

#include "core/text.h"
#include "resolve/indicator_words.h"

namespace vnpolicy {
using namespace indicator_words;
namespace {

const char* const kFile = "rules/indicators.json";

std::vector<std::string> folded_list(const RuleSet& rules, const char* name, const AccentFolder& folder,
                                     bool number_marks = false) {
  std::vector<std::string> out;
  if (const auto* lx = rules.lexicon(name)) {
    if (!lx->is_array()) throw RuleError(kFile, 0, std::string(name) + ": a list of phrases expected");
    for (const auto& p : *lx) {
      if (!p.is_string()) throw RuleError(kFile, 0, std::string(name) + ": a list of phrases expected, found " + p.dump());
      std::string phrase = p.get<std::string>();
      if (number_marks) std::replace(phrase.begin(), phrase.end(), '#', '0');
      out.push_back(fold_phrase(phrase, folder));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

// The official code an entry stands under: its own, or that of the indicator it is a
// breakdown of (the area of tea is part of 0802).
std::optional<std::string> code_of(const IndicatorEntry& e) {
  if (!e.code.empty()) return e.code;
  if (!e.part_of.empty()) return e.part_of;
  return std::nullopt;
}

}  // namespace

std::string fold_phrase(std::string_view text, const AccentFolder& folder) {
  std::string folded = folder.fold(text), out;
  // Letters, digits and '%' make words; typographic quotes and dashes (“không ma túy”) do not.
  for (size_t i = 0; i < folded.size();) {
    const size_t at = i;
    const char32_t cp = next_code_point(folded, i);
    if ((cp >= '0' && cp <= '9') || cp == '%' || is_letter_cp(cp)) out.append(folded, at, i - at);
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

IndicatorLexicon::IndicatorLexicon(const RuleSet& rules) : units_(rules), table_(rules, units_.families()) {
  AccentFolder folder;  // construction only; match() gets the caller's folder
  heads_ = folded_list(rules, "indicator_heads", folder);
  change_prefixes_ = folded_list(rules, "indicator_change_prefixes", folder);
  growth_heads_ = folded_list(rules, "indicator_growth_heads", folder);
  rate_heads_ = folded_list(rules, "indicator_rate_heads", folder);
  structure_heads_ = folded_list(rules, "indicator_structure_heads", folder);
  structure_entries_ = folded_list(rules, "indicator_structure_entry_words", folder);
  rate_whole_links_ = folded_list(rules, "indicator_rate_whole_links", folder);
  gap_blockers_ = folded_list(rules, "indicator_gap_blockers", folder);
  gap_qualifiers_ = folded_list(rules, "indicator_gap_qualifiers", folder);
  leading_fillers_ = folded_list(rules, "indicator_key_leading_fillers", folder);
  if (const auto* lx = rules.lexicon("indicator_key_leading_fillers"))
    for (const auto& w : *lx)
      if (w.is_string()) leading_fillers_toned_.push_back(collapse_whitespace(fold_case_and_tones(w.get<std::string>())));
  trailing_places_ = folded_list(rules, "indicator_key_trailing_places", folder);
  year_words_ = folded_list(rules, "indicator_key_year_words", folder);
  inner_places_ = folded_list(rules, "indicator_key_places", folder);
  head_fillers_ = folded_list(rules, "indicator_key_head_fillers", folder);
  head_fillers_kept_ = folded_list(rules, "indicator_key_head_fillers_kept", folder);
  trailing_links_ = folded_list(rules, "indicator_key_trailing_links", folder);
  // '#' (a number) would fold away as punctuation: it stands as the word "0".
  periods_ = folded_list(rules, "indicator_key_periods", folder, true);
  trailing_periods_ = folded_list(rules, "indicator_key_trailing_periods", folder, true);
  place_kinds_ = folded_list(rules, "indicator_key_place_kinds", folder);
  place_names_ = folded_list(rules, "indicator_key_place_names", folder);
  place_links_ = folded_list(rules, "indicator_key_place_links", folder);
  for (const auto& c : folded_list(rules, "indicator_field_cores", folder)) field_cores_.push_back(" " + c + " ");
  // Documents counted as issued ("35 Nghị định") are activities too: the extractor reads them
  // from rules/targets.json (counted_documents) to leave them out, and so does this test.
  for (auto [name, list] : {std::pair{"activity_units", &activity_units_}, std::pair{"activity_verbs", &activity_verbs_},
                            std::pair{"counted_documents", &activity_documents_}})
    if (const auto* lx = rules.lexicon(name))
      for (const auto& w : *lx) {
        if (!w.is_string()) throw RuleError(kFile, 0, std::string(name) + ": a list of phrases expected, found " + w.dump());
        list->push_back(collapse_whitespace(fold_case_and_tones(w.get<std::string>())));
      }
  const auto& entries = table_.entries();
  for (size_t i = 0; i < entries.size(); ++i) {
    const IndicatorEntry& e = entries[i];
    by_key_.emplace(entry_key(i), i);
    std::vector<std::string> written = e.variants;
    written.insert(written.begin(), e.name);
    for (const auto& w : written) {
      Form f;
      std::string folded = fold_phrase(w, folder);
      if (folded.empty()) continue;
      f.folded = " " + folded + " ";
      f.entry = i;
      f.words = count_words(folded);
      f.head = head_of(folded);
      if (!f.head.empty() && f.head.size() < folded.size()) {
        f.core = " " + folded.substr(f.head.size() + 1) + " ";
        f.core_words = count_words(f.core);
        f.head_words = count_words(f.head);
      }
      forms_.push_back(std::move(f));
    }
  }
  for (size_t i = 0; i < forms_.size(); ++i) {
    const Form& f = forms_[i];
    by_first_word_[f.folded.substr(1, f.folded.find(' ', 1) - 1)].push_back(i);
    // A core of one word ("rung") says too little to stand for the entry without its head.
    if (f.core_words >= 2) by_first_core_word_[f.core.substr(1, f.core.find(' ', 1) - 1)].push_back(i);
  }
}

std::string IndicatorLexicon::entry_key(size_t entry) const {
  const IndicatorEntry& e = table_.entries()[entry];
  if (!e.code.empty()) return e.code;
  AccentFolder folder;
  // A breakdown keys under its indicator's code: tea and macadamia are two rows of 0802.
  if (!e.part_of.empty()) return e.part_of + "/" + fold_phrase(e.name, folder);
  return fold_phrase(e.name, folder);
}

bool IndicatorLexicon::rate_of_a_part(const std::string& phrase, const Candidate& c) const {
  for (const auto& h : rate_heads_) {
    if (!starts_with_words(phrase, h)) continue;
    const Form& f = forms_[c.form];
    const std::string& amount = c.whole ? f.folded : f.core;
    const std::string rest = " " + (phrase.size() > h.size() ? phrase.substr(h.size() + 1) : std::string()) + " ";
    // "tỷ lệ GDP", "tỷ lệ GDP hoặc GRDP", "tỷ lệ GDP của cả nước": the amount itself
    if (rest.compare(0, amount.size(), amount) != 0) return true;
    const std::string after = rest.substr(amount.size());
    if (after.empty()) return false;
    return std::none_of(rate_whole_links_.begin(), rate_whole_links_.end(),
                        [&](const std::string& w) { return starts_with_words(after, w); });
  }
  return false;
}

std::string IndicatorLexicon::head_of(const std::string& folded) const {
  for (const auto& h : heads_)
    if (starts_with_words(folded, h)) return h;
  return "";
}

bool IndicatorLexicon::families_agree(const std::string& entry_family, const std::string& figure_family) const {
  if (entry_family.empty() || figure_family.empty() || entry_family == "mixed" || entry_family == "index") return true;
  if (entry_family == figure_family) return true;
  // An amount per person is written with its "/người" or without ("GRDP bình quân đầu người 52,9 triệu đồng").
  auto amount = [](const std::string& f) { return f == "money" || f == "per-capita"; };
  if (amount(entry_family) && amount(figure_family)) return true;
  // People are counted too ("lao động", "học sinh"): a count entry takes them and back.
  auto counted = [](const std::string& f) { return f == "count" || f == "people"; };
  return counted(entry_family) && counted(figure_family);
}

IndicatorLexicon::Candidate IndicatorLexicon::best(const std::string& padded, const std::string& head,
                                                   const std::string& figure_family) const {
  Candidate out;
  const auto& entries = table_.entries();
  auto consider = [&](size_t form, int score, bool whole) {
    const size_t entry = forms_[form].entry;
    if (!families_agree(entries[entry].unit_family, figure_family)) return;
    if (score > out.score || (score == out.score && entry < out.entry)) out = {entry, form, score, whole};
  };
  for (size_t at = 0; at + 1 < padded.size(); at = padded.find(' ', at + 1)) {
    size_t end = padded.find(' ', at + 1);
    std::string word = padded.substr(at + 1, end - at - 1);
    if (auto it = by_first_word_.find(word); it != by_first_word_.end())
      for (size_t i : it->second) {
        const Form& f = forms_[i];
        if (padded.compare(at, f.folded.size(), f.folded) != 0) continue;
        // The whole form, its head noun included. A form with no head noun ("hộ nghèo")
        // inside a phrase with one ("tỷ lệ hộ nghèo") is weaker than a form with the same head.
        consider(i, 2 * f.words + (f.head.empty() ? 0 : 1), true);
      }
    if (auto it = by_first_core_word_.find(word); it != by_first_core_word_.end())
      for (size_t i : it->second) {
        const Form& f = forms_[i];
        if (padded.compare(at, f.core.size(), f.core) != 0) continue;
        if (head == f.head) consider(i, 2 * (f.core_words + f.head_words) - 1, false);
        // A core that names a field ("kinh tế" of "tốc độ tăng trưởng kinh tế") stands for the
        // form only with its head noun: "mô hình kinh tế tập thể" is no growth rate.
        else if (head.empty() && std::find(field_cores_.begin(), field_cores_.end(), f.core) == field_cores_.end())
          consider(i, 2 * f.core_words - 1, false);
      }
  }
  return out;
}

IndicatorLexicon::Candidate IndicatorLexicon::best_with_gaps(const std::string& folded, const std::string& figure_family,
                                                             int max_gaps) const {
  std::vector<std::string> words;
  for (std::string_view w : split(folded, ' '))
    if (!w.empty()) words.emplace_back(w);
  auto blocks = [&](const std::string& w) { return std::find(gap_blockers_.begin(), gap_blockers_.end(), w) != gap_blockers_.end(); };
  Candidate out;
  const auto& entries = table_.entries();
  for (size_t at = 0; at < words.size(); ++at) {
    auto it = by_first_word_.find(words[at]);
    if (it == by_first_word_.end()) continue;
    for (size_t i : it->second) {
      const Form& f = forms_[i];
      if (f.words < 3 || !families_agree(entries[f.entry].unit_family, figure_family)) continue;
      std::vector<std::string> want;
      for (std::string_view w : split(f.folded, ' '))
        if (!w.empty()) want.emplace_back(w);
      size_t k = 1, p = at + 1;
      int gaps = 0;
      std::string skipped = " ";  // the skipped words, runs apart: " nong nghiep | "
      while (k < want.size() && p < words.size() && gaps <= max_gaps) {
        if (words[p] == want[k]) {
          ++k;
          if (skipped.size() > 1 && skipped.compare(skipped.size() - 2, 2, "| ") != 0) skipped += "| ";
        } else if (blocks(words[p])) {
          break;
        } else {
          ++gaps;
          skipped += words[p] + " ";
        }
        ++p;
      }
      if (k < want.size() || gaps > max_gaps || gaps == 0) continue;
      // "doanh nghiệp [nông nghiệp] đăng ký thành lập mới" counts fewer things than the form.
      if (std::any_of(gap_qualifiers_.begin(), gap_qualifiers_.end(),
                      [&](const std::string& q) { return skipped.find(" " + q + " ") != std::string::npos; }))
        continue;
      int score = 2 * f.words - 2 * gaps;
      if (score > out.score || (score == out.score && f.entry < out.entry)) out = {f.entry, i, score, true};
    }
  }
  return out;
}

IndicatorMatch IndicatorLexicon::match(std::string_view indicator, std::string_view unit_base, std::string_view heading,
                                       const AccentFolder& folder) const {
  IndicatorMatch out;
  const std::string figure_family = unit_base.empty() ? "" : units_.classify(unit_base).family;
  std::string folded = fold_phrase(indicator, folder);
  std::string key_phrase = phrase_key(folded, lead_is_filler(indicator, folded));
  std::string head = head_of(key_phrase);
  bool share_of_amount = false;
  auto find = [&](const std::string& phrase) {
    Candidate found = best(" " + phrase + " ", head, figure_family);
    // A share of an amount ("thu ngân sách tăng 12%", "đạt 105% dự toán") is not the amount:
    // it keys apart, and carries no code of its own.
    if (found.entry == SIZE_MAX && figure_family == "percent") {
      found = best(" " + phrase + " ", head, "");
      if (found.entry != SIZE_MAX && rate_of_a_part(phrase, found)) found = {};
      share_of_amount = found.entry != SIZE_MAX;
    }
    if (found.entry == SIZE_MAX) found = best_with_gaps(phrase, figure_family, 2);
    return found;
  };
  Candidate c = find(folded);
  // The phrase as its key reads it (places, years, "số"/"các" after the head noun dropped)
  // may name a form the written phrase hides: "tỷ lệ số xã, phường trên toàn tỉnh không ma túy".
  if (c.entry == SIZE_MAX && key_phrase != folded && !key_phrase.empty()) c = find(key_phrase);
  // The heading speaks for a phrase that names nothing itself ("đạt", "tỷ lệ", "vượt kế
  // hoạch"): a phrase of its own words ("diện tích trồng rừng vượt kế hoạch") is not the
  // indicator its section is titled by.
  const int core_words = count_words(key_phrase) - count_words(head);
  if (c.entry == SIZE_MAX && !heading.empty() && core_words <= 1) {
    std::string h = phrase_key(fold_phrase(heading, folder));
    // Only a heading that is an indicator's name itself, not one that mentions it in passing.
    Candidate hc = best(" " + h + " ", head_of(h), figure_family);
    // A heading of two words ("Kinh tế") that is the core of a form ("tốc độ tăng trưởng kinh
    // tế") names a field, not that indicator.
    if (hc.entry != SIZE_MAX && hc.score >= 2 * count_words(h) - 2 && (hc.whole || forms_[hc.form].core_words >= 3)) {
      c = hc;
      out.from_heading = true;
    }
  }
  if (c.entry == SIZE_MAX) {
    // A phrase that is only a change, a growth or a head noun ("mức tăng", "tăng trưởng", "tỷ
    // lệ"), or one word ("D"), says what kind of figure, not of what: no key to meet others by.
    std::string rest = key_phrase;
    for (const auto* list : {&change_prefixes_, &growth_heads_})
      for (const auto& p : *list)
        if (starts_with_words(rest, p)) rest = rest.size() > p.size() ? rest.substr(p.size() + 1) : "";
    if (const std::string h = head_of(rest); !h.empty()) rest = rest.size() > h.size() ? rest.substr(h.size() + 1) : "";
    if (!rest.empty() && count_words(key_phrase) >= 2) out.key = key_phrase;
    return out;
  }
  out.entry = &table_.entries()[c.entry];
  out.key = entry_key(c.entry);
  if (share_of_amount) {
    // A growth rate of the amount ("mức tăng X", "tốc độ tăng X") is not its share of a
    // plan or budget ("X vượt 3,3% kế hoạch", "X đạt 99% dự toán").
    bool growth = false;
    for (const auto* list : {&change_prefixes_, &growth_heads_})
      for (const auto& p : *list) growth = growth || starts_with_words(key_phrase, p);
    // The amount's share of its whole ("tỷ trọng chi thường xuyên" in total spending) is a
    // structure, not how far the amount went against its plan ("chi thường xuyên đạt 95% dự toán").
    const bool structure = std::any_of(structure_heads_.begin(), structure_heads_.end(),
                                       [&](const std::string& h) { return starts_with_words(key_phrase, h); });
    out.key += growth ? ".growth" : structure ? ".share" : ".pct";
    // Its growth is a change of the coded indicator (key X.growth, code X); a share of a
    // plan or budget is not.
    if (growth) out.code = code_of(*out.entry);
    // "Chi ngân sách nhà nước và cơ cấu chi" (0604) states the shares of its parts as well.
    if (structure) {
      const std::string name = " " + fold_phrase(out.entry->name, folder) + " ";
      if (std::any_of(structure_entries_.begin(), structure_entries_.end(),
                      [&](const std::string& w) { return name.find(" " + w + " ") != std::string::npos; }))
        out.code = code_of(*out.entry);
    }
    return out;
  }
  out.code = code_of(*out.entry);
  // "mức tăng X": the change of X (key X.change, code X), unless the form that matched
  // names the change itself.
  for (const auto& p : change_prefixes_)
    if (starts_with_words(key_phrase, p) && forms_[c.form].folded.find(" " + p + " ") == std::string::npos) out.key += ".change";
  return out;
}

std::string IndicatorLexicon::key(const std::string& indicator, const AccentFolder& folder) const {
  return match(indicator, "", "", folder).key;
}

bool IndicatorLexicon::activity(std::string_view indicator, std::string_view unit_base) const {
  if (unit_base.empty()) return false;
  // Accents kept: with them folded away "họp" would be "hợp" and "đăng" would be "đảng".
  const std::string unit = collapse_whitespace(fold_case_and_tones(unit_base));
  for (const auto& u : activity_units_)
    if (unit == u) return true;
  // "Nghị định", "luật, nghị quyết": the first of the nouns counted, whole ("luật sư" is none).
  const std::string first_noun = unit.substr(0, unit.find(','));
  for (const auto& d : activity_documents_)
    if (first_noun == d) return true;
  const std::string family = units_.classify(unit_base).family;
  if (family != "count" && family != "people") return false;
  std::string phrase;
  for (char c : fold_case_and_tones(indicator)) phrase += std::string_view(",;:()\"").find(c) == std::string_view::npos ? c : ' ';
  phrase = collapse_whitespace(phrase);
  if (starts_with_words(phrase, unit)) return false;  // "tổ chức đảng ...": the counted noun, not a verb
  for (const auto& v : activity_verbs_)
    if (starts_with_words(phrase, v)) return true;
  return false;
}

const IndicatorEntry* IndicatorLexicon::entry(std::string_view key) const {
  std::string k(key);
  for (std::string_view suffix : {".change", ".pct", ".growth", ".share"})
    if (k.size() > suffix.size() && std::string_view(k).substr(k.size() - suffix.size()) == suffix) k.resize(k.size() - suffix.size());
  auto it = by_key_.find(k);
  return it == by_key_.end() ? nullptr : &table_.entries()[it->second];
}

std::optional<std::string> IndicatorLexicon::name(const std::string& key) const {
  if (const IndicatorEntry* e = entry(key)) return e->name;
  return std::nullopt;
}

}  // namespace vnpolicy
