// Where a block stands in the segmenter's tree of blocks.
#pragma once
#include <cstddef>

#include "segment/segmenter.h"

namespace vnpolicy {

// True when `ancestor` encloses `block` (its parent, or a parent's parent, …).
inline bool descends_from(const SegmentedDocument& doc, size_t block, int ancestor) {
  for (int p = doc.blocks[block].parent; p >= ancestor; p = doc.blocks[static_cast<size_t>(p)].parent)
    if (p == ancestor) return true;
  return false;
}

}  // namespace vnpolicy
