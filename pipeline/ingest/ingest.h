// Stage 7 — ingest: many documents into the catalog. Extraction runs on worker
// threads; one writer stores the results in input order, so the catalog is the same
// for any number of workers. Whole documents are committed in batches, so a crash
// leaves every document either complete or absent, and the next run finishes the job.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "extract/document_extractor.h"
#include "read/document_reader.h"

namespace vnpolicy {

// Moved and Copied: content already catalogued, seen at a new path (see Catalog::store).
enum class IngestStatus { Added, Replaced, Unchanged, Moved, Copied, Failed };
const char* to_string(IngestStatus s);

// What became of one input (a file, or one line of a JSON Lines stream).
struct IngestOutcome {
  std::string name;      // path, or "FILE:LINE" for a JSON Lines record
  IngestStatus status = IngestStatus::Failed;
  std::string error;     // when Failed
  uint64_t bytes = 0;    // size of the document's file (0 when unknown)
};

struct IngestTotals {
  size_t done = 0, added = 0, replaced = 0, unchanged = 0, moved = 0, copied = 0, failed = 0;
  uint64_t bytes = 0;
  // CPU time (thread clocks) of the extraction workers together and of the writer:
  // which side bounds the run, without a profiler.
  double extract_cpu_seconds = 0, write_cpu_seconds = 0;
};

struct IngestOptions {
  std::filesystem::path db_path;  // the catalog the writer holds open (workers read it too)
  unsigned jobs = 0;              // extraction threads; 0 = every core
  ReadOptions read;               // how files are read (OCR on or off)
  size_t batch_documents = 256;   // whole documents per transaction, at most
  double batch_seconds = 1.0;     // and a transaction stays open this long, at most
  // Extracted documents waiting for the writer hold at most this much input (plus the
  // one it needs next, whatever its size): what bounds memory besides the workers.
  uint64_t held_bytes = uint64_t{32} << 20;
  // Called by the writer thread after each input, in input order.
  std::function<void(const IngestOutcome&, const IngestTotals&)> on_outcome;
};

// Extracts and stores files (as listed; see expand_inputs).
IngestTotals ingest_files(Catalog& catalog, const DocumentExtractor& extractor,
                          const std::vector<std::filesystem::path>& files, const IngestOptions& options);

// Stores vnpolicy.extract/1 records, one JSON object a line, made by `vnpolicy extract`
// anywhere. The records are stored as given (not re-extracted). The sentence index and
// the stored text come from the record's source file when it is readable here with the
// same sha256; otherwise the document's title is indexed (line 0) and no text is
// stored. `stream_name` names errors.
IngestTotals ingest_jsonl(Catalog& catalog, const DocumentExtractor& extractor, std::istream& in,
                          const std::string& stream_name, const IngestOptions& options);

// Rows of the full-text index for a segmented document: every sentence of every block,
// with its original line.
std::vector<IndexedSentence> sentence_rows(const SegmentedDocument& doc);

}  // namespace vnpolicy
