// The stance a document's kind and title give its prose, and the section the walk over its blocks
// is in: organising, measures, operative articles, a regulation it issues. Part of TaskExtractor.
#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "extract/task_prose.h"
#include "extract/task_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace task_text;

namespace {

constexpr long kWrappedHeadWords = 4;  // "2.4. Bộ Chỉ huy" / "Quân sự tỉnh": a unit name cut short

// "Bộ trưởng 1.3.2", "Chính phủ 3.9 Tỷ lệ …": cells of a flattened table carry item numbers; a unit's name does not.
bool holds_item_number(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    std::string_view w = s.substr(i, end - i);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    bool digits_and_dots = !w.empty() && std::isdigit(static_cast<unsigned char>(w.front())) &&
                           std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; });
    if (digits_and_dots && w.find('.') != std::string_view::npos) return true;
    i = end + 1;
  }
  return false;
}

}  // namespace

TaskExtractor::ProseStance TaskExtractor::prose_stance(const SegmentedDocument& doc, const DocumentHeader& header) const {
  ProseStance st;
  st.section_rules = &rules_.group("task.organizing_section");
  const bool has_section = std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const Block& b) {
    std::string_view c = doc.text(b.content);
    return (b.kind == BlockKind::Heading || b.heading_like) && st.section_rules->first_matching(c) != nullptr;
  });
  if (!has_section) st.section_rules = &rules_.group("task.organizing_fallback");
  auto of_type = [&](const std::vector<std::string>& types) {
    return header.doc_type && std::find(types.begin(), types.end(), *header.doc_type) != types.end();
  };
  // A directive, letter or notice is instructions from its lead-in on, even where it ends in a
  // "Tổ chức thực hiện" part; a plan's lead-in only announces the measures of its own sections.
  st.directive_kind = of_type(directive_types_);
  st.body_of_instructions = !has_section || st.directive_kind;
  // A letter (Công văn) more often answers or explains to the one it is sent to ("Công ty thực hiện kê khai …").
  st.instructs = of_type(instruction_types_);
  // A resolution that decides a policy or an investment ("về chủ trương đầu tư …", "cơ chế, chính sách đặc
  // thù …") tells units their work in its articles as a notice does, after its preamble ("QUYẾT NGHỊ:") and
  // outside a regulation it issues; one that issues rules or rates assigns only in its organising section
  // ("Sở Tài chính có trách nhiệm thẩm định hồ sơ …" in "Điều 2. Trình tự, thủ tục" is a norm).
  st.policy_type = of_type(policy_types_);
  if (st.policy_type && header.title) {
    st.issues_rules = rules_.group("task.rules_resolution").first_matching(*header.title) != nullptr;
    st.decides_policy = !st.issues_rules && rules_.group("task.policy_resolution").first_matching(*header.title) != nullptr;
  }
  st.states_norms = of_type(norm_types_);
  if (const auto* councils = rules_.lexicon("task_council_issuers"); councils && st.issues_rules && header.issuer)
    for (const auto& c : *councils) st.council_rules = st.council_rules || header.issuer->find(c.get<std::string>()) != std::string::npos;
  st.sets_rules = st.issues_rules || (header.title && rules_.group("task.rules_decision").first_matching(*header.title) != nullptr);
  st.bare_articles_implement = of_type(bare_article_types_);
  return st;
}

