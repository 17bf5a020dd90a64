#include "resolve/agency_lexicon.h"

#include <algorithm>

#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

std::string lower_key(std::string_view s) { return fold_case_and_tones(s); }

bool is_word_char(char32_t cp) { return is_letter_cp(cp) || (cp >= '0' && cp <= '9'); }

// True when lower-case `text` starts with lower-case word(s) `w` followed by a non-letter.
bool starts_with_word(std::string_view text, std::string_view w) {
  if (text.substr(0, w.size()) != w) return false;
  if (text.size() == w.size()) return true;
  size_t i = w.size();
  return !is_word_char(next_code_point(text, i));
}

std::string_view after_word(std::string_view text, std::string_view w) {
  return trim(text.substr(std::min(w.size(), text.size())));
}

std::vector<std::string> load_words(const RuleSet& rules, const char* name) {
  std::vector<std::string> out;
  if (const auto* lx = rules.lexicon(name))
    for (const auto& w : *lx) out.push_back(lower_key(w.get<std::string>()));
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

const std::string* first_word_of(const std::vector<std::string>& words, std::string_view lower) {
  for (const auto& w : words)
    if (starts_with_word(lower, w)) return &w;
  return nullptr;
}

std::string_view strip_plural(std::string_view lower) {
  for (std::string_view p : {"các ", "những ", "mọi "})
    if (lower.substr(0, p.size()) == p) return lower.substr(p.size());
  return lower;
}

std::string capitalise_first(std::string s) {
  size_t i = 0;
  if (s.empty()) return s;
  char32_t cp = next_code_point(s, i);
  std::string first;
  append_utf8(first, cp);
  return to_upper(first) + s.substr(i);
}

}  // namespace

