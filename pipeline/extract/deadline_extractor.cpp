#include "extract/deadline_extractor.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/dates.h"
#include "core/text.h"

namespace vnpolicy {
namespace {

struct Candidate {
  size_t begin, end;  // offsets in the document text
  const Rule* rule;
  std::vector<std::string> groups;  // captures by index ("" when unset)
};

std::string group(const Candidate& c, const char* name) {
  int i = c.rule->group_index(name);
  return i >= 0 ? c.groups[static_cast<size_t>(i)] : std::string();
}

int number(const std::string& s) { return s.empty() ? 0 : std::stoi(s); }

int quarter_of(const std::string& s) {
  if (s.empty()) return 0;
  return std::isdigit(static_cast<unsigned char>(s[0])) ? std::stoi(s) : quarter_from_roman(s);
}

// First day of what the start captures name (a quarter, a month or a year), or the day it names.
OptString start_of(const Candidate& c, int default_year) {
  int y = number(group(c, "sy"));
  // "Quý III-IV/2025": the year written once after the span is its start's too.
  if (y == 0 && !(group(c, "sq").empty() && group(c, "sm").empty())) y = number(group(c, "y")) ? number(group(c, "y")) : default_year;
  if (y == 0) return std::nullopt;
  if (int q = quarter_of(group(c, "sq"))) return quarter_start(y, q);
  if (int m = number(group(c, "sm"))) return iso_date(y, m, std::max(1, number(group(c, "sd"))));
  return iso_date(y, 1, 1);
}

// A rule of kind "span" reads a span whose kind is its end's unit when it stays within one year
// ("Tháng 11 - 12/2025" a month, "Từ ngày 01/01/2026 đến ngày 31/3/2026" a date): the guide keeps
// period for spans of years, which a span crossing a year's end is read as.
std::string span_kind(const Candidate& c) {
  const int sy = number(group(c, "sy")), y = number(group(c, "y"));
  if (sy != 0 && y != 0 && sy != y) return "period";
  if (!group(c, "d").empty()) return "date";
  if (!group(c, "q").empty()) return "quarter";
  if (!group(c, "m").empty()) return "month";
  return "period";
}

// Last day of what the end captures name, as the rule's kind reads them.
OptString end_of(const Candidate& c, const std::string& kind, int default_year) {
  int y = number(group(c, "y"));
  if (kind == "recurring" || kind == "conditional") return std::nullopt;
  if (y == 0 && (kind == "month" || kind == "quarter")) y = default_year;
  if (y == 0) return std::nullopt;
  if (int q = quarter_of(group(c, "q"))) return quarter_end(y, q);
  if (int m = number(group(c, "m"))) {
    if (int d = number(group(c, "d"))) return iso_date(y, m, d);
    return month_end(y, m);
  }
  return iso_date(y, 12, 31);
}

void collect(const RuleGroup& rules, std::string_view text, size_t b, size_t e,
             std::vector<Candidate>& out) {
  std::string_view part = text.substr(b, e - b);
  for (const Rule* r : rules.matching(part))
    for_each_match(*r->re, part, [&](size_t mb, size_t me, const std::vector<re2::StringPiece>& m) {
      Candidate c{b + mb, b + me, r, {}};
      for (const auto& g : m) c.groups.push_back(g.data() ? std::string(g) : std::string());
      int t = r->group_index("text");
      if (t >= 0 && m[static_cast<size_t>(t)].data()) {
        c.begin = b + static_cast<size_t>(m[static_cast<size_t>(t)].data() - part.data());
        c.end = c.begin + m[static_cast<size_t>(t)].size();
      }
      out.push_back(std::move(c));
    });
}

// The year a clause fixes before `at` ("báo cáo kết quả năm 2025 trước ngày 31/01 năm liền kề"): the
// last "năm YYYY" back to the clause's start within text[b, at), leaving out the year of a written
// date ("ngày 10 tháng 3 năm 2025"); 0 when there is none. A decimal point ("2.500 ha") ends no clause.
int clause_year(std::string_view text, size_t b, size_t at) {
  constexpr size_t kWithin = 300;
  const size_t from = clause_start(text, at, std::max(b, at > kWithin ? at - kWithin : 0));
  const std::string_view clause = text.substr(from, at - from);
  constexpr std::string_view kYear = "năm ";
  for (size_t k = clause.rfind(kYear); k != std::string_view::npos; k = k == 0 ? std::string_view::npos : clause.rfind(kYear, k - 1)) {
    const int year = year_at(clause, k + kYear.size());
    if (year == 0) continue;
    // "tháng 3 năm 2025" ends a written date: not the year the clause is about.
    std::string_view before = trim(clause.substr(0, k));
    size_t digits = before.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(before[digits - 1]))) --digits;
    if (digits < before.size() && trim(before.substr(0, digits)).ends_with("tháng")) continue;
    return year;
  }
  return 0;
}

