#include "views/web/highlight.h"

#include <algorithm>
#include <unordered_map>

#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy::views {
namespace {

// How far below its own line an item may start: the extractor's line is that of the
// sentence or figure, and a few items are counted from a joined line above.
constexpr int kStartLines = 2;

// Code points compared either as they are or folded (lower case, no accents, đ -> d);
// white space runs compare equal to each other.
class Comparer {
 public:
  Comparer(const AccentFolder& folder, bool fold) : folder_(folder), fold_(fold) {}
  // The key of the code point at s[i] (advancing i): "" for white space.
  const std::string& key(std::string_view s, size_t& i) {
    const size_t b = i;
    const char32_t cp = next_code_point(s, i);
    if (is_space_cp(cp)) return empty_;
    if (!fold_) {
      raw_.assign(s.substr(b, i - b));
      return raw_;
    }
    auto it = memo_.find(cp);
    if (it == memo_.end()) it = memo_.emplace(cp, folder_.fold(s.substr(b, i - b))).first;
    return it->second;
  }

 private:
  const AccentFolder& folder_;
  bool fold_;
  std::string raw_, empty_;
  std::unordered_map<char32_t, std::string> memo_;
};

// The end of a match of `needle` in `hay` starting at `at`, or npos.
size_t match_at(std::string_view hay, size_t at, std::string_view needle, Comparer& cmp) {
  size_t h = at, n = 0;
  while (n < needle.size()) {
    if (h >= hay.size()) return std::string_view::npos;
    size_t n_next = n, h_next = h;
    const std::string nk = cmp.key(needle, n_next);
    const std::string& hk = cmp.key(hay, h_next);
    if (nk.empty()) {  // white space in the needle: at least one in the text, then skip both runs
      if (!hk.empty()) return std::string_view::npos;
      n = n_next;
      h = h_next;
      for (size_t t = n; t < needle.size();) {
        size_t t2 = t;
        if (!cmp.key(needle, t2).empty()) break;
        n = t = t2;
      }
      for (size_t t = h; t < hay.size();) {
        size_t t2 = t;
        if (!cmp.key(hay, t2).empty()) break;
        h = t = t2;
      }
      continue;
    }
    if (nk != hk) return std::string_view::npos;
    n = n_next;
    h = h_next;
  }
  return h;
}

}  // namespace

std::vector<MarkedSpan> locate_items(std::string_view text, const std::vector<size_t>& line_starts,
                                     const std::vector<ItemToMark>& items, const AccentFolder& folder) {
  Comparer exact(folder, false), folded(folder, true);
  std::vector<MarkedSpan> found;
  for (const auto& item : items) {
    const std::string_view needle = trim(item.text);
    if (needle.empty() || item.line < 1 || static_cast<size_t>(item.line) > line_starts.size()) continue;
    const size_t from = line_starts[static_cast<size_t>(item.line) - 1];
    const size_t last_line = std::min(line_starts.size(), static_cast<size_t>(item.line) + kStartLines);
    const size_t to = last_line < line_starts.size() ? line_starts[last_line] : text.size();
    bool done = false;
    for (Comparer* cmp : {&exact, &folded}) {
      for (size_t at = from; at < to && !done;) {
        const size_t end = match_at(text, at, needle, *cmp);
        if (end != std::string_view::npos) {
          found.push_back({at, end, item.id});
          done = true;
        }
        next_code_point(text, at);
      }
      if (done) break;
    }
  }
  std::sort(found.begin(), found.end(), [](const MarkedSpan& a, const MarkedSpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end != b.end ? a.end > b.end : a.id < b.id;
  });
  // Keep spans that nest; drop one that would cross a span kept before it.
  std::vector<MarkedSpan> kept;
  std::vector<size_t> open;  // ends of the kept spans enclosing the current position
  for (const auto& s : found) {
    while (!open.empty() && open.back() <= s.begin) open.pop_back();
    if (!open.empty() && s.end > open.back()) continue;
    kept.push_back(s);
    open.push_back(s.end);
  }
  return kept;
}

std::vector<Html> marked_lines(std::string_view text, const std::vector<size_t>& line_starts,
                               const std::vector<MarkedSpan>& spans,
                               const std::function<Html(const MarkedSpan&, bool first_piece)>& open, const Html& close) {
  constexpr size_t npos = std::string_view::npos;
  std::vector<Html> out;
  out.reserve(line_starts.size());
  std::vector<const MarkedSpan*> stack;  // spans open at this point, outermost first
  size_t next = 0;                       // the next span to open
  for (size_t k = 0; k < line_starts.size(); ++k) {
    const size_t start = std::min(line_starts[k], text.size());
    size_t end = k + 1 < line_starts.size() ? std::min(line_starts[k + 1], text.size()) : text.size();
    while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    Html line;
    for (const MarkedSpan* s : stack) line += open(*s, false);
    size_t pos = start;
    auto text_to = [&](size_t upto) {
      upto = std::min(upto, end);
      if (upto > pos) {
        line += Html(text.substr(pos, upto - pos));
        pos = upto;
      }
    };
    for (;;) {
      const size_t close_at = stack.empty() ? npos : stack.back()->end;
      // Spans that begin in the line end or before the position (never, for spans from
      // locate_items) open where the text is.
      const size_t open_at = next < spans.size() ? std::max(spans[next].begin, start) : npos;
      if (close_at != npos && close_at <= end && (open_at == npos || close_at <= open_at)) {
        text_to(close_at);
        line += close;
        stack.pop_back();
      } else if (open_at != npos && open_at <= end && spans[next].begin < end) {
        text_to(open_at);
        line += open(spans[next], true);
        stack.push_back(&spans[next]);
        ++next;
      } else {
        break;
      }
    }
    text_to(end);
    for (size_t i = 0; i < stack.size(); ++i) line += close;
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace vnpolicy::views
