// Arbitrary bytes as a line of `ingest --jsonl`: parsing either gives a record or
// throws a std::exception naming what is wrong.
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  try {
    vnpolicy::Record r = vnpolicy::record_from_json(nlohmann::json::parse(line));
    (void)vnpolicy::to_json(r).dump();
  } catch (const std::exception&) {
  }
  return 0;
}
