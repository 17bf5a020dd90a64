#include "extract/issuer_parser.h"

#include <algorithm>

#include "core/keys.h"
#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

std::vector<std::string> caps_words(const std::string& s) {
  std::vector<std::string> out;
  const std::string caps = collapse_whitespace(to_upper(normalize_tone_marks(s)));
  for (auto w : split(caps, ' '))
    if (!w.empty()) out.emplace_back(w);
  return out;
}

bool words_at(const std::vector<IssuerParser::Word>& w, size_t i, const std::vector<std::string>& pattern) {
  if (pattern.empty() || i + pattern.size() > w.size()) return false;
  for (size_t k = 0; k < pattern.size(); ++k)
    if (w[i + k].caps != pattern[k]) return false;
  return true;
}

std::string join_written(const std::vector<IssuerParser::Word>& w, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) out += (out.empty() ? "" : " ") + w[i].written;
  return out;
}

// "TÀI CHÍNH" -> "Tài chính"; a word after " - " opens a part of its own ("Lao động - Thương binh").
std::string name_case(const std::string& s) {
  std::string out = sentence_case(s);
  for (size_t at = out.find(" - "); at != std::string::npos; at = out.find(" - ", at + 3)) {
    size_t i = at + 3, b = i;
    if (i >= out.size()) break;
    next_code_point(out, i);
    out = out.substr(0, b) + to_upper(out.substr(b, i - b)) + out.substr(i);
  }
  return out;
}

}  // namespace