bool TaskExtractor::enter_block(const SegmentedDocument& doc, size_t i, const ProseStance& stance, ProseSections& sec) const {
  auto matches = [&](const char* group, std::string_view s) { return rules_.group(group).first_matching(s) != nullptr; };
  const Block& b = doc.blocks[i];
  std::string_view content = doc.text(b.content);
  const bool heading = b.kind == BlockKind::Heading || b.heading_like;
  if (heading && matches("task.new_part", content)) sec.outside_body = sec.closing = false;  // an attached plan, an appendix
  if (!heading && matches("task.closing_formula", content)) sec.closing = true;
  if (matches("task.end_of_body", content)) sec.outside_body = true;
  if (sec.outside_body || b.kind == BlockKind::TableRow || b.kind == BlockKind::Footnote) return false;
  auto& organizing = sec.organizing;
  auto& measures = sec.measures;
  // "Điều 4." / "Trách nhiệm tổ chức thực hiện": an article whose title stands on the next line is
  // titled by that line; its items hang under the article, not under the title.
  // A law's or decree's articles titled so ("Công bố, tổ chức thực hiện quy hoạch …") grant powers; there
  // only an article on carrying the text out counts (task.execution_article below).
  std::string_view title = content;  // the block's title: its own text, or the title line under a bare "Điều N."
  if (b.marker_kind == MarkerKind::Article && trim_punct(content).empty() && i + 1 < doc.blocks.size() &&
      doc.blocks[i + 1].parent == static_cast<int>(i) && doc.blocks[i + 1].kind != BlockKind::ListItem &&
      doc.blocks[i + 1].marker_kind == MarkerKind::None) {
    // Only a title: not the article's first item or sentence ("Điều 2." / "1. Các cơ quan … báo cáo …").
    std::string_view next = trim(doc.text(doc.blocks[i + 1].content));
    if (!next.empty() && std::string_view(".;:").find(next.back()) == std::string_view::npos) title = next;
  }
  const std::string_view section_title = stance.states_norms ? content : title;
  // Reporting duties head an organising section too, not a replacement for it.
  if (heading && (stance.section_rules->first_matching(section_title) || matches("task.duty_section", section_title))) organizing[i] = true;
  if (b.marker_kind == MarkerKind::Article && matches("task.execution_article", title)) organizing[i] = true;
  if (stance.policy_type && heading && !organizing[i] && matches("task.measures_section", content)) measures[i] = true;
  // A report's "Giải pháp khắc phục:" / "Nhiệm vụ … thời gian tới" part says who is to act next, as a
  // resolution's measures do.
  if (!stance.states_norms && (heading || ends_with_colon(content)) && !organizing[i] && matches("task.remedy_section", content))
    measures[i] = true;
  if (b.parent >= 0 && measures[static_cast<size_t>(b.parent)] && !(heading && matches("task.new_part", content))) measures[i] = true;
  // "V. KINH PHÍ THỰC HIỆN" of a plan: who budgets or raises the means is told so there.
  if (heading && !stance.states_norms && marked_heading(b) && b.marker_kind != MarkerKind::Article && matches("task.funding_section", content))
    organizing[i] = true;
  // "Điều 2." with no title in a resolution or decision: after the article that decides, its own articles
  // carry it out (who does what). Not an article whose title stands on the next line ("Điều 4." /
  // "Đối tượng áp dụng"), nor the articles of a regulation it issues (after "QUY ĐỊNH", "QUY CHẾ").
  if (b.marker_kind == MarkerKind::Article) {
    sec.seen_article = sec.operative = true;
    // These checks read the line under a bare "Điều N." whatever it is, a title or the first sentence.
    const std::string_view named = trim_punct(content).empty() && i + 1 < doc.blocks.size() ? doc.text(doc.blocks[i + 1].content) : content;
    sec.norm_article = matches("task.norm_article", named);
    // A law's or decree's "Nhiệm vụ, quyền hạn của Bộ X": competences the norm grants, no work assigned.
    sec.powers_article = stance.states_norms && matches("task.powers_article", named);
  }
  if (!sec.operative && matches("task.resolution_operative", content)) sec.operative = true;
  else if (heading && sec.seen_article && matches("task.new_part", content)) {
    sec.bare_articles_implement = false;
    sec.in_regulation = matches("task.regulation_part", content);
  }
  // The first block of an article is its text, not its title, when it is an item or a whole sentence.
  auto untitled = [&](const Block& first) {
    std::string_view t = trim(doc.text(first.content));
    return first.kind == BlockKind::ListItem || (first.marker_kind != MarkerKind::None && first.marker_kind != MarkerKind::Caps) ||
           (!t.empty() && std::string_view(".;:").find(t.back()) != std::string_view::npos);
  };
  if (sec.bare_articles_implement && b.marker_kind == MarkerKind::Article && trim_punct(content).empty() && b.marker != "1" &&
      i + 1 < doc.blocks.size() && doc.blocks[i + 1].parent == static_cast<int>(i) && untitled(doc.blocks[i + 1]))
    organizing[i] = true;
  // A title broken over two heading lines: the second half belongs to the same section.
  if (heading && i > 0 && organizing[i - 1] && doc.blocks[i - 1].kind == BlockKind::Heading && b.kind == BlockKind::Heading &&
      b.depth == doc.blocks[i - 1].depth)
    organizing[i] = true;
  if (b.parent >= 0 && organizing[static_cast<size_t>(b.parent)]) organizing[i] = true;
  if (b.parent == sec.lead_in_parent || b.parent == sec.lead_in_outer) organizing[i] = true;
  // After "… yêu cầu Thủ trưởng các sở, …, Chủ tịch … thực hiện các nhiệm vụ sau:", a part headed
  // by units alone ("1. Thủ trưởng các sở, ban, ngành; Chủ tịch …") hands them its items.
  if (heading && b.parent == sec.unit_parts_parent)
    if (auto a = read_subject_sentence(content); a && a->work.empty()) organizing[i] = true;
  if (b.kind != BlockKind::Heading && matches("task.directive_lead_in", content) && !matches("task.lead_in_not", content)) {
    sec.lead_in_parent = b.parent;
    // After an addressee list ("- Bộ trưởng các Bộ: …;") the lead-in hangs under the list's last
    // item, but its numbered parts stand at the level of the list itself.
    if (b.parent >= 0 && doc.blocks[static_cast<size_t>(b.parent)].kind == BlockKind::ListItem &&
        doc.blocks[static_cast<size_t>(b.parent)].parent >= 0)
      sec.lead_in_outer = doc.blocks[static_cast<size_t>(b.parent)].parent;
  }
  return !sec.powers_article;
}

