// The floor that SQLite itself sets for ingest: the same bytes put into an FTS5 index
// configured as the catalog's (detail=none, the text kept for snippets) but with
// SQLite's own tokenizer (unicode61, diacritics removed), one row per file, 256 files
// per transaction, WAL, on one thread. No extraction, no item tables. The issue asks
// for FTS5 and SQLite has one writer, so no ingest can be faster than this on any
// number of cores while the index is one SQLite database; bench/run divides the
// baseline's time by it: the speedup bound.
//
//   vnpolicy_fts5_floor DB FILE|DIR...
// prints: files, MB, seconds, MB/s.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "catalog/sqlite.h"
#include "read/document_reader.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: vnpolicy_fts5_floor DB FILE|DIR...\n";
    return 2;
  }
  const std::filesystem::path path = argv[1];
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  try {
    vnpolicy::Database db(path);
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("CREATE VIRTUAL TABLE doc_text USING fts5(body, tokenize='unicode61 remove_diacritics 2', detail=none)");
    std::vector<std::string> args(argv + 2, argv + argc);
    const auto files = vnpolicy::expand_inputs(args);
    const auto start = std::chrono::steady_clock::now();
    uint64_t bytes = 0;
    auto insert = db.prepare("INSERT INTO doc_text(rowid, body) VALUES (?1, ?2)");
    for (size_t i = 0; i < files.size(); ++i) {
      if (i % 256 == 0) db.exec(i ? "COMMIT; BEGIN" : "BEGIN");
      std::ifstream in(files[i], std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      bytes += text.size();
      insert.bind(1, static_cast<int64_t>(i + 1)).bind(2, text).run();
      insert.reset();
    }
    if (!files.empty()) db.exec("COMMIT");
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("fts5 floor: %zu files, %.1f MB in %.2f s = %.1f MB/s (SQLite FTS5 unicode61 detail=none, one writer)\n",
                files.size(), bytes / 1e6, secs, bytes / 1e6 / secs);
  } catch (const std::exception& e) {
    std::cerr << "vnpolicy_fts5_floor: " << e.what() << "\n";
    return 1;
  }
}
