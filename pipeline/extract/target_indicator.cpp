// The indicator phrase of a figure: the words before it without cue words, a parallel
// item's carried subject, what follows its unit; and the catalogue entry it names.
#include <string>

#include "core/text.h"
#include "extract/indicator_table_text.h"
#include "extract/target_extractor.h"
#include "extract/vietnamese_number.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

// "Kinh tế số" inside a phrase is "kinh tế số"; an abbreviation ("GRDP") keeps its capitals.
std::string sentence_case_off(const std::string& s) {
  size_t sp = s.find(' ');
  std::string_view first = std::string_view(s).substr(0, sp);
  if (is_all_caps(first)) return s;
  return to_lower(first) + (sp == std::string::npos ? "" : s.substr(sp));
}

}  // namespace

size_t TargetExtractor::head_noun_at(const std::string& low) const {
  size_t head = std::string::npos;
  for (const auto& w : heads_.list)
    for (size_t at = low.find(w); at != std::string::npos; at = low.find(w, at + 1))
      // A one-word head that ends the phrase qualifies the noun before it ("kinh tế số"): no head there.
      if ((at == 0 || !is_letter_cp(cp_before(low, at))) && starts_with_phrase(std::string_view(low).substr(at), w) &&
          !(at + w.size() == low.size() && w.find(' ') == std::string::npos) && !qualifies_noun_before(low, at, w)) {
        head = std::min(head, at);
        break;
      }
  return head;
}

bool TargetExtractor::qualifies_noun_before(const std::string& low, size_t at, const std::string& head) const {
  // A one-word head inside a compound noun is no head: "số" of "kỹ năng số" says "digital",
  // "độ" of "độ tuổi" is an age.
  if (head.find(' ') != std::string::npos) return false;
  for (const auto& c : qualified_heads_.list)
    for (size_t k = c.find(head); k != std::string::npos; k = c.find(head, k + 1)) {
      if ((k > 0 && c[k - 1] != ' ') || (k + head.size() < c.size() && c[k + head.size()] != ' ') || k > at) continue;
      const size_t from = at - k;
      if (low.compare(from, c.size(), c) == 0 && (from == 0 || !is_letter_cp(cp_before(low, from))) &&
          (from + c.size() == low.size() || !is_letter_cp(cp_at(low, from + c.size()))))
        return true;
    }
  return false;
}

size_t TargetExtractor::noun_list_start(std::string_view sv, size_t clause, size_t floor, const std::string& item) const {
  // "tỷ lệ chất thải rắn được thu gom, xử lý đạt 95%", "có bằng cấp, chứng chỉ": a short item
  // after a comma, with no head noun and no capital (a new clause: ", Ban Thường vụ ..."),
  // continues a list whose first item holds the head noun. Items before it are short too.
  if (item.empty() || count_words(item) > 3 || clause <= floor || sv[clause - 1] != ',' ||
      !is_lower_cp(cp_at(item, 0)) || head_noun_at(to_lower(item)) != std::string::npos)
    return clause;
  for (size_t comma = clause - 1, steps = 0; steps < 5; ++steps) {
    size_t earlier = clause_start(sv, comma, floor);
    std::string seg = trim_copy(sv.substr(earlier, comma - earlier));
    // A number, a bracket or a symbol's slash is no part of a noun list ("số 157/2007/QĐ-TTg),
    // điều chỉnh", "hỗ trợ 50% chi phí, mức"): the list ends there. Before the head noun they
    // are the item's marker or period ("3 Tổng diện tích ...").
    const std::string low = to_lower(seg);
    const size_t head = head_noun_at(low);
    if (seg.empty() || low.find_first_of("0123456789()/%", head == std::string::npos ? 0 : head) != std::string::npos)
      return clause;
    if (head != std::string::npos) return earlier;
    if (table_text::starts_with_any(low, breakdown_cues_.list)) return earlier;  // "trong đó có bằng cấp, chứng chỉ"
    if (!is_lower_cp(cp_at(seg, 0))) return clause;
    if (count_words(seg) > 3 || earlier <= floor || sv[earlier - 1] != ',') return clause;
    comma = earlier - 1;
  }
  return clause;
}

