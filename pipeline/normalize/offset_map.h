// Maps byte offsets of a derived string back to the string it was made from.
// Anchors are added at the start of every copied piece; between anchors the
// mapping is the identity shift, so a lookup is one binary search.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace vnpolicy {

class OffsetMap {
 public:
  // Output offset `out` corresponds to input offset `in` (and what follows, byte for byte).
  void add(size_t out, size_t in);
  // Appends another map whose output offsets start at `out_shift`.
  void append(const OffsetMap& other, size_t out_shift);
  size_t to_input(size_t out) const;
  // The end of the run from `out` that maps byte for byte onto consecutive input bytes
  // (at most `limit`): the first p > out with to_input(p) != to_input(out) + (p - out).
  // Only an anchor can break the run, so this walks anchors instead of bytes.
  size_t contiguous_end(size_t out, size_t limit) const;
  bool empty() const { return anchors_.empty(); }

 private:
  struct Anchor { uint32_t out, in; };
  std::vector<Anchor> anchors_;
};

}  // namespace vnpolicy
