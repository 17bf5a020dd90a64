// Search: accent-, tone- and đ/d-insensitive full-text search over the corpus, with
// exact accents ranked first, filters, snippets and the CLI.
#include "catalog/queries/search.h"
#include "catalog/fts_tokenizer.h"
#include "catalog_fixture.h"
#include "core/text.h"

#include <unicode/uchar.h>

namespace vnpolicy::testing {
namespace {

class Search : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ingest_in_process(db_path(), seed_files());
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
  // The same as a phrase, typed without accents or with them.
  EXPECT_EQ(find("\"che phu rung\"").size(), 2u);
  EXPECT_EQ(find("\"phủ rừng\"").size(), 2u);
  EXPECT_TRUE(find("\"rung che phu\"").empty());  // the words, but not in that order
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

// A catalog made in the test: documents of known type, year and issuer, with
// sentences chosen to show the ranking.
class SearchSmall : public ::testing::Test {
 protected:
  void SetUp() override {
    Catalog c(dir_ / "s.sqlite");
    add(c, "a.txt", "Kế hoạch", "2021-03-01", "Ủy ban nhân dân tỉnh Lai Châu",
        {"Trồng rừng phòng hộ đầu nguồn và bảo vệ rừng tự nhiên trên địa bàn các huyện vùng cao của tỉnh",
         "Bảo vệ rừng.", "Diện tích rừng trồng mới, rừng phòng hộ và rừng sản xuất của tỉnh", "Dầu mỏ và khí đốt"});
    add(c, "b.txt", "Quyết định", "2021-05-01", "Ủy ban nhân dân tỉnh Điện Biên",
        {"Bảo vệ rừng đầu nguồn", "Giá xăng dầu tăng"});
    add(c, "c.txt", "Kế hoạch", "2022-01-01", "Ủy ban nhân dân tỉnh Lai Châu", {"Quy hoạch bảo vệ rừng đặc dụng"});
    add(c, "d.txt", "Báo cáo", "2022-02-01", "Sở Nông nghiệp tỉnh Lai Châu", {"Báo cáo kết quả bảo vệ rừng năm 2021"});
  }
  void add(Catalog& c, const std::string& path, const std::string& type, const std::string& date,
           const std::string& issuer, const std::vector<std::string>& sentences) {
    Record r;
    r.source = {path, std::string(64, path[0]), 10};
    r.document.doc_type = type;
    r.document.issued_date = date;
    r.document.issuer = issuer;
    std::vector<IndexedSentence> rows;
    int line = 1;
    for (const auto& s : sentences) rows.push_back({line++, s});
    c.store(r, rows);
  }
  std::vector<SearchHit> find(SearchQuery q) {
    Database db(dir_ / "s.sqlite", true);
    return search_sentences(db, q, folder_);
  }
  static std::vector<std::string> paths(const std::vector<SearchHit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) out.push_back(std::filesystem::path(h.path).filename().string() + ":" + std::to_string(h.line));
    return out;
  }
  TempDir dir_;
  AccentFolder folder_;
};

TEST_F(SearchSmall, ShortSentencesAndRepeatedWordsRankFirst) {
  SearchQuery q;
  q.text = "bao ve rung";
  auto hits = find(q);
  // Every sentence with the three words, the shorter first, except that d's "Báo cáo
  // ... bảo vệ" has "bao" twice and so outranks the shorter c; the long one last.
  ASSERT_EQ(paths(hits), (std::vector<std::string>{"a.txt:2", "b.txt:1", "d.txt:1", "c.txt:1", "a.txt:1"}));
  for (const auto& h : hits) EXPECT_TRUE(h.exact_accents);  // no accents typed: nothing to mismatch
  // "rừng" three times outranks a shorter sentence that has it once.
  q.text = "rung";
  hits = find(q);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(paths({hits[0]}).front(), "a.txt:3");
}

TEST_F(SearchSmall, ExactAccentsFirstThenTheFoldedRest) {
  SearchQuery q;
  q.text = "dầu";
  auto hits = find(q);
  ASSERT_EQ(hits.size(), 4u);  // dầu x2 (exact), đầu x2 (folded)
  EXPECT_TRUE(hits[0].exact_accents && hits[1].exact_accents);
  EXPECT_FALSE(hits[2].exact_accents || hits[3].exact_accents);
  for (int i : {0, 1}) EXPECT_NE(to_lower(hits[i].sentence).find("dầu"), std::string::npos) << hits[i].sentence;
  q.limit = 1;
  EXPECT_EQ(find(q).size(), 1u);
}

TEST_F(SearchSmall, FiltersCombineAndWorkWithoutTheirIndexes) {
  auto run = [&](std::optional<std::string> type, std::optional<int> year, std::optional<std::string> issuer) {
    SearchQuery q;
    q.text = "bảo vệ rừng";
    q.doc_type = type;
    q.year = year;
    q.issuer = issuer;
    std::vector<std::string> docs;
    for (const auto& h : find(q)) docs.push_back(std::filesystem::path(h.path).filename().string());
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    return docs;
  };
  using V = std::vector<std::string>;
  auto check = [&] {
    EXPECT_EQ(run("ke hoach", std::nullopt, std::nullopt), (V{"a.txt", "c.txt"}));
    EXPECT_EQ(run("KẾ HOẠCH", 2022, std::nullopt), (V{"c.txt"}));
    EXPECT_EQ(run(std::nullopt, 2021, std::nullopt), (V{"a.txt", "b.txt"}));
    EXPECT_EQ(run(std::nullopt, std::nullopt, "lai chau"), (V{"a.txt", "c.txt", "d.txt"}));
    EXPECT_EQ(run(std::nullopt, std::nullopt, "Sở Nông"), (V{"d.txt"}));
    EXPECT_EQ(run("bao cao", 2022, "Lai Châu"), (V{"d.txt"}));
    EXPECT_EQ(run("ke", std::nullopt, std::nullopt), V{});  // the type is matched whole
    EXPECT_EQ(run("quyet dinh", 2022, std::nullopt), V{});
    EXPECT_EQ(run(std::nullopt, 1999, std::nullopt), V{});
  };
  check();
  {  // A catalog made before the filter indexes: the same answers, from table scans.
    Database db(dir_ / "s.sqlite");
    db.exec("DROP INDEX documents_year; DROP INDEX documents_type; DROP INDEX documents_issuer");
  }
  check();
}

// A -word drops the sentences holding it in any accents; a quoted phrase needs its words
// side by side; the snippet marks the phrase where it occurs and nothing else.
TEST_F(SearchSmall, ExcludedWordsAndPhrasesMarkOnlyWhatMatched) {
  SearchQuery q;
  q.text = "bao ve rung -dau";
  auto hits = find(q);
  EXPECT_EQ(paths(hits).size(), 3u) << ::testing::PrintToString(paths(hits));
  for (const auto& h : hits) EXPECT_EQ(folder_.fold(h.sentence).find("dau"), std::string::npos) << h.sentence;
  q.text = "rung -dau -quy";  // several exclusions: c.txt's "Quy hoạch" goes too
  hits = find(q);
  EXPECT_FALSE(hits.empty());
  for (const auto& h : hits) {
    EXPECT_EQ(folder_.fold(h.sentence).find("dau"), std::string::npos) << h.sentence;
    EXPECT_EQ(folder_.fold(h.sentence).find("quy"), std::string::npos) << h.sentence;
  }
  // "kinh tế - xã hội": a hyphen between words is punctuation, not an exclusion.
  EXPECT_TRUE(parse_search_query("kinh tế - xã hội").excluded.empty());
  EXPECT_EQ(parse_search_query("rừng -đầu").excluded, std::vector<std::string>{"đầu"});

  q.text = "\"bao ve rung\"";
  hits = find(q);
  ASSERT_FALSE(hits.empty());
  bool saw_long = false;
  for (const auto& h : hits) {
    const std::string marked = snippet_of(h, q, folder_, 40);
    EXPECT_NE(to_lower(marked).find("[bảo] [vệ] [rừng]"), std::string::npos) << marked;
    if (h.sentence.rfind("Trồng rừng", 0) == 0) {
      saw_long = true;
      // "Trồng rừng phòng hộ ... và [bảo] [vệ] [rừng] tự nhiên": the first rừng is not the phrase.
      EXPECT_EQ(marked.rfind("Trồng rừng phòng hộ", 0), 0u) << marked;
      EXPECT_EQ(std::count(marked.begin(), marked.end(), '['), 3) << marked;
    }
  }
  EXPECT_TRUE(saw_long);
  // Words of a phrase that are not side by side do not match the phrase.
  q.text = "\"rung bao ve\"";
  EXPECT_TRUE(find(q).empty());
}

TEST(WordScanner, CutsWordsLikeTheIndexWithLowerAndFoldedForms) {
  AccentFolder folder;
  WordScanner w(folder);
  std::vector<std::string> got;
  const std::string text = "Đầu-tư CÔNG nghệ 4.0, Thuỷ lợi!";
  for (w.reset(text); w.next();)
    got.push_back(w.lower() + "|" + w.folded() + "|" + text.substr(w.start(), w.end() - w.start()));
  EXPECT_EQ(got, (std::vector<std::string>{"đầu|dau|Đầu", "tư|tu|tư", "công|cong|CÔNG", "nghệ|nghe|nghệ", "4|4|4",
                                           "0|0|0", "thuỷ|thuy|Thuỷ", "lợi|loi|lợi"}));
  WordScanner lower_only(folder, /*fold=*/false);
  lower_only.reset("ĐẦU");
  ASSERT_TRUE(lower_only.next());
  EXPECT_EQ(lower_only.lower(), "đầu");
  EXPECT_EQ(lower_only.folded(), "");
  EXPECT_FALSE(lower_only.next());
}

// The words as the tokenizer cut them before its fast path: u_tolower per code point,
// then the whole lower-case word folded. WordScanner must give exactly these.
std::vector<std::string> reference_words(std::string_view s, const AccentFolder& folder) {
  auto in_word = [](char32_t cp) {
    return is_letter_cp(cp) || u_isdigit(static_cast<UChar32>(cp)) ||
           (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    if (!in_word(next_code_point(s, i))) continue;
    size_t end = i;
    for (size_t k = i; k < s.size() && in_word(next_code_point(s, k));) end = k;
    i = end;
    std::string lower;
    for (size_t k = start; k < end;) append_utf8(lower, u_tolower(static_cast<UChar32>(next_code_point(s, k))));
    out.push_back(lower + "|" + folder.fold(lower) + "|" + std::to_string(start) + "-" + std::to_string(end));
  }
  return out;
}

TEST(WordScanner, SameWordsAsTheTokenizerBeforeItsFastPathOnTheCorpus) {
  AccentFolder folder;
  WordScanner w(folder);
  std::string text = "Ǆ ǅ İstanbul ΣΊΣΥΦΟΣ Ꮳ ﬁ 한국어 ＡＢＣ e\u0301 x\u0308y \xEF\xBF\xBD a\xC3";  // odd cases, invalid UTF-8
  for (const auto& e : std::filesystem::directory_iterator(source_dir() / "corpus")) text += read_file(e.path());
  for (const auto& e : std::filesystem::directory_iterator(source_dir() / "tests" / "data" / "extra"))
    text += read_file(e.path());
  std::vector<std::string> got;
  for (w.reset(text); w.next();)
    got.push_back(w.lower() + "|" + w.folded() + "|" + std::to_string(w.start()) + "-" + std::to_string(w.end()));
  const auto expected = reference_words(text, folder);
  ASSERT_EQ(got.size(), expected.size());
  for (size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], expected[i]) << "word " << i;
  EXPECT_GT(got.size(), 50000u);
}

}  // namespace
}  // namespace vnpolicy::testing
