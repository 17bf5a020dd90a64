#include "extract/target_scope.h"

#include <cctype>
#include <unordered_map>

#include "core/text.h"
#include "extract/vietnamese_number.h"

namespace vnpolicy {
namespace {

Scope merged(Scope outer, const Scope& inner) {
  // In a law, decree or circular only a section of goals ("Điều 2. Mục tiêu") holds figures:
  // its "Kết quả" or "Nhiệm vụ" sections set rules like the rest of it. So in a scope of rates
  // ("định mức phân bổ"): a lead-in "Thu nội địa (dự kiến kế hoạch năm 2026):" gives the base
  // a rate is reckoned on, not a goal.
  if (inner.kind && (!(outer.kind == "norm" || outer.kind == "rules") || inner.goal || inner.kind == "norm")) outer.kind = inner.kind;
  if (inner.year) outer.year = inner.year;
  return outer;
}

bool numbered(MarkerKind k) {
  return k == MarkerKind::Roman || k == MarkerKind::Arabic || k == MarkerKind::ArabicNested || k == MarkerKind::UpperLetter;
}

// A title line names a section; a line with a figure in it is content, whatever its shape.
bool holds_a_figure(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') continue;
    size_t k = i;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    if (!looks_like_year(s.substr(i, k - i))) return true;
    i = k;
  }
  return false;
}

// The item's lead: its text up to the first ':' or the end of its first sentence.
std::string_view lead_of(const SegmentedDocument& seg, const Block& b) {
  std::string_view content = trim(seg.text(b.content));
  if (!b.sentences.empty()) {
    std::string_view first = trim(seg.text(b.sentences.front()));
    if (first.size() < content.size()) content = first;
  }
  size_t colon = content.find(':');
  return colon == std::string_view::npos ? content : content.substr(0, colon + 1);
}

// Whether a document symbol ("1234/QĐ-TTg", "27-NQ/TW") stands at s[i] == '/': a digit or a capital
// before, a capital after.
bool symbol_slash(std::string_view s, size_t i) {
  if (i == 0 || i + 1 >= s.size()) return false;
  const unsigned char before = static_cast<unsigned char>(s[i - 1]), after = static_cast<unsigned char>(s[i + 1]);
  const bool after_capital = (after >= 'A' && after <= 'Z') || (after == 0xC4 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 2]) == 0x90);
  return after_capital && (std::isdigit(before) || (before >= 'A' && before <= 'Z'));
}

// "Thực hiện Quyết định số 1234/QĐ-TTg ngày ... phê duyệt kế hoạch ... giai đoạn 2026-2030; UBND tỉnh
// yêu cầu ... như sau:": the years of a cited document's name, from its symbol to the next ';' (a name
// may hold commas: "giai đoạn 2026-2030, tầm nhìn đến năm 2045"), else to the next ',', are that
// document's period, not the one the lead-in opens. They are blanked.
std::string without_cited_names(std::string text) {
  for (size_t i = text.find('/'); i != std::string::npos; i = text.find('/', i + 1)) {
    if (!symbol_slash(text, i)) continue;
    size_t end = text.find(';', i);
    if (end == std::string::npos) end = std::min(text.find(',', i), text.size());
    for (size_t j = i; j < end; ++j)
      if (std::isdigit(static_cast<unsigned char>(text[j]))) text[j] = ' ';
    i = end == text.size() ? end - 1 : end;
  }
  return text;
}

}  // namespace

bool opens_section(MarkerKind k) {
  return k == MarkerKind::Caps || k == MarkerKind::Part || k == MarkerKind::Chapter || k == MarkerKind::Article ||
         k == MarkerKind::UpperLetter || k == MarkerKind::Roman;
}

TargetScopes::TargetScopes(const RuleSet& rules)
    : year_rules_(rules.group("target.year")),
      rules_numbers_(rules.group("target.rules_document")),
      period_titles_(rules.group("target.period_title")),
      recipients_(rules.group("target.recipients")),
      target_sections_(PhraseList::load(rules, "target_section_cues")),
      actual_sections_(PhraseList::load(rules, "actual_section_cues")),
      report_types_(PhraseList::load(rules, "report_doc_types")),
      rule_types_(PhraseList::load(rules, "rule_doc_types")),
      rule_goal_cues_(PhraseList::load(rules, "rule_goal_cues")),
      plan_titles_(PhraseList::load(rules, "plan_title_cues")),
      goal_cues_(PhraseList::load(rules, "goal_cues")),
      norm_cues_(PhraseList::load(rules, "norm_cues")),
      cue_masks_(PhraseList::load(rules, "section_cue_masks")) {}