std::string TargetExtractor::strip_subject(std::string subj, std::string& verb) const {
  // "giảm còn 8,2%", "tăng lên 96%": the figure is the level reached, not the change.
  bool level = false;
  for (bool more = true; more && !subj.empty();) {
    more = false;
    std::string low = to_lower(subj);
    for (const auto& w : trailing_.list)
      if (ends_with_phrase(low, w)) {
        level = level || (verb.empty() && level_.has(w));
        if (verb.empty() && !level && (rise_.has(w) || fall_.has(w) || over_.has(w) || share_verbs_.has(w))) verb = w;
        subj = trim_copy(std::string_view(subj).substr(0, subj.size() - w.size()));
        more = true;
        break;
      }
    // "... (GRDP) năm 2022 đạt": the year is the figure's, not part of its name.
    size_t sp = subj.rfind(' ');
    if (!more && sp != std::string::npos && looks_like_year(std::string_view(subj).substr(sp + 1)) &&
        ends_with_phrase(to_lower(subj.substr(0, sp)), words_.year)) {
      subj = trim_copy(std::string_view(subj).substr(0, sp - words_.year.size()));
      more = true;
    }
  }
  for (bool more = true; more && !subj.empty();) {
    more = false;
    std::string low = to_lower(subj);
    for (const auto& w : leading_.list)
      if (starts_with_phrase(low, w)) {
        subj = trim_copy(std::string_view(subj).substr(w.size()));
        more = true;
        break;
      }
    if (!more && !subj.empty() && is_digit(static_cast<unsigned char>(subj[0]))) {  // "2021-2030, ..." left by "giai đoạn"
      size_t k = subj.find(' ');
      subj = k == std::string::npos ? std::string() : trim_copy(std::string_view(subj).substr(k));
      more = true;
    }
  }
  // The indicator starts at its head noun: "đẩy mạnh ... để đạt mục tiêu tới năm 2026 tỷ lệ bao phủ ..." -> "tỷ lệ bao phủ ...".
  size_t head = head_noun_at(to_lower(subj));
  if (head != std::string::npos && head > 0) {
    // An abbreviation before the head noun is the thing it qualifies ("GRDP bình quân đầu người").
    std::string_view before = trim(std::string_view(subj).substr(0, head));
    size_t sp = before.rfind(' ');
    std::string_view last = sp == std::string_view::npos ? before : before.substr(sp + 1);
    if (last.size() >= 2 && before.size() + 1 == head && is_all_caps(last) &&
        std::all_of(last.begin(), last.end(), [](char c) { return c < 0 || std::isalpha(static_cast<unsigned char>(c)); }))
      head -= last.size() + 1;
    subj = subj.substr(head);
  }
  return subj;
}

