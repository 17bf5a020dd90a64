// Reading one sentence of prose: the readings tried in turn (a lead-in over a list, "<unit> chủ trì …",
// the subject of a unit heading, an item of measures, a request, a clause inside a paragraph, a letter's
// body, the units handed down), and what makes a reading no task of its own. Part of TaskExtractor.
#include <algorithm>

#include "core/text.h"
#include "extract/task_prose.h"
#include "extract/task_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace task_text;

namespace {

bool matches(const RuleGroup& rules, std::string_view s) { return rules.first_matching(s) != nullptr; }

}  // namespace

std::optional<TaskExtractor::SentenceReading> TaskExtractor::read_sentence(ProseWalk& w, size_t i, size_t k, std::string_view s,
                                                                           const Assignment* inherited) const {
  const SegmentedDocument& doc = w.doc;
  const ProseStance& stance = w.stance;
  ProseSections& sec = w.sec;  // a lead-in that asks named units for the work below it opens their parts
  const Block& b = doc.blocks[i];
  const std::string_view content = doc.text(b.content);
  const bool heading = w.heading(i), unit_head = w.unit_head(i);
  const size_t sentence_count = w.sentence_count(i);
  auto unit_named = [&](const std::string& u) { return names_a_unit(u); };
  std::optional<Assignment> parts_lead_in;  // a lead-in over titles of parts (parts_follow): its own task
  // "…, đề nghị Chính phủ và các cơ quan liên quan tập trung thực hiện các nhiệm vụ … sau đây:": the
  // lead-in is no task; its units lead the numbered items after it at its level.
  // A request names who is to do the items in any document; units that are only the subject of a
  // clause do so in a body of instructions (a conclusion, notice, directive): a plan's lead-in
  // ("…, các bộ … cần cụ thể hóa … các nhiệm vụ sau đây:") announces the measures of its own
  // sections, which its organising section assigns. A law or decree lists duties ("…, trong phạm vi
  // nhiệm vụ, quyền hạn của mình, có trách nhiệm sau đây:"), not assignments.
  if (!stance.states_norms && b.kind == BlockKind::Paragraph && !heading && b.parent >= 0 && k + 1 == sentence_count && ends_with_colon(content))
    if (auto lead_in = read_list_lead_in(s, stance.body_of_instructions)) {
      if (parts_follow(doc, i)) {
        // Titles of parts follow: the units' work is what the lead-in asks of them.
        const std::string& last = lead_in->lead.back();
        size_t at = s.find(last);
        lead_in->work = std::string(trim_punct(at == std::string_view::npos ? s : s.substr(at + last.size())));
        parts_lead_in = std::move(lead_in);
      } else {
        w.list_lead_ins[b.parent] = *lead_in;
        w.handed[i] = *lead_in;
        return std::nullopt;
      }
    }
  // "1. Về hỗ trợ kinh phí …: Giao Bộ Tài chính chủ trì …": the topic before the colon names no one.
  if (Hit topic = first_hit(rules_.group("task.topic_opening"), s, "rest"); topic && topic.begin == 0 && topic.capture != std::string_view::npos)
    s = s.substr(topic.capture);
  std::optional<Assignment> a = read_lead_sentence(s);
  if (!a && parts_lead_in) a = std::move(parts_lead_in);
  const bool leads = a && !a->lead.empty();  // units named before "chủ trì"
  const bool lead_cue = a.has_value();  // the work is what a unit "chủ trì"
  if (a && a->lead.empty()) {
    if (!inherited) a.reset();
    else {
      a->lead = inherited->lead;
      if (a->support.empty()) a->support = inherited->support;
    }
  }
  if (!a && k == 0 && inherited && inherited->support_from_items) {
    // "- Sở Tài chính và các đơn vị có liên quan tham mưu ...": the item's units support.
    a = Assignment{inherited->lead, {}, std::string(trim_punct(s)), false, false};
    if (auto sub = read_subject_sentence(s)) {
      a->support = sub->lead;
      a->work = sub->work;
    }
  }
  bool from_policy_clause = false;  // read as a clause of a resolution that decides a policy
  bool subject_lead_in = false;  // "2. UBND các tỉnh … tập trung … các nhiệm vụ trọng tâm sau:"
  if (!a && k == 0 && (sec.organizing[i] || unit_head)) a = read_heading_reading(w, i, s, subject_lead_in);
  // "Căn cứ nội dung Kế hoạch này, các sở, ban, ngành, địa phương xây dựng Kế hoạch …" in the organising section:
  // the basis that opens the item stands before its subject; the units after one of its commas lead the work.
  // Under a unit heading the item is that unit's, whatever the basis names ("… chỉ đạo của Chính phủ, Bộ, ngành").
  if (!a && k == 0 && sec.organizing[i] && !inherited && !stance.states_norms && !ends_with_colon(content) &&
      matches(rules_.group("task.basis_opening"), s))
    for (size_t c = s.find(", "); c != std::string_view::npos; c = s.find(", ", c + 2)) {
      std::string_view rest = s.substr(c + 2);
      if (!opens_with_unit(rest)) continue;
      if (auto sub = read_subject_sentence(rest);
          sub && !sub->lead.empty() && opens_with_work_verb(to_lower(sub->work)) && std::all_of(sub->lead.begin(), sub->lead.end(), unit_named) &&
          !matches(rules_.group("task.accountability"), sub->work))
        a = sub;
      break;
    }
  // "b) Bộ Nội vụ rà soát, hoàn thiện …" in the "Nhiệm vụ, giải pháp" section of a resolution (one with a
  // "Tổ chức thực hiện" section of its own): an item whose subject names units and whose work opens with
  // a verb assigns it; the section's items without a subject state the measures.
  // So does a numbered point of a letter whose subject is kinds of units ("1. Các cơ quan, đơn vị, địa phương triển khai …").
  const bool letter_point = stance.directive_kind && !stance.states_norms && (b.kind == BlockKind::ListItem || marked_heading(b)) &&
                            (b.marker_kind == MarkerKind::Arabic || b.marker_kind == MarkerKind::Letter);  // not "- " addressees
  if (!a && k == 0 && (sec.measures[i] || letter_point) && !sec.organizing[i] && !sec.in_regulation && !sec.norm_article &&
      !ends_with_colon(content))
    if (auto sub = read_subject_sentence(s);
        sub && !sub->lead.empty() && !sub->work.empty() && opens_with_work_verb(to_lower(sub->work)) &&
        (sec.measures[i] || (matches(rules_.group("task.addressed_kinds"), sub->lead.front()) &&
                             first_hit(rules_.group("task.report_tense"), sub->work, "cue").begin != 0)) &&
        std::all_of(sub->lead.begin(), sub->lead.end(), unit_named) && !matches(rules_.group("task.accountability"), sub->work))
      a = sub;
  if (!a && k > 0 && sec.organizing[i] && !inherited && !stance.states_norms) {
    // "Kinh phí … được bố trí từ ngân sách. Các sở, ban, ngành … chủ động bố trí …": a later sentence of a
    // paragraph there whose subject names units (names_a_unit), and whose work
    // opens with a verb, assigns that work. Not "Ủy ban nhân dân tỉnh đề nghị các cơ quan …" (those asked act),
    // nor "… chịu trách nhiệm trước Chính phủ về kết quả" (whom they answer to).
    if (auto sub = read_subject_sentence(s);
        sub && opens_with_work_verb(sub->work) && !sub->lead.empty() &&
        std::all_of(sub->lead.begin(), sub->lead.end(), unit_named) &&
        !matches(rules_.group("task.accountability"), sub->work) &&
        !(first_hit(rules_.group("task.assign_inline"), sub->work, "unit").begin == 0))
      a = sub;
  }
  // A marked heading that is only a request to units ("c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam")
  // over "-" items announces them as a colon does.
  const bool colon = ends_with_colon(content);
  if (!a && k == 0 && (colon || (marked_heading(b) && w.has_items(i) && sentence_count == 1))) {
    // "Chính phủ yêu cầu các Bộ trưởng, ...: a) ... b) ...": the items are the units' tasks. So are the items
    // after a request that opens the line and names its units ("Đề nghị các sở, ban, ngành, UBND các xã:").
    Hit h = colon ? first_hit(rules_.group("task.assign_inline"), s, "unit") : Hit{};
    bool opening = false;
    if (!h || h.capture == std::string_view::npos)
      if (Hit r = first_hit(rules_.group("task.request_lead_in"), s, "unit"); r && r.begin == 0) h = r, opening = true;
    // "Điều 2. Giao các cơ quan, đơn vị:" / "1. Thanh tra tỉnh chủ trì, …": items that name their own units.
    if (opening && i + 1 < doc.blocks.size() && opens_with_unit(trim_punct(doc.text(doc.blocks[i + 1].content)))) h = {};
    if (h && h.capture != std::string_view::npos)
      if (auto sub = read_subject_sentence(s.substr(h.capture)); sub && (!opening || addresses_units(sub->lead))) {
        sub->work.clear();
        w.handed[i] = sub;
        if (b.kind == BlockKind::Paragraph) {
          w.handed_on[w.hand_on_level(i)] = *sub;
          sec.unit_parts_parent = b.parent;
          // "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, … thực hiện các nội dung sau:" ends the
          // preamble of a directive or letter: its parts below assign work as an organising section does.
          if (stance.body_of_instructions && sec.lead_in_parent == -2) sec.lead_in_parent = b.parent;
        }
        return std::nullopt;
      }
  }
  if (!a && sec.organizing[i] && !ends_with_colon(content)) {
    // "…, đề nghị các sở, ban, ngành … kịp thời phản ánh …": the units after the verb act.
    if (Hit h = first_hit(rules_.group("task.assign_midsentence"), s, "unit"); h && h.capture != std::string_view::npos)
      if (auto sub = read_subject_sentence(s.substr(h.capture)); sub && !sub->work.empty()) a = sub;
  }
  if (!a && !sec.organizing[i] && !(stance.issues_rules && sec.norm_article)) {
    // "Sở Y tế có trách nhiệm …": an assignment wherever it stands.
    // Only named units the lexicon knows: "Các sở, ngành" (a kind, though the lexicon lists it) or
    // "Cơ sở khám bệnh có trách nhiệm …" (unknown) outside it state the duty of a kind (a regulation's
    // norm), not an assignment.
    if (auto sub = read_subject_sentence(s); sub && matches(rules_.group("task.duty_cue"), sub->work) &&
                                              std::all_of(sub->lead.begin(), sub->lead.end(), [&](const std::string& u) {
                                                return agencies_.known(u) && agencies_.is_named(u);
                                              }))
      a = sub;
    // "3. Đề nghị Cục trưởng Cục Thuế … triển khai …" in a letter: a request to a named agency is an
    // assignment wherever it stands (task.request_opening; not "Đề nghị Công ty …"). A lettered point
    // of a law's clause ("d) Đề nghị Chủ tịch … bổ nhiệm …") lists powers to propose, not requests.
    else if (Hit r = first_hit(rules_.group("task.request_opening"), s, "unit");
             b.marker_kind != MarkerKind::Letter && r && r.begin == 0 && r.capture != std::string_view::npos)
      // Not a petition or a closing ("Đề nghị các cơ quan chức năng xem xét, giải quyết cho tôi …").
      if (auto req = read_subject_sentence(s.substr(r.capture));
          req && !req->work.empty() && addresses_units(req->lead) &&
          !(opens_with_plural(req->lead.front()) && matches(rules_.group("task.request_no_work"), req->work)) &&
          // "Kính đề nghị Ủy ban nhân dân tỉnh xem xét, …": a polite request to consider closes a report or fills a form.
          !(first_hit(rules_.group("task.request_opening"), s, "polite").capture != std::string_view::npos &&
            matches(rules_.group("task.polite_request_no_work"), req->work)) &&
          // "Yêu cầu các cấp ủy, tổ chức đảng nghiêm túc triển khai …": kinds of units asked to act, in any
          // section; not "Đề nghị các cơ quan, tổ chức, đơn vị được phân bổ …", which names whom a rule concerns, nor a
          // law's list of powers ("2. Yêu cầu các bộ, … báo cáo định kỳ …").
          (first_hit(rules_.group("task.request_opening"), s, "kinds").capture == std::string_view::npos ||
           ((b.kind == BlockKind::ListItem || marked_heading(b)) && (stance.directive_kind || sec.measures[i])) ||
           (!stance.states_norms && first_hit(rules_.group("task.report_tense"), req->work, "cue").begin != 0))) {
        a = req;
        subject_lead_in = k == 0 && matches(rules_.group("task.list_lead_in"), s);  // "Giao … thực hiện các nhiệm vụ sau:"
      }
  }
  if (!a && !stance.states_norms) {
    // "Đối với …, giao Bảo hiểm xã hội Việt Nam …", "… . Các tỉnh ủy, thành ủy … khẩn trương …":
    // an assignment inside a paragraph, in any section. A law, decree or circular states duties and
    // powers in the same words ("…; yêu cầu Sở Xây dựng thu hồi …", "Trường hợp …, Bộ Y tế phải …").
    const bool policy_reads = !stance.instructs && stance.operative_assigns() && sec.operative && !sec.in_regulation && !sec.norm_article;
    a = policy_reads && !stance.decides_policy ? named_clause_assignment(*this, s, stance.instructs) : read_clause_assignment(s, stance.instructs || policy_reads);
    // "Hội đồng nhân dân Thành phố có trách nhiệm cân đối … từ các nguồn sau đây:" in such a resolution:
    // the items list what the work uses, the sentence is the task.
    from_policy_clause = a && policy_reads && !a->work.empty() && !matches(rules_.group("task.no_work"), a->work);
    if (a) subject_lead_in = k == 0 && matches(rules_.group("task.list_lead_in"), s);
  }
  if (!a && stance.directive_kind && !stance.states_norms && b.kind == BlockKind::Paragraph && !heading &&
      b.marker_kind == MarkerKind::None && !sec.organizing[i] && !sec.in_regulation)
    a = letter_body_sentence(s);
  if (!a && k == 0 && inherited && !inherited->support_from_items && !stance.states_norms) a = own_subject_item(*this, rules_, s, inherited->lead);
  // Read from the sentence itself (the readings above), not the units handed down below.
  const bool own = a.has_value() && !(inherited && inherited->support_from_items);
  if (from_policy_clause) subject_lead_in = false;
  if (!a && k == 0 && inherited) {
    a = Assignment{inherited->lead, inherited->support, std::string(trim_punct(without_bracket_number(s))), false, false};
    // "2. Phối hợp với Sở Y tế kiểm tra …" under a unit: the units after the cue support this item.
    if (std::vector<std::string> own_support; (read_support(trim_punct(s), own_support), !own_support.empty()))
      a->support = std::move(own_support);
    // "b) Thực hiện các nhiệm vụ sau:" / "- Báo cáo …" under a unit: the unit does the sub-items that
    // are work too; an item that only announces them ("…:") is no task of its own. Not the contents
    // listed under an item ("… báo cáo các nội dung sau:" / "- Dữ liệu …"), nor a law's duties.
    // Nor an item with a subject of its own ("1. Sở Tư pháp có các quyền sau đây:", "1. Đối với …, Văn phòng X
    // có trách nhiệm:").
    auto own_subject = [&] {
      std::string_view t = trim_punct(without_bracket_number(s));
      if (opens_with_unit(t)) return true;
      std::vector<std::string> with;  // "Phối hợp với các sở, ngành, UBND các xã, phường …:": support, no subject
      t = read_support(t, with);
      for (size_t c = t.find(", "); c != std::string_view::npos; c = t.find(", ", c + 2))
        if (opens_with_unit(t.substr(c + 2))) return true;
      return false;
    };
    if (!stance.states_norms && !sec.in_regulation && w.has_items(i) && !own_subject() &&
        opens_with_work_verb(to_lower(trim_punct(doc.text(doc.blocks[i + 1].content))))) {
      w.handed[i] = Assignment{a->lead, a->support, {}, true, false};
      if (ends_with_colon(content)) return std::nullopt;
    }
  }
  if (!a) return std::nullopt;
  SentenceReading r;
  r.a = std::move(*a);
  r.sentence = s;
  r.own = own;
  r.leads = leads;
  r.lead_cue = lead_cue;
  r.from_policy_clause = from_policy_clause;
  r.subject_lead_in = subject_lead_in;
  return r;
}

