// Looking up a figure by its value in the targets a test extracted.
#pragma once

#include <vector>

#include "core/record.h"

namespace vnpolicy::testing {

// The first figure of `ts` with `value`, or null.
inline const Target* figure_of_value(const std::vector<Target>& ts, double value) {
  for (const auto& t : ts)
    if (t.value == value) return &t;
  return nullptr;
}

}  // namespace vnpolicy::testing
