#include "resolve/units.h"

#include <algorithm>

#include "core/text.h"

namespace vnpolicy {

size_t word_length(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    if (!is_letter_cp(next_code_point(s, j))) break;  // a digit after a word is a footnote marker ("con2")
    i = j;
  }
  return i;
}

namespace {

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// True when s[i] does not continue a word (so "ha" does not match "hai"; "điểm8" ends at the marker).
bool word_ends_at(std::string_view s, size_t i) {
  if (i >= s.size()) return true;
  size_t j = i;
  return !is_letter_cp(next_code_point(s, j));
}

}  // namespace

UnitLexicon::UnitLexicon(const RuleSet& rules) : rules_(rules) {
  if (const auto* lx = rules.lexicon("unit_scales"))
    for (const auto& e : *lx) scales_.push_back({e.at("word").get<std::string>(), "", "", e.at("scale").get<double>(), false});
  if (const auto* lx = rules.lexicon("unit_measures"))
    for (const auto& e : *lx)
      for (const auto& w : e.at("written")) {
        std::string written = w.get<std::string>();
        measures_.push_back({written, e.value("display", written), e.at("base").get<std::string>(), e.value("scale", 1.0), true});
      }
  if (const auto* lx = rules.lexicon("count_nouns"))
    for (const auto& e : *lx) {
      std::string n = e.get<std::string>();
      nouns_.push_back({n, n, n, 1, false});
    }
  if (const auto* lx = rules.lexicon("noun_joiners"))
    for (const auto& e : *lx) joiners_.push_back(e.get<std::string>());
  if (const auto* lx = rules.lexicon("not_units"))
    for (const auto& e : *lx) not_units_.push_back(e.get<std::string>());
  if (const auto* lx = rules.lexicon("standalone_nouns"))
    for (const auto& e : *lx) standalone_nouns_.push_back(e.get<std::string>());
  auto by_length = [](const Entry& a, const Entry& b) { return a.written.size() > b.written.size(); };
  for (auto* v : {&scales_, &measures_, &nouns_}) std::stable_sort(v->begin(), v->end(), by_length);
}

size_t UnitLexicon::per_unit_end(std::string_view after, size_t from) const {
  for (const Rule* r : rules_.group("unit.per")) {
    re2::StringPiece in(after.data() + from, after.size() - from), per;
    if (RE2::PartialMatch(in, *r->re, &per) && !per.empty()) return static_cast<size_t>(per.data() + per.size() - after.data());
  }
  return 0;
}

size_t UnitLexicon::joined_noun(std::string_view after, size_t from) const {
  size_t j = from;
  if (j < after.size() && after[j] == ',') ++j;
  size_t k = skip_spaces(after, j);
  if (j == from) {  // no comma: only a joining word ("và") joins
    if (k == j) return 0;
    auto joiner = std::find_if(joiners_.begin(), joiners_.end(), [&](const std::string& w) {
      return after.substr(k, w.size()) == w && word_ends_at(after, k + w.size());
    });
    if (joiner == joiners_.end()) return 0;
    k = skip_spaces(after, k + joiner->size());
  }
  std::string_view rest = after.substr(k);
  const Entry* e = longest(nouns_, rest);
  return e ? k + e->written.size() : 0;
}

bool UnitLexicon::is_syllable(std::string_view word) const {
  std::string lowered = to_lower(word);
  for (const Rule* r : rules_.group("unit.syllable"))
    if (RE2::FullMatch(lowered, *r->re)) return true;
  return false;
}

bool UnitLexicon::foreign_text(std::string_view text) const {
  size_t words = 0, syllables = 0;
  for (size_t i = 0; i < text.size();) {
    size_t n = word_length(text.substr(i));
    if (n == 0) {
      next_code_point(text, i);
      continue;
    }
    std::string_view word = text.substr(i, n);
    i += n;
    if (is_all_caps(word)) continue;  // "UBND", "GRDP"
    ++words;
    if (is_syllable(word)) ++syllables;
  }
  return words >= 4 && syllables * 2 < words;
}

