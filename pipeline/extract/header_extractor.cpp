#include "extract/header_extractor.h"

#include <algorithm>
#include <map>

#include "core/dates.h"
#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

constexpr int kHeaderLines = 45;  // the header block never runs longer than this

struct HeaderLine {
  int line;
  std::string text;   // as written, '*' removed, whitespace collapsed
  std::string upper;  // tone-normalised upper case, for lexicon matching
};

// Markdown emphasis removed; "BÁO CÁO****tình hình" keeps a space where the stars were.
std::string strip_markup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t mark = i;  // copy the run up to the next '*' or '#' whole
    while (mark < s.size() && s[mark] != '*' && s[mark] != '#') ++mark;
    out.append(s.substr(i, mark - i));
    if (mark == s.size()) break;
    if (!out.empty() && out.back() != ' ') out += ' ';
    i = mark + 1;
  }
  return collapse_whitespace(out);
}

bool starts_with_word(const std::string& s, const std::string& w) {
  if (s.compare(0, w.size(), w) != 0) return false;
  if (s.size() == w.size()) return true;
  size_t i = w.size();
  char32_t next = next_code_point(s, i);
  return !is_letter_cp(next);
}

bool any_match(const RuleGroup& rules, std::string_view s) { return rules.first_matching(s) != nullptr; }


// What follows `prefix_caps` (an upper-cased, tone-normalised prefix of `text`) in `text`:
// the two have as many code points, not always as many bytes ("Uỷ" / "ỦY").
std::string after_prefix(const std::string& text, const std::string& prefix_caps) {
  size_t cps = 0, cut = 0;
  for (size_t k = 0; k < prefix_caps.size(); ++cps) next_code_point(prefix_caps, k);
  for (size_t n = 0; n < cps && cut < text.size(); ++n) next_code_point(text, cut);
  return std::string(trim(std::string_view(text).substr(cut)));
}

bool has_lower(std::string_view s) {
  for (size_t i = 0; i < s.size();)
    if (is_lower_cp(next_code_point(s, i))) return true;
  return false;
}

}  // namespace

HeaderExtractor::HeaderExtractor(const RuleSet& rules) : rules_(rules) {
  auto load = [&](const char* name, std::vector<Named>& out) {
    if (const auto* lx = rules.lexicon(name))
      for (const auto& e : *lx)
        out.push_back({normalize_tone_marks(e.value("caps", "")), e.value("name", ""), e.value("takes_area", false),
                       e.value("takes_place_name", false), e.value("body_of", "")});
    // Longest first, so "CHƯƠNG TRÌNH HÀNH ĐỘNG" wins over "CHƯƠNG TRÌNH".
    std::stable_sort(out.begin(), out.end(), [](const Named& a, const Named& b) { return a.caps.size() > b.caps.size(); });
  };
  load("doc_types", doc_types_);
  load("issuer_heads", issuer_heads_);
  load("area_levels", area_levels_);
  if (const auto* lx = rules.lexicon("title_dangling_words"))
    for (const auto& w : *lx) dangling_words_.push_back(w.get<std::string>());
}