std::optional<Assignment> TaskExtractor::wrapped_unit_heading(const SegmentedDocument& doc, size_t i, bool organizing) const {
  const Block& b = doc.blocks[i];
  std::string_view content = doc.text(b.content);
  const bool heading = b.kind == BlockKind::Heading || b.heading_like;
  bool no_words = std::none_of(content.begin(), content.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) || (ch & 0x80); });
  if (!(heading || no_words) || i + 1 >= doc.blocks.size()) return std::nullopt;
  const Block& next = doc.blocks[i + 1];
  std::string_view c = trim_punct(content);
  // "5. Các chủ rừng là tổ chức (các" / "Ban quản lý rừng …)": an aside left open.
  bool open_aside = std::count(c.begin(), c.end(), '(') > std::count(c.begin(), c.end(), ')');
  // "1. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa," / "Đắk Lắk, Gia Lai:": a list cut after a comma.
  // "…, trong đó trọng tâm là các tỉnh:" / "Đắk Lắk, Khánh Hòa:": a list cut after its colon.
  std::string_view next_text = trim(doc.text(next.content));
  bool cut_list = trim(content).size() > 0 &&
                  (trim(content).back() == ',' || (trim(content).back() == ':' && !next_text.empty() && next_text.back() == ':'));
  if (!(next.parent == static_cast<int>(i) && next.kind == BlockKind::Paragraph && next.heading_like &&
        (no_words || open_aside || cut_list || c.find(' ') == std::string_view::npos ||
         (opens_with_unit(c) && std::count(c.begin(), c.end(), ' ') < kWrappedHeadWords))))
    return std::nullopt;
  std::string joined = (no_words ? std::string() : std::string(cut_list ? trim(content) : c) + " ") + std::string(doc.text(next.content));
  // Outside the organising section only a numbered or lettered heading ("1.1." / "Trưởng Ban Chỉ đạo")
  // hands work down, not a chapter title ("CƠ SỞ THỂ" / "THAO") or a list's group ("BỘ LINH TRƯỞNG" / "PRIMATES").
  auto a = read_subject_sentence(joined);
  if (a && a->work.empty() && (organizing || marked_heading(b)) && std::none_of(a->lead.begin(), a->lead.end(), holds_item_number)) return a;
  return std::nullopt;
}

std::optional<Assignment> TaskExtractor::letter_body_sentence(std::string_view s) const {
  auto matches = [&](const char* group, std::string_view t) { return rules_.group(group).first_matching(t) != nullptr; };
  // Work told to the units: a work verb first, not a report of the past, not a request to consider.
  auto tells_work = [&](const std::optional<Assignment>& a) {
    return a && !a->lead.empty() && !a->work.empty() && opens_with_work_verb(to_lower(a->work)) &&
           first_hit(rules_.group("task.report_tense"), a->work, "cue").begin != 0 && !matches("task.request_no_work", a->work);
  };
  if (matches("task.letter_sentence_not", s)) return std::nullopt;
  // "Bộ Nội vụ trân trọng đề nghị Ban X, Bộ Y chỉ đạo các cơ quan … định hướng thông tin …": the sender asks
  // named agencies for concrete work; those asked lead. Not a request to consider or attend to the letter.
  if (Hit r = first_hit(rules_.group("task.lead_in_request"), s, "unit");
      r && r.begin > 0 && r.capture != std::string_view::npos && opens_with_unit(s) &&
      matches("task.sender_request", s.substr(0, r.end)))
    if (auto req = read_subject_sentence(s.substr(r.capture));
        tells_work(req) && addresses_units(req->lead) &&
        std::all_of(req->lead.begin(), req->lead.end(), [&](const std::string& u) {
          return names_a_unit(u) && !matches("task.regulated_party", u) && !matches("task.private_party", u);  // not "các doanh nghiệp …"
        }) &&
        !matches("task.polite_request_no_work", req->work) && !matches("task.closing_no_work", req->work))
      return req;
  if (ends_with_colon(s)) return std::nullopt;
  auto sub = read_subject_sentence(s);
  if (tells_work(sub) && matches("task.addressed_kinds", sub->lead.front()) &&
      std::all_of(sub->lead.begin(), sub->lead.end(), [&](const std::string& u) { return names_a_unit(u); }) &&
      !matches("task.accountability", sub->work))
    return sub;
  return std::nullopt;
}

}  // namespace vnpolicy
