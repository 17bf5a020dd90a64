// Arbitrary bytes through the HTML reader (libxml2 parse, content container, tables).
#include <cstddef>
#include <cstdint>

#include "core/text.h"
#include "read/format_readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vnpolicy;
  ReadOutcome out;
  read_html(std::string_view(reinterpret_cast<const char*>(data), size), ReadOptions{}, out);
  if (!out.error && find_invalid_utf8(out.text) != std::string_view::npos) __builtin_trap();  // text is UTF-8
  return 0;
}
