// What a document is and where its catalog lives, through the binary as a user runs it:
// a moved file keeps its id, a copy is the same document at a second path, `remove`
// and `ingest --prune` drop whole documents, a version-1 catalog is migrated; `--db`
// mistakes are one sentence and the default catalog is the same from any folder.
#include <sys/stat.h>

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "catalog/migrate.h"
#include "catalog/fts_tokenizer.h"
#include "catalog_fixture.h"

namespace vnpolicy::testing {
namespace {

using nlohmann::json;

std::string quote(const std::string& s) { return "'" + s + "'"; }
std::string quote(const std::filesystem::path& p) { return quote(p.string()); }

// Runs a shell command line that names the binary as $VNPOLICY; stdout and stderr together.
std::string sh(const std::string& line, int* status) {
  const std::string cmd = "VNPOLICY=" + quote(std::string(binary_path())) + "; RULES=" +
                          quote(source_dir() / "rules") + "; " + line + " 2>&1";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    const int rc = pclose(p);
    *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  }
  return out;
}

json docs_of(const std::filesystem::path& db) {
  int status = -1;
  std::string out = run_cli("docs --format json --db " + quote(db), &status);
  EXPECT_EQ(status, 0) << out;
  return out.empty() ? json::array() : json::parse(out);
}

int64_t id_of(const json& docs, const std::string& sha) {
  for (const auto& d : docs)
    if (d["sha256"] == sha) return d["id"].get<int64_t>();
  return -1;
}

// Two seeds in a folder of the test's own.
struct SeedFolder {
  TempDir tmp;
  std::filesystem::path dir = tmp / "docs";
  std::filesystem::path db = tmp / "c.sqlite";
  std::filesystem::path plan, report;  // 148/KH-UBND (2021) and the 2022 Party report
  SeedFolder() {
    std::filesystem::create_directories(dir);
    plan = dir / "plan.txt";
    report = dir / "report.txt";
    std::filesystem::copy_file(corpus_file("001"), plan);
    std::filesystem::copy_file(corpus_file("002"), report);
  }
  std::string ingest(const std::string& extra = "", int* status = nullptr) {
    int s = -1;
    std::string out = run_cli("ingest -v --db " + quote(db) + " " + extra + " " + quote(dir), &s, true);
    if (status) *status = s;
    else EXPECT_EQ(s, 0) << out;
    return out;
  }
};

TEST(Identity, AMovedFileKeepsItsIdAndACopyIsTheSameDocumentAtASecondPath) {
  SeedFolder f;
  f.ingest();
  const std::string plan_sha = sha256_hex(read_file(f.plan)), report_sha = sha256_hex(read_file(f.report));
  json before = docs_of(f.db);
  ASSERT_EQ(before.size(), 2u);
  const int64_t plan_id = id_of(before, plan_sha), report_id = id_of(before, report_sha);
  ASSERT_GT(plan_id, 0);

  std::filesystem::create_directories(f.dir / "2021");
  std::filesystem::rename(f.plan, f.dir / "2021" / "kh-148.txt");
  std::filesystem::copy_file(f.report, f.dir / "report-copy.txt");
  std::string out = f.ingest();
  EXPECT_NE(out.find("kh-148.txt: moved"), std::string::npos) << out;
  EXPECT_NE(out.find("report-copy.txt: copy"), std::string::npos) << out;
  EXPECT_NE(out.find("0 added, 0 replaced"), std::string::npos) << out;

  json after = docs_of(f.db);
  ASSERT_EQ(after.size(), 2u) << after.dump();
  EXPECT_EQ(id_of(after, plan_sha), plan_id) << "a moved file keeps its document and id";
  EXPECT_EQ(id_of(after, report_sha), report_id);
  EXPECT_EQ(count_rows(f.db, "SELECT COUNT(*) FROM document_paths"), 3);
  EXPECT_EQ(count_rows(f.db, "SELECT COUNT(*) FROM document_paths WHERE path LIKE '%/plan.txt'"), 0)
      << "the old path of a moved file is gone";
  int status = -1;
  for (const char* handle : {"kh-148", "kh-148.txt", "148/KH-UBND"}) {
    json shown = json::parse(run_cli("show " + quote(std::string(handle)) + " --format json --db " + quote(f.db), &status));
    EXPECT_EQ(shown["id"], plan_id) << handle;
  }
  // Both paths of the copied report name the one document.
  for (const char* handle : {"report", "report-copy"}) {
    json shown = json::parse(run_cli(std::string("show ") + handle + " --format json --db " + quote(f.db), &status));
    EXPECT_EQ(status, 0) << handle;
    EXPECT_EQ(shown["id"], report_id) << handle;
  }
  run_cli("show plan --db " + quote(f.db), &status);
  EXPECT_EQ(status, 2) << "the moved-away name no longer names a document";
}

TEST(Identity, RemoveAndPruneDropWholeDocumentsAndNothingElse) {
  SeedFolder f;
  f.ingest();
  const int64_t all_refs = count_rows(f.db, "SELECT COUNT(*) FROM refs");
  const int64_t report_refs = count_rows(
      f.db, "SELECT COUNT(*) FROM refs WHERE doc_id = (SELECT document_id FROM document_paths WHERE name = 'report.txt')");
  ASSERT_GT(report_refs, 0);

  // One unknown handle: nothing is removed (the handles are resolved before anything goes).
  int status = -1;
  std::string out = run_cli("remove 148/KH-UBND no-such-document --db " + quote(f.db), &status, true);
  EXPECT_EQ(status, 2) << out;
  EXPECT_EQ(docs_of(f.db).size(), 2u);

  out = run_cli("remove 148/KH-UBND --db " + quote(f.db), &status, true);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("plan.txt"), std::string::npos) << out;
  json left = docs_of(f.db);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(count_rows(f.db, "SELECT COUNT(*) FROM refs"), report_refs);
  for (const char* table : {"refs", "targets", "deadlines", "tasks", "document_texts"}) {
    const std::string col = std::string(table) == "document_texts" ? "document_id" : "doc_id";
    EXPECT_EQ(count_rows(f.db, "SELECT COUNT(*) FROM " + std::string(table) + " WHERE " + col +
                                   " NOT IN (SELECT id FROM documents)"),
              0)
        << table;
  }
  EXPECT_EQ(count_rows(f.db, "SELECT COUNT(*) FROM sentence_index WHERE rowid / " +
                                 std::to_string(kSentenceRowsPerDocument) + " NOT IN (SELECT id FROM documents)"),
            0);

