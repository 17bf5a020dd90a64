#include "normalize/offset_map.h"

#include <algorithm>

namespace vnpolicy {

void OffsetMap::add(size_t out, size_t in) {
  if (!anchors_.empty() && anchors_.back().out == out) {
    anchors_.back().in = static_cast<uint32_t>(in);
    return;
  }
  anchors_.push_back({static_cast<uint32_t>(out), static_cast<uint32_t>(in)});
}

void OffsetMap::append(const OffsetMap& other, size_t out_shift) {
  for (const auto& a : other.anchors_) add(a.out + out_shift, a.in);
}

size_t OffsetMap::to_input(size_t out) const {
  if (anchors_.empty()) return out;
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), out,
                             [](size_t o, const Anchor& a) { return o < a.out; });
  if (it == anchors_.begin()) return anchors_.front().in;
  --it;
  return it->in + (out - it->out);
}

size_t OffsetMap::contiguous_end(size_t out, size_t limit) const {
  if (out >= limit) return limit;
  if (anchors_.empty()) return limit;
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), out,
                             [](size_t o, const Anchor& a) { return o < a.out; });
  // Before the first anchor every offset maps to the same input byte: no run.
  if (it == anchors_.begin()) return out + 1;
  const size_t start_in = to_input(out);
  for (; it != anchors_.end() && it->out < limit; ++it)
    if (it->in != start_in + (it->out - out)) return it->out;
  return limit;
}

}  // namespace vnpolicy
