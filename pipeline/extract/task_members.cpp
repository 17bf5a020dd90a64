// Which words name units: the members of a unit list ("Bộ trưởng các Bộ: Quốc phòng, Công an" read as one
// unit per member), the units after a "phối hợp" cue, and names the lexicon knows with the words that
// qualify them. Part of TaskExtractor.
#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "extract/task_extractor.h"
#include "extract/task_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace task_text;

std::vector<std::string> TaskExtractor::member_units(std::string_view list) const {
  const Rule* r = rules_.group("task.member_list").first_matching(list);
  if (!r) return {};
  std::vector<re2::StringPiece> m = match_once(*r, list, 0, RE2::ANCHOR_BOTH);
  if (m.empty()) return {};
  const std::string head = named_group(*r, m, "head"), kind = named_group(*r, m, "kind"), members = named_group(*r, m, "members");
  const std::string plural = named_group(*r, m, "plural") + " ";
  // "Chánh Văn phòng …, Giám đốc các Sở: …": the units before the one the members belong to stay as they are.
  std::vector<std::string> out = agencies_.split_units(head + plural + kind);
  if (out.empty()) return {};
  std::string last = out.back();
  out.pop_back();
  std::string title = last.substr(0, last.size() - std::min(last.size(), plural.size() + kind.size()));
  // "Bộ Quốc phòng các tỉnh A, B" (a comma lost): a unit whose name is whole does not go over places.
  if (std::string_view whole = trim(title); !whole.empty() && agencies_.known(whole)) {
    out.emplace_back(whole);
    out.push_back(plural + kind + " " + members);
    return out;
  }
  // "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa": a title over a list of places is one name,
  // as written (the guide splits a list only where each part is a unit).
  if (agencies_.classify(kind) == AgencyLexicon::Part::Area) {
    std::string_view whole = trim_punct(list);
    size_t at = whole.rfind(last);
    out.emplace_back(trim(at == std::string_view::npos ? whole : whole.substr(at)));
    return out;
  }
  // The names, split on ',' / 'và'; a name with its own comma or 'và' ("Văn hóa, Thể thao và Du lịch",
  // "Nông nghiệp và Môi trường") is joined back when the lexicon knows the unit it makes.
  std::vector<std::string> pieces, seps;
  size_t at = 0;
  for (const Rule* sep : rules_.group("task.member_separator"))
    for_each_match(*sep->re, members, [&](size_t b, size_t e, const std::vector<re2::StringPiece>&) {
      if (b < at || e == b) return;
      pieces.push_back(members.substr(at, b - at));
      seps.push_back(members.substr(b, e - b));
      at = e;
    });
  pieces.push_back(members.substr(at));
  for (size_t p = 0; p < pieces.size();) {
    // "…, Giáo dục và Đào tạo và các Bộ, ngành có liên quan": a plural after the names is a unit of its own.
    if (starts_lower(pieces[p])) {
      std::string tail = pieces[p];
      for (size_t k = p + 1; k < pieces.size(); ++k) tail += seps[k - 1] + pieces[k];
      for (auto& u : agencies_.split_units(tail)) out.push_back(std::move(u));
      break;
    }
    size_t take = 1;
    std::string name = pieces[p];
    for (size_t q = pieces.size(); q > p + 1; --q) {
      std::string joined = pieces[p];
      for (size_t k = p + 1; k < q; ++k) joined += seps[k - 1] + pieces[k];
      if (agencies_.known(kind + " " + joined)) {
        take = q - p;
        name = joined;
        break;
      }
    }
    std::string_view n = trim_punct(name);
    // "các Sở Tài chính, Ủy ban nhân dân các huyện": a name that is a unit of its own is no member.
    if (take == 1 && !agencies_.known(kind + " " + std::string(n)) && opens_with_unit(n)) {
      for (auto& u : agencies_.split_units(n)) out.push_back(std::move(u));
    } else if (!n.empty()) {
      out.push_back(title + kind + " " + std::string(n));
    }
    p += take;
  }
  return out;
}