std::optional<Assignment> TaskExtractor::read_heading_reading(ProseWalk& w, size_t i, std::string_view s, bool& lead_in) const {
  const SegmentedDocument& doc = w.doc;
  const ProseStance& stance = w.stance;
  const ProseSections& sec = w.sec;
  const Block& b = doc.blocks[i];
  const std::string_view content = doc.text(b.content);
  const bool unit_head = w.unit_head(i);
  // "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" over "+" items: a marked heading that is
  // only known agencies (with the words that qualify them) heads their work.
  auto names_known_agencies = [&](const Assignment& a, std::string_view text) {
    return marked_heading(b) && (std::all_of(a.lead.begin(), a.lead.end(), [&](const std::string& u) { return known_with_qualifiers(u); }) ||
                                 known_with_qualifiers(trim_punct(text)));
  };
  // A heading among headings of units ("1. Sở Công Thương", "2. Ban Quản lý các khu công nghiệp"): one
  // of its marked siblings names units and no work.
  auto unit_heading_beside = [&] {
    for (size_t j = 0; j < doc.blocks.size(); ++j) {
      const Block& o = doc.blocks[j];
      if (j == i || o.parent != b.parent || o.marker_kind != b.marker_kind || !(o.kind == BlockKind::Heading || o.heading_like)) continue;
      if (auto sib = read_subject_sentence(doc.text(o.content)); sib && sib->work.empty() && !sib->lead.empty()) return true;
    }
    return false;
  };
  // "…; trong đó lưu ý các nội dung sau:" points at the list; the clauses before it are what
  // task.list_lead_in_own_work weighs.
  auto own_work_before_focus = [&](std::string_view t) {
    Hit focus = first_hit(rules_.group("task.list_lead_in_focus"), t, "");
    return matches(rules_.group("task.list_lead_in_own_work"), focus ? t.substr(0, focus.begin) : t);
  };

  std::optional<Assignment> a = read_heading_subject(s, sec.organizing[i] && marked_heading(b) && w.has_items(i));
  // "Bộ Y tế có trách nhiệm:" over "-" items in a body of instructions: the duty cue only announces
  // the items; the unit heads them as a bare "Bộ Y tế:" does.
  if (a && stance.instructs && unit_head && ends_with_colon(content) && matches(rules_.group("task.no_work"), a->work)) a->work.clear();
  // Outside it, only a heading that is the name of a known agency hands work down, or one whose verb
  // assigns ("1. Giao người đứng đầu các cơ quan …; Chủ tịch …" over "-" items): known names or not.
  bool assigning_head = a && a->work.empty() && marked_heading(b) && w.has_items(i) &&
                        matches(rules_.group("task.assign_heading"), s);
  // In a notice or dispatch a marked heading that is only a list of kinds of units ("1. Các Bộ, cơ quan,
  // địa phương:", "4. Các cơ quan, đơn vị, địa phương, doanh nghiệp") over items addresses them too.
  // So does a paragraph of units alone that ends in ':' over the items after it ("Các Bộ, cơ quan, địa phương:").
  // So does one in a resolution's "Nhiệm vụ, giải pháp" section ("a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân
  // các tỉnh, thành phố trực thuộc trung ương" over "-" items).
  bool addressed_head = (stance.instructs || sec.measures[i]) && a && a->work.empty() && addresses_units(a->lead) &&
                        ((marked_heading(b) && w.has_items(i)) ||
                         (b.kind == BlockKind::Paragraph && ends_with_colon(content) && items_level(doc, i) != -2 &&
                          opens_with_plural(a->lead.front())));  // not "THỦ TƯỚNG CHÍNH PHỦ điện:" over its addressees
  if (a && !sec.organizing[i] && !assigning_head && !addressed_head && (!a->work.empty() || !names_known_agencies(*a, s))) a.reset();
  // "5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp" over "-" items, beside headings
  // of units: the words after a kind of party named by its activity narrow it; the whole heading leads.
  if (a && !a->work.empty() && sec.organizing[i] && unit_head && marked_heading(b) && w.has_items(i) &&
      matches(rules_.group("task.activity_named_kind"), s) && !matches(rules_.group("task.list_lead_in"), s) &&
      unit_heading_beside()) {
    std::string_view name = trim_punct(s);
    while (!name.empty() && name.back() == ':') name = trim_punct(name.substr(0, name.size() - 1));
    // "… trên địa bàn có trách nhiệm:": the duty cue that announces the items is no part of the name.
    for (size_t sp = name.find(' '); sp != std::string_view::npos; sp = name.find(' ', sp + 1))
      if (matches(rules_.group("task.no_work"), name.substr(sp + 1))) {
        name = trim_punct(name.substr(0, sp));
        break;
      }
    a->lead = {std::string(name)};
    a->support.clear();
    a->work.clear();
  }
  // "… bố trí kinh phí …; đồng thời huy động …, tập trung một số nhiệm vụ cụ thể sau:" has work of its own.
  lead_in = a && matches(rules_.group("task.list_lead_in"), s) && !own_work_before_focus(s);
  return a;
}

