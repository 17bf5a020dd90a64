#include "extract/task_extractor.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "extract/task_prose.h"
#include "extract/task_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace task_text;

TaskExtractor::TaskExtractor(const RuleSet& rules) : rules_(rules), agencies_(rules), tables_(rules), labels_(rules) {
  // The strings of a lexicon list of rules/tasks.json, in lower case when asked.
  auto strings = [&](const char* name, bool lower = false) {
    std::vector<std::string> out;
    if (const auto* lx = rules.lexicon(name))
      for (const auto& v : *lx) out.push_back(lower ? to_lower(v.get<std::string>()) : v.get<std::string>());
    return out;
  };
  verbs_ = strings("task_work_verbs");
  std::stable_sort(verbs_.begin(), verbs_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (auto& w : strings("task_verb_false_compounds")) false_compounds_.insert(std::move(w));
  if (const auto* lx = rules.lexicon("task_level_written_as"))
    for (const auto& pair : *lx) levels_written_as_.emplace_back(to_lower(pair.at(0).get<std::string>()), pair.at(1).get<std::string>());
  if (const auto* lx = rules.lexicon("task_joined_unit_pairs"))
    for (const auto& pair : *lx)
      joined_pairs_.push_back({to_lower(pair.at(0).get<std::string>()), to_lower(pair.at(1).get<std::string>()),
                               pair.size() > 2 ? pair.at(2).get<std::string>() : std::string(", ")});
  not_unit_openers_ = strings("task_not_unit_openers", true);
  unit_heads_ = strings("agency_heads", true);
  plural_markers_ = strings("task_plural_markers", true);
  directive_types_ = strings("task_directive_doc_types");
  instruction_types_ = strings("task_instruction_doc_types");
  policy_types_ = strings("task_policy_doc_types");
  office_titles_ = strings("task_office_titles", true);
  lead_modals_ = strings("task_lead_modal_words");
  bare_article_types_ = strings("task_bare_article_doc_types");
  norm_types_ = strings("task_norm_doc_types");
  scope_duty_words_ = strings("task_scope_duty_words");
  for (auto& w : strings("task_scope_goes_on_words")) scope_goes_on_words_.push_back(w + " ");
  domain_words_ = strings("task_unit_domain_words");
  support_only_work_ = strings("task_support_only_work", true);
  for (auto& w : strings("task_name_qualifiers")) name_qualifiers_.insert(std::move(w));
  relative_aspects_ = strings("task_relative_aspect_words", true);
}

namespace {

bool matches(const RuleGroup& rules, std::string_view s) { return rules.first_matching(s) != nullptr; }

// An item of a list ("1.", "1.2.", "a)", "-", "+"), not a section, chapter or article.
bool item_marker(MarkerKind k) {
  return k == MarkerKind::Arabic || k == MarkerKind::ArabicNested || k == MarkerKind::Letter || k == MarkerKind::Dash ||
         k == MarkerKind::Plus;
}

// "2.1. Đẩy mạnh …", "(1) Tích cực …": a numbered item of a list. Not a part, chapter or article ("II. NHIỆM VỤ …"):
// those open a section.
bool numbered(const Block& b, std::string_view content) {
  const bool section = b.marker_kind == MarkerKind::Part || b.marker_kind == MarkerKind::Chapter ||
                       b.marker_kind == MarkerKind::Article || b.marker_kind == MarkerKind::Roman;
  std::string_view t = trim(content);
  return (marked_heading(b) && !section) || (!t.empty() && without_bracket_number(t).data() != t.data());  // "(1) …"
}

}  // namespace

std::vector<Task> TaskExtractor::extract(const SegmentedDocument& doc, const DocumentHeader& header,
                                         const std::vector<Deadline>& deadlines) const {
  const ProseStance stance = prose_stance(doc, header);
  ProseWalk w(doc, deadlines, stance);
  w.out = table_tasks(doc, deadlines);
  for (Task& t : flat_table_tasks(doc, deadlines, w.consumed)) w.out.push_back(std::move(t));
  w.sec.bare_articles_implement = stance.bare_articles_implement;
  for (Task& t : label_tasks(doc, deadlines, w.consumed, w.owner_deadline, w.sec.organizing)) w.out.push_back(std::move(t));
  for (size_t i = 0; i < doc.blocks.size(); ++i) read_prose_block(w, i);
  std::vector<Task> out = std::move(w.out);
  std::stable_sort(out.begin(), out.end(), [](const Task& a, const Task& b) { return a.line < b.line; });
  for (auto& t : out) {
    for (const auto& n : t.lead) t.lead_canonical.push_back(agencies_.canonical(n));
    for (const auto& n : t.support) t.support_canonical.push_back(agencies_.canonical(n));
  }
  return out;
}

void TaskExtractor::read_prose_block(ProseWalk& w, size_t i) const {
  const SegmentedDocument& doc = w.doc;
  if (!enter_block(doc, i, w.stance, w.sec) || w.consumed[i]) return;
  const Assignment* inherited = inherited_assignment(w, i);
  // "*2.1. Sở\nTài chính*": a unit heading wrapped inside emphasis arrives as a heading
  // and a heading-like paragraph below it; read them as one.
  if (auto a = wrapped_unit_heading(doc, i, w.sec.organizing[i])) {
    w.handed[i] = std::move(a);
    w.consumed[i + 1] = true;
    return;
  }
  const Block& b = doc.blocks[i];
  const std::vector<Span> sentences = b.sentences.empty() ? std::vector<Span>{b.content} : b.sentences;
  // The block's first task, when it took its time limit from a later sentence of the block: a later
  // sentence that is a task of its own keeps that limit ("Bộ A rà soát …. Bộ B hướng dẫn …, hoàn thành
  // trong tháng 12/2025.": Bộ A has none).
  std::optional<size_t> borrowed_by;
  for (size_t k = 0; k < sentences.size(); ++k) {
    std::string_view s = doc.text(sentences[k]);
    if (matches(rules_.group("task.not_assignment"), s)) continue;
    std::optional<SentenceReading> r = read_sentence(w, i, k, s, inherited);
    if (r && keeps_task(w, i, k, *r, inherited)) add_task(w, i, k, sentences, *r, inherited, borrowed_by);
  }
}

const Assignment* TaskExtractor::inherited_assignment(ProseWalk& w, size_t i) const {
  const Block& b = w.doc.blocks[i];
  const std::string_view content = w.doc.text(b.content);
  const Assignment* inherited =
      b.parent >= 0 && w.handed[static_cast<size_t>(b.parent)] ? &*w.handed[static_cast<size_t>(b.parent)] : nullptr;
  // A lead-in paragraph ending in ':' hands its units to the list items that follow it at its level.
  // Under a heading that handed the same units ("3. Sở X" / "Chủ trì, phối hợp với Y tham mưu …:" /
  // "a) …") it adds its support; a lead-in that names other units than the heading reads its subject
  // less surely than the heading names it ("Bộ X là đầu mối chịu trách nhiệm trước Chính phủ …; chủ trì …").
  if (b.kind != BlockKind::ListItem) w.handed_on.erase(b.parent);
  if (b.kind == BlockKind::ListItem)
    if (auto it = w.handed_on.find(b.parent); it != w.handed_on.end() && (!inherited || inherited->lead == it->second.lead))
      inherited = &it->second;
  // So does a "-" or "+" item under it that has no subject ("4. Các địa phương … khẩn trương khôi phục
  // cung cấp điện." over "- Ưu tiên cấp điện cho bệnh viện …").
  const bool follow_on = b.kind == BlockKind::Paragraph ||
                         (b.kind == BlockKind::ListItem && (b.marker_kind == MarkerKind::Dash || b.marker_kind == MarkerKind::Plus));
  if (!inherited && follow_on && b.parent >= 0 && w.continued[static_cast<size_t>(b.parent)] &&
      opens_with_work_verb(to_lower(trim_punct(content))) && !matches(rules_.group("task.continuation_not"), content))
    inherited = &*w.continued[static_cast<size_t>(b.parent)];
  if (w.sec.closing) {
    inherited = nullptr;
    w.list_lead_ins.clear();
  }
  // "2.1. Đẩy mạnh …", "(1) Tích cực …" after a lead-in that named its units: they do the item.
  // An item ending in ':' opens a part of its own ("4. Về phân công nhiệm vụ …:") and ends the list.
  if (auto it = w.list_lead_ins.find(b.parent); it != w.list_lead_ins.end() && numbered(b, content)) {
    if (ends_with_colon(content) && !inherited) w.list_lead_ins.erase(it);
    else if (!inherited) inherited = &it->second;
  }
  return inherited;
}

// "Giao Đảng ủy X: (i) Chỉ đạo …; (ii) Chỉ đạo …": each item numbered inline is a task of its own, when
// every one opens with work (not "… báo cáo: (1) kết quả …; (2) tồn tại …", the contents of one task).
// `t` keeps the first item; the others are returned, with t's units and, failing one of their own, its
// deadline.
std::vector<Task> TaskExtractor::inline_item_tasks(const NormalizedDocument& doc, const std::vector<Deadline>& deadlines,
                                                   std::string_view sentence, const std::string& work, Task& t) const {
  if (work.empty()) return {};
  const size_t at = sentence.find(std::string_view(work).substr(0, std::min<size_t>(work.size(), 40)));
  if (at == std::string_view::npos || sentence.substr(at, work.size()) != work) return {};
  const std::vector<std::string_view> items = inline_items(sentence.substr(0, at), work);
  if (items.size() < 2 ||
      !std::all_of(items.begin(), items.end(), [&](std::string_view p) { return opens_with_work_verb(to_lower(p)); }))
    return {};
  t.description = std::string(items.front());
  const size_t base = static_cast<size_t>(sentence.data() - doc.text.data()) + at;
  std::vector<Task> more;
  for (size_t n = 1; n < items.size(); ++n) {
    Task m;
    m.lead = t.lead;
    m.support = t.support;
    m.description = std::string(items[n]);
    const size_t from = base + static_cast<size_t>(items[n].data() - work.data());
    m.deadline = deadline_within(doc, deadlines, from, from + items[n].size(), true);
    if (!m.deadline) m.deadline = t.deadline;
    m.line = doc.line_of(from);
    more.push_back(std::move(m));
  }
  return more;
}

void TaskExtractor::add_task(ProseWalk& w, size_t i, size_t k, const std::vector<Span>& sentences, SentenceReading& r,
                             const Assignment* inherited, std::optional<size_t>& borrowed_by) const {
  const SegmentedDocument& doc = w.doc;
  const std::vector<Deadline>& deadlines = w.deadlines;
  const ProseStance& stance = w.stance;
  const ProseSections& sec = w.sec;
  const Block& b = doc.blocks[i];
  const std::string_view content = doc.text(b.content);
  const std::string_view s = r.sentence;
  Assignment& a = r.a;
  const bool own = r.own, lead_cue = r.lead_cue;
  // "Chủ đầu tư có trách nhiệm gửi …; Kiểm toán nhà nước có trách nhiệm gửi …": two subjects, two tasks.
  std::optional<Assignment> next_subject;
  size_t next_at = std::string_view::npos;  // where that clause starts in the sentence
  if ((stance.instructs || sec.organizing[i] || (stance.operative_assigns() && sec.operative && !sec.in_regulation)) && own && !inherited)
    if (size_t at = later_subject_clause(*this, rules_, a.work); at != std::string_view::npos) {
      next_subject = read_subject_sentence(std::string_view(a.work).substr(at));
      next_at = s.find(std::string_view(a.work).substr(at));
      a.work = std::string(trim_punct(std::string_view(a.work).substr(0, at)));
      if (next_at == std::string_view::npos) next_subject.reset();
    }
  Task t;
  t.lead = a.lead;
  t.support = a.support;
  // "Chỉ đạo …; phối hợp với chính quyền địa phương các cấp trong việc rà soát …": a later
  // clause that cooperates names the support when the opening named none.
  if (t.support.empty()) t.support = support_in_later_clause(a.work);
  t.description = a.work;
  const bool borrows = place_deadline(w, i, k, sentences, t, borrowed_by);
  t.line = k == 0 ? b.line : doc.doc.line_of(sentences[k].begin);
  // "Để bảo đảm …, Bộ Giáo dục và Đào tạo\nchịu trách nhiệm …": a subject sentence stands where its subject
  // starts, after a topic or condition that may fill lines. (A unit that "chủ trì" stands with its sentence.)
  if (own && !inherited && !lead_cue && !a.lead.empty())
    if (size_t at = s.find(a.lead.front()); at != std::string_view::npos)
      t.line = std::max(t.line, doc.doc.line_of(static_cast<size_t>(s.data() - doc.doc.text.data()) + at));
  // Only an item written as a sentence: a title ("4. Đơn vị báo cáo") heads a part of its own. A body of
  // instructions assigns in every item, as an organising section does.
  if (k == 0 && own && (sec.organizing[i] || stance.instructs) && !inherited && !w.handed[i] && b.kind != BlockKind::Paragraph &&
      !trim(content).empty() && std::string_view(".;").find(trim(content).back()) != std::string_view::npos)
    w.continued[i] = Assignment{t.lead, t.support, {}, false, false};
  std::vector<Task> inline_tasks;
  if (!next_subject) inline_tasks = inline_item_tasks(doc.doc, deadlines, s, a.work, t);
  if (borrows) borrowed_by = w.out.size();
  w.out.push_back(std::move(t));
  for (Task& more : inline_tasks) w.out.push_back(std::move(more));
  if (next_subject) {
    size_t from = static_cast<size_t>(s.data() - doc.doc.text.data()) + next_at;
    Task n;
    n.lead = next_subject->lead;
    n.support = next_subject->support;
    n.description = next_subject->work;
    n.deadline = deadline_within(doc.doc, deadlines, from, sentences[k].end);
    n.line = doc.doc.line_of(from);
    w.out.push_back(std::move(n));
  }
}

bool TaskExtractor::place_deadline(ProseWalk& w, size_t i, size_t k, const std::vector<Span>& sentences, Task& t,
                                   const std::optional<size_t>& borrowed_by) const {
  const SegmentedDocument& doc = w.doc;
  const std::vector<Deadline>& deadlines = w.deadlines;
  const Block& b = doc.blocks[i];
  size_t end = k + 1 < sentences.size() ? sentences[k + 1].begin : b.span.end;
  if (k == 0) end = std::max(end, b.span.end);  // an item's deadline may be in any of its sentences
  // A later sentence carries only the limit written in it, not one on a line it shares with the item's first.
  t.deadline = deadline_within(doc.doc, deadlines, sentences[k].begin, end, k > 0);
  // "… trên Hệ thống. Thời hạn hoàn thành: trước ngày …": a sentence that only gives the time is this task's,
  // and the item's as a whole (its first task keeps it too).
  const bool item_time = !t.deadline && k > 0 && k + 1 < sentences.size() &&
                         matches(rules_.group("task.time_sentence"), doc.text(sentences[k + 1]));
  if (item_time) t.deadline = deadline_within(doc.doc, deadlines, sentences[k + 1].begin, sentences[k + 1].end, true);
  const bool borrows = k == 0 && t.deadline && k + 1 < sentences.size() &&
                       !deadline_within(doc.doc, deadlines, sentences[k].begin, sentences[k + 1].begin, true);
  if (k > 0 && !item_time && t.deadline && borrowed_by && w.out[*borrowed_by].deadline &&
      w.out[*borrowed_by].deadline->line == t.deadline->line && w.out[*borrowed_by].deadline->text == t.deadline->text)
    w.out[*borrowed_by].deadline.reset();
  if (!t.deadline)
    for (int p = static_cast<int>(i); p >= 0 && !t.deadline; p = doc.blocks[static_cast<size_t>(p)].parent)
      if (auto it = w.owner_deadline.find(p); it != w.owner_deadline.end()) t.deadline = it->second;
  // "1. Tăng cường …, hoàn thành trong quý II/2024." over "+ Sở Y tế: chủ trì …": the units'
  // parts of a numbered item share the item's time limit.
  if (!t.deadline && b.parent >= 0 && k == 0 && item_marker(b.marker_kind))
    if (const Block& up = doc.blocks[static_cast<size_t>(b.parent)]; item_marker(up.marker_kind))
      t.deadline = deadline_within(doc.doc, deadlines, up.content.begin, up.content.end, true);
  return borrows;
}

}  // namespace vnpolicy
