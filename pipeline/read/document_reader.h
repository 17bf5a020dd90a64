// Stage 1 — read: the bytes of a file of any supported kind to UTF-8 text with LF line
// ends. The kind is chosen by content (see file_kind.h), never by the file's name.
// Never throws for bad input: the outcome carries an error that names what is wrong.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

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
  // Bounds for hostile archives (DOCX): total uncompressed bytes read, and the ratio of
  // uncompressed to compressed size of any one entry.
  uint64_t max_unpacked_bytes = 256ull << 20;
  uint64_t max_unpack_ratio = 200;
  // Converters run as subprocesses (DOC, RTF): wall-clock limit and output cap.
  int converter_timeout_seconds = 120;
  uint64_t max_converter_output = 64ull << 20;
};

// Reads bytes already in memory, dispatching on their content.
ReadOutcome decode_document(std::string path, std::string_view bytes, const ReadOptions& options = {});
ReadOutcome read_document(const std::filesystem::path& path, const ReadOptions& options = {});

// Files to process for the given arguments: a file as given; a directory walked
// recursively, in sorted order, for every file a reader takes (by extension, or by
// content for files whose name says nothing). Missing paths are returned too, so that
// the caller reports them as errors. Files a walk passed over are listed in `skipped`.
struct SkippedFile {
  std::filesystem::path path;
  std::string reason;  // "unsupported kind", "office lock file"
};
struct InputWalk {
  std::vector<std::filesystem::path> files;
  std::vector<SkippedFile> skipped;
};
// Files never to open, such as the catalog being written and its -wal/-shm sidecars (see
// catalog_sidecars): opening and closing them in the writing process drops its SQLite
// locks, and a reader elsewhere may then reset the WAL index under it (SIGBUS). Compared
// by canonical path, so "dir/./c.sqlite" and "dir/c.sqlite" are the same file.
class ExcludedFiles {
 public:
  ExcludedFiles() = default;
  ExcludedFiles(const std::vector<std::filesystem::path>& files);  // NOLINT: a list converts
  bool contains(const std::filesystem::path& file) const;

 private:
  std::vector<std::filesystem::path> canonical_;
};
InputWalk walk_inputs(const std::vector<std::string>& args, const ExcludedFiles& exclude = {});
// A SQLite database and the files SQLite keeps beside it (-wal, -shm, -journal).
std::vector<std::filesystem::path> catalog_sidecars(const std::filesystem::path& db);
// Why a walk passes over a file ("unsupported kind", "office lock file", "SQLite file"),
// or nothing when a reader takes it. May read the file's first bytes: never call it on
// an excluded file.
std::optional<std::string> walk_skip_reason(const std::filesystem::path& file);
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args);
// "skipped 3 files of unsupported kind: a.xyz, b.png, c.zip" (at most `max_names` names,
// then "…"); one clause per reason, joined by "; ". Empty when nothing was skipped.
std::string describe_skipped(const std::vector<SkippedFile>& skipped, size_t max_names = 5);

}  // namespace vnpolicy