bool TargetScopes::cued(const PhraseList& cues, std::string lower) const {
  return cues.any_in(cue_masks_.blanked(std::move(lower)));
}

DocumentScope TargetScopes::document(const SegmentedDocument& seg, const DocumentHeader& header) const {
  DocumentScope d;
  if (header.doc_type) {
    const std::string type = to_lower(*header.doc_type);
    d.report = report_types_.has(type);
    d.rules = rule_types_.has(type);
  }
  // A report is about the first period its title names, a plan aims at the last.
  if (header.title) {
    auto ys = year_mentions(year_rules_, *header.title);
    if (!ys.empty()) d.year = d.report ? ys.front().year : ys.back().year;
    const std::string title = to_lower(*header.title);
    // "Nghị quyết quy định mức chi ...": a document that sets rates sets no goals.
    d.norms = cued(norm_cues_, title);
    // "Nghị quyết số 103/2023/QH15 về kế hoạch phát triển kinh tế - xã hội năm 2024" sets goals;
    // without its title what a yearly-numbered document sets is unknown.
    if (!d.rules && header.number && rules_numbers_.first_matching(*header.number)) d.rules = !cued(plan_titles_, title);
    d.title = collapse_whitespace(title);
  }
  if (header.issued_date && header.issued_date->size() >= 4) d.issued_year = std::atoi(header.issued_date->substr(0, 4).c_str());
  // Crawled text without its header: the latest day it tells of (not a limit it sets) is the
  // nearest year to when it was written, and results it gives without a year are that year's.
  else d.issued_year = latest_written_year(year_rules_, seg.doc.text);
  return d;
}

Scope TargetScopes::scope_of_name(const std::string& name, bool lead_in) const {
  Scope s;
  std::string lower = to_lower(name);
  if (cued(norm_cues_, lower)) s.kind = "norm";
  else if (cued(actual_sections_, lower)) s.kind = "actual";
  else if (cued(target_sections_, lower) || (lead_in && cued(goal_cues_, lower))) s.kind = "target";
  auto ys = year_mentions(year_rules_, name);
  s.goal = cued(rule_goal_cues_, lower);
  if (!ys.empty()) s.year = s.kind == "actual" ? ys.front().year : ys.back().year;
  return s;
}

Scope TargetScopes::named(const SegmentedDocument& seg, const Block& b, bool lead_in) const {
  if (b.kind == BlockKind::Heading) return scope_of_name(std::string(seg.text(b.span)), lead_in);
  if (lead_in) return scope_of_name(without_cited_names(std::string(trim(seg.text(b.span)))), true);
  if (b.kind != BlockKind::ListItem) return {};
  std::string_view lead = lead_of(seg, b);
  // "1. Phấn đấu đến cuối năm 2025 đạt các chỉ tiêu sau:" or a short numbered title names
  // what is under it; the lead of a lettered or dashed work item gives its year only.
  bool introduces = !lead.empty() && lead.back() == ':';
  if (numbered(b.marker_kind) && !lead.empty() && lead.size() <= 200 && lead.back() != ',' && lead.back() != ';') {
    if (introduces || lead.size() <= 120) return scope_of_name(std::string(lead), introduces);
  }
  if (introduces) return scope_of_name(std::string(lead), true);
  Scope s;
  auto ys = year_mentions(year_rules_, lead);
  // "- Giai đoạn 2025-2027" over "+ 100% dịch vụ công …": an item that only names a period
  // titles the items under it, whatever its shape.
  if (!ys.empty() && (b.heading_like || period_titles_.first_matching(lead))) s.year = ys.back().year;
  return s;
}

std::optional<int> TargetScopes::period_row_year(const SegmentedDocument& seg, const Block& row) const {
  std::string_view named;
  for (size_t c = 0; c < row.cells.size(); ++c) {
    std::string_view cell = trim(seg.text(row.cells[c]));
    if (cell.empty()) continue;
    if (c == 0 && cell.size() <= 5 && cell.find(' ') == std::string_view::npos) continue;  // its number: "I", "A", "1"
    if (!named.empty()) return std::nullopt;
    named = cell;
  }
  if (named.empty() || !period_titles_.first_matching(named)) return std::nullopt;
  auto ys = year_mentions(year_rules_, named);
  if (ys.empty()) return std::nullopt;
  return ys.back().year;
}

