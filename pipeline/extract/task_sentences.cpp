// TaskExtractor, the two sentence forms of an assignment: a lead sentence ("Giao Sở X chủ trì,
// phối hợp với Y …") and a subject sentence ("Sở X có trách nhiệm …").
#include <algorithm>

#include "core/text.h"
#include "extract/task_extractor.h"
#include "extract/task_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace task_text;

namespace {

// Where the text after a quote still open at the end of s begins ('… giao: "Bộ Tài chính'), else npos.
size_t open_quote_end(std::string_view s) {
  constexpr std::string_view kOpen = "\u201c", kClose = "\u201d";
  size_t open = s.rfind(kOpen);
  if (open != std::string_view::npos && s.find(kClose, open) == std::string_view::npos) return open + kOpen.size();
  if (std::count(s.begin(), s.end(), '"') % 2 == 1) return s.rfind('"') + 1;
  return std::string_view::npos;
}

// "Trung tâm sẽ chủ trì", "Sở Y tế cần chủ trì": a modal before the cue (task_lead_modal_words) is no part of the unit.
std::string_view without_modals(const std::vector<std::string>& modals, std::string_view before) {
  for (bool cut = true; cut;) {
    cut = false;
    std::string_view t = trim(before);
    for (const std::string& w : modals) {
      if (t.size() > w.size() && t.ends_with(w) && t[t.size() - w.size() - 1] == ' ') {
        before = t.substr(0, t.size() - w.size());
        cut = true;
        break;
      }
    }
  }
  return before;
}

}  // namespace

std::optional<Assignment> TaskExtractor::read_lead_sentence(std::string_view text) const {
  Hit cue = first_hit(rules_.group("task.lead_cue"), text, "cue");
  if (!cue) return std::nullopt;
  if (Hit passive = first_hit(rules_.group("task.lead_cue"), text, "passive");
      passive && passive.begin == cue.begin && passive.capture != std::string_view::npos)
    return std::nullopt;  // "được giao chủ trì": the role of others
  // "Phó Thủ tướng chủ trì cuộc họp …", "… triệu tập và chủ trì hội nghị": who chairs a meeting leads no work.
  if (Hit chair = first_hit(rules_.group("task.chairs_meeting"), text.substr(cue.end), ""); chair && chair.begin == 0)
    return std::nullopt;
  size_t cue_begin = cue.capture != std::string_view::npos ? cue.capture : cue.begin;
  std::string_view before = text.substr(0, cue_begin);
  if (Hit p = first_hit(rules_.group("task.assign_prefix"), before, "unit"); p && p.begin == 0)
    before = before.substr(p.capture);
  Assignment a;
  std::string_view lead_text = trim_punct(without_modals(lead_modals_, before));
  // "Thủ tướng Chính phủ có công văn … giao: \"Bộ Tài chính chủ trì …\"": the unit inside the quote leads,
  // not the clause that quotes it.
  bool quoted = false;
  if (size_t q = open_quote_end(lead_text); q != std::string_view::npos && opens_with_unit(lead_text.substr(q))) {
    lead_text = trim_punct(lead_text.substr(q));
    quoted = true;
  }
  if (!lead_text.empty()) {
    // The lead opens the clause just before the cue: "Trên cơ sở đó, Sở Y tế chủ trì".
    size_t start = std::string_view::npos;
    for (size_t i = 0; i < lead_text.size(); ++i) {
      bool clause_start = i == 0 || ((lead_text[i - 1] == ' ') && i >= 2 &&
                                     (lead_text[i - 2] == ',' || lead_text[i - 2] == ':' || lead_text[i - 2] == ';'));
      // After a comma inside a list of units ("cho các cơ quan, đơn vị chủ trì") no new clause starts.
      if (clause_start && i > 0 && lead_text[i - 2] == ',' && continues_list(lead_text.substr(0, i - 2))) continue;
      if (clause_start && opens_with_unit(lead_text.substr(i))) {
        start = i;
        break;
      }
    }
    if (start == std::string_view::npos) return std::nullopt;
    lead_text = lead_text.substr(start);
    // "Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế chủ trì": the unit told to lead is the lead.
    size_t first_end = units_end(lead_text, 0);
    if (Hit d = first_hit(rules_.group("task.delegation"), lead_text.substr(first_end), "unit");
        d && d.begin == 0 && d.capture != std::string_view::npos && opens_with_unit(lead_text.substr(first_end + d.capture)))
      lead_text = lead_text.substr(first_end + d.capture);
    size_t lead_end = units_end(lead_text, 0);
    a.lead = units(lead_text.substr(0, lead_end));
    if (a.lead.empty()) return std::nullopt;
    take_named_aside(a.lead, lead_text.substr(lead_end));
    // "xác định rõ cơ quan, địa phương chủ trì": bare category words name a role, not a unit.
    std::string_view first_piece = std::string_view(a.lead.front()).substr(0, a.lead.front().find(','));
    if (agencies_.classify(first_piece) == AgencyLexicon::Part::Category && starts_lower(first_piece) &&
        !opens_with_plural(lead_text))
      return std::nullopt;
  }
  std::string_view rest = read_support(trim_punct(text.substr(cue.end)), a.support);
  if (a.support.empty()) rest = support_before_cue(rest, a.support);
  a.hands_down = ends_with_colon(text);
  std::string_view work = trim_punct(rest);
  std::string work_l = to_lower(work);
  if (!work_l.empty() && work_l.back() == ':') work_l.pop_back();
  if (std::find(support_only_work_.begin(), support_only_work_.end(), work_l) != support_only_work_.end()) {
    a.support_from_items = a.hands_down = true;
    work = {};
  }
  while (!work.empty() && work.back() == ':') work = trim_punct(work.substr(0, work.size() - 1));
  // '… giao: "Bộ Tài chính chủ trì … kinh phí".': the quote that closes the assignment is no part of its work.
  std::string closed;
  if (quoted) {
    std::string_view body = work, stop;
    while (!body.empty() && body.back() == '.') body.remove_suffix(1), stop = work.substr(body.size());
    for (std::string_view q : {std::string_view("\u201d"), std::string_view("\"")})
      if (body.ends_with(q) && (q != "\"" || std::count(body.begin(), body.end(), '"') % 2 == 1)) {
        closed = std::string(trim(body.substr(0, body.size() - q.size()))) + std::string(stop);
        work = closed;
        break;
      }
  }
  a.work = std::string(work);
  return a;
}

