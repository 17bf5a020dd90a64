#include "extract/indicator_table.h"

#include <algorithm>

#include "core/text.h"
#include "extract/indicator_table_text.h"
#include "extract/target_text.h"
#include "extract/vietnamese_number.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

using Role = IndicatorColumn::Role;
using namespace table_text;

constexpr size_t kMaxTitleWords = 12;
constexpr int kCaptionLines = 3;  // a table's caption stands on one of the lines just above it (title, caption)

// Marks a title that, its year aside ("Năm 2024 Điểm số", "Xếp hạng 2023"), names an index
// table's score, rank, or both ("Điểm số/Thứ hạng"); false when it names neither. A score
// column counts only beside a rank column (columns_of): "Địa điểm" alone is none.
bool score_or_rank(const std::string& title, const std::vector<std::string>& scores, const std::vector<std::string>& ranks,
                   IndicatorColumn& c) {
  std::string core;
  std::string t = title;
  std::replace(t.begin(), t.end(), '/', ' ');
  for (std::string_view w : split(t, ' ')) {
    if (w.empty() || w == "năm" || std::all_of(w.begin(), w.end(), [](char ch) { return (ch >= '0' && ch <= '9') || ch == '-'; })) continue;
    if (!core.empty()) core += ' ';
    core += w;
  }
  // "Bình An Điểm số": a group per province names its score last.
  for (const auto& s : scores) {
    for (const auto& r : ranks)
      if (ends_with_phrase(core, s + " " + r)) return c.score_rank = true;
    if (ends_with_phrase(core, s)) return c.score = true;
  }
  for (const auto& r : ranks)
    if (starts_with_phrase(core, r) || ends_with_phrase(core, r)) return c.rank = true;
  return false;
}

}  // namespace

bool IndicatorTables::covers(int line) const {
  for (const auto& [first, last] : lines)
    if (line >= first && line <= last) return true;
  return false;
}