bool TargetExtractor::says_only_period(const std::string& subj) const {
  std::string rest(1, ' ');
  rest += to_lower(subj);
  rest += ' ';
  for (const auto& w : period_words_.list) {
    const std::string word = " " + w + " ";
    for (size_t at; (at = rest.find(word)) != std::string::npos;) rest.erase(at + 1, w.size() + 1);
  }
  for (std::string_view w : split(rest, ' '))
    if (!w.empty() && !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return true;
}

bool TargetExtractor::names_by_verb(std::string_view clause) const {
  const std::string low = to_lower(trim_copy(clause));
  return std::any_of(naming_verbs_.list.begin(), naming_verbs_.list.end(), [&](const std::string& w) { return ends_with_phrase(low, w); });
}

std::string TargetExtractor::indicator_of(const FigureContext& f, Carried& carried) const {
  std::string_view sv = f.sentence;
  // The clause before the number without its cue words, else an earlier segment of the
  // clause ("tăng trưởng kinh tế cao, giai đoạn 2004-2020 bình quân đạt 10,89%/năm").
  std::string verb;
  std::string subj = strip_subject(f.clause_text, verb);
  std::string written = f.clause_text;
  if (size_t list = noun_list_start(sv, f.clause, f.floor, subj); list != f.clause) {
    // The whole list is stripped as one phrase: its first item keeps its own last words
    // ("Tổng số TTHC sẽ cắt giảm, đơn giản hóa").
    written = trim_copy(sv.substr(list, f.clause - 1 - list)) + ", " + f.clause_text;
    std::string ignored;
    subj = strip_subject(written, ignored);
  }
  // "Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 35%": what the
  // part has is said of the subject before it.
  if (!subj.empty() && !carried.subject.empty() && head_noun_at(to_lower(subj)) == std::string::npos)
    for (const auto& cue : breakdown_cues_.list)
      if (starts_with_phrase(to_lower(written), cue)) {
        // The cue's last word ("có") stays: it links the part to the subject.
        size_t keep = cue.rfind(' ');
        std::string ignored;
        subj = strip_subject(carried.subject + " " + trim_copy(std::string_view(written).substr(keep + 1)), ignored);
        break;
      }
  bool named_here = !subj.empty();
  // What follows the unit: "kế hoạch", "so với năm 2021" (to the next comma), a rate's
  // noun (through commas: "thôn, bản có đường xe máy").
  std::string tail = words_until(f.after_unit, ",;.:()", 10);
  std::string long_tail = words_until(f.after_unit, ";.:()", 14);
  std::string tail_l = to_lower(tail);
  const UnitMatch* unit = f.unit;
  // "..., đảm bảo cắt giảm tối thiểu 30% thời gian thực hiện TTHC": with no subject of its
  // own, a change of a share is the change of what follows it, not of the clause before.
  const bool changes_what_follows = subj.empty() && (rise_.has(verb) || fall_.has(verb)) && unit && unit->base == "%" &&
                                    !tail.empty() && !f.compares && !table_text::starts_with_any(tail_l, measured_tail_stops_.list);
  // Only across a comma or colon: after a ';' a new item begins. A figure in brackets that
  // names nothing is the phrase's before them: "kiểm soát lạm phát (bình quân khoảng 4,5%)".
  const char opened_by = f.clause > f.floor ? sv[f.clause - 1] : '\0';
  if ((opened_by == ',' || opened_by == ':' || (opened_by == '(' && subj.empty())) && !changes_what_follows &&
      (subj.empty() || (opened_by == ':' && count_words(subj) <= 3))) {
    size_t earlier = clause_start(sv, f.clause - 1, f.floor);
    std::string ignored;
    std::string head = strip_subject(trim_copy(sv.substr(earlier, f.clause - 1 - earlier)), ignored);
    // Only a measure in brackets after running words: a name or label before them (words with
    // capitals past the first) is what the figure is listed under ("Ngân hàng Nhà nước (28,05%)",
    // "Lưu: VT, TXNK (03 bản)"); a share of something else ("(đạt 10% so với kinh phí)") is its own.
    if (opened_by == '(') {
      int capitals = 0;
      for (std::string_view w : split(head, ' '))
        if (!w.empty() && !is_lower_cp(cp_at(w, 0))) ++capitals;
      if (capitals > 1 || !unit || !unit->measure || f.compares) head.clear();
    }
    // A plan named before the brackets is the figure's own subject, not the result before it.
    if (subj.empty() && (carried.subject.empty() || (opened_by == '(' && !bracketed_plan(f).empty()))) subj = head;
    else if (!subj.empty() && !head.empty()) subj = head + " " + subj;  // "Tỷ lệ huy động ...: Mẫu giáo đạt"
  }
  // A clause that says only when ("lũy kế 04 tháng đầu năm 2026 đạt ...") is the period of
  // the subject before it: "thu ngân sách tháng 4 ước đạt 257 nghìn tỷ đồng, lũy kế ...".
  if (!subj.empty() && !carried.subject.empty() && says_only_period(subj)) subj = carried.subject + " " + subj;
  // A short parallel item takes the carried subject's head: "tiêm mũi 1 đạt 96,7%, mũi 2 đạt 80,3%".
  if (!subj.empty() && !carried.subject.empty() && count_words(subj) <= 3) {
    std::string first = first_words(subj, 1);
    size_t at = find_last_phrase(carried.subject, first);
    if (at != std::string::npos && at > first.size()) subj = carried.subject.substr(0, at - first.size()) + subj;
    // "... được tiêm đủ liều cơ bản đạt 98,4%, mũi 3 đạt 90,1%": a numbered sub-item belongs to the item before.
    else if (at == std::string::npos && is_digit(static_cast<unsigned char>(subj.back()))) subj = carried.subject + " " + subj;
  }
  std::string own = subj;
  if (own.empty()) subj = carried.subject;
  std::string indicator;
  // A rate ("giường/vạn dân") is measured, not counted: a named subject ("Số giường bệnh") is its indicator.
  bool is_count = unit && !unit->measure && !unit->base.empty() && unit->written.find('/') == std::string::npos;
  if (is_count) {
    // "kiểm tra 869 tổ chức đảng, 868 đảng viên": a bare count shares the verb before the first.
    // A short subject that opens with its head noun names the measure whole ("số doanh nghiệp
    // đăng ký thành lập mới trong tháng 4 là 20,4 nghìn"); a verb phrase, or "số" before a
    // document's number ("số 63/2002/QĐ-UB"), keeps its last words.
    if (!own.empty()) {
      const std::string low = to_lower(own);
      const size_t sp = low.find(' ');
      const bool named = head_noun_at(low) == 0 && count_words(own) <= 12 && sp != std::string::npos &&
                         !is_digit(static_cast<unsigned char>(low[sp + 1]));
      carried.count_subject = named ? own : last_words(own, 8);
    }
    indicator = unit->base + " " + first_words(tail, 8) + " " + carried.count_subject;
    if (rise_.has(verb) || fall_.has(verb)) indicator = words_.change + " " + verb + " " + unit->base + " " + first_words(tail, 8);
  } else if (unit && unit->base == "%" && share_verbs_.has(verb) && !own.empty()) {
    // "kinh tế số chiếm 30% GRDP": the share the subject takes of what follows.
    // The whole is named only when the words after the unit are not a bound or a clause ("chiếm từ 85% trở lên").
    bool names_whole = !tail.empty() && !std::any_of(share_tail_stops_.list.begin(), share_tail_stops_.list.end(),
                                                     [&](const std::string& w) { return starts_with_phrase(tail_l, w); });
    // "Ngành dịch vụ chiếm tỷ trọng 40%": a verb that names the measure names it without the whole too.
    size_t measure = verb.find(' ');
    indicator = names_whole ? words_.portion + " " + sentence_case_off(own) + " " + words_.within + " " + first_words(tail, 8)
                : measure != std::string::npos ? verb.substr(measure + 1) + " " + sentence_case_off(own)
                                               : own;
  } else if (unit && unit->base == "%" && !f.compares && !long_tail.empty() && count_words(own) <= 3 &&
             !rise_.has(verb) && !fall_.has(verb) && !table_text::starts_with_any(to_lower(long_tail), measured_tail_stops_.list) &&
             !says_only_period(long_tail)) {
    // "99% thôn, bản có đường ..." measures the share of what follows; "tăng 32% và 9,8%"
    // is a change, and "và 9,8%", "trở lên", "năm 2026" name nothing that is counted.
    indicator = words_.share + " " + long_tail;
  } else if (!named_here && unit && is_letter_cp(cp_at(unit->base, 0)) && unit->written.find('/') != std::string::npos &&
             unit->base != words_.money) {
    indicator = words_.count + " " + unit->written;  // a per-population measure names its indicator: "13,0 bác sỹ/1 vạn dân"
  } else {
    indicator = subj;
    std::string low = to_lower(subj);
    // "9,8% so với cùng kỳ": the tail says "so với" itself, once.
    const bool tail_compares = starts_with_phrase(tail_l, words_.compared);
    if (over_.has(verb)) {  // "vượt 3,7% (so với) kế hoạch" -> "... vượt kế hoạch"
      std::string plan = tail_compares ? trim_copy(std::string_view(tail).substr(words_.compared.size())) : tail;
      indicator = subj + " " + words_.over + " " + plan;
    }
    else if (changes_what_follows && subj.empty())  // "Cắt giảm tối thiểu 20% thành phần hồ sơ"
      indicator = (rise_.has(verb) ? words_.rise : words_.fall) + " " + first_words(tail, 8);
    else if ((rise_.has(verb) && !low.starts_with(words_.rise)) || (fall_.has(verb) && !low.starts_with(words_.fall)))
      indicator = (rise_.has(verb) ? words_.rise : words_.fall) + " " + subj + (f.compares && tail_compares ? " " + tail : "");
    else if (f.compares) indicator = subj + " " + (tail_compares ? tail : words_.compared + " " + tail);
  }
  // "Số doanh nghiệp thành lập mới đạt 2.000 doanh nghiệp, tăng 15%": a count named by its
  // head noun hands its name to the change after it.
  // So does a count its clause names with a verb of reaching ("Khách quốc tế đến tỉnh tháng 4
  // đạt 2,03 triệu lượt người, tăng 22,8%"; count_naming_verbs), unlike a verb's object ("kiểm tra 869 tổ chức đảng").
  if (!own.empty() && (!is_count || head_noun_at(to_lower(own)) == 0 || names_by_verb(f.clause_text)))
    carried.subject = own;
  return trim_copy(indicator);
}

void TargetExtractor::name_indicator(Target& t, std::string_view heading, const AccentFolder& folder) const {
  IndicatorMatch m = indicators_.match(t.indicator.value_or(""), t.unit_base.value_or(""), heading, folder);
  t.indicator_key.reset();
  t.indicator_code = m.code;
  if (!m.key.empty() && (t.indicator || m.entry)) t.indicator_key = m.key;
  t.activity = indicators_.activity(t.indicator.value_or(""), t.unit_base.value_or(""));
}

}  // namespace vnpolicy
