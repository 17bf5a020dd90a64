// Helpers of the tests that read references from text the test writes (references_body_test,
// references_list_relation_test).
#pragma once
#include <string>

#include "core/keys.h"
#include "test_support.h"

namespace vnpolicy::reference_tests {

inline Record extract(const std::string& text) { return testing::project_extractor().extract_text(text, "snippet.txt"); }

// The relation of the reference numbered `number` ("(none)" when the text cites no such number).
inline std::string relation_of(const Record& r, const std::string& number) {
  for (const auto& x : r.references)
    if (x.number_key == reference_number_key(number)) return x.relation;
  return "(none)";
}

}  // namespace vnpolicy::reference_tests
