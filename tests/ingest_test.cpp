// Ingest: same catalog for any -j, idempotent re-ingest, replacement of a changed
// file, crash safety (a child killed mid-ingest), and the --jsonl round trip.
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "catalog_fixture.h"

namespace vnpolicy::testing {
namespace {

TEST(Ingest, SameCatalogForOneAndTwoWorkers) {
  TempDir tmp;
  auto files = corpus_copies(tmp.path(), 3);
  IngestTotals one = ingest_in_process(tmp / "j1.sqlite", files, 1);
  IngestTotals two = ingest_in_process(tmp / "j2.sqlite", files, 2);
  EXPECT_EQ(one.added, files.size());
  EXPECT_EQ(two.added, files.size());
  auto a = dump_catalog(tmp / "j1.sqlite"), b = dump_catalog(tmp / "j2.sqlite");
  ASSERT_GT(a.size(), files.size() * 100);  // documents plus their sentences
  EXPECT_EQ(a, b);
  // Ids follow the input order whatever thread finished first.
  Database db(tmp / "j2.sqlite", true);
  auto q = db.prepare("SELECT path FROM documents ORDER BY id");
  for (const auto& f : files) {
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.text(0), f.string());
  }
}

// With room for no extracted document at all, each still reaches the writer (the one
// it needs next never waits): the run ends, with the same catalog.
TEST(Ingest, AHeldBytesBudgetBelowEveryDocumentStillFinishesWithTheSameCatalog) {
  TempDir tmp;
  auto files = corpus_copies(tmp.path(), 2);
  IngestTotals roomy = ingest_in_process(tmp / "roomy.sqlite", files, 2);
  IngestTotals tight = ingest_in_process(tmp / "tight.sqlite", files, 2, /*held_bytes=*/1);
  EXPECT_EQ(roomy.added, files.size());
  EXPECT_EQ(tight.added, files.size());
  EXPECT_EQ(dump_catalog(tmp / "roomy.sqlite"), dump_catalog(tmp / "tight.sqlite"));
}

TEST(Ingest, ReingestingUnchangedFilesChangesNothing) {
  TempDir tmp;
  auto files = corpus_copies(tmp.path(), 1);
  auto db = tmp / "c.sqlite";
  ingest_in_process(db, files);
  auto before = dump_catalog(db);
  IngestTotals again = ingest_in_process(db, files);
  EXPECT_EQ(again.unchanged, files.size());
  EXPECT_EQ(again.added + again.replaced + again.failed, 0u);
  EXPECT_EQ(dump_catalog(db), before);
  // The CLI says so.
  std::string out = run_cli("ingest --quiet --db '" + db.string() + "' '" + files[0].string() + "'");
  EXPECT_NE(out.find("0 added, 0 replaced, 1 unchanged, 0 failed"), std::string::npos) << out;
}

TEST(Ingest, ChangedFileReplacesItsDocumentAndKeepsTheOldVersion) {
  TempDir tmp;
  auto file = tmp / "plan.txt";
  std::string original = read_file(corpus_file("003"));
  std::ofstream(file, std::ios::binary) << original << "\nThí điểm bay khinh khí cầu ngắm ruộng bậc thang.\n";
  auto db = tmp / "c.sqlite";
  ingest_in_process(db, {file});
  std::string old_sha = Catalog(db).stored_sha256(file.string()).value();
  int64_t id = count_rows(db, "SELECT id FROM documents");

  std::ofstream(file, std::ios::binary) << original << "\nKhuyến khích phát triển cà phê đặc sản.\n";
  IngestTotals t = ingest_in_process(db, {file});
  EXPECT_EQ(t.replaced, 1u);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(count_rows(db, "SELECT id FROM documents"), id);
  {
    Database d(db, true);
    auto v = d.prepare("SELECT document_id, sha256, ingested_at, replaced_at FROM document_versions");
    ASSERT_TRUE(v.step());
    EXPECT_EQ(v.int64(0), id);
    EXPECT_EQ(v.text(1), old_sha);
    EXPECT_FALSE(v.text(2).empty());
    EXPECT_FALSE(v.text(3).empty());
    EXPECT_FALSE(v.step());
  }
  // The index holds the new text only, and exactly the new document's sentences.
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sentence_index WHERE sentence_index MATCH 'khinh khi cau'"), 0);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sentence_index WHERE sentence_index MATCH 'ca phe'"), 1);
  auto expected = sentence_rows(project_extractor().segment(read_file(file)));
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sentence_index"), static_cast<int64_t>(expected.size()));
  Record r = project_extractor().extract(read_document(file));
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM refs"), static_cast<int64_t>(r.references.size()));
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM targets"), static_cast<int64_t>(r.targets.size()));
}

