// `ingest --watch DIR`: what an office drops into a shared folder is ingested as it
// arrives. The same batch ingest (same safety: whole documents per transaction) runs on
// the files already there, then on each file that appears or changes (inotify, every
// subfolder), once it has stopped changing — a file still being copied is not read
// half-written.
#pragma once
#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

#include "ingest/ingest.h"

namespace vnpolicy {

struct WatchOptions {
  IngestOptions ingest;
  double settle_seconds = 1.0;  // a file is read once its size and time stayed this long
  std::function<void(const std::string&)> on_message;  // "watching DIR", skipped files
};

// Runs until `stop` becomes true (a signal handler sets it); returns the totals of every
// batch. Throws std::runtime_error when the folder cannot be watched.
IngestTotals watch_folder(Catalog& catalog, const DocumentExtractor& extractor, const std::filesystem::path& dir,
                          const WatchOptions& options, const std::atomic<bool>& stop);

}  // namespace vnpolicy
