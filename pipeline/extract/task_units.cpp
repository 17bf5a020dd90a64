// Reading unit lists: where a list of agencies starts and ends and how it splits into units (members
// and supporting units: task_members.cpp). Part of TaskExtractor.
#include <algorithm>

#include "core/text.h"
#include "extract/task_extractor.h"
#include "extract/task_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace task_text;

namespace {

bool is_word_byte_start(std::string_view t, size_t i) { return i == 0 || t[i - 1] == ' '; }

// The first n words of t (a prefix of t).
std::string_view first_words(std::string_view t, int n) {
  size_t end = 0;
  for (int k = 0; k < n && end != std::string_view::npos; ++k) end = t.find(' ', end + (k > 0 ? 1 : 0));
  return end == std::string_view::npos ? t : t.substr(0, end);
}

bool starts_with_at(std::string_view t, size_t i, std::string_view w) {
  if (t.substr(i, w.size()) != w) return false;
  size_t j = i + w.size();
  if (j >= t.size()) return true;
  return !is_letter_cp(next_code_point(t, j));
}

// "…, nhất là ACV", "…, đặc biệt là Bộ Tài chính": a unit singled out; not places ("nhất là các tỉnh: A, B",
// "nhất là tỉnh A") nor a field ("nhất là trong lĩnh vực đất đai"). `plural` and `unit`: whether the
// member opens with a plural marker and with a unit.
bool highlights_member(const AgencyLexicon& agencies, std::string_view member, bool plural, bool unit) {
  std::string_view m = trim(member);
  std::string_view first = m;
  if (plural && m.find(' ') != std::string_view::npos) first = trim(m.substr(m.find(' ')));
  std::string_view word = first.substr(0, first.find_first_of(" ,:"));
  if (agencies.classify(word) == AgencyLexicon::Part::Area) return false;
  if (size_t sp = first.find(' '); sp != std::string_view::npos) {  // "thành phố", "đặc khu"
    std::string_view two = first.substr(0, first.find_first_of(" ,:", sp + 1));
    if (agencies.classify(two) == AgencyLexicon::Part::Area) return false;
  }
  size_t k = 0;
  return unit || is_upper_cp(next_code_point(m, k));
}

// "tổ chức" before "tổ chức chính trị - xã hội": a verb that opens a head word of units (agency_heads,
// lower case) longer than itself, which the piece after it starts with.
bool opens_longer_head(const std::vector<std::string>& heads, std::string_view verb, std::string_view piece) {
  const std::string lower = to_lower(piece), opened = to_lower(verb) + " ";
  return std::any_of(heads.begin(), heads.end(), [&](const std::string& head) {
    return head.starts_with(opened) && lower.starts_with(head) &&
           (lower.size() == head.size() || lower[head.size()] == ' ' || lower[head.size()] == ',');
  });
}

}  // namespace

// True when the clause before a comma ends in a list of units, so the comma continues it.
bool TaskExtractor::continues_list(std::string_view before) const {
  size_t clause = before.find_last_of(",;:");
  std::string_view piece = trim(clause == std::string_view::npos ? before : before.substr(clause + 1));
  for (size_t i = 0; i < piece.size(); ++i)
    if ((i == 0 || piece[i - 1] == ' ') && opens_with_plural(piece.substr(i)) && opens_with_unit(piece.substr(i)))
      return true;
  return false;
}

bool TaskExtractor::is_plural_marker(std::string_view word) const {
  if (word.empty()) return false;
  std::string lower = to_lower(word);
  return std::find(plural_markers_.begin(), plural_markers_.end(), lower) != plural_markers_.end();
}

bool TaskExtractor::opens_with_plural(std::string_view text) const {
  size_t space = text.find(' ');
  return space != std::string_view::npos && is_plural_marker(text.substr(0, space));
}

bool TaskExtractor::opens_with_unit(std::string_view text) const {
  // "Các tỉnh Nghệ An, Quảng Ngãi khẩn trương …", "Tỉnh cần …": places that act (task.place_unit).
  if (!agencies_.starts_with_head(text) && !rules_.group("task.place_unit").first_matching(text)) return false;
  std::string lower = to_lower(trim(text).substr(0, 64));
  for (const auto& w : not_unit_openers_)
    if (lower.rfind(w, 0) == 0 && (lower.size() == w.size() || lower[w.size()] == ' ' || lower[w.size()] == ',')) return false;
  return true;
}

