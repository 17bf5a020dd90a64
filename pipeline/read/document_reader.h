// Stage 1 — read: bytes from disk to UTF-8 text with LF line ends.
// Never throws for bad input: the outcome carries an error that names what is wrong.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "core/record.h"

namespace vnpolicy {

struct ReadOutcome {
  SourceInfo source;                // path, sha256 and size of the bytes as read
  std::optional<std::string> error; // "invalid UTF-8 at byte offset 17", "binary file ...", "cannot open ..."
  std::string text;                 // UTF-8, BOM removed, CRLF and CR turned into LF
};

// Decodes bytes already in memory (UTF-8 with or without BOM, UTF-16 LE/BE with BOM).
ReadOutcome decode_document(std::string path, std::string_view bytes);
ReadOutcome read_document(const std::filesystem::path& path);

// Files to process for the given arguments: a file as given, a directory walked
// recursively for *.txt in sorted order. Missing paths are returned too, so that the
// caller reports them as errors.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args);

}  // namespace vnpolicy