bool TaskExtractor::keeps_task(ProseWalk& w, size_t i, size_t k, SentenceReading& r, const Assignment* inherited) const {
  const SegmentedDocument& doc = w.doc;
  const ProseStance& stance = w.stance;
  const ProseSections& sec = w.sec;
  const Block& b = doc.blocks[i];
  const std::string_view content = doc.text(b.content);
  const bool heading = w.heading(i), unit_head = w.unit_head(i);
  const size_t sentence_count = w.sentence_count(i);
  Assignment& a = r.a;
  const bool own = r.own, leads = r.leads, lead_cue = r.lead_cue;
  const bool from_policy_clause = r.from_policy_clause, subject_lead_in = r.subject_lead_in;
  // "Yêu cầu các sở, ban, ngành … thực hiện nghiêm túc./.": a closing that only asks to carry the text out
  // (before the units given work are read: "… giao Giám đốc các sở … tổ chức thực hiện" assigns it).
  if (!lead_cue && matches(rules_.group("task.closing_no_work"), a.work)) return false;
  // "Ủy ban nhân dân tỉnh giao Giám đốc các sở, … tổ chức thực hiện": the units given the work lead it,
  // not the body that gives it.
  if (!a.lead.empty() && !a.work.empty())
    if (Hit g = first_hit(rules_.group("task.given_to"), a.work, "unit"); g && g.begin == 0 && g.capture != std::string_view::npos)
      if (auto given = read_subject_sentence(std::string_view(a.work).substr(g.capture));
          given && !given->lead.empty() && !given->work.empty() &&
          std::all_of(given->lead.begin(), given->lead.end(), [&](const std::string& u) {
            return agencies_.classify(u) == AgencyLexicon::Part::Unit || opens_with_plural(u);
          })) {
        a.lead = given->lead;
        a.support = given->support;
        a.work = given->work;
      }
  // "2. Các Sở, ngành chủ trì, quản lý … thuộc Chương trình" over "- Phê duyệt …" items: a heading
  // in which units lead hands them to its items, with or without a colon.
  // Not a kind of party in a regulation ("1. Đơn vị chủ trì liên kết đào tạo" over its duties).
  bool heads_items = heading && leads && w.has_items(i) &&
                     std::none_of(a.lead.begin(), a.lead.end(), [&](const std::string& u) {
                       return agencies_.classify(std::string_view(u).substr(0, u.find(','))) == AgencyLexicon::Part::Category &&
                              !opens_with_plural(u);
                     });
  if (own && k == 0 && !from_policy_clause &&
      (ends_with_colon(content) || a.support_from_items || (unit_head && a.work.empty()) || (heads_items && sentence_count == 1))) {
    w.handed[i] = a;
    if (b.kind == BlockKind::Paragraph && ends_with_colon(content) && !parts_follow(doc, i))
      w.handed_on[w.hand_on_level(i)] = a;
  }
  // A subject sentence that leads in a list hands its units to the items; the items are the tasks.
  bool items_follow = i + 1 < doc.blocks.size() && (doc.blocks[i + 1].parent == static_cast<int>(i) ||
                                                    (doc.blocks[i + 1].kind == BlockKind::ListItem && doc.blocks[i + 1].parent == b.parent));
  // "… tổng hợp báo cáo về các nội dung sau: (1) Số hộ dân …": the items are figures; the sentence is the work.
  if (items_follow && matches(rules_.group("task.figure_line"), doc.text(doc.blocks[i + 1].content))) items_follow = false;
  if (a.work.empty() || (subject_lead_in && w.handed[i] && items_follow)) return false;
  // "1. Sở Tài chính chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm …):" over items: the items carry its
  // lead and are the tasks; what is left of the lead-in only announces them.
  if (w.handed[i] && items_follow && ends_with_colon(content) && only_announces_items(a, *w.handed[i])) return false;
  if (matches(rules_.group("task.figure_line"), a.work)) return false;  // "(1) Số hộ dân …": a report line, not work
  if (marker_only(a.work)) return false;  // "a)" or "2." alone on its line: the item's number, no work
  // "Bộ X có trách nhiệm:" (its items are the work), a signer's name under the signature title.
  if (matches(rules_.group("task.no_work"), a.work)) return false;
  // "10. Các bộ, cơ quan liên quan chịu trách nhiệm trước Đảng, Nhà nước về kết quả.": whom they answer to, no work.
  if (own && !inherited && matches(rules_.group("task.answers_to"), a.work)) return false;
  // "Chính phủ thống nhất quản lý nhà nước về …": a standing competence, unless someone chủ trì it.
  if (!lead_cue && matches(rules_.group("task.standing_competence"), a.work)) return false;
  // "Doanh nghiệp viễn thông có trách nhiệm …" in a law or regulation (or first in a decision that is one): a norm binding a party.
  auto lead_is = [&](const char* group, bool every) {
    auto is = [&](const std::string& u) { return matches(rules_.group(group), u); };
    return !a.lead.empty() && (every ? std::all_of(a.lead.begin(), a.lead.end(), is) : is(a.lead.front()));
  };
  if ((stance.states_norms || sec.in_regulation || stance.sets_rules) && lead_is("task.regulated_party", !stance.sets_rules)) return false;
  // "2. Đơn vị báo cáo có trách nhiệm:", "Đơn vị cung cấp dịch vụ … có trách nhiệm …": a bare kind word
  // read as the whole lead names a role the text regulates, not a unit.
  if (a.lead.size() == 1 && agencies_.classify(a.lead.front()) == AgencyLexicon::Part::Category && !opens_with_plural(a.lead.front()))
    return false;
  // "Các tổ chức, cá nhân và hộ gia đình có trách nhiệm chấp hành …": private persons bound by a duty.
  if (lead_is("task.private_party", true)) return false;
  return true;
}

