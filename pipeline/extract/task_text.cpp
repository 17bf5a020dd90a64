#include "extract/task_text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <string>

#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace task_text {
namespace {
constexpr size_t kBracketNumberMax = 4;  // "(12)", "(viii)": an item number in brackets is short
}  // namespace

std::string_view trim_punct(std::string_view s) {
  s = trim(s);
  while (!s.empty() && std::string_view(",;:.*").find(s.front()) != std::string_view::npos) s = trim(s.substr(1));
  while (!s.empty() && std::string_view(",;*").find(s.back()) != std::string_view::npos) s = trim(s.substr(0, s.size() - 1));
  return s;
}

size_t capitalised_words(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i)
    if (i == 0 || s[i - 1] == ' ') {
      size_t j = i;
      if (is_upper_cp(next_code_point(s, j))) ++n;
    }
  return n;
}

bool starts_lower(std::string_view s) {
  size_t i = 0;
  return !s.empty() && is_lower_cp(next_code_point(s, i));
}

bool marked_heading(const Block& b) { return b.marker_kind != MarkerKind::None && b.marker_kind != MarkerKind::Caps; }

bool ends_with_colon(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == '*' || s.back() == ' ')) s.remove_suffix(1);
  return !s.empty() && s.back() == ':';
}

Hit first_hit(const RuleGroup& rules, std::string_view text, const char* capture) {
  Hit best;
  for (const Rule* r : rules.matching(text)) {
    int gi = r->group_index(capture);
    std::vector<re2::StringPiece> m(static_cast<size_t>(r->re->NumberOfCapturingGroups() + 1));
    if (!r->re->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, m.data(),
                      static_cast<int>(m.size())))
      continue;
    Hit h;
    h.begin = static_cast<size_t>(m[0].data() - text.data());
    h.end = h.begin + m[0].size();
    if (gi >= 0 && m[static_cast<size_t>(gi)].data())
      h.capture = static_cast<size_t>(m[static_cast<size_t>(gi)].data() - text.data());
    if (h.begin < best.begin) best = h;
  }
  return best;
}

std::optional<Deadline> deadline_within(const NormalizedDocument& doc, const std::vector<Deadline>& deadlines,
                                        size_t b, size_t e, bool written_there) {
  if (e <= b) return std::nullopt;
  int first = doc.line_of(b), last = doc.line_of(e - 1);
  std::string_view text = std::string_view(doc.text).substr(b, e - b);
  for (const auto& d : deadlines)
    if (d.line >= first && d.line <= last && (!written_there || (!d.text.empty() && text.find(d.text) != std::string_view::npos)))
      return d;
  return std::nullopt;
}

