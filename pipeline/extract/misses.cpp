#include "extract/misses.h"

#include <algorithm>
#include <set>

#include "core/keys.h"
#include "core/text.h"
#include "extract/target_extractor.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

constexpr size_t kTextMax = 200;  // bytes of a sentence shown with its miss
constexpr int kSymbolLinesAfterMention = 5;

std::string clip(std::string s) {
  if (s.size() <= kTextMax) return s;
  return s.substr(0, code_point_boundary(s, kTextMax)) + "…";
}

int kind_rank(const std::string& kind) {
  for (int i = 0; i < 4; ++i)
    if (kind == kMissKinds[i]) return i;
  return 4;
}

// Lines within `slack` of a line in `lines`.
bool near(const std::set<int>& lines, int line, int slack) {
  auto it = lines.lower_bound(line - slack);
  return it != lines.end() && *it <= line + slack;
}

std::string capture(const Rule& r, const std::vector<re2::StringPiece>& m, const char* name) {
  int gi = r.group_index(name);
  const re2::StringPiece& p = gi >= 0 && m[static_cast<size_t>(gi)].data() ? m[static_cast<size_t>(gi)] : m[0];
  return std::string(p.data(), p.size());
}

// The units the record's tasks name, folded: a label line that names one of them served an item.
std::vector<std::string> task_units(const Record& record) {
  std::vector<std::string> units;
  for (const auto& t : record.tasks)
    for (const auto* names : {&t.lead, &t.support})
      for (const auto& n : *names)
        if (std::string f = fold_case_and_tones(collapse_whitespace(n)); f.size() >= 4) units.push_back(std::move(f));
  return units;
}

// The text after a list marker ("- ", "* ", "+ ", "**- **").
std::string_view after_marker(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == '-' || s[i] == '*' || s[i] == '+' || s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

// A number a target rule rejects on purpose as a condition (a threshold that qualifies who a
// rule is about, a share of votes, a dose schedule; rule ids in the lexicon
// figure_skips_on_purpose) is no miss. Other skips stay listed: a miss is a lead to check them.
bool skipped_on_purpose(const RuleSet& rules, const std::vector<std::string>& ids, std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == '.' || text[end] == ',')) ++end;
  while (end > at && (text[end - 1] == '.' || text[end - 1] == ',')) --end;
  const Rule* skip = TargetExtractor::skip_rule(rules, text, at, end);
  return skip && std::find(ids.begin(), ids.end(), skip->id) != ids.end();
}

}  // namespace

MissFinder::MissFinder(const RuleSet& rules) : rules_(rules), scopes_(rules) {
  if (const auto* lx = rules.lexicon("figure_skips_on_purpose"))
    for (const auto& e : *lx) skips_on_purpose_.push_back(e.get<std::string>());
}

std::vector<Miss> MissFinder::find(const SegmentedDocument& doc, const Record& record) const {
  std::vector<Miss> out;
  if (record.error) return out;
  if (!record.document.number || !record.document.issuer) {
    std::string first;
    for (int l = 1; l <= doc.doc.line_count() && first.empty(); ++l) first = std::string(trim(doc.doc.source_line(l)));
    if (!record.document.number) out.push_back({1, "header", clip(first), "number", ""});
    if (!record.document.issuer) out.push_back({1, "header", clip(first), "issuer", ""});
  }
  task_misses(doc, record, out);
  target_misses(doc, record, out);
  reference_misses(doc, record, out);
  std::stable_sort(out.begin(), out.end(), [](const Miss& a, const Miss& b) {
    return a.line != b.line ? a.line < b.line : kind_rank(a.kind) < kind_rank(b.kind);
  });
  return out;
}

