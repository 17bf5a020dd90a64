// `ingest --watch`: a watcher started on a folder ingests files dropped into it (a file
// written in two steps is read once, whole), reports files it cannot read, never opens
// the catalog it writes when that lives in the watched folder, and stops cleanly on SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "catalog_fixture.h"
#include "core/sha256.h"

namespace vnpolicy::testing {
namespace {

TEST(Watch, IngestsDroppedFilesOnceWholeAndStopsOnSigterm) {
  TempDir tmp;
  auto in = tmp / "in";
  std::filesystem::create_directories(in);
  // The catalog inside the watched folder, under a name that says nothing: every write to
  // it is an event, and sniffing it (or its -wal/-shm) would drop the writer's locks while
  // this test reads it.
  auto db = in / "store";
  auto log = tmp / "watch.log";
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    freopen(log.c_str(), "w", stderr);
    freopen("/dev/null", "w", stdout);
    std::string d = db.string(), dir = in.string();
    execl(binary_path(), binary_path(), "ingest", "--watch", dir.c_str(), "--db", d.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  auto wait_for = [&](const std::string& sql, int64_t want) {
    int64_t n = -1;
    for (int i = 0; i < 600 && n != want; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      try {
        if (std::filesystem::exists(db)) n = count_rows(db, sql);
      } catch (const std::exception&) {
      }
    }
    return n;
  };
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  std::string plan = read_file(corpus_file("003"));
  std::ofstream(in / "a.txt", std::ios::binary) << read_file(corpus_file("000"));
  {
    // Half written, a pause shorter than the settle time, then the rest.
    std::ofstream b(in / "b.txt", std::ios::binary);
    b << plan.substr(0, plan.size() / 2) << std::flush;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    b << plan.substr(plan.size() / 2);
  }
  std::ofstream(in / "c.xyz") << "not a document";
  EXPECT_EQ(wait_for("SELECT COUNT(*) FROM documents", 2), 2);
  EXPECT_EQ(wait_for("SELECT COUNT(*) FROM documents WHERE sha256 = '" + sha256_hex(plan) + "'", 1), 1)
      << "b.txt was stored whole";
  // A file that changes is ingested again (replaced).
  std::ofstream(in / "a.txt", std::ios::app) << "\nPhụ lục bổ sung.\n";
  EXPECT_EQ(wait_for("SELECT COUNT(*) FROM documents WHERE sha256 = '" + sha256_hex(read_file(in / "a.txt")) + "'", 1), 1);
  kill(child, SIGTERM);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << "stopped by a signal instead of finishing";
  EXPECT_EQ(WEXITSTATUS(status), 0);
  std::string err = read_file(log);
  EXPECT_NE(err.find("skipped 1 file of unsupported kind: c.xyz\n"), std::string::npos) << err;
  EXPECT_EQ(err.find("store"), std::string::npos) << "the catalog was looked at: " << err;
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 2);
}

}  // namespace
}  // namespace vnpolicy::testing