IndicatorTableReader::IndicatorTableReader(const RuleSet& rules)
    : cells_(rules.group("target.table_cell")),
      comparator_(rules.group("target.comparator")),
      comparator_after_(rules.group("target.comparator_after")),
      noise_(rules.group("layout.noise_line")),
      caption_(rules.group("target.table_caption")),
      years_(rules.group("target.year")),
      units_(rules),
      goal_cues_(PhraseList::load(rules, "goal_cues")) {
  const nlohmann::json* lx = rules.lexicon("indicator_table_columns");
  if (!lx) return;
  for (auto [field, name] : {std::pair{&words_.number, "number"}, {&words_.name, "name"}, {&words_.unit, "unit"},
                             {&words_.other, "other"}, {&words_.compare, "compare"}, {&words_.ratio, "ratio"}, {&words_.target, "target"},
                             {&words_.actual, "actual"}, {&words_.estimate, "estimate"}, {&words_.veto, "veto"},
                             {&words_.code, "code"}, {&words_.count, "count"},
                             {&words_.not_count, "not_count"}, {&words_.end, "end"},
                             {&words_.rank, "rank"}, {&words_.score, "score"}, {&words_.not_score, "not_score"},
                             {&words_.unit_last, "unit_last"}, {&words_.group, "group"}}) {
    auto it = lx->find(name);
    if (it == lx->end()) continue;
    for (const auto& w : *it) field->push_back(key(w.get<std::string>()));
    std::sort(field->begin(), field->end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
}

IndicatorColumn IndicatorTableReader::column_of(std::string_view title) const {
  IndicatorColumn c;
  std::string t = key(clean_name(title));
  // "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)": a long note in
  // brackets explains the column; its head names it.
  if (count_words(t) > kMaxTitleWords) t = key(without_brackets(clean_name(title)));
  if (t.empty() || count_words(t) > kMaxTitleWords) return c;
  for (const auto& w : words_.number)
    if (t == w) { c.role = Role::Number; return c; }
  // "So sánh (%)", "TH 2024/KH 2024", "Tăng, giảm": numbers, but not figures of the indicator.
  if (starts_with_any(t, words_.compare)) { c.numeric = true; return c; }
  if (!ends_with_any(t, words_.not_score) &&
      score_or_rank(t, words_.score, words_.rank, c)) {
    c.numeric = true;
    c.year = last_year(t, &c.from_year);
    if (c.score_rank) c.role = Role::Value;  // its cells hold their own rank: no header is needed to tell it
    return c;
  }
  if (starts_with_any(t, words_.other)) return c;
  for (const auto& w : words_.ratio)
    if (t.find(w) != std::string::npos) { c.numeric = true; return c; }
  if (starts_with_any(t, words_.code)) { c.numeric = true; return c; }  // "Mã số": numbers that name the row
  c.year = last_year(t, &c.from_year);
  if (!c.year && starts_with_any(t, words_.name)) {
    c.role = Role::Name;
    c.group = ends_with_any(t, words_.group);
    return c;
  }
  if (!c.year && starts_with_any(t, words_.unit)) { c.role = Role::Unit; return c; }
  // "Kết quả thống kê" over "Đơn vị tính | Số liệu": the group title joins the sub-title.
  if (!c.year && ends_with_any(t, words_.unit_last)) { c.role = Role::Unit; return c; }
  if (contains_any(t, words_.actual)) c.kind = "actual";
  else if (contains_any(t, words_.target)) c.kind = "target";
  c.estimate = contains_any(t, words_.estimate);
  if (c.year || c.kind) c.role = Role::Value, c.numeric = true;
  c.count = counts(t, &c.count_unit);
  return c;
}

bool IndicatorTableReader::counts(std::string_view title, std::string* noun) const {
  std::string t = key(clean_name(title));
  if (starts_with_any(t, words_.not_count)) return false;
  for (const auto& head : words_.count) {  // longest first
    if (!starts_with_phrase(t, head)) continue;
    std::string_view rest = trim(std::string_view(t).substr(head.size()));
    if (noun) noun->clear();
    if (auto m = units_.match(rest); m && (m->length == rest.size() || rest[m->length] == ' ') && noun)
      *noun = std::string(rest.substr(0, m->length));
    return true;
  }
  return false;
}

std::vector<IndicatorColumn> IndicatorTableReader::columns_of(const std::vector<std::string>& titles) const {
  std::vector<IndicatorColumn> cols;
  bool name = false, value = false, unit = false, dated = false, assigns = false;
  bool ranked = false;
  for (const auto& t : titles) ranked = ranked || column_of(t).rank;
  for (const auto& t : titles) {
    assigns = assigns || contains_any(key(t), words_.veto);
    cols.push_back(column_of(t));
    // "Điểm số" beside "Thứ hạng": the scores of an index table, for the year over them or the report's.
    if (ranked && cols.back().score) cols.back().role = Role::Value;
    name = name || cols.back().role == Role::Name;
    unit = unit || cols.back().role == Role::Unit;
    value = value || cols.back().role == Role::Value;
    dated = dated || (cols.back().role == Role::Value && cols.back().year);
  }
  // Value columns without a year ("Kết quả") make a table of figures only beside a unit column
  // or a rank column (an index table's scores).
  if (!name || !value || !(dated || unit || ranked)) return {};
  // "Đơn vị chủ trì", "Thời hạn": an assignment table, unless a column holds a year's figures.
  if (assigns && !dated) return {};
  return cols;
}

bool IndicatorTableReader::is_unit(std::string_view cell) const {
  std::string_view t = trim(cell);
  if (t.empty() || code_point_count(t) > 24) return false;
  if (t == "%" || t == "‰") return true;
  auto m = units_.match(t);
  return m && trim(t.substr(m->length)).empty();
}

std::optional<TableFigure> IndicatorTableReader::cell_figure(std::string_view cell) const {
  std::string raw(cell);
  std::replace(raw.begin(), raw.end(), '*', ' ');  // "**7,5**"
  const std::string c = collapse_whitespace(trim(raw));
  if (c.empty()) return std::nullopt;
  for (const Rule* r : cells_) {
    auto m = match_once(*r, c, 0, RE2::ANCHOR_BOTH);
    if (m.empty()) continue;
    auto value = parse_vietnamese_number(named_group(*r, m, "num"));
    if (!value) continue;
    TableFigure f;
    f.cell = c;
    f.value = *value;
    f.rule_id = r->id;
    if (!named_group(*r, m, "pct").empty()) f.unit = "%";
    if (std::string max = named_group(*r, m, "max"); !max.empty()) {
      f.value_max = parse_vietnamese_number(max);
      if (f.value_max) f.comparator = "range";
    }
    std::string bound = named_group(*r, m, "bound"), after = named_group(*r, m, "after");
    if (f.comparator != "range") {
      if (const Rule* b = bound.empty() ? nullptr : comparator_.first_matching(bound)) f.comparator = b->field("comparator", "eq");
      else if (const Rule* a = after.empty() ? nullptr : comparator_after_.first_matching(after)) f.comparator = a->field("comparator", "eq");
    }
    return f;
  }
  return std::nullopt;
}

std::optional<TableFigure> IndicatorTableReader::score_of_pair(std::string_view cell) const {
  std::string c = collapse_whitespace(trim(cell));
  size_t space = c.rfind(' ');
  if (space == std::string::npos) return std::nullopt;
  std::string_view rank = std::string_view(c).substr(space + 1);
  if (rank.empty() || rank.size() > 3 || !std::all_of(rank.begin(), rank.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return std::nullopt;
  return cell_figure(std::string_view(c).substr(0, space));
}

std::string IndicatorTableReader::caption_unit(const NormalizedDocument& nd, int first_line) const {
  int seen = 0;
  for (int l = first_line - 1; l >= 1 && seen < kCaptionLines; --l) {
    std::string_view t = trim(nd.source_line(l));
    if (t.empty() || is_furniture(t)) continue;
    ++seen;
    // "Đơn" / "vị: Triệu đồng.": a caption wrapped in its narrow corner.
    std::string caption(t);
    size_t i = 0;
    if (is_lower_cp(next_code_point(t, i)))
      for (int p = l - 1; p >= 1; --p)
        if (std::string_view above = trim(nd.source_line(p)); !above.empty() && !is_furniture(above)) {
          caption = std::string(above) + " " + caption;
          break;
        }
    for (const Rule* r : caption_.matching(caption)) {
      auto m = match_once(*r, caption);
      std::string unit = m.empty() ? "" : collapse_whitespace(trim(named_group(*r, m, "unit")));
      if (is_unit(unit)) return unit;
      if (is_unit(to_lower(unit))) return to_lower(unit);  // "Triệu đồng": the lexicon's scale words are lower case
    }
  }
  return {};
}

void IndicatorTableReader::name_figure(TableFigure& f, std::string_view name, const std::string& unit,
                                       const std::string& caption) const {
  std::string n = clean_name(name);
  // "Tốc độ tăng trưởng GDP (%) Phấn đấu ≥" over "10,0": the bound ends the name cell.
  for (const Rule* r : comparator_.matching(n)) {
    auto m = match_once(*r, n);
    if (m.empty()) continue;
    if (f.comparator == "eq") f.comparator = r->field("comparator", "eq");
    n = collapse_whitespace(trim(std::string_view(n).substr(0, static_cast<size_t>(m[0].data() - n.data()))));
    std::string low = to_lower(n);
    for (const auto& w : goal_cues_.list)  // "… Phấn đấu ≥"
      if (ends_with_phrase(low, w)) {
        n = collapse_whitespace(trim(std::string_view(n).substr(0, n.size() - w.size())));
        break;
      }
    break;
  }
  if (!unit.empty()) f.unit = unit;
  // "Thu ngân sách (tỷ đồng)": a unit written in the name when the table has no unit column.
  size_t open = n.rfind('(');
  if (open != std::string::npos && n.back() == ')') {
    std::string inside = n.substr(open + 1, n.size() - open - 2);
    auto u = units_.match(inside);
    if (is_unit(inside) && (!is_all_caps(inside) || (u && u->measure))) {  // "(GRDP)" names the indicator, "(USD)" is its unit
      if (f.unit.empty()) f.unit = inside;
      n = collapse_whitespace(trim(std::string_view(n).substr(0, open)));
    }
  }
  if (f.unit.empty() && !caption.empty()) {
    std::string noun;
    if (f.column.count) f.unit = f.column.count_unit;
    else if (counts(n, &noun)) f.unit = noun;  // a row "Số người được đào tạo" under a column "Năm 2025"
    else f.unit = caption;
  }
  f.indicator = n;
}

IndicatorTables IndicatorTableReader::read(const SegmentedDocument& doc) const {
  IndicatorTables out;
  if (words_.name.empty() || cells_.empty()) return out;
  pipe_tables(doc, out);
  flat_tables(doc, out);
  return out;
}

void IndicatorTableReader::pipe_tables(const SegmentedDocument& doc, IndicatorTables& out) const {
  const auto& blocks = doc.blocks;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::TableRow) continue;
    std::vector<std::string> titles;
    for (const Span& c : blocks[i].cells) titles.emplace_back(doc.text(c));
    std::vector<IndicatorColumn> cols = columns_of(titles);
    size_t next = i + 1;
    // "| Chỉ tiêu | ĐVT | Năm 2024 | | Năm 2025 |" over "| | | KH | TH | KH |": a second title row.
    // "| Năm 2026 | | |" under the titles is a group row (its one cell under the number or
    // name column), not a second title row.
    auto group_row_next = [&] {
      std::vector<std::string> cells;
      for (const Span& c : blocks[next].cells) cells.emplace_back(doc.text(c));
      size_t at = 0;
      if (!group_year(cells, &at)) return false;
      Role r = column_of(titles[at]).role;
      return at == 0 || r == Role::Number || r == Role::Name;
    };
    if (next < blocks.size() && blocks[next].kind == BlockKind::TableRow && blocks[next].cells.size() == titles.size() &&
        !group_row_next()) {
      std::vector<std::string> merged = titles;
      bool sub = false, figures = false;
      std::string above;
      for (size_t k = 0; k < titles.size(); ++k) {
        std::string below(trim(doc.text(blocks[next].cells[k])));
        if (!trim(titles[k]).empty()) above = titles[k];
        if (below.empty()) continue;
        const IndicatorColumn below_col = column_of(below);
        // "| | | A. QUẢN LÝ | | 1998 | 1999 |": years under a spanning title are titles, not figures.
        figures = figures || (cell_figure(below).has_value() && !(below_col.year && letters(below) == 0));
        // "Chỉ tiêu" over "Lĩnh vực | Tên chỉ tiêu": a name title under an empty one splits the name column.
        if (below_col.role == Role::Value || below_col.numeric || (below_col.role == Role::Name && trim(titles[k]).empty()))
          sub = true;
        merged[k] = (trim(titles[k]).empty() ? above : titles[k]) + " " + below;
      }
      if (sub && !figures) {
        if (auto m = columns_of(merged); !m.empty()) cols = std::move(m), ++next;
      }
    }
    if (cols.empty()) continue;
    const std::string caption = caption_unit(doc.doc, blocks[i].line);
    // The first name column names the row: a later one is a sub-title of a group, such as the empty
    // "Chỉ số" a flattened index table sets between each province's score and rank. A name column
    // of groups ("Lĩnh vực") gives way to the next one.
    size_t name_col = cols.size(), unit_col = cols.size();
    for (size_t k = 0; k < cols.size(); ++k) {
      if (cols[k].role == Role::Name && (name_col == cols.size() || (cols[name_col].group && !cols[k].group))) name_col = k;
      if (cols[k].role == Role::Unit && unit_col == cols.size()) unit_col = k;
    }
    std::optional<int> group;  // the year a group row ("Năm 2026") gives the figures under it
    for (i = next; i < blocks.size() && blocks[i].kind == BlockKind::TableRow; ++i) {
      const Block& row = blocks[i];
      std::vector<std::string> titles_here;
      for (const Span& c : row.cells) titles_here.emplace_back(doc.text(c));
      if (!columns_of(titles_here).empty()) break;  // the next table's header
      if (auto y = group_year(titles_here)) {
        group = *y;
        continue;
      }
      if (name_col >= row.cells.size()) continue;
      std::string name = clean_name(doc.text(row.cells[name_col]));
      if (name.empty()) continue;
      bool read = false;
      std::string unit = unit_col < row.cells.size() ? collapse_whitespace(trim(doc.text(row.cells[unit_col]))) : "";
      // "Có = 1; Không = 0" in the unit column: the row's cell holds a code of an answer, no figure.
      if (unit.find('=') != std::string::npos) continue;
      for (size_t k = 0; k < cols.size() && k < row.cells.size(); ++k) {
        if (cols[k].role != Role::Value) continue;
        auto f = cols[k].score_rank ? score_of_pair(doc.text(row.cells[k])) : cell_figure(doc.text(row.cells[k]));
        if (!f) continue;
        f->line = doc.doc.line_of(row.cells[k].begin);
        f->column = cols[k];
        if (!f->column.year && group) f->column.year = group;
        name_figure(*f, name, unit, unit_col == cols.size() ? caption : std::string());
        out.figures.push_back(std::move(*f));
        read = true;
      }
      if (read) out.lines.push_back({row.line, doc.doc.line_of(row.span.end > row.span.begin ? row.span.end - 1 : row.span.begin)});
    }
    --i;
  }
}

std::optional<int> IndicatorTableReader::group_year(const std::vector<std::string>& cells, size_t* at) const {
  std::string_view filled;
  for (size_t k = 0; k < cells.size(); ++k) {
    std::string_view t = trim(cells[k]);
    if (t.empty()) continue;
    if (!filled.empty()) return std::nullopt;
    filled = t;
    if (at) *at = k;
  }
  if (filled.empty() || cell_figure(filled)) return std::nullopt;
  std::optional<int> year;
  for (const auto& y : year_mentions(years_, filled))
    if (!y.weak) year = y.year;  // "Giai đoạn 2025-2027": its last year, as in a column title
  return year;
}

bool IndicatorTableReader::recognised(std::string_view title) const {
  IndicatorColumn c = column_of(title);
  std::string t = key(title);
  return c.role != Role::Other || c.numeric || contains_any(t, words_.veto) ||
         (starts_with_any(t, words_.other) && count_words(t) <= 3);
}

}  // namespace vnpolicy