size_t TaskExtractor::units_end(std::string_view t, size_t from) const {
  constexpr size_t kAsideBytes = 160;  // an aside that names a unit's part, not a clause
  // A lead or support cue ends the list too ("... các cơ quan báo chí phối hợp với ...").
  for (const char* g : {"task.lead_cue", "task.support_cue"})
    if (Hit h = first_hit(rules_.group(g), t.substr(from), "cue"); h && h.capture != std::string_view::npos && h.capture > 0)
      t = t.substr(0, from + h.capture);
  // "các đơn vị được giao làm Bên mời thầu …": a passive verb after a plural kind narrows the kind
  // (task_passive_words); the unit acts later.
  const auto* passive = rules_.lexicon("task_passive_words");
  auto is_passive = [&](std::string_view w) {
    std::string word = to_lower(w);
    return passive && std::any_of(passive->begin(), passive->end(), [&](const auto& p) { return p.template get<std::string>() == word; });
  };
  auto plural_kind = [&](std::string_view kind) {
    kind = trim(kind);
    return opens_with_plural(kind) && agencies_.classify(kind) == AgencyLexicon::Part::Category;
  };
  // The passive word itself after the kind, or the verb after it.
  auto passive_after_kind = [&](std::string_view before, std::string_view prev_word, std::string_view verb) {
    if (is_passive(verb)) return plural_kind(before);
    if (prev_word.empty() || before.size() < prev_word.size() + 1 || !is_passive(prev_word)) return false;
    return plural_kind(before.substr(0, before.size() - prev_word.size() - 1));
  };
  // "Cục Kết cấu hạ tầng xây dựng tham mưu …", "c) Cục Kinh tế - Quản lý đầu tư xây dựng:": words that read
  // as verbs but close a department's name (task_name_tail_words) belong to it when the name before them is
  // a proper one (its head and a word after it capitalised, no plural) and only such words stand between
  // it and a verb that acts (task_name_tail_next_verbs), a colon or the end. Where the name's words end
  // then; npos when they are work.
  auto name_tail_past = [&](size_t at) -> size_t {
    const auto* tails = rules_.lexicon("task_name_tail_words");
    if (!tails) return std::string_view::npos;
    size_t seg = t.find_last_of(",;", at);
    seg = seg == std::string_view::npos || seg < from ? from : seg + 1;
    std::string_view name = trim(t.substr(seg, at - seg));
    if (name.empty() || opens_with_plural(name) || starts_lower(name) || capitalised_words(name) < 2) return std::string_view::npos;
    size_t j = at;
    bool any = false;
    for (bool more = true; more;) {
      more = false;
      for (const auto& w : *tails) {
        const std::string word = w.get<std::string>();
        if (starts_with_at(t, j, word)) {
          j += word.size();
          any = more = true;
          if (j < t.size() && t[j] == ' ' && j + 1 < t.size()) {
            size_t k = j + 1;
            if (is_lower_cp(next_code_point(t, k))) ++j; else more = false;
          } else {
            more = false;
          }
          break;
        }
      }
    }
    if (!any) return std::string_view::npos;
    // j is after the last tail word (and the space after it when a lower-case word follows).
    std::string_view rest = t.substr(j);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty() || rest.front() == ':') return t.size() - rest.size();
    if (t[j - 1] != ' ') return std::string_view::npos;
    // Only a verb that acts ("tham mưu", "chủ trì"): "… xây dựng báo cáo" is the verb and its object.
    std::string lower = to_lower(rest.substr(0, 48));
    const auto* next = rules_.lexicon("task_name_tail_next_verbs");
    const bool acts = next && std::any_of(next->begin(), next->end(), [&](const auto& v) {
      const std::string w = v.template get<std::string>();
      return lower.starts_with(w) && (lower.size() == w.size() || lower[w.size()] == ' ' || lower[w.size()] == ',');
    });
    return acts ? j : std::string_view::npos;
  };
  std::string_view prev_word;
  size_t word_begin = from;
  size_t tail_at = std::string_view::npos;  // past a department name's verb-like last words
  bool in_qualifier = false;  // past ", nhất là các tỉnh: …": places that narrow the units, up to the verb
  for (size_t i = from; i < t.size(); ++i) {
    char c = t[i];
    // "cơ quan chủ quản, nhất là ACV cần …": the member singled out is one more unit of the list.
    // "…, nhất là các tỉnh: A, B tiếp tục …": places singled out narrow the units; the list ends at the
    // comma (units() drops them) and the work starts at the verb after them.
    if (c == ',' && !in_qualifier)
      if (Hit h = first_hit(rules_.group("task.member_highlight"), t.substr(i), "unit");
          h && h.begin == 0 && h.capture != std::string_view::npos) {
        if (std::string_view m = t.substr(i + h.capture); !highlights_member(agencies_, m, opens_with_plural(m), opens_with_unit(m)))
          in_qualifier = true;
        i += h.capture - 1;
        word_begin = i + 1;
        prev_word = {};
        continue;
      }
    if (in_qualifier && (c == ':' || c == ',')) continue;
    // "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo …": the colon opens the members, the list goes on.
    // "Ủy ban nhân dân các xã, phường: Tổng hợp, …": after places, a verb is the work, not a member.
    if (c == ':' && rules_.group("task.member_list_open").first_matching(t.substr(from, i + 1 - from)) &&
        !(ends_in_area(t.substr(from, i - from)) && opens_with_work_verb(to_lower(first_words(trim(t.substr(i + 1)), 3)))))
      continue;
    // "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công) và các cơ quan liên quan": an aside on one unit,
    // with the list going on after it, stays with that unit's name as written.
    if (c == '(' && i > from) {
      size_t close = t.find(')', i);
      if (close != std::string_view::npos && close - i <= kAsideBytes &&
          t.substr(i + 1, close - i - 1).find_first_of("(;:,\n") == std::string_view::npos) {
        std::string_view next = t.substr(close + 1);
        for (std::string_view link : {std::string_view(", "), std::string_view(" và ")})
          if (next.starts_with(link) && opens_with_unit(next.substr(link.size()))) {
            i = close;
            word_begin = close + 1;
            prev_word = {};
            break;
          }
        if (i == close) continue;
      }
    }
    if (c == ':' || c == ';' || c == '(' || c == '\n' || (c == '.' && (i + 1 == t.size() || t[i + 1] == ' '))) return i;
    if (c == ' ') {
      prev_word = t.substr(word_begin, i - word_begin);
      word_begin = i + 1;
      continue;
    }
    if (i == from || !is_word_byte_start(t, i)) continue;
    // A verb is written in lower case; "Bộ Giáo dục và Đào tạo" names, it does not act.
    if (!(c >= 'a' && c <= 'z') && !(static_cast<unsigned char>(c) >= 0xC3)) continue;
    size_t j = i;
    if (!is_lower_cp(next_code_point(t, j))) continue;
    for (const auto& v : verbs_) {
      if (!starts_with_at(t, i, v)) continue;
      if (is_plural_marker(prev_word)) break;  // "các tổ chức": a noun
      if (passive_after_kind(t.substr(from, i - from), prev_word, v)) break;
      if (relative_clause(t, from, i, v.size(), prev_word)) break;
      // "các cơ quan, tổ chức có liên quan": a kind word after a list of kinds is one more kind.
      if (!prev_word.empty() && prev_word.back() == ',' && agencies_.classify(v) == AgencyLexicon::Part::Category &&
          continues_list(t.substr(0, i - 2)))
        break;
      if (false_compounds_.count(to_lower(prev_word) + " " + v)) break;  // "Bộ Ngoại giao", "Chương trình"
      // "Hội đồng thẩm định Nhà nước thẩm định …": a verb inside a name, followed by the name's capitalised
      // rest, is the name's word when the same verb acts after the name.
      if (size_t after = i + v.size(); after + 1 < t.size() && t[after] == ' ' && is_upper_cp(next_code_point(t, ++after)) &&
          !opens_with_unit(t.substr(i + v.size() + 1))) {
        size_t again = t.find(" " + v + " ", i + v.size());
        size_t stop = t.find_first_of(",;:", i);
        if (again != std::string_view::npos && (stop == std::string_view::npos || again < stop)) break;
      }
      size_t comma = t.find_first_of(",(", i);
      std::string_view piece = trim(t.substr(i, (comma == std::string_view::npos ? t.size() : comma) - i));
      while (!piece.empty() && std::string_view(".;").find(piece.back()) != std::string_view::npos) piece.remove_suffix(1);
      if (agencies_.classify(piece) == AgencyLexicon::Part::Category) break;  // "tổ chức có liên quan"
      // "Các sở, ban, ngành, tổ chức chính trị - xã hội, …": after a comma, a verb that opens a longer
      // head word of units ("tổ chức" of "tổ chức chính trị") is one more unit of the list.
      if (!prev_word.empty() && prev_word.back() == ',' && opens_longer_head(unit_heads_, v, piece)) break;
      // "Các chủ rừng là tổ chức": "là" before a kind of unit narrows the unit, it does not act.
      if (v == "là" && agencies_.classify(trim(piece.substr(v.size()))) == AgencyLexicon::Part::Category) break;
      // "Các sở đang triển khai …": the aspect word is the work's, not the unit's.
      if (std::find(relative_aspects_.begin(), relative_aspects_.end(), to_lower(prev_word)) != relative_aspects_.end() &&
          i >= from + prev_word.size() + 1)
        return i - prev_word.size() - 1;
      if (size_t past = name_tail_past(i); past != std::string_view::npos) {
        tail_at = past;
        break;
      }
      return i;
    }
    if (tail_at != std::string_view::npos) {
      i = tail_at - 1;
      word_begin = tail_at;
      prev_word = {};
      tail_at = std::string_view::npos;
    }
  }
  return t.size();
}



