// Arbitrary bytes as a rules file: the loader must either build a RuleSet or throw
// RuleError (never crash), and the examples of a loaded set must run.
#include <cstddef>
#include <cstdint>

#include "rules/rule_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vnpolicy;
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    auto rules = RuleSet::load_texts({{"fuzz.json", text}});
    (void)rules->check_examples();
  } catch (const RuleError&) {
  }
  return 0;
}