// How far (bytes) a bare cadence may stand before or after the recurring day it belongs to.
constexpr size_t kCadenceBefore = 40;
constexpr size_t kCadenceAfter = 100;
// How far (bytes) after a bare "định kỳ" the clause may say how often ("… vào thứ Sáu hằng tuần").
constexpr size_t kPeriodWithin = 240;

bool overlaps(const Candidate& a, const Candidate& b) { return a.begin < b.end && b.begin < a.end; }

// Earliest first, longest first at one place; a candidate overlapping a kept one is dropped.
std::vector<Candidate> non_overlapping(std::vector<Candidate> cs) {
  std::stable_sort(cs.begin(), cs.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end - a.begin > b.end - b.begin;
  });
  std::vector<Candidate> kept;
  for (auto& c : cs)
    if (kept.empty() || !overlaps(kept.back(), c)) kept.push_back(std::move(c));
  return kept;
}

// A heading, or the text of a numbered item whose marker stands alone on the line before
// ("3.1." then "Báo cáo định kỳ hằng tháng:").
bool titles_section(const SegmentedDocument& doc, size_t i) {
  const Block& b = doc.blocks[i];
  if (b.kind == BlockKind::Heading) return true;
  if (i == 0 || b.kind != BlockKind::Paragraph) return false;
  const Block& prev = doc.blocks[i - 1];
  const std::string_view text = doc.doc.text;
  std::string_view prev_text = text.substr(prev.content.begin, prev.content.end - prev.content.begin);
  bool bare_marker = (prev.kind == BlockKind::ListItem || prev.kind == BlockKind::Heading) &&
                     prev_text.find_first_not_of("0123456789.) \t\r\n") == std::string_view::npos;
  std::string_view own = trim(text.substr(b.content.begin, b.content.end - b.content.begin));
  return bare_marker && !own.empty() && own.back() == ':';
}

// Letters and digits only, lower case: a title is compared with the blocks it was read from
// whatever its line breaks and spacing.
std::string letters_of(std::string_view s) {
  std::string out;
  for (unsigned char ch : to_lower(s))
    if (ch >= 0x80 || std::isalnum(ch)) out.push_back(static_cast<char>(ch));
  return out;
}

// The blocks near the top whose text is part of the document's title (trích yếu): "Báo cáo tình hình
// ... trong năm 2025" names what the document is about, not a limit set on work.
std::vector<bool> title_blocks(const SegmentedDocument& doc, const DocumentHeader& header) {
  constexpr size_t kHeaderBlocks = 20;
  constexpr size_t kMinLetters = 12;  // a short line ("Kính gửi") may stand in any title
  std::vector<bool> in_title(doc.blocks.size(), false);
  if (!header.title) return in_title;
  const std::string title = letters_of(*header.title);
  for (size_t i = 0; i < std::min(kHeaderBlocks, doc.blocks.size()); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind == BlockKind::TableRow) continue;
    const std::string own = letters_of(std::string_view(doc.doc.text).substr(b.content.begin, b.content.end - b.content.begin));
    in_title[i] = own.size() >= kMinLetters && title.find(own) != std::string::npos;
  }
  return in_title;
}

}  // namespace