bool TaskExtractor::ends_in_area(std::string_view text) const {
  std::string_view t = trim(text);
  size_t sp = t.rfind(' ');
  if (sp == std::string_view::npos) return agencies_.classify(t) == AgencyLexicon::Part::Area;
  if (agencies_.classify(t.substr(sp + 1)) == AgencyLexicon::Part::Area) return true;
  size_t sp2 = sp > 0 ? t.rfind(' ', sp - 1) : std::string_view::npos;  // "thành phố", "đặc khu"
  return sp2 != std::string_view::npos && agencies_.classify(t.substr(sp2 + 1)) == AgencyLexicon::Part::Area;
}

bool TaskExtractor::relative_clause(std::string_view t, size_t from, size_t verb_at, size_t verb_len, std::string_view prev_word) const {
  std::string aspect = to_lower(prev_word);
  if (std::find(relative_aspects_.begin(), relative_aspects_.end(), aspect) == relative_aspects_.end()) return false;
  if (verb_at < from + prev_word.size() + 1) return false;
  // The noun the clause is on: a plural after the unit's first word ("… các dự án đang …").
  std::string_view before = t.substr(from, verb_at - prev_word.size() - 1 - from);
  bool plural_noun = false;
  for (size_t sp = before.find(' '); sp != std::string_view::npos && !plural_noun; sp = before.find(' ', sp + 1))
    plural_noun = opens_with_plural(before.substr(sp + 1));
  if (!plural_noun || before.find_first_of(",;:") != std::string_view::npos) return false;
  // The clause's object, then the unit's own verb, with no clause break between.
  size_t words = 0;
  for (size_t i = verb_at + verb_len; i < t.size() && words <= 4;) {
    if (t[i] != ' ') return false;
    size_t end = t.find(' ', i + 1);
    std::string_view w = t.substr(i + 1, (end == std::string_view::npos ? t.size() : end) - i - 1);
    if (w.empty() || std::string_view(",;:.()").find(w.back()) != std::string_view::npos) return false;
    if (opens_with_work_verb(to_lower(first_words(t.substr(i + 1), 3)))) return words > 0;
    ++words;
    i += 1 + w.size();
  }
  return false;
}