AgencyLexicon::AgencyLexicon(const RuleSet& rules) {
  if (const auto* lx = rules.lexicon("agency_abbreviations"))
    for (const auto& pair : *lx) abbreviations_.emplace_back(pair.at(0).get<std::string>(), pair.at(1).get<std::string>());
  std::stable_sort(abbreviations_.begin(), abbreviations_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  heads_ = load_words(rules, "agency_heads");
  titles_ = load_words(rules, "agency_titles");
  categories_ = load_words(rules, "agency_category_words");
  qualifiers_ = load_words(rules, "agency_qualifier_words");
  levels_ = load_words(rules, "agency_level_words");
  areas_ = load_words(rules, "agency_area_words");
  scope_words_ = load_words(rules, "agency_list_scope_words");
  members_ = load_words(rules, "agency_member_words");
  committees_ = load_words(rules, "agency_committee_words");
  inner_bodies_ = load_words(rules, "agency_inner_bodies");
  own_office_heads_ = load_words(rules, "agency_own_office_heads");
  if (const auto* lx = rules.lexicon("agencies"))
    for (const auto& a : *lx) {
      std::string canonical = a.at("canonical").get<std::string>();
      canonical_by_key_.emplace(lower_key(expand(canonical)), canonical);
      for (const auto& v : a.value("variants", nlohmann::json::array()))
        canonical_by_key_.emplace(lower_key(expand(v.get<std::string>())), canonical);
    }
}

std::string AgencyLexicon::expand(std::string_view name) const {
  std::string s = collapse_whitespace(name);
  for (const auto& [abbr, full] : abbreviations_) {
    std::string out;
    size_t pos = 0;
    while (true) {
      size_t at = s.find(abbr, pos);
      if (at == std::string::npos) break;
      size_t before = at, after = at + abbr.size();
      const bool left_ok = before == 0 || !is_word_char(cp_before(s, before));
      const bool right_ok = after >= s.size() || !is_word_char(cp_at(s, after));
      out.append(s, pos, at - pos);
      out += left_ok && right_ok ? full : abbr;
      pos = after;
    }
    out.append(s, pos, std::string::npos);
    s = std::move(out);
  }
  return s;
}

std::string AgencyLexicon::canonical(std::string_view name) const {
  std::string written = expand(trim(name));
  while (!written.empty() && std::string_view(".,;:").find(written.back()) != std::string_view::npos) written.pop_back();
  std::string key = lower_key(written);
  // "Giám đốc Sở Y tế" leads as "Sở Y tế": a head's title is not a different agency.
  if (const std::string* t = first_word_of(titles_, key)) {
    std::string_view rest = after_word(key, *t);
    if (starts_with_head(rest)) {
      size_t cut = written.size() - rest.size();
      written = std::string(trim(std::string_view(written).substr(cut)));
      key = lower_key(written);
    }
  }
  if (auto it = canonical_by_key_.find(key); it != canonical_by_key_.end()) return it->second;
  return capitalise_first(written);
}

std::string AgencyLexicon::search_key(std::string_view name) const {
  AccentFolder folder;
  return collapse_whitespace(folder.fold(expand(name)));
}

bool AgencyLexicon::known(std::string_view name) const {
  return canonical_by_key_.count(lower_key(expand(trim(name)))) > 0;
}

bool AgencyLexicon::starts_with_head(std::string_view text) const {
  std::string lower = lower_key(expand(trim(text)));
  // Heads are matched with and without "các": "các tổ chức" names units, "Tổ chức" opens work.
  return first_word_of(heads_, lower) != nullptr || first_word_of(heads_, strip_plural(lower)) != nullptr;
}

AgencyLexicon::Part AgencyLexicon::classify(std::string_view part) const {
  std::string lower = lower_key(expand(part));
  if (canonical_by_key_.count(lower)) return Part::Unit;
  std::string_view bare = strip_plural(lower);
  auto only_qualifiers = [&](std::string_view rest) {
    for (std::string_view w : split(rest, ' '))
      if (!w.empty() && std::find(qualifiers_.begin(), qualifiers_.end(), std::string(w)) == qualifiers_.end()) return false;
    return true;
  };
  if (const std::string* a = first_word_of(areas_, bare); a && only_qualifiers(after_word(bare, *a))) return Part::Area;
  if (const std::string* c = first_word_of(categories_, bare); c && only_qualifiers(after_word(bare, *c))) return Part::Category;
  if (first_word_of(heads_, lower) || first_word_of(heads_, bare)) return Part::Unit;
  return Part::Other;
}

bool AgencyLexicon::names_members(std::string_view part) const {
  std::string lower = lower_key(expand(trim(part)));
  const std::string* m = first_word_of(members_, lower);
  if (!m) return false;
  std::string_view rest = after_word(lower, *m);
  return !rest.empty() && (canonical_by_key_.count(std::string(rest)) > 0 || first_word_of(heads_, rest) != nullptr);
}

bool AgencyLexicon::is_kind_list(std::string_view unit) const {
  const std::string lower = lower_key(unit);
  for (std::string_view piece : split(lower, ',')) {
    std::string_view bare = strip_plural(trim(piece));
    if (std::find(categories_.begin(), categories_.end(), std::string(bare)) == categories_.end()) return false;
  }
  return true;
}

bool AgencyLexicon::is_committee_kind(std::string_view lower) const {
  std::string_view bare = strip_plural(trim(lower));
  const std::string* c = first_word_of(committees_, bare);
  if (!c) return false;
  for (std::string_view w : split(after_word(bare, *c), ' '))
    if (!w.empty() && std::find(qualifiers_.begin(), qualifiers_.end(), std::string(w)) == qualifiers_.end()) return false;
  return true;
}

bool AgencyLexicon::is_inner_body(std::string_view lower) const {
  std::string_view rest = trim(lower);
  if (const std::string* t = first_word_of(titles_, rest)) rest = after_word(rest, *t);
  const std::string* b = first_word_of(inner_bodies_, rest);
  return b && b->size() == rest.size();
}

bool AgencyLexicon::scopes_list(std::string_view lower) const {
  const std::string* c = first_word_of(categories_, lower);
  if (!c) return false;
  std::string_view rest = after_word(lower, *c);
  return first_word_of(scope_words_, rest) != nullptr;
}

bool AgencyLexicon::is_named(std::string_view unit) const {
  std::string_view u = trim(unit);
  if (u.empty() || u.find(' ') == std::string_view::npos) return false;
  std::string lower = lower_key(u);
  if (const std::string* t = first_word_of(titles_, lower)) {  // "Giám đốc các sở": the units are generic
    std::string_view rest = after_word(lower, *t);
    return !rest.empty() && strip_plural(rest).size() == rest.size();
  }
  size_t i = 0;
  if (is_lower_cp(next_code_point(u, i))) return false;
  // "Sở, ban, ngành thành phố": kinds listed with a capital are no name either.
  return strip_plural(lower).size() == lower.size() && !is_kind_list(u);
}

std::vector<std::string> AgencyLexicon::split_units(std::string_view list) const {
  // Pieces between commas/semicolons, each further cut at " và ", with the separator kept.
  struct Piece {
    std::string sep, text;
  };
  std::vector<Piece> pieces;
  std::string s = collapse_whitespace(list);
  size_t start = 0;
  std::string sep;
  auto push = [&](std::string_view text, std::string next_sep) {
    text = trim(text);
    // "Bộ Xây dựng; - Bộ Công an; - Các bộ, ngành" (a cell's dashed lines): the dash marks a line, not the name.
    if (!pieces.empty() && (text.starts_with("- ") || text.starts_with("+ "))) text = trim(text.substr(2));
    pieces.push_back({sep, std::string(text)});
    sep = std::move(next_sep);
  };
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ',' || s[i] == ';') {
      std::string_view chunk(s.data() + start, i - start);
      size_t from = 0;
      while (true) {
        size_t v = chunk.find(" và ", from);
        if (v == std::string_view::npos) break;
        push(chunk.substr(from, v - from), " và ");
        from = v + 5;  // " và " is 5 bytes ("à" is 2)
      }
      push(chunk.substr(from), i < s.size() ? std::string(1, s[i]) + " " : std::string());
      start = i + 1;
    }
  }
  // "Thủ trưởng các sở", "người đứng đầu các cơ quan": a title over a plural kind of unit.
  auto heads_kinds = [&](std::string_view unit) {
    std::string key = lower_key(unit);
    const std::string* t = first_word_of(titles_, key);
    if (!t) return false;
    std::string_view rest = after_word(key, *t);
    return strip_plural(rest).size() < rest.size();
  };
  auto starts_lower = [](std::string_view text) {
    size_t i = 0;
    return !text.empty() && is_lower_cp(next_code_point(text, i));
  };
  // "các tỉnh ủy, thành ủy", "Ban Thường vụ các tỉnh ủy": a unit that ends in a plural list of kinds,
  // which a further kind written after a comma goes on.
  auto ends_in_kinds = [&](std::string_view unit) {
    std::string key = lower_key(unit);
    size_t at = std::string::npos;
    for (std::string_view p : {"các ", "những "})
      for (size_t f = key.find(p); f != std::string::npos; f = key.find(p, f + 1))
        if ((f == 0 || key[f - 1] == ' ') && (at == std::string::npos || f > at)) at = f + p.size();
    if (at == std::string::npos) return false;
    for (std::string_view piece : split(std::string_view(key).substr(at), ','))
      if (classify(trim(piece)) != Part::Category && !is_committee_kind(piece)) return false;
    return true;
  };
  // "Tổng Công ty" after "Tổng giám đốc các Tập đoàn": a head word alone names a kind, no unit.
  auto bare_head = [&](std::string_view lower) {
    std::string_view bare = strip_plural(lower);
    const std::string* h = first_word_of(heads_, bare);
    return h && h->size() == bare.size() && !canonical_by_key_.count(std::string(lower));
  };
  auto capitals = [](std::string_view text) {
    size_t n = 0;
    for (size_t i = 0; i < text.size();) {
      bool word_start = i == 0 || text[i - 1] == ' ';
      char32_t cp = next_code_point(text, i);
      if (word_start && is_upper_cp(cp)) ++n;
    }
    return n;
  };
  auto last_piece = [](std::string_view unit) {
    size_t c = unit.rfind(", ");
    return c == std::string_view::npos ? unit : unit.substr(c + 2);
  };
  std::vector<std::string> units;
  for (const auto& p : pieces) {
    std::string_view bare = p.text;
    while (!bare.empty() && std::string_view(".;:").find(bare.back()) != std::string_view::npos) bare.remove_suffix(1);
    if (bare.empty()) continue;
    Part kind = classify(bare);
    std::string lower = lower_key(bare);
    bool starts_new = units.empty() || kind == Part::Unit || (kind == Part::Category && is_named(units.back()));
    // "Viện, Trường; Doanh nghiệp; Sở, ban, ngành": a semicolon parts units, whatever their kind.
    if (!units.empty() && p.sep == "; ") starts_new = true;
    // "các sở, ngành và các cơ quan, tổ chức có liên quan": a plural after "và" opens a new unit.
    if (!units.empty() && p.sep == " và " && strip_plural(lower).size() < lower.size()) starts_new = true;
    // "Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh": the members are a unit too.
    if (!units.empty() && names_members(bare)) starts_new = true;
    // "các bộ, ngành, địa phương, các thành viên của Ban Chỉ đạo": a second plural that is no bare kind
    // opens a unit of its own.
    if (!units.empty() && p.sep == ", " && kind == Part::Other && strip_plural(lower).size() < lower.size()) {
      std::string prev = lower_key(units.back());
      if (strip_plural(prev).size() < prev.size()) starts_new = true;
    }
    // "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương": party committees go on the plural list of kinds
    // that opens the list, in lower case or after a committee ("Các Tỉnh ủy, Thành ủy"). Further into a
    // list of several units ("Các ban đảng, ban cán sự đảng, …, các huyện ủy, thành ủy") each is a unit.
    if (starts_new && units.size() == 1 && p.sep == ", " && is_committee_kind(lower) && ends_in_kinds(units.back()) &&
        (starts_lower(p.text) || is_committee_kind(lower_key(last_piece(units.back())))))
      starts_new = false;
    // "Cục Tiền lương và Bảo hiểm xã hội": after a name the lexicon lacks, a head word alone after "và",
    // written as a field (one capital), is the end of the name; "Bộ Nội vụ và Bảo hiểm xã hội Việt Nam"
    // and "Viện kiểm sát nhân dân và Kiểm toán Nhà nước" name units of their own, as does a ministry's office
    // named by its head alone ("Vụ Tổng hợp và Văn phòng": agency_own_office_heads).
    if (starts_new && kind == Part::Unit && !units.empty() && p.sep == " và " && bare_head(lower) &&
        strip_plural(lower).size() == lower.size() && !starts_lower(p.text) && capitals(p.text) == 1 &&
        is_named(units.back()) && !known(units.back()) && units.back().find(',') == std::string::npos &&
        std::find(own_office_heads_.begin(), own_office_heads_.end(), lower) == own_office_heads_.end())
      starts_new = false;
    // "Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn": the body inside each unit of the kind.
    if (starts_new && !units.empty() && p.sep == ", " && is_inner_body(lower_key(units.back())) && heads_kinds(p.text))
      starts_new = false;
    // "Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố": the scope of a list of kinds ends it.
    if (starts_new && kind == Part::Unit && !units.empty() && is_kind_list(units.back()) && scopes_list(lower)) starts_new = false;
    // "người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp …": the title
    // heads every kind listed after it with commas, until a title or a name of its own.
    if (starts_new && !units.empty() && p.sep == ", " &&
        (heads_kinds(units.back()) || heads_kinds(last_piece(units.back()))) &&
        (starts_lower(p.text) || bare_head(lower)) && !first_word_of(titles_, lower))
      starts_new = false;
    // "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã": a level alone after a unit named at a level is
    // that unit at the other level, not a unit of its own.
    if (starts_new && kind == Part::Category && !units.empty() && p.sep == ", ") {
      const std::string prev = " " + lower_key(units.back()) + " ";
      if (const std::string* l = first_word_of(levels_, lower); l && prev.find(" " + *l + " ") != std::string::npos) starts_new = false;
    }
    if (starts_new) units.push_back(p.text);
    else units.back() += (p.sep.empty() ? std::string(" ") : p.sep) + p.text;
  }
  for (auto& u : units) {
    std::string_view t = trim(u);
    while (!t.empty() && std::string_view(".,;:-").find(t.back()) != std::string_view::npos) t = trim(t.substr(0, t.size() - 1));
    while (!t.empty() && (t.front() == '-' || t.front() == '+')) t = trim(t.substr(1));
    u = std::string(t);
  }
  units.erase(std::remove_if(units.begin(), units.end(), [](const std::string& u) { return u.empty(); }), units.end());
  return units;
}

}  // namespace vnpolicy
