#include "normalize/cue_repair.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.h"

namespace vnpolicy {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The repair's word in the case of the damaged one, letter by letter ("PHÓI" -> "PHỐI", "Phôi" -> "Phối").
std::string in_case_of(std::string_view damaged, std::string_view repair) {
  std::vector<char32_t> d, r;
  for (size_t i = 0; i < damaged.size();) d.push_back(next_code_point(damaged, i));
  for (size_t i = 0; i < repair.size();) r.push_back(next_code_point(repair, i));
  std::string out;
  for (size_t k = 0; k < r.size(); ++k) {
    std::string c;
    append_utf8(c, r[k]);
    const bool upper = k < d.size() ? is_upper_cp(d[k]) : (!d.empty() && is_upper_cp(d.back()) && is_upper_cp(d.front()));
    out += upper ? to_upper(c) : c;
  }
  return out;
}

// Where a byte of the repaired words comes from in the damaged ones: (offset in repaired, offset in damaged).
using Anchors = std::vector<std::pair<size_t, size_t>>;

// The damaged words with each replaced by the repair's word, the spacing between them kept; empty when
// the two do not hold the same number of words. Each word's first and last letter map onto the damaged
// word's (`anchors`), so that a span ending in a repaired word ends where the damaged word does.
std::string repaired(std::string_view damaged, std::string_view repair, Anchors& anchors) {
  std::vector<std::string_view> with = split(repair, ' ');
  std::string out;
  size_t w = 0, i = 0;
  while (i < damaged.size()) {
    if (is_blank(damaged[i])) {
      anchors.emplace_back(out.size(), i);
      out += damaged[i++];
      continue;
    }
    size_t e = i;
    while (e < damaged.size() && !is_blank(damaged[e])) ++e;
    if (w >= with.size()) return {};
    anchors.emplace_back(out.size(), i);
    const std::string word = in_case_of(damaged.substr(i, e - i), with[w++]);
    size_t last_out = 0, last_in = 0;
    cp_before(word, word.size(), &last_out);
    cp_before(damaged, e, &last_in);
    // Every byte of the last letter maps into the damaged last letter, which may be shorter ("ì" / "i").
    for (size_t j = last_out, n = e - last_in; j < word.size(); ++j)
      anchors.emplace_back(out.size() + j, last_in + std::min(j - last_out, n - 1));
    out += word;
    i = e;
  }
  return w == with.size() ? out : std::string();
}

}  // namespace

void repair_cue_words(const RuleGroup& repairs, std::string& text, OffsetMap& map) {
  if (repairs.empty()) return;
  struct Fix {
    size_t begin, end;
    std::string with;
    Anchors anchors;
  };
  std::vector<Fix> fixes;
  for (const Rule* r : repairs.matching(text)) {
    const int damaged = r->group_index("damaged");
    if (damaged < 0) continue;
    const std::string repair = r->field("repair");
    for_each_match(*r->re, text, [&](size_t, size_t, const std::vector<re2::StringPiece>& m) {
      const re2::StringPiece& d = m[static_cast<size_t>(damaged)];
      if (!d.data()) return;
      Anchors anchors;
      std::string with = repaired(std::string_view(d.data(), d.size()), repair, anchors);
      if (with.empty()) return;
      const size_t b = static_cast<size_t>(d.data() - text.data());
      fixes.push_back({b, b + d.size(), std::move(with), std::move(anchors)});
    });
  }
  if (fixes.empty()) return;
  std::sort(fixes.begin(), fixes.end(), [](const Fix& a, const Fix& b) { return a.begin < b.begin; });
  std::string out;
  OffsetMap out_map;
  // Copies text[from, to) with its anchors: run by run, each run mapping byte for byte onto the source.
  auto copy = [&](size_t from, size_t to) {
    for (size_t p = from; p < to;) {
      const size_t run_end = map.contiguous_end(p, to);
      out_map.add(out.size(), map.to_input(p));
      out.append(text, p, run_end - p);
      p = run_end;
    }
  };
  size_t done = 0;
  for (const Fix& f : fixes) {
    if (f.begin < done) continue;  // overlaps a repair already made
    copy(done, f.begin);
    for (const auto& [in_with, in_damaged] : f.anchors) out_map.add(out.size() + in_with, map.to_input(f.begin + in_damaged));
    out += f.with;
    out_map.add(out.size(), map.to_input(f.end));
    done = f.end;
  }
  copy(done, text.size());
  if (done == text.size()) out_map.add(out.size(), map.to_input(done));
  text = std::move(out);
  map = std::move(out_map);
}

}  // namespace vnpolicy