int document_year(const DocumentHeader& header) {
  if (header.issued_date) return std::stoi(header.issued_date->substr(0, 4));
  if (header.title) {
    const std::string& t = *header.title;
    for (size_t i = 0; i + 4 <= t.size(); ++i) {
      bool four = std::all_of(t.begin() + i, t.begin() + i + 4, [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
      bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1]))) &&
                   (i + 4 == t.size() || !std::isdigit(static_cast<unsigned char>(t[i + 4])));
      if (four && alone && (t[i] == '2' || t[i] == '1')) return std::stoi(t.substr(i, 4));
    }
  }
  return 0;
}

DeadlineExtractor::DeadlineExtractor(const RuleSet& rules)
    : rules_(rules), tables_(rules), labels_(rules), recalled_cues_(PhraseList::load(rules, "recalled_limit_cues")),
      recalled_masks_(PhraseList::load(rules, "recalled_limit_cue_masks")),
      bare_periodic_(PhraseList::load(rules, "bare_periodic_cues")),
      meeting_titles_(PhraseList::load(rules, "meeting_notice_title_cues")) {}

OptString DeadlineExtractor::past_before(const SegmentedDocument& doc, const DocumentHeader& header) const {
  if (!header.issued_date || !header.title || !meeting_titles_.any_in(to_lower(*header.title))) return header.issued_date;
  // The meeting is told in the first paragraph that opens with its day.
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::Paragraph) continue;
    std::vector<Candidate> found;
    collect(rules_.group("deadline.meeting_day"), doc.doc.text, b.content.begin, b.content.end, found);
    if (found.empty()) continue;
    OptString day = end_of(found.front(), "date", 0);
    // A day months before the notice is history it tells, not the meeting it reports.
    auto months = [](const std::string& iso) { return std::stoi(iso.substr(0, 4)) * 12 + std::stoi(iso.substr(5, 2)); };
    if (day && *day < *header.issued_date && months(*header.issued_date) - months(*day) <= 3) return day;
    return header.issued_date;
  }
  return header.issued_date;
}

bool DeadlineExtractor::recalled_limit(const std::string& text, size_t at) const {
  // Its own sentence (back to a '.', ';' or ':', at most 300 bytes) carries the order.
  size_t from = at > 300 ? at - 300 : 0;
  size_t stop = text.find_last_of(".;:", at == 0 ? 0 : at - 1);
  if (stop != std::string::npos && stop + 1 > from) from = stop + 1;
  std::string sentence = to_lower(collapse_whitespace(std::string_view(text).substr(from, at - from)));
  for (const std::string& m : recalled_masks_.list)
    for (size_t k = sentence.find(m); k != std::string::npos; k = sentence.find(m, k + m.size()))
      std::fill(sentence.begin() + static_cast<std::ptrdiff_t>(k), sentence.begin() + static_cast<std::ptrdiff_t>(k + m.size()), ' ');
  return recalled_cues_.any_in(sentence);
}

