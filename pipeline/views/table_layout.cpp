#include "views/table_layout.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <numeric>

#include <unicode/uchar.h>

#include "core/text.h"

namespace vnpolicy::views {
namespace {

int code_point_width(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ? 0 : 1;
  const int gc = u_charType(c);
  if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR) return 0;
  const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

constexpr std::string_view kEllipsis = "…";

}  // namespace

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) n += static_cast<size_t>(code_point_width(next_code_point(s, i)));
  return n;
}

std::optional<size_t> terminal_width(int fd) {
  if (const char* env = std::getenv("COLUMNS"); env && *env) {
    char* end = nullptr;
    const long v = std::strtol(env, &end, 10);
    if (end && *end == '\0' && v > 0) return static_cast<size_t>(v);
  }
  if (isatty(fd)) {
    winsize ws{};
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return static_cast<size_t>(ws.ws_col);
  }
  return std::nullopt;
}

std::vector<size_t> fit_columns(const std::vector<size_t>& natural, const std::vector<size_t>& minimum, size_t width,
                                size_t gap) {
  const size_t n = natural.size();
  if (n == 0) return {};
  const size_t gaps = gap * (n - 1);
  std::vector<size_t> floor(n);
  for (size_t i = 0; i < n; ++i) floor[i] = std::min(natural[i], i < minimum.size() ? minimum[i] : 0);
  auto total = [&](size_t cap) {
    size_t sum = gaps;
    for (size_t i = 0; i < n; ++i) sum += std::max(floor[i], std::min(natural[i], cap));
    return sum;
  };
  const size_t widest = *std::max_element(natural.begin(), natural.end());
  if (total(widest) <= width) return natural;
  if (total(0) >= width) return floor;
  // The largest common cap that fits (total() grows with cap).
  size_t lo = 0, hi = widest;
  while (lo + 1 < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    (total(mid) <= width ? lo : hi) = mid;
  }
  std::vector<size_t> w(n);
  for (size_t i = 0; i < n; ++i) w[i] = std::max(floor[i], std::min(natural[i], lo));
  // What a cap one wider would overshoot is shared, one column each, left to right.
  size_t spare = width - total(lo);
  for (size_t i = 0; i < n && spare > 0; ++i)
    if (w[i] < natural[i]) {
      ++w[i];
      --spare;
    }
  return w;
}

std::string cut_to_width(std::string_view text, size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return "";
  std::string out;
  size_t used = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t b = i;
    const int w = code_point_width(next_code_point(text, i));
    if (used + static_cast<size_t>(w) + 1 > width) break;  // room for the ellipsis
    out.append(text, b, i - b);
    used += static_cast<size_t>(w);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + std::string(kEllipsis);
}

std::vector<std::string> wrap_to_width(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  if (width == 0) width = 1;
  std::string line;
  size_t line_w = 0;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
    line.clear();
    line_w = 0;
  };
  size_t i = 0;
  while (i < text.size()) {
    // The next word and the spaces before it.
    size_t word_start = i;
    while (word_start < text.size() && text[word_start] == ' ') ++word_start;
    size_t word_end = word_start;
    while (word_end < text.size() && text[word_end] != ' ') ++word_end;
    if (word_start == word_end) break;
    std::string_view word = text.substr(word_start, word_end - word_start);
    const size_t ww = display_width(word);
    const size_t sep = line.empty() ? 0 : 1;
    if (line_w + sep + ww <= width) {
      if (sep) line += ' ';
      line += word;
      line_w += sep + ww;
    } else if (ww <= width) {
      flush();
      line = std::string(word);
      line_w = ww;
    } else {
      // A word longer than a line: fill this line, then break the word by code points.
      if (!line.empty() && line_w + 1 < width) {
        line += ' ';
        ++line_w;
      } else if (!line.empty()) {
        flush();
      }
      for (size_t k = 0; k < word.size();) {
        const size_t b = k;
        const auto w = static_cast<size_t>(code_point_width(next_code_point(word, k)));
        if (line_w + w > width && line_w > 0) flush();
        line.append(word, b, k - b);
        line_w += w;
      }
    }
    i = word_end;
  }
  if (!line.empty() || lines.empty()) flush();
  return lines;
}