// Whether what is left of a lead-in over items, once its units are read, only announces the items
// ("… thực hiện các nội dung sau:"); support it names goes to the items (`handed`), which are the tasks.
bool TaskExtractor::only_announces_items(const Assignment& a, Assignment& handed) const {
  if (matches(rules_.group("task.lead_in_only_work"), a.work)) return true;
  // "… chủ trì, phối hợp Văn phòng UBND tỉnh (Trung tâm …) và UBND các xã, phường:": the list of support
  // runs on past the aside; the units after it support the items too.
  if (!a.support.empty()) {
    std::string_view rest = trim(std::string_view(a.work));
    if (!rest.empty() && rest.front() == '(')
      if (size_t close = rest.find(')'); close != std::string_view::npos) rest = trim(rest.substr(close + 1));
    while (!rest.empty() && rest.back() == ':') rest = trim(rest.substr(0, rest.size() - 1));
    const bool joined = rest.rfind("và ", 0) == 0 || rest.rfind(", ", 0) == 0;
    if (joined) rest = trim_punct(rest.substr(rest.front() == ',' ? 1 : 3));
    if (joined && !rest.empty() && units_end(rest, 0) >= rest.size()) {
      std::vector<std::string> more = units(rest);
      if (!more.empty() && std::all_of(more.begin(), more.end(), [&](const std::string& u) { return names_a_unit(u); })) {
        if (handed.support.empty()) handed.support = a.support;
        handed.support.insert(handed.support.end(), more.begin(), more.end());
        return true;
      }
    }
  }
  // "5. Bộ X chỉ đạo, phối hợp với các cơ quan báo chí:" over items: the units after the cue are the
  // items' support, and what stands around them only announces the items.
  if (Hit c = first_hit(rules_.group("task.support_cue"), a.work, "list"); c && c.begin > 0) {
    std::string_view work = a.work;
    std::string_view before = trim_punct(work.substr(0, c.begin));
    std::vector<std::string> with;
    std::string_view after = trim_punct(read_support(trim_punct(work.substr(c.begin)), with));
    auto announces = [&](std::string_view t) { return t.empty() || matches(rules_.group("task.lead_in_only_work"), t); };
    if (!with.empty() && !before.empty() && announces(before) && announces(after)) {
      if (handed.support.empty()) handed.support = with;
      return true;
    }
  }
  return false;
}

}  // namespace vnpolicy
