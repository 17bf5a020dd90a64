// Search: accent-, tone- and đ/d-insensitive full-text search over the corpus, with
// exact accents ranked first, filters, snippets and the CLI.
#include "catalog/search.h"
#include "catalog_fixture.h"
#include "core/text.h"

namespace vnpolicy::testing {
namespace {

class Search : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(source_dir() / "corpus")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    ingest_in_process(db_path(), files);
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::filesystem::path db_path() { return *dir_ / "c.sqlite"; }

  std::vector<SearchHit> find(const std::string& text, int limit = 50) {
    SearchQuery q;
    q.text = text;
    q.limit = limit;
    return search_sentences(db_, q, folder_);
  }
  static bool contains_folded(const SearchHit& h, const std::string& s, const AccentFolder& f) {
    return f.fold(h.sentence).find(f.fold(s)) != std::string::npos;
  }

  static TempDir* dir_;
  Database db_{db_path(), true};
  AccentFolder folder_;
};
TempDir* Search::dir_ = nullptr;

TEST_F(Search, QueriesWithoutAccentsFindTheAccentedText) {
  auto hits = find("che phu rung");
  ASSERT_EQ(hits.size(), 2u);  // corpus 002 and 003 each have one sentence on forest cover
  for (const auto& h : hits) {
    EXPECT_NE(to_lower(h.sentence).find("che phủ rừng"), std::string::npos) << h.sentence;
    EXPECT_GT(h.line, 0);
  }
  auto lai_chau = find("Lai Chau", 500);
  EXPECT_GT(lai_chau.size(), 50u);
  for (const auto& h : lai_chau) EXPECT_TRUE(contains_folded(h, "lai chau", folder_)) << h.sentence;
  auto dau_tu = find("dau tu", 500);
  ASSERT_FALSE(dau_tu.empty());
  EXPECT_NE(to_lower(dau_tu[0].sentence).find("đầu tư"), std::string::npos) << dau_tu[0].sentence;
}

TEST_F(Search, TypedAccentsRankExactMatchesFirst) {
  // "dầu" (oil) and "đấu" (to compete) both fold to "dau": the accents as typed win.
  auto oil = find("dầu", 100);
  ASSERT_GT(oil.size(), 2u);
  EXPECT_TRUE(oil[0].exact_accents);
  EXPECT_NE(to_lower(oil[0].sentence).find("dầu"), std::string::npos) << oil[0].sentence;
  bool later_inexact = false;
  for (const auto& h : oil) {
    if (!h.exact_accents) later_inexact = true;
    if (later_inexact) EXPECT_FALSE(h.exact_accents) << "exact hits must all come first";
  }
  EXPECT_TRUE(later_inexact) << "the đấu sentences are found too";
  auto compete = find("đấu", 100);
  ASSERT_FALSE(compete.empty());
  EXPECT_NE(to_lower(compete[0].sentence).find("đấu"), std::string::npos);
}

TEST_F(Search, ToneMarkPlacementDoesNotMatter) {
  // 003 writes "Diễn biến hoà bình" (old placement); both spellings find it, exactly.
  for (const char* q : {"diễn biến hoà bình", "diễn biến hòa bình"}) {
    auto hits = find(q);
    ASSERT_FALSE(hits.empty()) << q;
    EXPECT_TRUE(hits[0].exact_accents) << q;
    EXPECT_NE(hits[0].path.find("003_"), std::string::npos);
  }
}

TEST_F(Search, FiltersByTypeYearAndIssuer) {
  Database db(db_path(), true);
  auto one = db.prepare("SELECT doc_type, year, issuer FROM documents WHERE doc_type IS NOT NULL ORDER BY id LIMIT 1");
  ASSERT_TRUE(one.step());
  SearchQuery q;
  q.text = "Lai Chau";
  q.limit = 1000;
  q.doc_type = folder_.fold(one.text(0));  // typed without accents
  size_t all = find("Lai Chau", 1000).size();
  auto typed = search_sentences(db_, q, folder_);
  ASSERT_FALSE(typed.empty());
  EXPECT_LT(typed.size(), all);
  auto type_of = db.prepare("SELECT doc_type FROM documents WHERE id = ?1");
  for (const auto& h : typed) {
    type_of.bind(1, h.document_id);
    ASSERT_TRUE(type_of.step());
    EXPECT_EQ(type_of.text(0), one.text(0));
    type_of.reset();
  }
  q.doc_type.reset();
  q.year = 1890;
  EXPECT_TRUE(search_sentences(db_, q, folder_).empty());
  q.year.reset();
  q.issuer = "no such issuer";
  EXPECT_TRUE(search_sentences(db_, q, folder_).empty());
}

TEST_F(Search, SnippetMarksTheWordsWhateverTheirAccents) {
  std::string s = "Nâng tỷ lệ che phủ rừng lên 50% vào năm 2025.";
  EXPECT_EQ(snippet(s, {"che", "phu", "rung"}, folder_), "Nâng tỷ lệ [che] [phủ] [rừng] lên 50% vào năm 2025.");
  EXPECT_EQ(snippet("một hai ba bốn năm sáu bảy tám chín mười", {"bay"}, folder_, 4), "…sáu [bảy] tám chín …");
}

TEST_F(Search, QuerySyntaxIsNeverPassedToFts) {
  // FTS5 operators and quotes in a query are just punctuation between words.
  EXPECT_NO_THROW(find("\"che\" OR phu* NEAR(rung) -x {text}:"));
  EXPECT_TRUE(find("\"").empty());
}

TEST_F(Search, CliPrintsDocumentLineAndSnippet) {
  int status = 0;
  std::string out = run_cli("search --db '" + db_path().string() + "' che phu rung", &status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(out.find("[che] [phủ] [rừng]"), std::string::npos) << out;
  EXPECT_NE(out.find("002_"), std::string::npos) << out;
  std::string json = run_cli("search --format json --db '" + db_path().string() + "' 'Lai Châu' --limit 2", &status);
  auto j = nlohmann::json::parse(json);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_GT(j[0]["line"].get<int>(), 0);
}

}  // namespace
}  // namespace vnpolicy::testing
