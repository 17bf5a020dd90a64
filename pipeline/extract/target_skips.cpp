// Which skip rule rejects a number as no figure: one function, so that the extractor and
// `misses` (which must not list what the extractor drops on purpose) read the same windows.
#include <algorithm>

#include "extract/target_extractor.h"

namespace vnpolicy {

size_t TargetExtractor::skip_window_begin(std::string_view text, size_t nb) {
  size_t wb = nb > kSkipBeforeBytes ? nb - kSkipBeforeBytes : 0;
  while (wb > 0 && (static_cast<unsigned char>(text[wb]) & 0xC0) == 0x80) --wb;
  if (wb > 0) {  // start the window on a word
    size_t at = text.find(' ', wb);
    if (at != std::string_view::npos && at < nb) wb = at + 1;
  }
  return wb;
}

const Rule* TargetExtractor::skip_rule(const RuleSet& rules, std::string_view text, size_t nb, size_t ne) {
  std::string_view after = text.substr(ne, std::min(text.size() - ne, kSkipAfterBytes));
  size_t wb = skip_window_begin(text, nb);
  // A phrase naming the number as no figure: "lập thành 03 bản", "cộng 05 điểm", "24/7".
  std::string_view window = text.substr(wb, ne - wb + after.size());
  for (const Rule* r : rules.group("target.skip_phrase").matching(window)) {
    int gi = r->group_index("num");
    if (gi < 0) continue;
    bool named = false;
    for_each_match(*r->re, window, [&](size_t, size_t, const std::vector<re2::StringPiece>& m) {
      const re2::StringPiece& n = m[static_cast<size_t>(gi)];
      named = named || (n.data() && n.data() == text.data() + nb);
    });
    if (named) return r;
  }
  if (const Rule* r = rules.group("target.skip_after").first_matching(after)) return r;
  return rules.group("target.skip_before").first_matching(text.substr(wb, nb - wb));
}

}  // namespace vnpolicy