  // The plan comes back as a new document; then its file goes and --prune drops it.
  f.ingest();
  EXPECT_EQ(count_rows(f.db, "SELECT COUNT(*) FROM refs"), all_refs);
  std::filesystem::remove(f.plan);
  out = f.ingest("--prune");
  EXPECT_NE(out.find("pruned: 1 path whose file is gone, 1 document left with no path removed"), std::string::npos)
      << out;
  left = docs_of(f.db);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0]["sha256"], sha256_hex(read_file(f.report)));
  EXPECT_EQ(count_rows(f.db, "SELECT COUNT(*) FROM refs"), report_refs);
}

// A catalog of schema version 1 (documents keyed by the path as given; before 896080a)
// holding one file under two spellings: opening it migrates to one document at its
// canonical path, its items kept, and records the current schema version.
TEST(Identity, AVersion1CatalogIsMigratedToOneDocumentPerContent) {
  TempDir tmp;
  const auto db_path = tmp / "old.sqlite";
  std::filesystem::create_directories(tmp / "docs");
  const auto file = tmp / "docs" / "plan.txt";
  std::filesystem::copy_file(corpus_file("001"), file);
  const std::string sha = sha256_hex(read_file(file));
  {
    Database db(db_path);
    register_fold_tokenizer(db);
    db.exec(read_file(source_dir() / "tests" / "data" / "schema-v1.sql"));
    int64_t id = 0;
    for (const std::string& path : {file.string(), (tmp / "docs" / "." / "plan.txt").string()}) {
      ++id;
      auto d = db.prepare(
          "INSERT INTO documents(id, path, sha256, bytes, doc_type, number, number_key, year, issuer, issued_date, title,"
          " ingested_at) VALUES (?1, ?2, ?3, 10, 'Kế hoạch', '148/KH-UBND', '148/KH-UBND', 2021, 'Ủy ban nhân dân tỉnh Lai Châu',"
          " '2021-01-19', 'Thực hiện Nghị quyết', '2026-01-01T00:00:00Z')");
      d.bind(1, id).bind(2, path).bind(3, sha).run();
      auto r = db.prepare(
          "INSERT INTO refs(doc_id, seq, number, number_key, year, relation, line, text) VALUES (?1, 0, '01/NQ-CP',"
          " '01/NQ-CP', 2021, 'implements', 3, 'Nghị quyết số 01/NQ-CP')");
      r.bind(1, id).run();
    }
  }
  json docs = docs_of(db_path);
  ASSERT_EQ(docs.size(), 1u) << docs.dump();
  EXPECT_EQ(docs[0]["path"], std::filesystem::weakly_canonical(file).string());
  EXPECT_EQ(docs[0]["year"], 2021);
  EXPECT_EQ(count_rows(db_path, "SELECT COUNT(*) FROM refs"), 1);
  EXPECT_EQ(count_rows(db_path, "SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);
  int status = -1;
  std::string out = run_cli("ingest -q --db " + quote(db_path) + " " + quote(tmp / "docs"), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("0 added"), std::string::npos) << out;
  EXPECT_EQ(docs_of(db_path).size(), 1u);
}

TEST(CatalogPath, EveryWrongDbIsOneSentenceAndExit2) {
  TempDir tmp;
  const auto corpus = corpus_file("001");
  std::filesystem::create_directories(tmp / "folder");
  std::ofstream(tmp / "notes.txt") << "not a database\n";
  std::ofstream(tmp / "empty.sqlite");
  struct Case {
    std::string db, command, says;
  };
  const std::vector<Case> cases = {
      {(tmp / "notes.txt").string(), "stats", "is not a vnpolicy catalog"},
      {(tmp / "folder").string(), "stats", "is a folder, not a catalog file"},
      {(tmp / "folder").string(), "ingest " + quote(corpus), "is a folder, not a catalog file"},
      {(tmp / "no" / "such" / "c.sqlite").string(), "ingest " + quote(corpus), "the folder " + (tmp / "no" / "such").string() + " does not exist"},
      {(tmp / "missing.sqlite").string(), "docs", "no catalog at"},
  };
  for (const auto& c : cases) {
    int status = -1;
    std::string out = run_cli(c.command + " --db " + quote(c.db), &status, true);
    EXPECT_EQ(status, 2) << c.db << ": " << out;
    EXPECT_NE(out.find(c.says), std::string::npos) << out;
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << "one sentence: " << out;
    for (const char* raw : {"file is not a database", "disk I/O error", "unable to open", "SQLITE_"})
      EXPECT_EQ(out.find(raw), std::string::npos) << "SQLite's own message: " << out;
  }
  EXPECT_FALSE(std::filesystem::exists(tmp / "no")) << "a typed path's folders are not made";
  EXPECT_FALSE(std::filesystem::exists(tmp / "missing.sqlite")) << "a query does not create a catalog";

  // A read-only catalog: queries work, ingest says why it cannot write.
  const auto ro = tmp / "ro.sqlite";
  int status = -1;
  run_cli("ingest -q --db " + quote(ro) + " " + quote(corpus), &status);
  ASSERT_EQ(status, 0);
  ::chmod(ro.c_str(), 0444);
  std::string out = run_cli("stats --db " + quote(ro), &status, true);
  EXPECT_EQ(status, 0) << out;
  out = run_cli("ingest --db " + quote(ro) + " " + quote(corpus), &status, true);
  EXPECT_EQ(status, 2) << out;
  EXPECT_NE(out.find("is read-only: cannot write to this catalog"), std::string::npos) << out;
}

TEST(CatalogPath, TheDefaultCatalogIsTheSameFromAnyFolderAndStatsNamesIt) {
  TempDir tmp;
  std::filesystem::create_directories(tmp / "home");
  std::filesystem::create_directories(tmp / "a" / "b");
  const std::string env = "cd " + quote(tmp / "a") + " && env -u VNPOLICY_DB -u XDG_DATA_HOME HOME=" + quote(tmp / "home");
  int status = -1;
  std::string out = sh(env + " \"$VNPOLICY\" --rules \"$RULES\" ingest -q " + quote(corpus_file("001")), &status);
  ASSERT_EQ(status, 0) << out;
  const auto per_user = tmp / "home" / ".local" / "share" / "vnpolicy" / "catalog.sqlite";
  EXPECT_TRUE(std::filesystem::exists(per_user)) << out;
  for (const auto& folder : {tmp / "a" / "b", tmp.path(), std::filesystem::path("/")}) {
    out = sh("cd " + quote(folder) + " && env -u VNPOLICY_DB -u XDG_DATA_HOME HOME=" + quote(tmp / "home") +
                 " \"$VNPOLICY\" stats",
             &status);
    EXPECT_EQ(status, 0) << out;
    EXPECT_EQ(out.rfind("catalog: " + per_user.string() + "\n", 0), 0u) << out;
    EXPECT_NE(out.find("documents: 1 "), std::string::npos) << out;
  }
  // $VNPOLICY_DB wins over the per-user path, from any folder too.
  const auto named = tmp / "named.sqlite";
  out = sh("cd " + quote(tmp / "a" / "b") + " && VNPOLICY_DB=" + quote(named) + " HOME=" + quote(tmp / "home") +
               " \"$VNPOLICY\" --rules \"$RULES\" ingest -q " + quote(corpus_file("002")) + " " + quote(corpus_file("003")),
           &status);
  ASSERT_EQ(status, 0) << out;
  out = sh("cd / && VNPOLICY_DB=" + quote(named) + " \"$VNPOLICY\" stats", &status);
  EXPECT_EQ(out.rfind("catalog: " + named.string() + "\n", 0), 0u) << out;
  EXPECT_NE(out.find("documents: 2 "), std::string::npos) << out;
}

}  // namespace
}  // namespace vnpolicy::testing
