// `series` reads each figure's place from the figure's own copy of its document's place,
// and the figures of the query's words as figure_groups: a document replaced (new
// content, new place), removed or pruned leaves the catalog answering as a fresh ingest of
// the files that are left, its groups as the figures define them.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "catalog_fixture.h"
#include "figure_groups_check.h"

namespace vnpolicy::testing {
namespace {

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_all(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string replaced_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

class SeriesCatalog : public ::testing::Test {
 protected:
  std::string cli(const std::string& args, const std::filesystem::path& db) {
    int status = -1;
    const std::string out = run_cli(args + " --db '" + db.string() + "'", &status);
    EXPECT_EQ(status, 0) << args << "\n" << out;
    return out;
  }
  // The series of a few indicators, as JSON and as the table.
  std::string series_of(const std::filesystem::path& db) {
    std::string all;
    for (const char* indicator : {"che phu rung", "ty le", "lao dong qua dao tao", "2102"})
      for (const char* format : {"json", "table"})
        all += cli(std::string("series --indicator '") + indicator + "' --format " + format, db);
    return all;
  }
  // What a fresh catalog of the files now in docs_ answers.
  std::string fresh_series() {
    const auto db = tmp_ / ("fresh" + std::to_string(++fresh_) + ".sqlite");
    cli("ingest -q -j 1 '" + docs_.string() + "'", db);
    return series_of(db);
  }
  // The groups the triggers kept against those the figures give; empty when in step.
  std::string groups_out_of_step(const std::filesystem::path& db) {
    Catalog catalog(db, /*read_only=*/true);
    const std::string kept = figure_groups_as_text(catalog.db(), false);
    const std::string wanted = figure_groups_as_text(catalog.db(), true);
    EXPECT_GT(std::count(wanted.begin(), wanted.end(), '\n'), 0);
    if (!figure_group_words_in_step(catalog.db())) return "words out of step";
    return kept == wanted ? "" : "kept:\n" + kept + "\nfrom the figures:\n" + wanted;
  }
  int64_t places_out_of_step(const std::filesystem::path& db) {
    return count_rows(db, "SELECT COUNT(*) FROM targets t JOIN documents d ON d.id = t.doc_id WHERE t.place IS NOT d.place");
  }
  TempDir tmp_;
  std::filesystem::path docs_ = tmp_ / "docs";
  int fresh_ = 0;
};

TEST_F(SeriesCatalog, ReplacedRemovedAndPrunedDocumentsLeaveTheSeriesOfAFreshIngest) {
  std::filesystem::create_directories(docs_);
  const auto db = tmp_ / "catalog.sqlite";
  // 26-CTr/TU of Lai Châu: forest cover 56 % in 2030.
  const std::string plan = read_all(corpus_file("003"));
  ASSERT_NE(plan.find("Lai Châu"), std::string::npos);
  std::filesystem::copy_file(corpus_file("001"), docs_ / "a.txt");
  write_all(docs_ / "b.txt", plan);
  cli("ingest -q -j 1 '" + docs_.string() + "'", db);
  const std::string first = series_of(db);
  EXPECT_NE(first.find("\"place\": \"Lai Châu\""), std::string::npos) << first.substr(0, 400);
  EXPECT_EQ(first, fresh_series());
  EXPECT_EQ(groups_out_of_step(db), "");

  // New content at b.txt: the same plan of another province replaces the document.
  write_all(docs_ / "b.txt", replaced_all(plan, "Lai Châu", "Điện Biên"));
  cli("ingest -q -j 1 '" + docs_.string() + "'", db);
  const std::string replaced = series_of(db);
  EXPECT_NE(replaced.find("\"place\": \"Điện Biên\""), std::string::npos) << replaced.substr(0, 400);
  EXPECT_EQ(places_out_of_step(db), 0);
  EXPECT_EQ(replaced, fresh_series());
  EXPECT_EQ(groups_out_of_step(db), "");

  // A third document, and a fourth that is b.txt's plan again (other bytes: its figures
  // join b's groups, with higher ids), then `remove` of both: as if they never came.
  std::filesystem::copy_file(corpus_file("004"), docs_ / "c.txt");
  write_all(docs_ / "d.txt", replaced_all(plan, "Lai Châu", "Điện Biên") + "\nBản sao số 2.\n");
  cli("ingest -q -j 1 '" + docs_.string() + "'", db);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 4);
  EXPECT_GT(count_rows(db, "SELECT COUNT(*) FROM figure_groups g JOIN documents d ON d.id = g.last_doc"
                           " WHERE d.path LIKE '%d.txt' AND g.first_id < g.last_doc_first_id"), 10);
  EXPECT_EQ(groups_out_of_step(db), "");
  EXPECT_EQ(series_of(db), fresh_series());
  cli("remove '" + (docs_ / "c.txt").string() + "' '" + (docs_ / "d.txt").string() + "'", db);
  std::filesystem::remove(docs_ / "c.txt");
  std::filesystem::remove(docs_ / "d.txt");
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 2);
  EXPECT_EQ(series_of(db), replaced);
  EXPECT_EQ(places_out_of_step(db), 0);
  EXPECT_EQ(groups_out_of_step(db), "");

  // a.txt's text again as e.txt (its figures join a's groups), then a's and b's files go:
  // --prune drops their documents, b's places with them, and a's groups start at e's figures.
  write_all(docs_ / "e.txt", read_all(corpus_file("001")) + "\nBản sao số 2.\n");
  cli("ingest -q -j 1 '" + docs_.string() + "'", db);
  EXPECT_EQ(groups_out_of_step(db), "");
  std::filesystem::remove(docs_ / "a.txt");
  std::filesystem::remove(docs_ / "b.txt");
  cli("ingest -q -j 1 --prune '" + docs_.string() + "'", db);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 1);
  const std::string pruned = series_of(db);
  EXPECT_EQ(pruned.find("Điện Biên"), std::string::npos) << pruned.substr(0, 400);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM targets WHERE place = 'Điện Biên'"), 0);
  EXPECT_EQ(pruned, fresh_series());
  EXPECT_EQ(groups_out_of_step(db), "");
}

}  // namespace
}  // namespace vnpolicy::testing