// Every catalogued document has all its items: as many sentences, references,
// targets, deadlines and tasks as extracting its file gives.
void expect_documents_complete(const std::filesystem::path& db_path) {
  Catalog catalog(db_path, /*read_only=*/true);
  Database& db = catalog.db();
  auto docs = db.prepare("SELECT id, path FROM documents ORDER BY id");
  while (docs.step()) {
    int64_t id = docs.int64(0);
    std::string path = docs.text(1);
    SegmentedDocument seg;
    Record r = project_extractor().extract(read_document(path), &seg);
    auto count = [&](const std::string& sql) {
      auto q = db.prepare(sql);
      q.bind(1, id);
      return q.step() ? q.int64(0) : -1;
    };
    EXPECT_EQ(count("SELECT COUNT(*) FROM sentence_index WHERE rowid / 16777216 = ?1"),
              static_cast<int64_t>(sentence_rows(seg).size())) << path;
    EXPECT_EQ(count("SELECT COUNT(*) FROM refs WHERE doc_id = ?1 AND named_ref_id IS NULL"),
              static_cast<int64_t>(r.references.size())) << path;
    EXPECT_EQ(count("SELECT COUNT(*) FROM named_refs WHERE doc_id = ?1"), static_cast<int64_t>(r.named_references.size()))
        << path;
    EXPECT_EQ(count("SELECT COUNT(*) FROM targets WHERE doc_id = ?1"), static_cast<int64_t>(r.targets.size())) << path;
    EXPECT_EQ(count("SELECT COUNT(*) FROM deadlines WHERE doc_id = ?1"), static_cast<int64_t>(r.deadlines.size())) << path;
    EXPECT_EQ(count("SELECT COUNT(*) FROM tasks WHERE doc_id = ?1"), static_cast<int64_t>(r.tasks.size())) << path;
  }
}

TEST(Ingest, KilledMidRunLeavesAConsistentCatalogAndTheNextRunFinishes) {
  TempDir tmp;
  auto files = corpus_copies(tmp.path(), 12);  // 60 documents: enough that the kill lands mid-run, small enough for ASan
  auto db = tmp / "c.sqlite";
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    std::string db_arg = db.string(), dir_arg = tmp.path().string();
    execl(binary_path(), binary_path(), "ingest", "-j", "2", "--batch", "3", "--quiet", "--db", db_arg.c_str(),
          dir_arg.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until some documents are committed, search while the writer works, then kill.
  int64_t seen = 0;
  for (int i = 0; i < 3000 && seen < 10; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    try {
      if (std::filesystem::exists(db)) seen = count_rows(db, "SELECT COUNT(*) FROM documents");
    } catch (const std::exception&) {
      // the catalog may not exist yet: an empty file, no schema
    }
  }
  int status = 0;
  std::string hits = run_cli("search --db '" + db.string() + "' 'Lai Chau' --limit 3", &status);
  EXPECT_EQ(status, 0) << "a reader works while ingest writes";
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  ASSERT_GE(seen, 10) << "ingest did not start";

  int64_t stored = count_rows(db, "SELECT COUNT(*) FROM documents");
  if (stored == static_cast<int64_t>(files.size())) std::cerr << "note: ingest finished before the kill\n";
  {
    Database d(db, true);
    auto check = d.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
  }
  {
    Catalog c(db);  // FTS5's own check throws when the index and its rows disagree
    EXPECT_NO_THROW(c.db().exec("INSERT INTO sentence_index(sentence_index) VALUES ('integrity-check')"));
  }
  expect_documents_complete(db);

  IngestTotals rest = ingest_in_process(db, files);
  EXPECT_EQ(rest.failed, 0u);
  EXPECT_EQ(rest.unchanged, static_cast<size_t>(stored));
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), static_cast<int64_t>(files.size()));
  expect_documents_complete(db);
}