IssuerParser::IssuerParser(const RuleSet& rules) {
  if (const auto* lx = rules.lexicon("issuer_heads"))
    for (const auto& e : *lx) {
      Head h;
      h.words = caps_words(e.value("caps", ""));
      for (const auto& w : h.words) h.ascii.push_back(ascii_key(w));
      h.name = e.value("name", "");
      h.takes_area = e.value("takes_area", false);
      h.takes_place_name = e.value("takes_place_name", false);
      h.generic = e.value("generic", false);
      h.splits_inline = e.value("splits_inline", false);
      h.authority = e.value("authority", false);
      h.party_committee = e.value("party_committee", false);
      h.parent = e.value("parent", "");
      h.collegial = e.value("collegial", false);
      h.institution = e.value("institution", false);
      h.body_of = e.value("body_of", "");
      h.organ_suffix = e.value("organ_suffix", "");
      h.subordinates_by_area = e.value("subordinates_by_area", false);
      h.keeps_parent_name = e.value("keeps_parent_name", false);
      if (auto it = e.find("organ_names"); it != e.end() && it->is_object())
        for (const auto& [organ, full] : it->items())
          if (full.is_string()) h.organ_names.emplace_back(fold_case_and_tones(organ), full.get<std::string>());
      if (!h.words.empty()) heads_.push_back(std::move(h));
    }
  std::stable_sort(heads_.begin(), heads_.end(), [](const Head& a, const Head& b) { return a.words.size() > b.words.size(); });
  if (const auto* lx = rules.lexicon("area_levels"))
    for (const auto& e : *lx) area_levels_.emplace_back(caps_words(e.value("caps", "")), e.value("name", ""));
  std::stable_sort(area_levels_.begin(), area_levels_.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  if (const auto* lx = rules.lexicon("issuer_not_before_area"))
    for (const auto& w : *lx) not_before_area_.push_back(to_upper(normalize_tone_marks(w.get<std::string>())));
  if (const auto* lx = rules.lexicon("issuer_name_stops"))
    for (const auto& w : *lx) name_stops_.push_back(to_upper(normalize_tone_marks(w.get<std::string>())));
  if (const auto* lx = rules.lexicon("issuer_names")) {
    AccentFolder folder;
    for (const auto& n : *lx) {
      const std::string spelling = n.get<std::string>();
      canonical_.emplace_back(fold_case_and_tones(spelling), spelling);
      unaccented_.emplace_back(folder.fold(spelling), spelling);
    }
  }
}

std::vector<IssuerParser::Word> IssuerParser::words_of(const std::string& text) {
  std::vector<Word> out;
  const std::string collapsed = collapse_whitespace(text);
  for (auto w : split(collapsed, ' '))
    if (!w.empty()) {
      std::string caps = to_upper(normalize_tone_marks(w));
      bool ascii = std::all_of(caps.begin(), caps.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      out.push_back({caps, std::string(w), out.empty(), ascii});
    }
  return out;
}

const IssuerParser::Head* IssuerParser::head_at(const std::vector<Word>& w, size_t i) const {
  for (const auto& h : heads_)
    if (words_at(w, i, h.words)) return &h;
  // OCR that lost some diacritics ("TONG CỤC THUE"): a head of two words or more compared
  // without them; a head of one word only where it opens a line that lost them too ("CUC
  // THUE TP HAI PHONG"), as a lone "SO", "BO" is too often something else.
  const bool bare_line = w[i].opens_line && w[i].ascii && i + 1 < w.size() && w[i + 1].ascii && !w[i + 1].opens_line;
  for (const auto& h : heads_) {
    if (h.ascii.size() < (bare_line ? 1u : 2u) || i + h.ascii.size() > w.size()) continue;
    bool same = true;
    for (size_t k = 0; k < h.ascii.size() && same; ++k)
      same = (w[i + k].ascii ? w[i + k].caps : ascii_key(w[i + k].caps)) == h.ascii[k];
    if (same) return &h;
  }
  return nullptr;
}

const IssuerParser::Head* IssuerParser::head_named(const std::string& caps) const {
  std::vector<std::string> ws = caps_words(caps);
  for (const auto& h : heads_)
    if (h.words == ws) return &h;
  return nullptr;
}

std::vector<IssuerParser::Body> IssuerParser::bodies(const std::vector<Word>& w) const {
  std::vector<Body> out;
  bool stopped = false;  // after "KHÓA ...": the rest of the line names no body
  for (size_t i = 0; i < w.size();) {
    if (w[i].opens_line) stopped = false;
    if (std::find(name_stops_.begin(), name_stops_.end(), w[i].caps) != name_stops_.end()) stopped = true;
    if (stopped) { ++i; continue; }
    const Head* h = head_at(w, i);
    if (h) {
      bool open = out.empty();
      if (!open) {
        const Body& cur = out.back();
        // An organ of a whole body opening the header with nothing after it ("VĂN PHÒNG" /
        // "CHÍNH PHỦ") is owned by the line under it, as no line above names its owner.
        const bool ownerless = out.size() == 1 && cur.head->parent == "whole" && cur.words.empty();
        bool complete = !(cur.head->generic && cur.words.empty()) && !ownerless;
        open = complete && (w[i].opens_line || (h->splits_inline && cur.words.size() >= 2));
      }
      if (open) {
        out.push_back({h, {}});
        i += h->words.size();
        continue;
      }
      // A head wrapped over a line break ("… ĐOÀN CHỦ TỊCH ỦY" / "BAN TRUNG ƯƠNG …") is the name
      // going on: its second line opens no body of its own.
      bool wraps = false;
      for (size_t k = 1; k < h->words.size(); ++k) wraps = wraps || w[i + k].opens_line;
      if (wraps && !out.empty()) {
        for (size_t k = 0; k < h->words.size(); ++k) out.back().words.push_back(w[i + k]);
        i += h->words.size();
        continue;
      }
    }
    if (!out.empty()) out.back().words.push_back(w[i]);
    ++i;
  }
  // A parent repeated over itself (a gazette's running head over the header) is one body.
  std::vector<Body> unique;
  for (auto& b : out) {
    bool same = !unique.empty() && unique.back().head == b.head && unique.back().words.size() == b.words.size() &&
                std::equal(b.words.begin(), b.words.end(), unique.back().words.begin(),
                           [](const Word& x, const Word& y) { return x.caps == y.caps; });
    if (!same) unique.push_back(std::move(b));
  }
  return unique;
}

size_t IssuerParser::area_start(const Body& b) const {
  for (size_t i = 0; i < b.words.size(); ++i) {
    if (i > 0 && std::find(not_before_area_.begin(), not_before_area_.end(), b.words[i - 1].caps) != not_before_area_.end())
      continue;
    for (const auto& [level, name] : area_levels_)
      if (words_at(b.words, i, level) && i + level.size() < b.words.size()) return i;
  }
  return b.words.size();
}

std::string IssuerParser::area_of(const Body& b) const {
  size_t a = area_start(b);
  if (a == b.words.size()) return {};
  for (const auto& [level, name] : area_levels_)
    if (words_at(b.words, a, level)) return name + " " + title_case_words(join_written(b.words, a + level.size(), b.words.size()));
  return {};
}

bool IssuerParser::is_placed(const Body& b, const Body* parent) const {
  if (b.head->takes_place_name) return !b.words.empty() || (parent && !area_of(*parent).empty());
  if (!area_of(b).empty()) return true;
  if (!b.head->takes_area) return true;  // "Bộ Tài chính", "Chính phủ": no place to say
  return parent && b.head->parent == "whole" && !area_of(*parent).empty();
}

std::optional<std::string> IssuerParser::council_over_institution(const Body& upper, const Body& lower) const {
  // The council's own words name it but no place; the line under it names a whole body, not an
  // organ of the one above ("BAN THƯỜNG VỤ", "VĂN PHÒNG") nor a unit of it ("SỞ", "HỘI ĐỒNG").
  if (!upper.head->collegial || upper.words.empty() || !area_of(upper).empty()) return std::nullopt;
  const Head& h = *lower.head;
  if (h.collegial || h.parent == "whole" || (h.generic && !h.institution) || (h.generic && lower.words.empty()))
    return std::nullopt;
  return canonical(name_of(upper, nullptr) + " " + name_of(lower, nullptr));
}

std::string IssuerParser::name_of(const Body& b, const Body* parent) const {
  std::string name = b.head->name;
  size_t a = area_start(b);
  std::string area = area_of(b);
  if (b.head->takes_place_name && !b.words.empty()) {
    append_word(name, title_case_words(join_written(b.words, 0, b.words.size())));
  } else {
    if (a > 0) append_word(name, name_case(join_written(b.words, 0, a)));
    if (!area.empty()) append_word(name, area);
  }
  if (parent && area.empty() && !(b.head->takes_place_name && !b.words.empty())) {
    if (b.head->parent == "whole" && !parent->head->organ_suffix.empty()) {
      const std::string key = fold_case_and_tones(name);
      auto set_apart = std::find_if(parent->head->organ_names.begin(), parent->head->organ_names.end(),
                                    [&](const auto& o) { return o.first == key; });
      if (set_apart != parent->head->organ_names.end()) return set_apart->second;
      append_word(name, parent->head->organ_suffix);
    } else if (b.head->parent == "whole" && !(parent->head->subordinates_by_area && !b.head->keeps_parent_name)) {
      append_word(name, name_of(*parent, nullptr));
    } else if (b.head->parent == "area" || b.head->parent == "whole") {
      if (std::string pa = area_of(*parent); !pa.empty()) append_word(name, pa);
    } else if (b.head->parent == "place") {
      size_t pa = area_start(*parent);
      if (pa < parent->words.size())
        for (const auto& [level, lname] : area_levels_)
          if (words_at(parent->words, pa, level)) {
            append_word(name, title_case_words(join_written(parent->words, pa + level.size(), parent->words.size())));
            break;
          }
    }
  }
  return canonical(name);
}

std::optional<std::string> IssuerParser::listed(const std::string& name, AccentFolder& folder) const {
  std::string key = fold_case_and_tones(name);
  for (const auto& [k, spelling] : canonical_)
    if (k == key) return spelling;
  // OCR loses or changes diacritics ("TONG CỤC THUÊ"): a name of the list read without them.
  const std::string bare = folder.fold(collapse_whitespace(name));
  for (const auto& [k, spelling] : unaccented_)
    if (k == bare) return spelling;
  // and may glue its words ("BỘ YTÉ"): the same letters without the spaces.
  auto glued = [](std::string t) {
    t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
    return t;
  };
  const std::string bare_glued = glued(bare);
  for (const auto& [k, spelling] : unaccented_)
    if (glued(k) == bare_glued) return spelling;
  return std::nullopt;
}

std::string IssuerParser::canonical(const std::string& name) const {
  // The folder is made here: it memoises without locks and the parser is shared by threads.
  AccentFolder folder;
  if (auto spelling = listed(name, folder)) return *spelling;
  // Joint issuers ("BỘ TÀI CHÍNH - BỘ NỘI VỤ", a liên tịch text) are spelled body by body, the
  // longest listed run of parts first: a listed name may hold " - " itself ("Bộ Lao động -
  // Thương binh và Xã hội"). A part not listed keeps its words, opening with a capital.
  std::vector<std::string> parts;
  for (size_t b = 0;;) {
    size_t at = name.find(" - ", b);
    parts.push_back(name.substr(b, at == std::string::npos ? std::string::npos : at - b));
    if (at == std::string::npos) break;
    b = at + 3;
  }
  if (parts.size() < 2) return name;
  std::string out;
  for (size_t i = 0; i < parts.size();) {
    std::optional<std::string> spelling;
    size_t j = parts.size();
    for (; j > i + 1 && !spelling; --j) {
      std::string run = parts[i];
      for (size_t k = i + 1; k < j; ++k) run += " - " + parts[k];
      spelling = listed(run, folder);
      if (spelling) break;
    }
    if (!spelling) spelling = listed(parts[i], folder);
    if (!spelling) {
      j = i + 1;
      std::string part = parts[i];
      size_t k = 0;
      next_code_point(part, k);
      spelling = to_upper(part.substr(0, k)) + part.substr(k);
    }
    out += (out.empty() ? "" : " - ") + *spelling;
    i = std::max(j, i + 1);
  }
  return out;
}

}  // namespace vnpolicy
