// Arbitrary bytes through the text reader's legacy-encoding detection and decoding, and
// the font-run decoder: output is always valid UTF-8.
#include <cstddef>
#include <cstdint>

#include "core/text.h"
#include "read/document_reader.h"
#include "read/legacy_encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vnpolicy;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ReadOutcome r = decode_document("fuzz.txt", bytes);
  if (!r.error && find_invalid_utf8(r.text) != std::string_view::npos) __builtin_trap();
  for (LegacyEncoding e : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viscii, LegacyEncoding::Cp1258}) {
    if (find_invalid_utf8(decode_legacy_bytes(bytes, e)) != std::string_view::npos) __builtin_trap();
    if (find_invalid_utf8(bytes) == std::string_view::npos) {
      if (find_invalid_utf8(decode_legacy_chars(bytes, e, size % 2)) != std::string_view::npos) __builtin_trap();
      (void)font_text_is_legacy(bytes, e);
    }
  }
  return 0;
}