std::vector<Deadline> DeadlineExtractor::scan(const SegmentedDocument& doc, size_t b, size_t e, bool cell,
                                              int default_year, bool prose_fallback, std::vector<size_t>* begins) const {
  const std::string& text = doc.doc.text;
  std::vector<Candidate> found;
  if (cell) {
    // Cell rules are anchored at the cell's first letter and end at its last.
    size_t s = b, ce = e;
    while (s < ce && (text[s] == ' ' || text[s] == '*' || text[s] == '-')) ++s;
    while (ce > s && std::string_view(" .;,\n").find(text[ce - 1]) != std::string_view::npos) --ce;
    collect(rules_.group("deadline.cell"), text, s, ce, found);
  }
  const bool as_prose = found.empty();
  if (as_prose && (!cell || prose_fallback)) collect(rules_.group("deadline.prose"), text, b, e, found);
  // Vetoes only drop candidates: without one, most paragraphs, there is nothing to veto.
  if (found.empty()) return {};
  // A Thời gian cell a cell rule reads holds nothing but time: no noun to veto. One read as prose
  // says more ("Thời gian: Phong trào thi đua trong năm 2026 …"), and is vetoed like prose.
  std::vector<Candidate> vetoes;
  if (as_prose) collect(rules_.group("deadline.not"), text, b, e, vetoes);

  struct Kept {
    Candidate cue;  // where it stands and which rule read it, for the cadence pass below
    Deadline deadline;
  };
  std::vector<Kept> kept;
  size_t periodic_end = std::string::npos;  // where the last bare periodic cue kept ends
  for (const Candidate& c : non_overlapping(std::move(found))) {
    // A veto drops what it overlaps, not a longer limit that holds it ("trong thời hạn 90 ngày kể
    // từ ngày người hưởng trợ cấp hằng tháng chết" keeps its time though "trợ cấp hằng tháng" is vetoed).
    auto drops = [&](const Candidate& v) {
      bool holds = c.begin <= v.begin && v.end <= c.end && c.end - c.begin > v.end - v.begin;
      return overlaps(v, c) && !holds;
    };
    if (std::any_of(vetoes.begin(), vetoes.end(), drops)) continue;
    Deadline d;
    d.kind = c.rule->field("kind");
    if (d.kind == "span") d.kind = span_kind(c);
    d.start = start_of(c, default_year);
    d.end = end_of(c, d.kind, default_year);
    // "trước ngày 31/01 năm liền kề" recurs each year unless its clause fixes the year it follows.
    if (const std::string shift = c.rule->field("year_shift"); !shift.empty())
      if (int y = clause_year(text, b, c.begin)) {
        d.kind = "date";
        d.end = iso_date(y + std::stoi(shift), number(group(c, "m")), number(group(c, "d")));
      }
    bool needs_end = d.kind != "recurring" && d.kind != "conditional" && d.kind != "period";
    if (needs_end && !d.end) continue;  // an impossible date is no deadline
    // "Định kỳ báo cáo … kết quả thực hiện hằng năm": a bare "định kỳ" and the period that then
    // says how often, close in one clause, are one recurring duty.
    if (d.kind == "recurring" && periodic_end != std::string::npos && c.begin - periodic_end <= kPeriodWithin &&
        text.substr(periodic_end, c.begin - periodic_end).find_first_of(";.") == std::string::npos)
      continue;
    const std::string cue = to_lower(trim(std::string_view(text).substr(c.begin, c.end - c.begin)));
    periodic_end = bare_periodic_.has(cue) ? c.end : std::string::npos;
    d.text = doc.doc.source_text(c.begin, c.end);
    d.line = doc.doc.line_of(c.begin);
    kept.push_back({c, std::move(d)});
  }
  // "định kỳ 6 tháng trước ngày 30 tháng 6", "trước ngày 10/01 hằng năm báo cáo … hằng năm": a bare
  // cadence next to a day that recurs, in one clause, says how often that day comes; one limit.
  auto same_clause = [&](size_t from, size_t to) {
    return to >= from && text.substr(from, to - from).find_first_of(";.") == std::string::npos;
  };
  auto absorbed = [&](const Candidate& bare) {
    if (bare.rule->field("cadence") != "bare") return false;
    return std::any_of(kept.begin(), kept.end(), [&](const Kept& k) {
      const Candidate& dated = k.cue;
      if (dated.rule->field("cadence") != "dated") return false;
      if (bare.end <= dated.begin) return dated.begin - bare.end <= kCadenceBefore && same_clause(bare.end, dated.begin);
      return dated.end <= bare.begin && bare.begin - dated.end <= kCadenceAfter && same_clause(dated.end, bare.begin);
    });
  };
  std::vector<Deadline> merged;
  for (Kept& k : kept) {
    if (absorbed(k.cue)) continue;
    if (begins) begins->push_back(k.cue.begin);
    merged.push_back(std::move(k.deadline));
  }
  return merged;
}