std::vector<Scope> TargetScopes::blocks(const SegmentedDocument& seg, const DocumentScope& doc) const {
  const size_t n = seg.blocks.size();
  std::vector<Scope> inner(n), governs(n);
  std::unordered_map<int, int> title, colon;  // per parent: the title line / ':' lead-in in force
  std::unordered_map<int, int> row_period;    // per parent: the year a period row gives the rows after it
  Scope top;
  top.year = doc.year;
  if (doc.norms) top.kind = "norm";
  else if (doc.rules) top.kind = "rules";
  int last_body = -1;
  auto lead = [&](const std::unordered_map<int, int>& m, int parent) -> const Scope* {
    auto it = m.find(parent);
    return it == m.end() ? nullptr : &governs[static_cast<size_t>(it->second)];
  };
  for (size_t i = 0; i < n; ++i) {
    const Block& b = seg.blocks[i];
    if (b.kind == BlockKind::Footnote) {  // printed at a page break: it belongs where the body was
      inner[i] = governs[i] = last_body >= 0 ? inner[static_cast<size_t>(last_body)] : top;
      continue;
    }
    last_body = static_cast<int>(i);
    const int p = b.parent;
    const Scope base = p >= 0 ? governs[static_cast<size_t>(p)] : top;
    if (b.kind == BlockKind::TableRow) {
      if (auto y = period_row_year(seg, b)) row_period[p] = *y;
    } else {
      row_period.erase(p);  // the table has ended
    }
    if (b.kind == BlockKind::TableRow || (b.marker_kind != MarkerKind::None && !opens_section(b.marker_kind))) {
      const Scope* l = lead(colon, p);
      if (!l) l = lead(title, p);
      inner[i] = l ? *l : base;
      if (auto rp = row_period.find(p); b.kind == BlockKind::TableRow && rp != row_period.end()) inner[i].year = rp->second;
      governs[i] = b.kind == BlockKind::TableRow ? inner[i] : merged(inner[i], named(seg, b, false));
      continue;
    }
    if (b.marker_kind != MarkerKind::None) {  // a section of its own
      title.erase(p);
      colon.erase(p);
      inner[i] = base;
      governs[i] = merged(base, named(seg, b, false));
      continue;
    }
    // A lead-in written after a list item continues that item in the tree, but it leads
    // the items after it, which hang on the item's parent: it is in force on every level up
    // to the first that is not a list item.
    std::vector<int> levels{p};
    for (int q = p; q >= 0 && seg.blocks[static_cast<size_t>(q)].kind == BlockKind::ListItem;) {
      q = seg.blocks[static_cast<size_t>(q)].parent;
      levels.push_back(q);
    }
    std::string_view text = trim(seg.text(b.span));
    // The title's lines (under "KẾ HOẠCH", or repeated over an annex) name the document, not
    // a kind of section: "... công tác dân số trong tình hình mới" heads no results.
    const bool title_line = b.heading_like && text.size() >= 12 && !doc.title.empty() &&
                            doc.title.find(collapse_whitespace(to_lower(text))) != std::string::npos;
    const Scope* t = lead(title, p);
    if (!text.empty() && text.back() == ':') {
      inner[i] = t ? *t : base;
      governs[i] = merged(inner[i], named(seg, b, true));
      for (int q : levels) colon[q] = static_cast<int>(i);
    } else if (b.heading_like && text.size() <= 160 && !holds_a_figure(text)) {
      inner[i] = base;
      Scope own = named(seg, b, true);
      if (title_line) own.kind.reset();
      governs[i] = merged(base, own);
      for (int q : levels) {
        colon.erase(q);
        title[q] = static_cast<int>(i);
      }
    } else {
      colon.erase(p);
      inner[i] = governs[i] = t ? *t : base;
    }
  }
  // "Nơi nhận:" and the dash items under it ("- UBND 34 tỉnh, thành phố;", "- Lưu: VT (03 bản).").
  for (size_t i = 0; i < n; ++i) {
    if (!recipients_.first_matching(trim(seg.text(seg.blocks[i].content)))) continue;
    inner[i].kind = "recipients";
    for (size_t j = i + 1; j < n && seg.blocks[j].marker_kind == MarkerKind::Dash; ++j) inner[j].kind = "recipients";
  }
  return inner;
}

}  // namespace vnpolicy
