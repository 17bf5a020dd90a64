// Stage 1 — read: bytes from disk to UTF-8 text with LF line ends.
// Never throws for bad input: the outcome carries an error that names what is wrong.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "core/record.h"

namespace vnpolicy {

struct ReadOutcome {
  SourceInfo source;                // path, sha256 and size of the bytes as read; format, encoding, ocr, pages
  std::optional<std::string> error; // "invalid UTF-8 at byte offset 17", "binary file ...", "cannot open ..."
  std::vector<std::string> warnings;// problems that did not stop the read; copied into the record
  std::string text;                 // UTF-8 NFC, BOM removed, CRLF and CR turned into LF
};

// Choices a caller makes about reading (the CLI's flags); defaults suit a batch ingest.
struct ReadOptions {
  bool ocr = true;                  // OCR pages that have no text layer (scans)
  int ocr_threads = 0;              // 0 = every core
  std::string ocr_language = "vie";
  bool ocr_progress = true;         // "file.pdf: OCR page 3 (1/12)" on stderr as pages finish
};

// Decodes bytes already in memory (UTF-8 with or without BOM, UTF-16 LE/BE with BOM).
ReadOutcome decode_document(std::string path, std::string_view bytes, const ReadOptions& options = {});
ReadOutcome read_document(const std::filesystem::path& path, const ReadOptions& options = {});

// Files to process for the given arguments: a file as given, a directory walked
// recursively for *.txt in sorted order. Missing paths are returned too, so that the
// caller reports them as errors.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args);

}  // namespace vnpolicy