std::vector<Deadline> DeadlineExtractor::extract(const SegmentedDocument& doc, const DocumentHeader& header) const {
  const int year = document_year(header);
  const OptString past = past_before(doc, header);
  const std::vector<TableLayout> layouts = tables_.layouts(doc);
  std::vector<Deadline> out;
  // A limit that had passed when the document was issued is a past date, not a deadline;
  // but a task table's Thời gian cell is the limit set on that task whenever it falls (a
  // programme amended in April keeps a task due "Tháng 3/2026").
  auto add = [&](std::vector<Deadline> ds, bool table_cell = false, const std::vector<size_t>* begins = nullptr) {
    for (size_t i = 0; i < ds.size(); ++i) {
      Deadline& d = ds[i];
      if (!table_cell && past && d.end && *d.end < *past &&
          !(begins && d.kind == "date" && recalled_limit(doc.doc.text, (*begins)[i])))
        continue;
      out.push_back(std::move(d));
    }
  };
  // A flattened table's Thời gian cell holds nothing but time; its Kết quả cell ("Báo cáo
  // hằng năm") is a product: neither is read as prose.
  std::vector<bool> time_cell(doc.blocks.size(), false);
  std::vector<Span> quiet;
  for (const FlatRow& row : tables_.flattened_rows(doc))
    for (const FlatCell& c : row.cells) {
      if (c.column == Column::Time) add(scan(doc, c.span().begin, c.span().end, true, year, row.delimited), true);
      if (c.column == Column::Time || c.column == Column::Product) quiet.push_back(c.span());
    }
  std::sort(quiet.begin(), quiet.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  // Prose deadlines of text[b, e) outside the quiet cells.
  auto prose = [&](size_t b, size_t e) {
    auto it = std::lower_bound(quiet.begin(), quiet.end(), b, [](const Span& s, size_t o) { return s.end <= o; });
    for (; it != quiet.end() && it->begin < e && b < e; ++it) {
      if (it->begin > b) {
        std::vector<size_t> at;
        add(scan(doc, b, it->begin, false, year, true, &at), false, &at);
      }
      b = std::max(b, it->end);
    }
    std::vector<size_t> at;
    if (b < e) add(scan(doc, b, e, false, year, true, &at), false, &at);
  };
  // A "Thời gian thực hiện:" label holds a time like a table's cell ("Quý II/2024", "6/2025"),
  // and like the cell it is the limit set on its task even when it falls before the issue date
  // (a plan drafted in October and approved in November keeps "Trước ngày 15/11/2025").
  for (const LabelGroup& g : labels_.groups(doc))
    for (const LabelLine& l : g.labels) {
      if (l.role != LabelRole::Time) continue;
      add(scan(doc, l.value.begin, LabelBlockReader::value_end(doc, l), true, year), true);
      for (int b = l.block; b <= l.last_block; ++b) time_cell[static_cast<size_t>(b)] = true;
    }
  const std::vector<bool> in_title = title_blocks(doc, header);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (time_cell[i] || in_title[i]) continue;
    if (b.kind == BlockKind::TableRow && tables_.is_header(doc, b)) continue;
    if (b.kind == BlockKind::TableRow && layouts[i].assigns()) {
      // A row broken over lines is read as one: its time cell may stand on any of them.
      const TableRowCells row = tables_.row_at(doc, layouts, i);
      int t = layouts[i].index(Column::Time);
      size_t found = out.size();
      if (t >= 0 && t < static_cast<int>(row.cells.size()))
        add(scan(doc, row.cells[static_cast<size_t>(t)].begin, row.cells[static_cast<size_t>(t)].end, true, year), true);
      // A row joined from broken lines may have lost a cell, so its time stands in another column: its
      // text is read as prose.
      if (out.size() == found && row.last_block > i) prose(row.span.begin, row.span.end);
      i = row.last_block;
      continue;
    }
    size_t before = out.size();
    prose(b.content.begin, b.content.end);
    // "3.2. Trách nhiệm tổng hợp báo cáo hàng tháng, 6 tháng và hàng năm:" names the reports a
    // section is about; the cadence in a title is no limit unless it leads it ("Hằng năm:").
    if (titles_section(doc, i)) {
      const std::string head = to_lower(trim(std::string_view(doc.doc.text).substr(b.content.begin, b.content.end - b.content.begin)));
      out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                               [&](const Deadline& d) { return d.kind == "recurring" && !head.starts_with(to_lower(trim(d.text))); }),
                out.end());
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Deadline& a, const Deadline& b) { return a.line < b.line; });
  return out;
}

}  // namespace vnpolicy
