// Helpers for the catalog tests: temporary folders, catalog dumps, ingest in-process.
#pragma once
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "ingest/ingest.h"
#include "test_support.h"

namespace vnpolicy::testing {

// A fresh folder under the system temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("vnpolicy-" + std::string(info ? info->name() : "test") + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Every row of the catalog's tables (and of the sentence index) as text, without the
// ingest timestamps: two catalogs with the same dump hold the same data and ids.
inline std::vector<std::string> dump_catalog(const std::filesystem::path& db_path) {
  Catalog catalog(db_path, /*read_only=*/true);  // registers the index's tokenizer
  Database& db = catalog.db();
  std::vector<std::string> rows;
  for (const char* sql : {
           "SELECT id, path, sha256, bytes, doc_type, number, number_key, year, issuer, issued_date, place, title,"
           " error FROM documents ORDER BY id",
           "SELECT document_id, sha256, bytes FROM document_versions ORDER BY id",
           "SELECT * FROM refs ORDER BY id", "SELECT * FROM targets ORDER BY id",
           "SELECT * FROM deadlines ORDER BY id", "SELECT * FROM tasks ORDER BY id",
           "SELECT * FROM task_agencies ORDER BY rowid",
           "SELECT rowid, line, text FROM sentence_index ORDER BY rowid"}) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db.handle(), sql, -1, &st, nullptr), SQLITE_OK) << sql;
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string row = std::string(sql).substr(0, 40) + ":";
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const auto* t = sqlite3_column_text(st, c);
        row += "|" + (t ? std::string(reinterpret_cast<const char*>(t)) : std::string("NULL"));
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(st);
  }
  return rows;
}

// The catalog's content keyed by each document's sha256 instead of its id, rows sorted:
// two catalogs of the same documents, items and links have the same dump whatever order
// (or machine) they were ingested in.
inline std::vector<std::string> dump_catalog_by_content(const std::filesystem::path& db_path) {
  Catalog catalog(db_path, /*read_only=*/true);
  Database& db = catalog.db();
  std::map<std::string, std::string> sha_of;  // id -> sha256
  for (auto q = db.prepare("SELECT id, sha256 FROM documents"); q.step();) sha_of[q.text(0)] = q.text(1);
  std::vector<std::string> rows;
  for (const char* sql : {
           "SELECT d.* FROM documents d",
           "SELECT p.path, d.sha256 FROM document_paths p JOIN documents d ON d.id = p.document_id",
           "SELECT d.sha256, x.text FROM document_texts x JOIN documents d ON d.id = x.document_id",
           "SELECT d.sha256, x.* FROM refs x JOIN documents d ON d.id = x.doc_id",
           "SELECT d.sha256, x.* FROM targets x JOIN documents d ON d.id = x.doc_id",
           "SELECT d.sha256, x.* FROM deadlines x JOIN documents d ON d.id = x.doc_id",
           "SELECT d.sha256, x.* FROM tasks x JOIN documents d ON d.id = x.doc_id",
           "SELECT d.sha256, t.seq, a.* FROM task_agencies a JOIN tasks t ON t.id = a.task_id"
           " JOIN documents d ON d.id = t.doc_id",
           "SELECT d.sha256, s.line, s.text FROM sentence_index s JOIN documents d ON d.id = s.rowid / 16777216"}) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db.handle(), sql, -1, &st, nullptr), SQLITE_OK) << sql;
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string row = std::string(sql).substr(0, 48) + ":";
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const std::string name = sqlite3_column_name(st, c);
        if (name == "id" || name == "doc_id" || name == "task_id" || name == "ingested_at") continue;
        const auto* t = sqlite3_column_text(st, c);
        std::string value = t ? std::string(reinterpret_cast<const char*>(t)) : std::string("NULL");
        if (name == "cited_doc_id" && t) value = "sha:" + sha_of[value];  // a link, by content
        row += "|" + name + "=" + value;
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(st);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

// The seed documents (corpus/), sorted: ingested in this order they get the same ids.
inline std::vector<std::filesystem::path> seed_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(source_dir() / "corpus")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

inline int64_t count_rows(const std::filesystem::path& db_path, const std::string& sql) {
  Catalog catalog(db_path, /*read_only=*/true);
  auto q = catalog.db().prepare(sql);
  return q.step() ? q.int64(0) : -1;
}

inline IngestTotals ingest_in_process(const std::filesystem::path& db_path,
                                      const std::vector<std::filesystem::path>& files, unsigned jobs = 2,
                                      uint64_t held_bytes = IngestOptions{}.held_bytes) {
  Catalog catalog(db_path);
  IngestOptions options;
  options.db_path = db_path;
  options.jobs = jobs;
  options.held_bytes = held_bytes;
  return ingest_files(catalog, project_extractor(), files, options);
}

// Copies of the corpus files under `dir`, `copies` of each; copy k ends with an extra
// line naming k, so every copy has its own sha256.
inline std::vector<std::filesystem::path> corpus_copies(const std::filesystem::path& dir, int copies) {
  std::vector<std::filesystem::path> out;
  std::vector<std::filesystem::path> originals;
  for (const auto& e : std::filesystem::directory_iterator(source_dir() / "corpus"))
    if (e.path().extension() == ".txt") originals.push_back(e.path());
  std::sort(originals.begin(), originals.end());
  for (int k = 0; k < copies; ++k)
    for (const auto& f : originals) {
      auto p = dir / (std::to_string(k) + "-" + f.filename().string());
      std::ofstream(p, std::ios::binary) << read_file(f) << "\nBản sao số " << k << ".\n";
      out.push_back(p);
    }
  return out;
}

}  // namespace vnpolicy::testing