size_t UnitLexicon::unlisted_noun(std::string_view rest) const {
  auto listed = [](const std::vector<std::string>& v, std::string_view w) { return std::find(v.begin(), v.end(), w) != v.end(); };
  size_t n = word_length(rest);
  if (n == 0 || (rest[0] >= '0' && rest[0] <= '9')) return 0;
  std::string_view word = rest.substr(0, n);
  if (listed(not_units_, word)) return 0;
  size_t k = 0;
  char32_t first = next_code_point(word, k);
  if (is_all_caps(word)) return n <= 8 ? n : 0;  // an acronym: "TTHC", "CSDL"
  if (!is_lower_cp(first) || !is_syllable(word)) return 0;  // "of", "www", OCR garbage
  if (n == 1) return 0;  // "a", "x": a list letter or a variable, never a noun
  // "gần 20,4 nghìn, tính chung": a scale word ending the figure stands alone too.
  if (listed(standalone_nouns_, word) || longest(scales_, word)) return n;
  // A bound syllable: the noun is the compound it starts ("04 hành vi", "25 thương vụ"); cut off
  // ("01 danh" at a line end) or followed by a word that is no syllable, it is no noun.
  size_t j = skip_spaces(rest, n);
  if (j == n) return 0;
  size_t n2 = word_length(rest.substr(j));
  std::string_view second = rest.substr(j, n2);
  k = 0;
  if (n2 <= 1 || !is_lower_cp(next_code_point(second, k)) || !is_syllable(second) || listed(not_units_, second)) return 0;
  // "số 02 phù hợp", "03 đính kèm": a verb or adjective of two syllables counts nothing.
  if (listed(not_units_, std::string(word) + " " + std::string(second))) return 0;
  return j + n2;
}

const UnitLexicon::Entry* UnitLexicon::longest(const std::vector<Entry>& entries, std::string_view s) const {
  for (const Entry& e : entries) {
    if (s.size() < e.written.size() || s.compare(0, e.written.size(), e.written) != 0) continue;
    // '%' and '‰' need no boundary: "%/năm", "%;".
    size_t k = 0;
    bool symbol = !is_letter_cp(next_code_point(e.written, k));
    if (symbol || word_ends_at(s, e.written.size())) return &e;
  }
  return nullptr;
}

std::optional<UnitMatch> UnitLexicon::match(std::string_view after) const {
  UnitMatch m;
  size_t i = skip_spaces(after, 0);
  // Scale words: "nghìn tỷ đồng" = 1e3 * 1e9 đồng.
  std::string written;
  while (const Entry* s = longest(scales_, after.substr(i))) {
    size_t j = skip_spaces(after, i + s->written.size());
    if (j == i + s->written.size() && j < after.size()) break;  // no space after it: not a scale word
    m.scale *= s->scale;
    written += (written.empty() ? "" : " ") + s->written;
    i = j;
  }
  std::string_view rest = after.substr(i);
  // The longer written form wins across both lexicons: "8 đồng chí" counts comrades, not đồng.
  auto longer = [](const Entry* a, const Entry* b) { return b && (!a || b->written.size() > a->written.size()) ? b : a; };
  const Entry* e = longer(longest(measures_, rest), longest(nouns_, rest));
  std::string lowered;
  if (!e) {  // "Tấn", "Nhà đầu tư" capitalised (a table cell, a line start): try the lexicons in lower case
    size_t cut = std::min<size_t>(rest.size(), 48);
    while (cut < rest.size() && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) ++cut;
    lowered = to_lower(rest.substr(0, cut));
    if (lowered.size() == cut) {  // same byte length, so lengths carry over to `rest`
      e = longer(longest(measures_, lowered), longest(nouns_, lowered));
    }
  }
  size_t end = i;
  if (e) {
    // Shown as written, except where the lexicon gives a display form ("điểm%" -> "điểm %").
    std::string as_written = e->display != e->written ? e->display : std::string(rest.substr(0, e->written.size()));
    written += (written.empty() ? "" : " ") + as_written;
    m.base = e->base;
    m.scale *= e->scale;
    m.measure = e->measure;
    end = i + e->written.size();
    if (!e->measure) {
      // Counted nouns joined by ',' or 'và' count together: "học sinh, sinh viên", "xã, phường và thị trấn".
      for (size_t k; (k = joined_noun(after, end)) != 0;) {
        std::string joined = collapse_whitespace(trim(after.substr(end, k - end)));
        joined = (joined[0] == ',' ? "" : " ") + joined;
        written += joined;
        m.base += joined;
        end = k;
      }
    }
  } else {
    // An unlisted counted noun (see unlisted_noun).
    size_t n = unlisted_noun(rest);
    std::string word = collapse_whitespace(rest.substr(0, n));
    bool usable = n > 0;
    if (!usable) {
      // "4/100.000 trẻ sinh ra sống": a rate with only its per-unit written.
      bool per_only = !rest.empty() && rest[0] == '/' && per_unit_end(after, i) != 0;
      if (written.empty() && !per_only) return std::nullopt;
      m.base = "";  // "hơn 71 nghìn" with nothing after
    } else {
      written += (written.empty() ? "" : " ") + word;
      m.base = word;
      end = i + n;
    }
  }
  // Per-units: "%/năm", "bác sỹ/1 vạn dân", "triệu đồng/người/năm".
  for (size_t k; (k = per_unit_end(after, end)) != 0; end = k) {
    std::string piece = collapse_whitespace(after.substr(end, k - end));
    written += piece;
    m.base += piece;
  }
  m.length = end;
  m.written = written;
  if (m.base.empty()) m.base = written;
  return m;
}

}  // namespace vnpolicy