std::optional<Assignment> TaskExtractor::read_subject_sentence(std::string_view text) const {
  std::string_view t = trim_punct(text);
  if (Hit p = first_hit(rules_.group("task.assign_prefix"), t, "unit"); p && p.begin == 0) t = t.substr(p.capture);
  if (!opens_with_unit(t)) return std::nullopt;
  size_t end = units_end(t, 0);
  // "Văn phòng Chính phủ trên cơ sở chức năng, nhiệm vụ được giao theo dõi …": a verb inside the scope
  // ends neither the units nor starts the work.
  for (const Rule* r : rules_.group("task.unit_filler"))
    for_each_match(*r->re, t, [&](size_t b, size_t e, const std::vector<re2::StringPiece>&) {
      while (b < e && (t[b] == ',' || t[b] == ' ')) ++b;
      if (b < end && e > end) end = e;  // the verb stands inside the scope, not at its start
    });
  Assignment a;
  a.lead = units(t.substr(0, end));
  if (a.lead.empty()) return std::nullopt;
  // Words the lexicon does not know run on after a known name, when work follows them (alone they may
  // qualify the name, "các cơ quan báo chí đóng trên địa bàn", or be an article's title). "Ủy ban nhân
  // dân cấp xã niêm phong hồ sơ, …": they start the work. "Bộ Y tế về bảo hiểm y tế có trách nhiệm": a
  // field ("về", "trong lĩnh vực") narrows the unit; it is neither unit nor work.
  if (size_t cut = run_on_start(a.lead.back()); cut != std::string::npos) {
    std::string_view tail = trim(std::string_view(a.lead.back()).substr(cut));
    std::string_view list = trim_punct(t.substr(0, end));
    const bool field = std::any_of(domain_words_.begin(), domain_words_.end(), [&](const std::string& w) {
      return tail.starts_with(w) && tail.size() > w.size() && tail[w.size()] == ' ';
    });
    if (list.ends_with(tail) && !trim_punct(t.substr(end)).empty()) {
      size_t tail_at = static_cast<size_t>(list.data() - t.data()) + list.size() - tail.size();
      a.lead = units(t.substr(0, tail_at));
      if (!field) end = tail_at;
    }
  }
  // "Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã": ';' between two lists of units.
  while (end < t.size() && t[end] == ';') {
    std::string_view next = trim(t.substr(end + 1));
    if (!opens_with_unit(next)) break;
    size_t next_end = units_end(next, 0);
    for (auto& u : units(next.substr(0, next_end))) a.lead.push_back(std::move(u));
    end = static_cast<size_t>(next.data() - t.data()) + next_end;
  }
  std::string_view work = trim_punct(read_support(trim_punct(t.substr(end)), a.support));
  // "Các chủ rừng là tổ chức (các Ban quản lý …)": an aside after the units names examples, no work;
  // "Nhà đầu tư (Tập đoàn X)" names the unit that leads.
  if (!work.empty() && work.front() == '(') {
    if (a.support.empty()) take_named_aside(a.lead, work);
    size_t close = work.find(')');
    work = trim_punct(close == std::string_view::npos ? std::string_view() : work.substr(close + 1));
  }
  // "Các bộ, cơ quan căn cứ chức năng, nhiệm vụ, quyền hạn được giao: a) …": the scope is no work.
  for (const Rule* r : rules_.group("task.unit_filler")) {
    re2::StringPiece rest(work.data(), work.size());
    // Only a scope that ends its clause: "căn cứ chức năng, nhiệm vụ và chỉ đạo của …" goes on.
    if (RE2::Consume(&rest, *r->re)) {
      std::string_view after = trim(std::string_view(rest.data(), rest.size()));
      if (after.empty() || after.front() == ',' || after.front() == ':' || after.front() == ';') work = trim_punct(after);
    }
  }
  while (!work.empty() && work.back() == ':') work = trim_punct(work.substr(0, work.size() - 1));
  // "Bộ Công an sẽ kiểm tra …": the future marker (task_future_words) opens no work; the work is the verb after it.
  if (const auto* lx = rules_.lexicon("task_future_words"))
    for (const auto& v : *lx) {
      const std::string& w = v.get_ref<const std::string&>();
      if (work.size() > w.size() + 1 && work.starts_with(w) && work[w.size()] == ' ') {
        work = trim_punct(work.substr(w.size() + 1));
        break;
      }
    }
  // "Điều 6. Nội dung Công an tỉnh phối hợp": the unit's part names no work; its items carry it.
  if (std::find(support_only_work_.begin(), support_only_work_.end(), to_lower(work)) != support_only_work_.end()) work = {};
  a.work = std::string(work);
  a.hands_down = ends_with_colon(text) || a.work.empty();
  return a;
}