void TaskExtractor::take_named_aside(std::vector<std::string>& lead, std::string_view after) const {
  if (lead.size() != 1 || after.empty() || after.front() != '(') return;
  size_t close = after.find(')');
  if (close == std::string_view::npos) return;
  std::string_view aside = trim(after.substr(1, close - 1));
  const std::string& role = lead.front();
  // A role names no one: its words after the first are in lower case ("Nhà đầu tư", "chủ đầu tư").
  if (agencies_.known(role) || capitalised_words(std::string_view(role).substr(std::min(role.size(), role.find(' ')))) > 0) return;
  bool acronym = aside.size() >= 2 && aside.find(' ') == std::string_view::npos &&
                 std::all_of(aside.begin(), aside.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-' || c == '&'; });
  bool named = aside.find_first_of(",;") == std::string_view::npos && agencies_.starts_with_head(aside) && capitalised_words(aside) >= 2;
  if (acronym || named) lead = {std::string(aside)};
}

std::vector<std::string> TaskExtractor::units(std::string_view text) const {
  // "các sở, ban, ngành trong phạm vi chức năng, nhiệm vụ của mình": the scope is no unit.
  std::string t(trim_punct(text));
  for (const Rule* r : rules_.group("task.unit_filler").matching(t)) RE2::GlobalReplace(&t, *r->re, "");
  // "cơ quan chủ quản, nhất là ACV": the cue that singles out a member is no part of it.
  // "…, nhất là các tỉnh: A, B": places that narrow the units are none of them.
  for (size_t c = t.find(','); c != std::string::npos; c = t.find(',', c + 1))
    if (Hit h = first_hit(rules_.group("task.member_highlight"), std::string_view(t).substr(c), "unit");
        h && h.begin == 0 && h.capture != std::string_view::npos) {
      if (std::string_view m = std::string_view(t).substr(c + h.capture); !highlights_member(agencies_, m, opens_with_plural(m), opens_with_unit(m))) {
        t.resize(c);
        break;
      }
      t.replace(c, h.capture, ", ");
    }
  std::vector<std::string> out = member_units(trim_punct(t));
  if (out.empty()) out = agencies_.split_units(trim_punct(t));
  // "Các bộ, cơ quan ngang bộ": two category words that name one kind of unit together ("Báo và Đài Phát thanh,
  // Truyền hình tỉnh": two bodies merged into one, joined by the link the pair gives); a joined pair
  // may join a third ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ").
  for (size_t i = 0; i + 1 < out.size();) {
    bool joined = false;
    for (const auto& [first, second, link] : joined_pairs_)
      if (to_lower(out[i]) == first && to_lower(out[i + 1]).rfind(second, 0) == 0 &&
          (link == ", " || t.find(out[i] + link + out[i + 1]) != std::string::npos)) {
        out[i] += link + out[i + 1];
        out.erase(out.begin() + static_cast<long>(i) + 1);
        joined = true;
        break;
      }
    if (!joined) ++i;
  }
  // "Các Bộ, ngành, các địa phương": a plural of a kind the lexicon sets apart (task_own_unit_kinds) after a
  // list of kinds is a unit of its own; "các sở, ngành, các đơn vị" stays one list. So is that kind after
  // "và" ("các bộ, ngành và địa phương"), where every part before it is a kind ("ở Trung ương và địa
  // phương" is the scope of one unit); "các bộ, ngành, địa phương" stays one list.
  auto only_kinds = [&](std::string_view list) {
    const std::vector<std::string_view> parts = split(list, ',');
    return !list.empty() && std::all_of(parts.begin(), parts.end(), [&](std::string_view p) {
      return agencies_.classify(trim(p)) == AgencyLexicon::Part::Category;
    });
  };
  if (const auto* own = rules_.lexicon("task_own_unit_kinds"))
    for (size_t i = 0; i < out.size(); ++i)
      for (const auto& k : *own) {
        std::string lower = to_lower(out[i]);
        size_t at = std::string::npos, skip = 0;
        // The link before the kind ("," or "và"), then the plural marker it may carry.
        struct Link {
          std::string_view link, plural;
        };
        for (const Link& l : {Link{", ", "các "}, Link{" và ", "các "}, Link{" và ", ""}}) {
          const bool after_and = l.link != ", ";
          size_t f = lower.rfind(std::string(l.link) + std::string(l.plural) + k.get<std::string>());
          if (f == std::string::npos || f == 0 || lower.find(',', f + 1) != std::string::npos) continue;
          if (after_and && !only_kinds(std::string_view(out[i]).substr(0, f))) continue;
          at = f;
          skip = l.link.size();
          break;
        }
        if (at == std::string::npos) continue;
        std::string rest = out[i].substr(at + skip);
        out[i].resize(at);
        out.insert(out.begin() + static_cast<long>(i) + 1, std::move(rest));
        break;
      }
  // "Các cấp ủy, chính quyền địa phương": a Party kind and a State kind (task_split_unit_pairs) are two units,
  // though a list of kinds is one ("Các sở, ban, ngành").
  if (const auto* pairs = rules_.lexicon("task_split_unit_pairs"))
    for (size_t i = 0; i < out.size(); ++i) {
      std::string lower = to_lower(out[i]);
      std::string_view bare = lower;
      if (opens_with_plural(bare)) bare = bare.substr(bare.find(' ') + 1);
      for (const auto& pair : *pairs) {
        const std::string first = pair.at(0).get<std::string>(), second = ", " + pair.at(1).get<std::string>();
        if (!bare.starts_with(first)) continue;
        size_t at = lower.find(second);
        if (at == std::string::npos || lower.find(',') != at) continue;
        std::string rest = out[i].substr(at + 2);
        out[i].resize(at);
        out.insert(out.begin() + static_cast<long>(i) + 1, std::move(rest));
        break;
      }
    }
  // "các Tập đoàn Sao Mai, Hồng Hà": a plural kind over proper names is one unit per name ("Tập đoàn
  // Sao Mai"); over places ("Ủy ban nhân dân các tỉnh A, B", "các tỉnh A, B") it stays one name as written.
  for (size_t i = 0; i < out.size(); ++i) {
    std::string_view u = out[i];
    if (!opens_with_plural(u)) continue;
    std::string_view rest = u.substr(u.find(' ') + 1);
    size_t k = 0;
    if (!is_upper_cp(next_code_point(rest, k))) continue;
    // The kind: its capitalised first word and the lower-case words after it; the first name follows.
    size_t name_at = std::string_view::npos;
    for (size_t sp = rest.find(' '); sp != std::string_view::npos; sp = rest.find(' ', sp + 1)) {
      size_t c = sp + 1;
      if (is_upper_cp(next_code_point(rest, c))) {
        name_at = sp + 1;
        break;
      }
      if (rest[sp - 1] == ',') break;
    }
    if (name_at == std::string_view::npos) continue;
    std::string_view kind = rest.substr(0, name_at - 1);
    if (agencies_.classify(kind) == AgencyLexicon::Part::Area || !agencies_.starts_with_head(kind)) continue;
    std::vector<std::string> names;
    bool proper = true;
    std::string listed(rest.substr(name_at));  // "Sao Mai, Hồng Hà và Bình Minh"
    for (size_t v = listed.find(" và "); v != std::string::npos; v = listed.find(" và ", v)) listed.replace(v, 5, ", ");
    for (std::string_view n : split(listed, ',')) {
      n = trim(n);
      size_t j = 0;
      if (n.empty() || !is_upper_cp(next_code_point(n, j)) || opens_with_unit(n)) {
        proper = false;
        break;
      }
      names.push_back(std::string(kind) + " " + std::string(n));
    }
    if (!proper || names.size() < 2) continue;
    out.erase(out.begin() + static_cast<long>(i));
    out.insert(out.begin() + static_cast<long>(i), names.begin(), names.end());
    i += names.size() - 1;
  }
  // "đồng chí Bộ trưởng Bộ Xây dựng": the honorific is no part of the unit.
  // "các đồng chí Phó Thủ tướng Chính phủ": the form of address goes, the plural stays.
  for (auto& u : out)
    if (Hit h = first_hit(rules_.group("task.unit_honorific"), u, "unit"); h && h.begin == 0 && h.capture != std::string_view::npos)
      u.erase(0, h.capture);
    else if (Hit cut = first_hit(rules_.group("task.unit_honorific_plural"), u, "cut"); cut && cut.capture != std::string_view::npos)
      if (Hit title = first_hit(rules_.group("task.unit_honorific_plural"), u, "unit"); title.capture > cut.capture)
        u.erase(cut.capture, title.capture - cut.capture);
  return out;
}

bool TaskExtractor::opens_with_work_verb(std::string_view lower) const {
  return std::any_of(verbs_.begin(), verbs_.end(), [&](const std::string& v) {
    return lower.starts_with(v) && (lower.size() == v.size() || lower[v.size()] == ' ' || lower[v.size()] == ',');
  });
}

size_t TaskExtractor::run_on_start(std::string_view u) const {
  if (agencies_.known(u)) return std::string_view::npos;
  for (size_t sp = u.rfind(' '); sp != std::string_view::npos && sp > 0; sp = u.rfind(' ', sp - 1)) {
    std::string_view head = u.substr(0, sp), tail = u.substr(sp + 1);
    if (!agencies_.known(head)) continue;
    std::string_view first = trim_punct(tail.substr(0, tail.find(' ')));  // "tỉnh, thành phố …"
    if (tail.find(' ') != std::string_view::npos && starts_lower(tail) && !name_qualifiers_.count(std::string(first))) return sp;
    break;
  }
  return std::string_view::npos;
}

}  // namespace vnpolicy
