// Arbitrary bytes through the DOCX reader (zip + XML + numbering + legacy fonts): no
// crash, no hang, memory bounded by ReadOptions.
#include <cstddef>
#include <cstdint>

#include "read/format_readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vnpolicy;
  ReadOptions options;
  options.max_unpacked_bytes = 16u << 20;
  ReadOutcome out;
  read_docx(std::string_view(reinterpret_cast<const char*>(data), size), options, out);
  if (out.error && !out.text.empty() && out.text.size() > (64u << 20)) __builtin_trap();
  return 0;
}