std::string_view TaskExtractor::read_support(std::string_view rest, std::vector<std::string>& support) const {
  // A cue that is read up to the first letter of a name marks where the list starts.
  Hit s = first_hit(rules_.group("task.support_cue"), rest, "list");
  // "(1) Phối hợp với Bộ Nông nghiệp và Môi trường …": an item numbered in brackets inside a paragraph.
  size_t numbered = 0;
  if (rest.size() > 3 && rest[0] == '(') {
    size_t close = rest.find(')');
    if (close != std::string_view::npos && close <= 3 &&
        std::all_of(rest.begin() + 1, rest.begin() + static_cast<long>(close), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      numbered = close + 1;
  }
  if (!s || s.begin > numbered + 2) return rest;
  std::string_view list = rest.substr(s.capture != std::string_view::npos ? s.capture : s.end);
  // "phối hợp với nhau trong việc …": working together is the work; no unit supports.
  // "phối hợp với nhau, phối hợp với Bộ Công an …": a second cue right after it names the support.
  if (Hit r = first_hit(rules_.group("task.support_reciprocal"), list, "list"); r && r.begin == 0) {
    std::string_view after = trim_punct(list.substr(r.end));
    if (Hit again = first_hit(rules_.group("task.support_cue"), after, "list"); again && again.begin <= 2)
      read_support(after, support);
    return rest;
  }
  size_t end = units_end(list, 0);
  support = units(list.substr(0, end));
  // "Văn phòng UBND tỉnh (Trung tâm …) và các cơ quan liên quan": the aside on one supporting unit names its
  // part, not a unit; the unit is named without it, as when the aside closes the list.
  for (auto& u : support)
    if (size_t open = u.find(" ("); open != std::string::npos && u.back() == ')') u.resize(open);
  // "phối hợp với Sở Tư pháp giới thiệu doanh nghiệp …", "… Công an tỉnh điều tra, khảo sát và …": a verb
  // the lexicon lacks lets a unit run on; it ends at the longest known name, as a lead does, and the
  // words after it start the work.
  for (size_t i = 0; i < support.size(); ++i) {
    size_t cut = run_on_start(support[i]);
    if (cut == std::string::npos) continue;
    std::string_view tail = trim(std::string_view(support[i]).substr(cut));
    size_t at = list.substr(0, end).find(tail);
    if (at == std::string_view::npos) break;
    support[i] = std::string(trim_punct(std::string_view(support[i]).substr(0, cut)));
    support.resize(i + 1);
    return list.substr(at);
  }
  return list.substr(end);
}

std::string_view TaskExtractor::support_before_cue(std::string_view rest, std::vector<std::string>& support) const {
  // "Vụ Pháp chế chủ trì, Vụ Tổng hợp và Văn phòng phối hợp rà soát …": the units of the clause after the
  // lead cue, when a bare "phối hợp" follows them, support; "Sở Y tế phối hợp với …" names no role.
  rest = trim_punct(rest);
  if (!opens_with_unit(rest)) return rest;
  size_t end = units_end(rest, 0);
  std::string_view after = trim(rest.substr(end));
  Hit h = first_hit(rules_.group("task.support_after_units"), after, "work");
  // "Sở Nội vụ chủ trì, Sở Tư pháp phối hợp.": with no work after the cue there is nothing to carry over.
  if (!h || h.begin != 0 || h.capture == std::string_view::npos) return rest;
  std::vector<std::string> named = units(rest.substr(0, end));
  if (named.empty()) return rest;
  support = std::move(named);
  return after.substr(h.capture);
}

std::vector<std::string> TaskExtractor::support_in_later_clause(std::string_view work) const {
  Hit s = first_hit(rules_.group("task.support_cue"), work, "list");
  if (!s || s.begin == 0) return {};
  // Only a clause of its own ("…; phối hợp với", "…, phối hợp với", "… và phối hợp với"):
  // "tích cực phối hợp với …" qualifies the work of others.
  std::string_view before = work.substr(0, s.begin + (work[s.begin] == ' ' ? 1 : 0));
  if (!(before.ends_with("; ") || before.ends_with(", ") || before.ends_with(" và "))) return {};
  std::string_view list = work.substr(s.capture != std::string_view::npos ? s.capture : s.end);
  std::vector<std::string> out = units(list.substr(0, units_end(list, 0)));
  for (auto& u : out)
    if (size_t cut = run_on_start(u); cut != std::string::npos) u.resize(cut);
  return out;
}

bool TaskExtractor::known_with_qualifiers(std::string_view whole) const {
  // "Bộ trưởng Bộ Tài chính": the head of a known agency (canonical drops the title). Alone it also heads
  // a decree's list of powers ("Chủ tịch Ủy ban nhân dân cấp tỉnh" over "a) Bổ nhiệm …"); with an office
  // after a dash it names the one a task is given to.
  auto known_or_headed = [&](std::string_view u) {
    if (agencies_.known(u) || agencies_.known(agencies_.canonical(u))) return true;
    // "Công an thành phố", "Bảo hiểm xã hội thành phố": a centrally-run city's agency is named by its level
    // as a province's is (task_level_written_as).
    const std::string lower = to_lower(u);
    for (const auto& [written, level] : levels_written_as_)
      if (lower.size() > written.size() + 1 && lower.ends_with(" " + written) &&
          agencies_.known(std::string(u.substr(0, u.size() - written.size())) + level))
        return true;
    return false;
  };
  // "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo …": the head of a known agency, then
  // after a dash an office the same person holds (task_office_titles): one name, as written.
  if (size_t dash = whole.find(" - "); dash != std::string_view::npos && !agencies_.known(whole)) {
    const std::string office = to_lower(trim_punct(whole.substr(dash + 3)));
    const bool holds_office = std::any_of(office_titles_.begin(), office_titles_.end(), [&](const std::string& t) {
      return office.starts_with(t) && (office.size() == t.size() || office[t.size()] == ' ');
    });
    if (holds_office && known_or_headed(trim(whole.substr(0, dash)))) return true;
  }
  auto known_then_qualifiers = [&](std::string_view u) {
    if (agencies_.known(u)) return true;
    for (size_t sp = u.rfind(' '); sp != std::string_view::npos && sp > 0; sp = u.rfind(' ', sp - 1)) {
      if (!known_or_headed(trim_punct(u.substr(0, sp)))) continue;
      std::string_view tail = u.substr(sp + 1);
      // "Sở Y tế Hà Nội", "Bảo hiểm xã hội thành phố Hà Nội": a place's proper name may close the qualifiers.
      constexpr size_t kPlaceWords = 4;
      size_t place_words = 0;
      for (size_t w = 0; w < tail.size();) {
        size_t e = std::min(tail.find(' ', w), tail.size());
        std::string_view word = trim_punct(tail.substr(w, e - w));
        if (place_words == 0 && name_qualifiers_.count(std::string(word))) {
          w = e + 1;
          continue;
        }
        if (word.empty() || capitalised_words(word) != 1 || ++place_words > kPlaceWords) return false;
        w = e + 1;
      }
      return true;
    }
    return false;
  };
  if (known_then_qualifiers(whole)) return true;
  // "Ủy ban nhân dân các tỉnh, …": a plural marker before the level names every body of a known kind.
  for (const std::string& m : plural_markers_) {
    const std::string mark = " " + m + " ";
    if (size_t at = to_lower(std::string(whole)).find(mark); at != std::string::npos) {
      std::string one = std::string(whole.substr(0, at)) + " " + std::string(whole.substr(at + mark.size()));
      if (known_then_qualifiers(one)) return true;
    }
  }
  return false;
}

bool TaskExtractor::names_a_unit(const std::string& u) const {
  // "Ủy ban nhân dân các xã", not a bare "Ngân hàng"; not a bare kind cut from a list ("Người đứng đầu cấp
  // ủy, chính quyền, cơ quan, tổ chức có trách nhiệm"). A unit that ran on into its work is longer.
  constexpr long kShortUnitWords = 8;
  const long spaces = std::count(u.begin(), u.end(), ' ');
  return opens_with_plural(u) || known_with_qualifiers(u) ||
         (!starts_lower(u) && spaces < kShortUnitWords &&
          (capitalised_words(u) >= 2 || (agencies_.classify(u) == AgencyLexicon::Part::Unit && spaces >= 2)));
}

}  // namespace vnpolicy