std::string_view without_bracket_number(std::string_view s) {
  std::string_view t = trim(s);
  size_t close = t.find(')');
  if (t.empty() || t[0] != '(' || close == std::string_view::npos || close < 2 || close > kBracketNumberMax + 1) return s;
  const std::string_view n = t.substr(1, close - 1);
  // "(1)", "(12)", or a small Roman numeral in lower case ("(i)", "(iv)", "(viii)").
  const bool arabic = std::all_of(n.begin(), n.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  const bool roman = n.find_first_not_of("ivx") == std::string_view::npos;
  if (!arabic && !roman) return s;
  if (arabic && n.size() > 2) return s;
  return trim(t.substr(close + 1));
}

namespace {

// An inline item's number at s[0]: its kind ('r' "(ii)", 'n' "(2)", 'l' "b)", 'd' "2)") and value, and how many
// bytes it takes; {0, 0, 0} when s does not open with one.
struct InlineMarker {
  char kind = 0;
  int value = 0;
  size_t size = 0;
};
InlineMarker inline_marker(std::string_view s) {
  static constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
  static constexpr std::string_view kLetters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"};
  const size_t close = s.find(')');
  if (close == std::string_view::npos || close > 6 || (close + 1 < s.size() && s[close + 1] != ' ')) return {};
  if (s[0] == '(') {
    const std::string_view n = s.substr(1, close - 1);
    for (size_t k = 0; k < std::size(kRoman); ++k)
      if (n == kRoman[k]) return {'r', static_cast<int>(k) + 1, close + 1};
    if (!n.empty() && n.size() <= 2 && std::all_of(n.begin(), n.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return {'n', std::atoi(std::string(n).c_str()), close + 1};
    return {};
  }
  const std::string_view n = s.substr(0, close);
  for (size_t k = 0; k < std::size(kLetters); ++k)
    if (n == kLetters[k]) return {'l', static_cast<int>(k) + 1, close + 1};
  if (!n.empty() && n.size() <= 2 && std::all_of(n.begin(), n.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return {'d', std::atoi(std::string(n).c_str()), close + 1};
  return {};
}

}  // namespace

std::vector<std::string_view> inline_items(std::string_view before, std::string_view work) {
  before = trim(before);
  // The first item's marker ends what stands before the work.
  InlineMarker first;
  for (size_t at = before.size() >= 6 ? before.size() - 6 : 0; at < before.size() && !first.kind; ++at)
    if (InlineMarker m = inline_marker(before.substr(at)); m.kind && at + m.size == before.size() && m.value == 1 &&
                                                             (at == 0 || before[at - 1] == ' ' || before[at - 1] == ':'))
      first = m;
  if (!first.kind) return {};
  std::vector<std::string_view> items;
  size_t from = 0;
  int expected = 2;
  for (size_t semi = work.find(';'); semi != std::string_view::npos; semi = work.find(';', semi + 1)) {
    size_t at = semi + 1;
    while (at < work.size() && work[at] == ' ') ++at;
    InlineMarker m = inline_marker(work.substr(at));
    if (!m.kind) continue;
    if (m.kind != first.kind || m.value != expected) return {};
    items.push_back(trim(work.substr(from, semi - from)));
    from = at + m.size;
    ++expected;
  }
  if (items.empty()) return {};
  items.push_back(trim_punct(work.substr(from)));
  return items;
}

bool marker_only(std::string_view w) {
  w = trim(w);
  while (!w.empty() && (w.back() == '.' || w.back() == ')')) w = trim(w.substr(0, w.size() - 1));
  if (w.find(' ') != std::string_view::npos) return false;
  return w.size() <= 2 || std::all_of(w.begin(), w.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'I' || c == 'V' || c == 'X' || c == 'L';
         });
}

int items_level(const SegmentedDocument& doc, size_t i) {
  const Block& b = doc.blocks[i];
  if (i + 1 >= doc.blocks.size() || doc.blocks[i + 1].kind != BlockKind::ListItem) return -2;
  int next_parent = doc.blocks[i + 1].parent;
  if (next_parent == b.parent) return b.parent;
  if (b.parent >= 0 && doc.blocks[static_cast<size_t>(b.parent)].kind == BlockKind::ListItem &&
      next_parent == doc.blocks[static_cast<size_t>(b.parent)].parent)
    return next_parent;
  return -2;
}

bool parts_follow(const SegmentedDocument& doc, size_t i) {
  const Block& b = doc.blocks[i];
  size_t j = i + 1;
  while (j < doc.blocks.size() && doc.blocks[j].parent > b.parent && doc.blocks[j].parent != static_cast<int>(i)) ++j;
  if (j + 1 >= doc.blocks.size() || doc.blocks[j].parent != b.parent || !marked_heading(doc.blocks[j])) return false;
  const Block& title = doc.blocks[j];
  std::string_view t = trim(doc.text(title.content));
  return (title.kind == BlockKind::Heading || title.heading_like) && !t.empty() && std::string_view(".;:").find(t.back()) == std::string_view::npos &&
         doc.blocks[j + 1].parent == static_cast<int>(j) && doc.blocks[j + 1].kind == BlockKind::Paragraph;
}

}  // namespace task_text

}  // namespace vnpolicy