DocumentHeader HeaderExtractor::extract(const NormalizedDocument& doc) const {
  DocumentHeader h;
  const auto& noise = rules_.group("layout.noise_line");
  const auto& block_start = rules_.group("layout.block_start");

  // Header lines in order, with blank-line gaps remembered for the title.
  std::vector<HeaderLine> lines;
  std::vector<bool> gap_before;
  bool gap = false;
  for (int l = 1; l <= doc.line_count() && static_cast<int>(lines.size()) < kHeaderLines; ++l) {
    std::string_view raw = doc.source_line(l);
    if (any_match(noise, raw)) { gap = true; continue; }
    std::string t = strip_markup(raw);
    if (t.empty()) { gap = true; continue; }
    lines.push_back({l, t, to_upper(normalize_tone_marks(t))});
    gap_before.push_back(gap);
    gap = false;
  }

  // doc_type: the first line that is a type word, alone or followed by a lower-case trích yếu.
  int type_at = -1;
  std::string title_rest;
  for (size_t i = 0; i < lines.size() && type_at < 0; ++i) {
    for (const auto& t : doc_types_) {
      if (!starts_with_word(lines[i].upper, t.caps)) continue;
      std::string rest = after_prefix(lines[i].text, t.caps);
      if (!rest.empty() && (rest[0] == ':' || (!has_lower(rest) && rest.size() > 2))) continue;  // "QUYẾT ĐỊNH:" formula
      h.doc_type = t.name;
      type_at = static_cast<int>(i);
      title_rest = rest;
      break;
    }
  }
  const size_t header_end = type_at >= 0 ? static_cast<size_t>(type_at) : std::min<size_t>(lines.size(), 15);

  // number
  for (const Rule* r : rules_.group("header.number")) {
    for (size_t i = 0; i < std::min(lines.size(), header_end + 2) && !h.number; ++i) {
      auto m = match_once(*r, lines[i].text);
      if (m.empty()) continue;
      std::string n;
      for (char c : named_group(*r, m, "number"))
        if (c != ' ') n += c;
      if (!n.empty()) h.number = n;
    }
  }

  // place and date, on the header lines joined (a date can wrap: "ngày 20 / tháng 11 năm 2025")
  std::string joined;
  for (size_t i = 0; i < std::min(lines.size(), header_end + 1); ++i) joined += lines[i].text + " ";
  for (const Rule* r : rules_.group("header.place_date")) {
    auto m = match_once(*r, joined);
    if (m.empty()) continue;
    h.place = named_group(*r, m, "place");
    std::string day = named_group(*r, m, "day");
    h.year = std::stoi(named_group(*r, m, "year"));
    if (!day.empty())
      h.issued_date = iso_date(std::stoi(named_group(*r, m, "year")), std::stoi(named_group(*r, m, "month")), std::stoi(day));
    break;
  }

  // title: the trích yếu under the type word, as written, wrapped lines joined.
  if (type_at >= 0) {
    std::vector<std::string> parts;
    if (!title_rest.empty()) parts.push_back(title_rest);
    bool caps_title = false;
    for (size_t i = static_cast<size_t>(type_at) + 1; i < lines.size(); ++i) {
      const auto& s = lines[i].text;
      if (parts.empty()) {
        if (lines[i].line - lines[static_cast<size_t>(type_at)].line > 6) break;
        parts.push_back(s);
        caps_title = !has_lower(s);
        continue;
      }
      if (gap_before[i] && !doc.double_spaced) break;
      if (any_match(block_start, s)) break;
      size_t k = 0;
      bool lower_start = is_lower_cp(next_code_point(s, k));
      std::string last = to_lower(parts.back());
      bool dangling = std::any_of(dangling_words_.begin(), dangling_words_.end(), [&](const std::string& w) {
        return last.size() >= w.size() && last.compare(last.size() - w.size(), w.size(), w) == 0 &&
               (last.size() == w.size() || last[last.size() - w.size() - 1] == ' ');
      });
      if (lower_start || dangling || (caps_title && !has_lower(s))) parts.push_back(s);
      else break;
    }
    std::string title;
    for (const auto& p : parts) title += (title.empty() ? "" : " ") + p;
    title = collapse_whitespace(title);
    if (!title.empty()) h.title = title;
  }

  // issuer from the header block: "ỦY BAN NHÂN DÂN" + "TỈNH LAI CHÂU", "CHÍNH PHỦ", ...
  auto area_of = [&](const std::string& upper_rest, const std::string& text_rest) -> std::string {
    for (const auto& a : area_levels_)
      if (starts_with_word(upper_rest, a.caps)) {
        std::string name = title_case_words(after_prefix(text_rest, a.caps));
        return name.empty() ? std::string() : a.name + " " + name;
      }
    return {};
  };
  for (size_t i = 0; i < header_end && !h.issuer; ++i) {
    for (const auto& head : issuer_heads_) {
      if (!starts_with_word(lines[i].upper, head.caps)) continue;
      std::string issuer = head.name;
      if (head.takes_area || head.takes_place_name) {
        std::string rest_text = after_prefix(lines[i].text, head.caps);
        std::string rest_upper = to_upper(normalize_tone_marks(rest_text));
        if (rest_text.empty() && i + 1 < lines.size()) {
          rest_text = lines[i + 1].text;
          rest_upper = lines[i + 1].upper;
        }
        if (head.takes_area) {
          std::string area = area_of(rest_upper, rest_text);
          if (!area.empty()) issuer.append(" ").append(area);  // (append: GCC 12 -Wrestrict false positive on +)
        } else if (!rest_text.empty() && !has_lower(rest_text) && rest_text.size() < 40) {
          issuer.append(" ").append(title_case_words(rest_text));
        }
      }
      h.issuer = issuer;
      break;
    }
  }

  // Without a header block, the signature names the body ("TM. ỦY BAN NHÂN DÂN").
  if (!h.issuer) {
    std::string province = h.place.value_or("");
    if (province.empty()) {
      std::map<std::string, int> counts;
      for (const Rule* r : rules_.group("header.province")) {
        int gi = r->group_index("name");
        for_each_match(*r->re, doc.text, [&](size_t, size_t, const std::vector<re2::StringPiece>& m) {
          if (gi >= 0 && m[static_cast<size_t>(gi)].data()) ++counts[std::string(m[static_cast<size_t>(gi)])];
        });
      }
      int best = 0;
      for (const auto& [name, n] : counts)
        if (n > best) { best = n; province = name; }
    }
    for (int l = doc.line_count(); l >= 1 && l > doc.line_count() - 120 && !h.issuer; --l) {
      std::string t = strip_markup(doc.source_line(l));
      for (const Rule* r : rules_.group("header.signature")) {
        auto m = match_once(*r, t);
        if (m.empty()) continue;
        std::string body = to_upper(normalize_tone_marks(collapse_whitespace(named_group(*r, m, "body"))));
        for (const auto& head : issuer_heads_) {
          if (body != head.caps) continue;
          std::string issuer = head.name;
          if (head.takes_area && !province.empty()) issuer += " tỉnh " + province;
          if (!head.body_of.empty()) {
            for (const Rule* br : rules_.group("header.body_name")) {
              size_t pos = 0;
              for (auto bm = match_once(*br, doc.text); !bm.empty(); bm = match_once(*br, doc.text, pos)) {
                pos = static_cast<size_t>(bm[0].data() - doc.text.data()) + bm[0].size();
                if (fold_case_and_tones(named_group(*br, bm, "body")) != fold_case_and_tones(head.name)) continue;
                issuer = head.name + " " + named_group(*br, bm, "of");
                break;
              }
            }
            if (!province.empty()) issuer += " " + province;
          }
          h.issuer = issuer;
          break;
        }
        if (h.issuer) break;
      }
    }
  }
  return h;
}

}  // namespace vnpolicy
