// Assignments inside paragraphs of prose (Government resolutions, Party conclusions, notices of
// conclusions, letters): a clause after a topic or a condition that hands work to a unit, and a
// unit subject whose words make the sentence an instruction. Part of TaskExtractor.
#include <algorithm>

#include "core/text.h"
#include "extract/task_extractor.h"
#include "extract/task_text.h"

namespace vnpolicy {

using namespace task_text;

namespace {

constexpr long kLongUnitWords = 9;  // "Ủy ban nhân dân các địa phương có nông sản xuất khẩu": a unit is seldom longer

bool opens_with_match(const RuleGroup& rules, std::string_view s) {
  Hit h = first_hit(rules, s, "cue");
  return h && h.begin == 0;
}

// Whether text (after blanks) opens with a word of lexicon `name`, whole.
bool opens_with_word(const RuleSet& rules, const char* name, std::string_view text) {
  std::string t = to_lower(trim(text));
  if (const auto* lx = rules.lexicon(name))
    for (const auto& v : *lx) {
      std::string w = to_lower(v.get<std::string>());
      if (t.starts_with(w) && (t.size() == w.size() || t[w.size()] == ' ' || t[w.size()] == ',')) return true;
    }
  return false;
}

}  // namespace

size_t task_text::later_subject_clause(const TaskExtractor& tasks, const RuleSet& rules, std::string_view work) {
  for (size_t sc = work.find("; "); sc != std::string_view::npos; sc = work.find("; ", sc + 2)) {
    std::string_view rest = work.substr(sc + 2);
    if (rest.empty() || starts_lower(rest)) continue;  // "…; các sở phối hợp …" goes on with the same subject's partners
    auto sub = tasks.read_subject_sentence(rest);
    if (!sub || sub->lead.empty() || sub->work.empty()) continue;
    if (opens_with_match(rules.group("task.duty_cue"), sub->work) || opens_with_match(rules.group("task.directive_work"), sub->work))
      return sc + 2;
  }
  return std::string_view::npos;
}

std::optional<Assignment> task_text::named_clause_assignment(const TaskExtractor& tasks, std::string_view sentence, bool instructs) {
  const AgencyLexicon& lex = tasks.agencies();
  auto a = tasks.read_clause_assignment(sentence, true);
  // "Ủy ban nhân dân Thành phố": the issuer's own committee, known and written with a capital, is named too.
  auto named = [&](const std::string& u) { return lex.known(u) && (lex.is_named(u) || capitalised_words(u) >= 2); };
  if (a && !a->lead.empty() && std::all_of(a->lead.begin(), a->lead.end(), named)) return a;
  return tasks.read_clause_assignment(sentence, instructs);
}

std::optional<Assignment> task_text::own_subject_item(const TaskExtractor& tasks, const RuleSet& rules, std::string_view item,
                                                     const std::vector<std::string>& inherited_lead) {
  std::string_view s = trim_punct(without_bracket_number(item));
  if (s.empty() || starts_lower(s)) return std::nullopt;
  auto sub = tasks.read_subject_sentence(s);
  if (!sub || sub->lead.empty() || sub->work.empty() || sub->lead == inherited_lead || !starts_lower(sub->work)) return std::nullopt;
  const AgencyLexicon& lex = tasks.agencies();
  // "- Ủy ban nhân dân các huyện có trách nhiệm …" under "Sở Y tế:": a body of a known kind (over every place of
  // a level), given a duty in so many words, is the item's own subject as a named unit is.
  const bool duty = opens_with_match(rules.group("task.duty_cue"), sub->work);
  if (!std::all_of(sub->lead.begin(), sub->lead.end(), [&](const std::string& u) { return duty ? tasks.known_unit(u) || lex.classify(u) == AgencyLexicon::Part::Unit : lex.known(u) && lex.is_named(u); }))
    return std::nullopt;
  if (first_hit(rules.group("task.report_tense"), sub->work, "cue").begin == 0 || opens_with_match(rules.group("task.accountability"), sub->work) ||
      rules.group("task.no_work").first_matching(sub->work))
    return std::nullopt;
  return sub;
}

bool TaskExtractor::addresses_units(const std::vector<std::string>& lead) const {
  auto named = [&](const std::string& u) {
    // "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương": a known kind of body over every place of a level.
    return agencies_.known(u) || opens_with_plural(u) || capitalised_words(u) >= 2 || agencies_.names_members(u) ||
           known_with_qualifiers(u);
  };
  if (lead.empty() || !named(lead.front())) return false;
  // "các đồng chí bí thư tỉnh ủy, thành ủy, …, thủ trưởng cơ quan ngang bộ": after the first addressee
  // the list goes on with titles and heads of the same kind, written in lower case.
  return std::all_of(lead.begin() + 1, lead.end(), [&](const std::string& u) {
    return named(u) || agencies_.classify(u) == AgencyLexicon::Part::Unit;
  });
}

std::optional<Assignment> TaskExtractor::read_clause_assignment(std::string_view sentence, bool instructions) const {
  std::string_view s = trim_punct(sentence);
  // Where a clause may start: the sentence itself, and after a topic or condition that opens it
  // ("Đối với …, ", "Trên cơ sở đó, ", "Trong quá trình thực hiện, nếu có vướng mắc, ") each clause
  // break, since the topic may hold commas of its own. Without such an opener a clause after a comma
  // continues a list of powers or acts of the subject ("… thu hồi giấy phép; yêu cầu Sở X …").
  std::vector<size_t> starts{0};
  if (opens_with_match(rules_.group("task.clause_opener"), s))
    for (size_t i = 1; i + 1 < s.size(); ++i)
      if ((s[i - 1] == ',' || s[i - 1] == ';') && s[i] == ' ') {
        // "…, phối hợp với các cơ quan, đơn vị có liên quan tham mưu …": inside a list of units no clause starts.
        if (instructions && s[i - 1] == ',' && continues_list(s.substr(0, i - 1))) continue;
        starts.push_back(i + 1);
      }
  // "Giải pháp khắc phục: Giao Văn phòng …": a report's label before its proposal; the clause after
  // the colon may hand the work, unless the label is itself the unit told to act.
  if (Hit l = first_hit(rules_.group("task.clause_label"), s, "cue"); l && l.begin == 0 && !opens_with_unit(s.substr(0, l.end)))
    starts.push_back(l.end);
  // "Đối với các chủ đầu tư cần nhanh chóng …": in instructions the topic may be the subject itself;
  // tried last, after the clauses that follow its comma.
  if (instructions)
    if (Hit t = first_hit(rules_.group("task.topic_subject"), s, "unit"); t && t.begin == 0 && t.capture != std::string_view::npos)
      starts.push_back(t.capture);
  // "Chủ đầu tư có trách nhiệm gửi …": one party named by its role (an agency head the lexicon lists),
  // written as a name, is addressed as a unit is when it opens the sentence; after a comma such a word
  // goes on a list of partners ("…, phối hợp với các Vụ, đơn vị, Cục thuế có liên quan triển khai …").
  auto names_a_role = [&](const std::vector<std::string>& lead) {
    return lead.size() == 1 && !starts_lower(lead.front()) && agencies_.classify(lead.front()) == AgencyLexicon::Part::Unit;
  };
  const auto& assign_rules = rules_.group("task.clause_assign");
  const auto& tense_rules = rules_.group("task.report_tense");
  const auto& scope_rules = rules_.group("task.unit_filler");
  for (size_t at : starts) {
    std::string_view clause = s.substr(at);
    // "…, giao Bảo hiểm xã hội Việt Nam tổ chức …": the unit after the verb is the subject.
    if (Hit h = first_hit(assign_rules, clause, "unit"); h && h.begin == 0 && h.capture != std::string_view::npos) {
      auto a = read_subject_sentence(clause.substr(h.capture));
      if (a && !a->work.empty() && addresses_units(a->lead)) return a;
      continue;
    }
    // "Yêu cầu các địa phương chủ động …", "…, đề nghị các cơ quan, đơn vị có văn bản báo cáo …": a body of
    // instructions tells kinds of units to act too.
    if (Hit h = first_hit(rules_.group("task.directive_assign"), clause, "unit");
        instructions && h && h.begin == 0 && h.capture != std::string_view::npos) {
      auto a = read_subject_sentence(clause.substr(h.capture));
      if (a && !a->work.empty() && addresses_units(a->lead) && !opens_with_match(tense_rules, a->work)) return a;
      continue;
    }
    if (!opens_with_unit(clause)) continue;
    auto a = read_subject_sentence(clause);
    if (!a || a->work.empty()) continue;
    // "Để …, Ủy ban nhân dân Thành phố yêu cầu các sở, ban, ngành … khẩn trương …": a verb the lexicon
    // lacks let the units run on; after an opener the units after the delegating verb are told to act.
    // A paragraph that opens so ("Ủy ban nhân dân tỉnh giao các sở, … căn cứ chức năng, nhiệm vụ …") is
    // the issuer's charge to carry out the plan, read only in its organising section.
    size_t work_at = clause.find(a->work);
    std::string_view units_part = clause.substr(0, work_at == std::string_view::npos ? 0 : work_at);
    bool delegated = false;
    for (size_t sp = units_part.find(' '); sp != std::string_view::npos && !delegated; sp = units_part.find(' ', sp + 1))
      if (Hit d = first_hit(rules_.group("task.delegation"), clause.substr(sp), "unit");
          d && d.begin == 0 && d.capture != std::string_view::npos) {
        delegated = true;
        std::string_view told = clause.substr(sp + d.capture);
        // "Bộ Y tế chỉ đạo Ban Quản lý dự án, các nhà thầu … đẩy nhanh …" in a body of instructions: the
        // subject is told to direct its own people (task_subject_directs_verbs); those it directs are no lead.
        if (instructions && at == 0 && opens_with_word(rules_, "task_subject_directs_verbs", clause.substr(sp))) {
          delegated = false;
          break;
        }
        auto b = read_subject_sentence(told);
        if (at == 0 || !b || b->work.empty() || !addresses_units(b->lead)) break;
        a = b;
        work_at = told.find(a->work);
        units_part = told.substr(0, work_at == std::string_view::npos ? 0 : work_at);
        delegated = false;
        break;
      }
    if (delegated) continue;
    // "những vấn đề Ban Bí thư đã chỉ ra, các bộ, ngành …": what was done is no unit.
    if (std::any_of(a->lead.begin(), a->lead.end(), [&](const std::string& u) { return static_cast<bool>(first_hit(tense_rules, u, "cue")); }))
      continue;
    // "Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương …": a scope whose first word is a verb of
    // the lexicon ("theo chức năng", "căn cứ") is left at the head of the work; it is neither unit nor work.
    bool scoped = scope_rules.first_matching(units_part) != nullptr;
    for (const Rule* r : scope_rules) {
      re2::StringPiece rest(a->work.data(), a->work.size());
      if (RE2::Consume(&rest, *r->re)) {
        std::string_view after = trim_punct(std::string_view(rest.data(), rest.size()));
        // "theo chức năng quản lý của mình": a bare "theo chức năng" may go on as a phrase of its own.
        std::string_view scope = std::string_view(a->work).substr(0, a->work.size() - rest.size());
        bool whole = std::any_of(scope_duty_words_.begin(), scope_duty_words_.end(),
                                 [&](const std::string& w) { return scope.find(w) != std::string_view::npos; });
        bool goes_on = std::any_of(scope_goes_on_words_.begin(), scope_goes_on_words_.end(),
                                   [&](const std::string& w) { return after.starts_with(w); });
        if (whole && !after.empty() && starts_lower(after) && !goes_on) {
          a->work = std::string(after);
          scoped = true;
        }
        break;
      }
    }
    // What was or is being done is recounted, not assigned ("Sở Y tế đã khẩn trương …"). A duty
    // ("… có trách nhiệm …") is read where it stands only for named units, by the reading of duties,
    // except in a body of instructions, which tells its addressees their duties (task.directive_work).
    if (opens_with_match(tense_rules, a->work) || (!instructions && opens_with_match(rules_.group("task.duty_cue"), a->work))) continue;
    // "khẩn trương …" and the scope of duties ("Các Bộ, cơ quan liên quan theo chức năng, nhiệm vụ được
    // giao nghiên cứu …") are said only to those told to act.
    if (scoped || opens_with_match(rules_.group("task.instruction_work"), a->work)) return a;
    // "Các cơ quan cập nhật ngay …", "Thứ tư, các địa phương cần chủ động …": in a body of instructions a
    // unit subject followed by a duty is told to act wherever it stands (task.directive_work).
    // "Các Bộ: Công Thương, … phối hợp chặt chẽ với các nước …": units told to work with others.
    // Only units addressed as such, and none that ran on into a word of the past ("Tổng cục Thuế đã").
    if (instructions && (opens_with_match(rules_.group("task.directive_work"), a->work) || !a->support.empty()) &&
        (addresses_units(a->lead) || (at == 0 && names_a_role(a->lead))) && !first_hit(tense_rules, std::string(units_part) + " ", "cue") &&
        std::none_of(a->lead.begin(), a->lead.end(), [](const std::string& u) {
          // "Cục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế tập trung …": a subject that ran on is no unit.
          return std::count(u.begin(), u.end(), ' ') >= kLongUnitWords;
        }))
      return a;
  }
  return std::nullopt;
}

}  // namespace vnpolicy