// A block (paragraph, list item, table row) with a task cue and no task anchored in it.
void MissFinder::task_misses(const SegmentedDocument& doc, const Record& record, std::vector<Miss>& out) const {
  const auto& cues = rules_.group("misses.task_cue");
  std::set<int> task_lines;
  for (const auto& t : record.tasks) task_lines.insert(t.line);
  const auto& labels = rules_.group("task.label");
  const std::vector<std::string> units = task_units(record);
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::Footnote || b.span.empty()) continue;
    const int first = doc.doc.line_of(b.span.begin), last = doc.doc.line_of(b.span.end - 1);
    auto it = task_lines.lower_bound(first - 1);
    if (it != task_lines.end() && *it <= last + 1) continue;
    std::vector<Span> sentences = b.sentences;
    if (sentences.empty()) sentences.push_back(b.content.empty() ? b.span : b.content);
    for (const Span& s : sentences) {
      std::string_view text = doc.text(s);
      // The earliest cue of the sentence names it.
      const Rule* best = nullptr;
      std::vector<re2::StringPiece> best_m;
      for (const Rule* r : cues.matching(text)) {
        auto m = match_once(*r, text);
        if (!m.empty() && (!best || m[0].data() < best_m[0].data())) best = r, best_m = std::move(m);
      }
      if (!best) continue;
      // "- Đơn vị chủ trì: Sở X" under an item: the item's task, on the item's line, took it.
      if (labels.first_matching(after_marker(text))) {
        const std::string folded = fold_case_and_tones(collapse_whitespace(text));
        if (std::any_of(units.begin(), units.end(), [&](const std::string& u) { return folded.find(u) != std::string::npos; }))
          continue;
      }
      size_t at = s.begin + static_cast<size_t>(best_m[0].data() - text.data());
      out.push_back({doc.doc.line_of(at), "task", clip(doc.doc.source_text(s.begin, s.end)), capture(*best, best_m, "cue"),
                     best->id});
    }
  }
}

// A figure with a unit or "%" on a line (±1) where no target was found, outside the
// blocks that set rules (a decree's articles, "Mức chi"): their numbers are no figures.
void MissFinder::target_misses(const SegmentedDocument& doc, const Record& record, std::vector<Miss>& out) const {
  std::set<int> target_lines, rule_lines;
  for (const auto& t : record.targets) target_lines.insert(t.line);
  std::vector<Scope> scopes = scopes_.blocks(doc, scopes_.document(doc, record.document));
  for (size_t i = 0; i < scopes.size(); ++i)
    if (gives_no_figures(scopes[i])) {
      const Span& sp = doc.blocks[i].span;
      for (int l = doc.doc.line_of(sp.begin), last = doc.doc.line_of(sp.end > sp.begin ? sp.end - 1 : sp.begin); l <= last; ++l)
        rule_lines.insert(l);
    }
  for (const Rule* r : rules_.group("misses.figure")) {
    int gi = r->group_index("figure");
    for_each_match(*r->re, doc.doc.text, [&](size_t b, size_t, const std::vector<re2::StringPiece>& m) {
      const re2::StringPiece& f = gi >= 0 && m[static_cast<size_t>(gi)].data() ? m[static_cast<size_t>(gi)] : m[0];
      size_t at = static_cast<size_t>(f.data() - doc.doc.text.data());
      int line = doc.doc.line_of(at);
      if (near(target_lines, line, 1) || rule_lines.count(line) || skipped_on_purpose(rules_, skips_on_purpose_, doc.doc.text, at)) return;
      out.push_back({line, "target", std::string(f.data(), f.size()), capture(*r, m, "unit"), r->id});
      (void)b;
    });
  }
}

constexpr size_t kNotADocumentWindow = 24;  // bytes before a symbol that may name a form

// A symbol shaped like a document number whose key no reference on its line (±1) has, and
// that is not the document's own number.
void MissFinder::reference_misses(const SegmentedDocument& doc, const Record& record, std::vector<Miss>& out) const {
  std::set<std::pair<std::string, int>> found;  // (number_key, line it may stand on)
  for (const auto& r : record.references) {
    const std::string key = r.number_key.empty() ? reference_number_key(r.number) : r.number_key;
    // The symbol may stand a few lines under the type word where a mention starts (a table
    // cell of one word per line).
    for (int d = -1; d <= kSymbolLinesAfterMention; ++d) found.insert({key, r.line + d});
  }
  const std::string own = record.document.number ? reference_number_key(*record.document.number) : std::string();
  for (const Rule* r : rules_.group("misses.symbol")) {
    int gi = r->group_index("symbol");
    for_each_match(*r->re, doc.doc.text, [&](size_t, size_t, const std::vector<re2::StringPiece>& m) {
      const re2::StringPiece& s = gi >= 0 && m[static_cast<size_t>(gi)].data() ? m[static_cast<size_t>(gi)] : m[0];
      const std::string symbol(s.data(), s.size());
      const std::string key = reference_number_key(symbol);
      size_t at = static_cast<size_t>(s.data() - doc.doc.text.data());
      int line = doc.doc.line_of(at);
      if (key == own || found.count({key, line})) return;
      // A form's number ("Mẫu số 02/MTK") is no reference by design (reference.not_a_document).
      const std::string_view text = doc.doc.text;
      const size_t wb = at > kNotADocumentWindow ? at - kNotADocumentWindow : 0;
      if (rules_.group("reference.not_a_document").first_matching(text.substr(wb, at - wb))) return;
      out.push_back({line, "reference", symbol, "", r->id});
    });
  }
}

}  // namespace vnpolicy