TEST(Ingest, JsonlRoundTripGivesTheSameCatalogAsTheFiles) {
  TempDir tmp;
  auto files = corpus_copies(tmp.path(), 1);
  std::string list;
  for (const auto& f : files) list += " '" + f.string() + "'";
  int status = 0;
  std::string jsonl = run_cli("extract" + list, &status);
  ASSERT_EQ(status, 0);
  std::ofstream(tmp / "records.jsonl", std::ios::binary) << jsonl;

  ingest_in_process(tmp / "files.sqlite", files);
  std::string out = run_cli("ingest --quiet --db '" + (tmp / "jsonl.sqlite").string() + "' --jsonl '" +
                            (tmp / "records.jsonl").string() + "'", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find(std::to_string(files.size()) + " added"), std::string::npos) << out;
  EXPECT_EQ(dump_catalog(tmp / "jsonl.sqlite"), dump_catalog(tmp / "files.sqlite"));

  // From stdin, with the files gone: the records are stored and their titles indexed.
  for (const auto& f : files) std::filesystem::remove(f);
  out = run_cli("ingest --quiet --db '" + (tmp / "stdin.sqlite").string() + "' --jsonl - < '" +
                (tmp / "records.jsonl").string() + "'", &status);
  EXPECT_EQ(status, 0) << out;
  auto db = tmp / "stdin.sqlite";
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), static_cast<int64_t>(files.size()));
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM refs"), count_rows(tmp / "files.sqlite", "SELECT COUNT(*) FROM refs"));
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sentence_index WHERE line = 0"),
            count_rows(db, "SELECT COUNT(*) FROM documents WHERE title IS NOT NULL"));
}

// The README's form for a corpus past one machine: GNU parallel runs `vnpolicy extract`
// on shards of the files and one `ingest --jsonl -` reduces their records. The catalog
// must be the one a direct ingest of the same files makes: documents, items, links.
TEST(Ingest, GnuParallelShardsGiveTheSameCatalogAsADirectIngest) {
  TempDir tmp;
  int status = -1;
  ASSERT_EQ(std::system("parallel --version >/dev/null 2>&1"), 0)
      << "GNU parallel is missing: scripts/setup.sh installs the Debian package `parallel`";
  const std::string bin = std::string("'") + binary_path() + "'";
  const auto direct = tmp / "direct.sqlite", sharded = tmp / "sharded.sqlite";
  // A report citing a seed plan, so links between documents are compared too.
  const auto own = tmp / "own";
  std::filesystem::create_directories(own);
  std::ofstream(own / "bc-12.txt") << "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 12/BC-UBND\n\n"
                                      "Lai Châu, ngày 20 tháng 12 năm 2021\n\nBÁO CÁO\nKết quả thực hiện năm 2021\n\n"
                                      "Thực hiện Kế hoạch số 148/KH-UBND ngày 19/01/2021 của Ủy ban nhân dân tỉnh, "
                                      "Ủy ban nhân dân tỉnh báo cáo kết quả như sau.\n";
  const std::string inputs = "corpus tests/data/extra '" + own.string() + "'";
  std::string out = run_cli("ingest -q --db '" + direct.string() + "' " + inputs, &status, true);
  ASSERT_EQ(status, 0) << out;
  // Shards of 3 files, 2 at a time, on this machine (--sshloginfile spreads them over more).
  const std::string pipeline = "find " + inputs + " -name '*.txt' -print0 | sort -z |"
                               " parallel --will-cite -0 -k -X -n 3 -j 2 " + bin + " extract {} | " + bin +
                               " ingest --jsonl - -q --db '" + sharded.string() + "'";
  const int rc = std::system(("cd '" + source_dir().string() + "' && (" + pipeline + ") > '" +
                              (tmp / "out").string() + "' 2>&1").c_str());
  ASSERT_EQ(rc, 0) << read_file(tmp / "out");
  const auto a = dump_catalog_by_content(direct), b = dump_catalog_by_content(sharded);
  EXPECT_EQ(count_rows(sharded, "SELECT COUNT(*) FROM documents"), 10);
  EXPECT_GT(count_rows(sharded, "SELECT COUNT(*) FROM targets"), 400);
  EXPECT_GT(count_rows(sharded, "SELECT COUNT(*) FROM refs WHERE cited_doc_id IS NOT NULL"), 0)
      << "12/BC-UBND cites 148/KH-UBND: links are part of the comparison";
  ASSERT_EQ(a.size(), b.size());
  EXPECT_EQ(a, b);
}