std::optional<Assignment> TaskExtractor::read_heading_subject(std::string_view s, bool topic_heading) const {
  auto a = read_subject_sentence(s);
  // "4. Quỹ đầu tư phát triển tỉnh có trách nhiệm:": words between a known name and the duty cue that
  // announces the items are the rest of the unit's name, not work.
  if (a && a->lead.size() == 1 && a->support.empty() && !a->work.empty() &&
      agencies_.classify(a->lead.front()) != AgencyLexicon::Part::Category)
    if (Hit t = first_hit(rules_.group("task.duty_announcement_tail"), a->work, "cue");
        t && t.begin == 0 && t.capture != std::string_view::npos) {
      a->lead.front() += " " + std::string(trim(std::string_view(a->work).substr(0, t.capture)));
      a->work = std::string(trim(std::string_view(a->work).substr(t.capture)));
    }
  // "2. Đối với Ủy ban nhân dân các xã, phường:" over items in the organising section: the units the
  // part is about do its items. Not a part about a kind of party or a case ("Đối với các doanh nghiệp",
  // "Đối với dự án …").
  if (!a && topic_heading)
    if (Hit t = first_hit(rules_.group("task.unit_topic_heading"), s, "unit"); t && t.begin == 0 && t.capture != std::string_view::npos)
      if (auto sub = read_subject_sentence(s.substr(t.capture));
          sub && sub->work.empty() && !sub->lead.empty() &&
          std::all_of(sub->lead.begin(), sub->lead.end(), [&](const std::string& u) {
            return names_a_unit(u) && !rules_.group("task.regulated_party").first_matching(u) &&
                   !rules_.group("task.private_party").first_matching(u);
          }))
        a = std::move(sub);
  return a;
}

}  // namespace vnpolicy