std::string render_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                         const TableLayout& layout) {
  const size_t all = header.size();
  std::vector<size_t> natural(all), minimum(all);
  std::vector<bool> tokens(all, true);
  for (size_t c = 0; c < all; ++c) natural[c] = display_width(header[c]);
  for (const auto& row : rows)
    for (size_t c = 0; c < all && c < row.size(); ++c) {
      natural[c] = std::max(natural[c], display_width(row[c]));
      if (tokens[c] && row[c].find(' ') != std::string::npos) tokens[c] = false;
    }
  for (size_t c = 0; c < all; ++c) {
    // A column keeps room for its header and for a few characters of its cells; a
    // column of tokens keeps them whole.
    minimum[c] = std::max<size_t>(display_width(header[c]), 6);
    if (tokens[c]) minimum[c] = std::max(minimum[c], std::min(natural[c], kWholeTokenWidth));
  }
  // Columns left out, highest rank first, while the minimums do not fit.
  std::vector<size_t> keep(all);
  for (size_t c = 0; c < all; ++c) keep[c] = c;
  std::vector<size_t> left_out;
  auto rank = [&](size_t c) { return c < layout.drop_rank.size() ? layout.drop_rank[c] : 0; };
  auto needed = [&] {
    size_t sum = keep.empty() ? 0 : layout.gap * (keep.size() - 1);
    for (size_t c : keep) sum += std::min(natural[c], minimum[c]);
    return sum;
  };
  while (layout.width && needed() > *layout.width) {
    auto worst = std::max_element(keep.begin(), keep.end(), [&](size_t a, size_t b) { return rank(a) < rank(b); });
    if (worst == keep.end() || rank(*worst) == 0) break;
    left_out.push_back(*worst);
    keep.erase(worst);
  }
  const size_t n = keep.size();
  auto pick = [&](const std::vector<std::string>& v) {
    std::vector<std::string> out(n);
    for (size_t k = 0; k < n; ++k) out[k] = keep[k] < v.size() ? v[keep[k]] : std::string();
    return out;
  };
  std::vector<size_t> nat(n), min(n);
  for (size_t k = 0; k < n; ++k) {
    nat[k] = natural[keep[k]];
    min[k] = minimum[keep[k]];
  }
  const std::vector<size_t> widths = layout.width ? fit_columns(nat, min, *layout.width, layout.gap) : nat;

  std::string out;
  auto emit = [&](const std::vector<std::vector<std::string>>& cells) {
    size_t height = 1;
    for (const auto& c : cells) height = std::max(height, c.size());
    for (size_t l = 0; l < height; ++l) {
      std::string line;
      size_t pending = 0;  // padding owed before the next non-empty piece
      for (size_t c = 0; c < n; ++c) {
        const std::string piece = l < cells[c].size() ? cells[c][l] : std::string();
        if (!piece.empty()) {
          line.append(pending, ' ');
          line += piece;
          pending = 0;
        }
        if (c + 1 < n) pending += widths[c] - std::min(widths[c], display_width(piece)) + layout.gap;
      }
      out += line;
      out += '\n';
    }
  };
  auto cells_of = [&](const std::vector<std::string>& row) {
    std::vector<std::vector<std::string>> cells(n);
    for (size_t c = 0; c < n; ++c) {
      const std::string text = c < row.size() ? row[c] : std::string();
      if (display_width(text) <= widths[c])
        cells[c] = {text};
      else if (layout.overflow == Overflow::Cut)
        cells[c] = {cut_to_width(text, widths[c])};
      else
        cells[c] = wrap_to_width(text, widths[c]);
    }
    return cells;
  };
  emit(cells_of(pick(header)));
  std::vector<std::string> rule(n);
  for (size_t c = 0; c < n; ++c) rule[c] = std::string(widths[c], '-');
  emit(cells_of(rule));
  for (const auto& row : rows) emit(cells_of(pick(row)));
  if (!left_out.empty()) {
    std::sort(left_out.begin(), left_out.end());
    std::string names;
    for (size_t c : left_out) names += (names.empty() ? "" : ", ") + header[c];
    for (const auto& l : wrap_to_width("(not shown at " + std::to_string(*layout.width) + " columns: " + names +
                                           "; --wide shows every column)",
                                       *layout.width))
      out += l + "\n";
  }
  return out;
}

}  // namespace vnpolicy::views