// A folder walk says what it left out, in the summary and in the JSON summary.
TEST(Ingest, TheWalkReportsSkippedFilesInTheSummaryAndInJson) {
  TempDir tmp;
  const auto dir = tmp / "in";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(corpus_file("001"), dir / "plan.txt");
  std::ofstream(dir / "table.xyz") << "a,b\n";
  std::ofstream(dir / "~$plan.docx") << "lock";
  int status = -1;
  std::string out = run_cli("ingest -q --db '" + (tmp / "a.sqlite").string() + "' '" + dir.string() + "'", &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("skipped"), std::string::npos) << out;
  EXPECT_NE(out.find("table.xyz"), std::string::npos) << out;
  out = run_cli("ingest -q --format json --db '" + (tmp / "b.sqlite").string() + "' '" + dir.string() + "'", &status);
  EXPECT_EQ(status, 0) << out;
  const auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["added"], 1);
  EXPECT_EQ(j["failed"], 0);
  EXPECT_EQ(j["counts"]["documents"], 1);
  EXPECT_EQ(j["catalog"], (tmp / "b.sqlite").string());
  ASSERT_EQ(j["skipped"].size(), 2u) << j.dump();
  std::set<std::string> names;
  for (const auto& f : j["skipped"]) {
    names.insert(std::filesystem::path(f["path"].get<std::string>()).filename().string());
    EXPECT_FALSE(f["reason"].get<std::string>().empty());
  }
  EXPECT_EQ(names, (std::set<std::string>{"table.xyz", "~$plan.docx"}));
}

TEST(Ingest, BadJsonlLinesAreReportedAndTheRestIsStored) {
  TempDir tmp;
  auto file = corpus_file("001");
  std::string record = run_cli("extract '" + file.string() + "'");
  std::ofstream(tmp / "r.jsonl", std::ios::binary) << "{not json\n\n" << record << "{\"format\": 3}\n";
  int status = 0;
  std::string out = run_cli("ingest --quiet --db '" + (tmp / "c.sqlite").string() + "' --jsonl '" +
                            (tmp / "r.jsonl").string() + "'", &status, /*merge_stderr=*/true);
  EXPECT_EQ(status, 1);
  EXPECT_NE(out.find("r.jsonl:1: not a vnpolicy.extract/1 record"), std::string::npos) << out;
  EXPECT_NE(out.find("1 added, 0 replaced, 0 unchanged, 2 failed"), std::string::npos) << out;
}

// A batch indexes its documents' sentences at commit; a document replaced inside the
// batch keeps only its new rows, and a batch dropped without commit leaves nothing.
TEST(CatalogBatch, SentencesOfABatchAreIndexedAtCommitAndReplacementsKeepOnlyTheNewRows) {
  TempDir tmp;
  const auto db = tmp / "c.sqlite";
  auto record = [](const std::string& sha) {
    Record r;
    r.source.path = "plans/a.txt";
    r.source.sha256 = sha;
    r.source.bytes = 10;
    r.document.doc_type = "Kế hoạch";
    return r;
  };
  {
    Catalog catalog(db);
    Catalog::Batch batch(catalog);
    catalog.store(record("aa"), {{1, "Tỷ lệ che phủ rừng đạt 52,3%."}, {2, "Trồng mới 500 ha rừng."}});
    catalog.store(record("bb"), {{7, "Độ che phủ rừng đạt 56% vào năm 2030."}});
    batch.commit();
  }
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM document_versions"), 1);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sentence_index"), 1);
  EXPECT_EQ(count_rows(db, "SELECT line FROM sentence_index WHERE sentence_index MATCH '\"56\"'"), 7);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sentence_index WHERE sentence_index MATCH '\"trong\"'"), 0);
  {
    Catalog catalog(db);
    Catalog::Batch batch(catalog);
    Record other = record("cc");
    other.source.path = "plans/b.txt";
    catalog.store(other, {{3, "Giảm nghèo bền vững."}});
  }  // no commit: rolled back
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM sentence_index"), 1);
}

}  // namespace
}  // namespace vnpolicy::testing
