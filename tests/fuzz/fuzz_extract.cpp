// Arbitrary bytes through the whole extraction, as `vnpolicy ingest` runs it: decode,
// normalise, segment, extract, and build the sentence index rows.
#include <cstddef>
#include <cstdint>

#include "extract/document_extractor.h"
#include "ingest/ingest.h"
#include "read/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vnpolicy;
  static const DocumentExtractor extractor(RuleSet::load_directory(VNPOLICY_DEFAULT_RULES_DIR));
  ReadOutcome in = decode_document("fuzz.txt", std::string_view(reinterpret_cast<const char*>(data), size));
  SegmentedDocument seg;
  Record r = extractor.extract(in, &seg);
  if (!r.error) {
    auto rows = sentence_rows(seg);
    for (const auto& row : rows)
      if (row.line < 1 || row.line > seg.doc.line_count()) __builtin_trap();  // every sentence has a real line
  }
  return 0;
}
