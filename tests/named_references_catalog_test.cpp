// Laws cited by name in the catalog: linked like numbered references (refs --cites / --from,
// graph), resolved from the catalog itself (an ingested law, a number written elsewhere
// beside the same name and date), the migration of older catalogs, and `vnpolicy laws`.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "catalog/fts_tokenizer.h"
#include "catalog/migrate.h"
#include "catalog_fixture.h"
#include "resolve/law_lexicon.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using nlohmann::json;
using testing::run_cli;
using testing::TempDir;

std::string quote(const std::string& s) { return "'" + s + "'"; }

// A decision of a province issued on `date` (dd/mm/yyyy) whose opening is `basis`.
std::string decision(const std::string& number, const std::string& date, const std::string& basis) {
  std::string d = date.substr(0, 2), m = date.substr(3, 2), y = date.substr(6, 4);
  return "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: " + number + "\nHòa Bình, ngày " + d + " tháng " + m + " năm " + y +
         "\n\nQUYẾT ĐỊNH\nBan hành Quy định về quản lý tài nguyên\n\nỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n\n" + basis +
         "\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n";
}

// A law of the Quốc hội as its own text opens.
std::string law_text(const std::string& number, const std::string& date, const std::string& title) {
  std::string d = date.substr(0, 2), m = date.substr(3, 2), y = date.substr(6, 4);
  return "QUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nLuật số: " +
         number + "\nHà Nội, ngày " + d + " tháng " + m + " năm " + y + "\n\nLUẬT\n" + title +
         "\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nĐiều 1. Phạm vi điều chỉnh\n"
         "Luật này quy định về hoạt động có liên quan.\n";
}

class NamedRefsCatalog : public ::testing::Test {
 protected:
  std::string db() const { return (dir_ / "catalog.sqlite").string(); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }
  void ingest(const std::string& path) {
    int status = -1;
    std::string out = run_cli("ingest -q --db " + quote(db()) + " " + quote(path), &status);
    ASSERT_EQ(status, 0) << out;
  }
  json cli_json(const std::string& args) {
    int status = -1;
    std::string out = run_cli(args + " --db " + quote(db()) + " --format json", &status);
    EXPECT_EQ(status, 0) << args << "\n" << out;
    return json::parse(out, nullptr, false);
  }
  // The named_refs row of the first mention in the document at `path`: number, resolved_by,
  // resolved_from, note.
  std::vector<std::string> mention(const std::string& path) {
    Catalog c(db(), /*read_only=*/true);
    auto q = c.db().prepare(
        "SELECT n.number, n.resolved_by, n.resolved_from, n.note FROM named_refs n JOIN document_paths p"
        " ON p.document_id = n.doc_id WHERE p.name = ?1 ORDER BY n.seq LIMIT 1");
    q.bind(1, std::filesystem::path(path).filename().string());
    if (!q.step()) return {"no mention"};
    return {q.opt_text(0).value_or("-"), q.opt_text(1).value_or("-"), q.opt_text(2).value_or("-"),
            q.opt_text(3).value_or("-")};
  }
  TempDir dir_;
};

TEST_F(NamedRefsCatalog, ALawResolvedThroughTheLexiconIsCitedLikeANumber) {
  const std::string a = write("a.txt", decision("15/2020/QĐ-UBND", "05/03/2020",
                                                "Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;\n"
                                                "Căn cứ Nghị định số 16/2017/NĐ-CP ngày 17 tháng 02 năm 2017;"));
  ingest(a);
  json cites = cli_json("refs --cites 46/2010/QH12");
  ASSERT_EQ(cites.size(), 1u) << cites.dump(1);
  EXPECT_EQ(cites[0]["cited_as"], "46/2010/QH12");
  EXPECT_EQ(cites[0]["relation"], "basis");
  EXPECT_EQ(cites[0]["resolved_by"], "name+date");
  EXPECT_EQ(cites[0]["name"], "Luật Ngân hàng Nhà nước Việt Nam");
  EXPECT_EQ(cites[0]["text"], "Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010");
  EXPECT_EQ(cites[0]["year"], 2010);

  // refs --from: the numbered reference and the named one, in the document's order.
  json from = cli_json("refs --from a.txt");
  ASSERT_EQ(from.size(), 2u) << from.dump(1);
  EXPECT_EQ(from[0]["number"], "46/2010/QH12");
  EXPECT_EQ(from[0]["doc_type"], "Luật");
  EXPECT_EQ(from[0]["resolved_by"], "name+date");
  EXPECT_EQ(from[1]["number"], "16/2017/NĐ-CP");
  EXPECT_TRUE(from[1]["resolved_by"].is_null());
  int status = -1;
  std::string table = run_cli("refs --from a.txt --db " + quote(db()), &status);
  EXPECT_NE(table.find("basis (by name)"), std::string::npos) << table;

  // The graph: an edge marked by name to a node named by the law.
  json g = cli_json("graph");
  bool edge = false, node = false;
  for (const auto& e : g["edges"])
    if (e["to"] == "ref:46/2010/QH12@2010") edge = e["by_name"] == 1 && e["relation"] == "basis";
  for (const auto& n : g["nodes"])
    if (n["id"] == "ref:46/2010/QH12@2010") node = n["name"] == "Luật Ngân hàng Nhà nước Việt Nam";
  EXPECT_TRUE(edge) << g.dump(1);
  EXPECT_TRUE(node) << g.dump(1);
  std::string dot = run_cli("graph --db " + quote(db()), &status);
  EXPECT_NE(dot.find("basis (by name)"), std::string::npos) << dot;

  // The law itself, ingested later, is the document the mention cites.
  ingest(write("luat.txt", law_text("46/2010/QH12", "16/06/2010", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM")));
  cites = cli_json("refs --cites 46/2010/QH12");
  ASSERT_EQ(cites.size(), 1u) << cites.dump(1);
  EXPECT_TRUE(cites[0]["cited_document"].is_string()) << cites.dump(1);
}

TEST_F(NamedRefsCatalog, AnIngestedLawResolvesALaterCitationAndTakesItAwayWhenRemoved) {
  // Not in the law lexicon: only the catalog can resolve it.
  const std::string basis = "Căn cứ Luật Khai thác tài nguyên vũ trụ ngày 10 tháng 12 năm 2025;";
  const std::string before = write("before.txt", decision("03/2026/QĐ-UBND", "05/03/2026", basis));
  ingest(before);
  EXPECT_EQ(mention(before), (std::vector<std::string>{"-", "-", "-", "not in the law lexicon"}));
  EXPECT_EQ(cli_json("refs --cites 150/2025/QH15").size(), 0u);

  const std::string law = write("law.txt", law_text("150/2025/QH15", "10/12/2025", "KHAI THÁC TÀI NGUYÊN VŨ TRỤ"));
  ingest(law);
  // The citation stored before the law now resolves, and a later one at once.
  EXPECT_EQ(mention(before), (std::vector<std::string>{"150/2025/QH15", "name+date", "catalog", "-"}));
  const std::string after = write("after.txt", decision("09/2026/QĐ-UBND", "20/04/2026", basis));
  ingest(after);
  EXPECT_EQ(mention(after), (std::vector<std::string>{"150/2025/QH15", "name+date", "catalog", "-"}));
  json cites = cli_json("refs --cites 150/2025/QH15");
  ASSERT_EQ(cites.size(), 2u) << cites.dump(1);
  for (const auto& c : cites) EXPECT_EQ(c["cited_document"], law) << c.dump();

  // A same name adopted on another date is another law: not resolved by this one.
  const std::string other = write("other.txt", decision("11/2026/QĐ-UBND", "20/04/2026",
                                                        "Căn cứ Luật Khai thác tài nguyên vũ trụ ngày 10 tháng 6 năm 2025;"));
  ingest(other);
  EXPECT_EQ(mention(other)[0], "-");

  int status = -1;
  run_cli("remove law.txt --db " + quote(db()), &status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(mention(before)[0], "-");
  EXPECT_EQ(mention(after)[0], "-");
  EXPECT_EQ(cli_json("refs --cites 150/2025/QH15").size(), 0u);
}

TEST_F(NamedRefsCatalog, ANumberWrittenElsewhereBesideNameAndDateResolvesTheSameNameAndDate) {
  const std::string bare = write("bare.txt", decision("03/2026/QĐ-UBND", "05/03/2026",
                                                      "Căn cứ Luật Khai thác tài nguyên vũ trụ ngày 10 tháng 12 năm 2025;"));
  ingest(bare);
  ingest(write("full.txt", decision("04/2026/QĐ-UBND", "06/03/2026",
                                    "Căn cứ Luật Khai thác tài nguyên vũ trụ số 150/2025/QH15 ngày 10 tháng 12 năm 2025;")));
  EXPECT_EQ(mention(bare), (std::vector<std::string>{"150/2025/QH15", "name+date", "catalog", "-"}));
  json cites = cli_json("refs --cites 150/2025/QH15");
  ASSERT_EQ(cites.size(), 2u) << cites.dump(1);  // full.txt by its number, bare.txt by the name

  // A third document writing another number for the same name and date: the catalog no
  // longer knows which, and the mention stays unresolved rather than guessed.
  ingest(write("typo.txt", decision("05/2026/QĐ-UBND", "07/03/2026",
                                    "Căn cứ Luật Khai thác tài nguyên vũ trụ số 151/2025/QH15 ngày 10 tháng 12 năm 2025;")));
  const auto m = mention(bare);
  EXPECT_EQ(m[0], "-");
  EXPECT_NE(m[3].find("150/2025/QH15, 151/2025/QH15"), std::string::npos) << m[3];
  EXPECT_EQ(cli_json("refs --cites 150/2025/QH15").size(), 1u);
}

TEST(LawEvidence, OneNumberResolvesAndDisagreeingNumbersDoNot) {
  LawResolution r = resolve_law_by_evidence({{"150/2025/QH15", "150/2025/qh15"}, {"150/2025/QH15"}}, "2025-12-10");
  EXPECT_EQ(r.number.value_or(""), "150/2025/QH15");
  EXPECT_EQ(r.resolved_by.value_or(""), "name+date");
  r = resolve_law_by_evidence({{"150/2025/QH15"}, {"151/2025/QH15"}}, "2025-12-10");
  EXPECT_FALSE(r.number);
  EXPECT_NE(r.note.value_or("").find("several numbers"), std::string::npos);
  r = resolve_law_by_evidence({}, "2025-12-10");
  EXPECT_FALSE(r.number);
  // A number whose year is not the date's (a slip in the citing text) is no evidence.
  r = resolve_law_by_evidence({{}, {"22/2023/QH15"}}, "2024-11-29");
  EXPECT_FALSE(r.number);
}

TEST_F(NamedRefsCatalog, AnOlderCatalogIsMigratedAndItsDocumentsExtractedAgain) {
  const std::string a = write("a.txt", decision("15/2020/QĐ-UBND", "05/03/2020",
                                                "Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;"));
  ingest(a);
  {  // Made a version-3 catalog: no named references, no record versions.
    Database raw(db());
    register_fold_tokenizer(raw);  // ALTER TABLE checks the triggers, which write an FTS5 table
    raw.exec(
        "DROP INDEX refs_named; DELETE FROM refs WHERE named_ref_id IS NOT NULL; ALTER TABLE refs DROP COLUMN named_ref_id;"
        " ALTER TABLE refs DROP COLUMN resolved_by; ALTER TABLE documents DROP COLUMN record_version;"
        " DROP TABLE named_refs; UPDATE meta SET value = '3' WHERE key = 'schema_version';");
  }
  EXPECT_EQ(cli_json("refs --cites 46/2010/QH12").size(), 0u);  // opening migrates it
  EXPECT_EQ(testing::count_rows(db(), "SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);
  int status = -1;
  std::string out = run_cli("ingest -v --db " + quote(db()) + " " + quote(a), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("replaced"), std::string::npos) << out;  // same file, extracted again
  EXPECT_EQ(cli_json("refs --cites 46/2010/QH12").size(), 1u);
  out = run_cli("ingest -v --db " + quote(db()) + " " + quote(a), &status);
  EXPECT_NE(out.find("unchanged"), std::string::npos) << out;
  EXPECT_EQ(testing::count_rows(db(), "SELECT COUNT(*) FROM document_versions"), 0);
}

TEST_F(NamedRefsCatalog, LawsListsTheLexiconWithItsCitingDocuments) {
  ingest(write("a.txt", decision("15/2020/QĐ-UBND", "05/03/2020",
                                 "Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;\n"
                                 "Căn cứ Luật Đất đai số 45/2013/QH13;")));
  ingest(write("b.txt", decision("16/2020/QĐ-UBND", "06/03/2020",
                                 "Căn cứ Luật Ngân hàng Nhà nước Việt Nam năm 2010;\n"
                                 "Căn cứ Luật Khai thác tài nguyên vũ trụ số 150/2025/QH15 ngày 10 tháng 12 năm 2025;")));
  json laws = cli_json("laws --name 'ngan hang nha nuoc'");
  ASSERT_EQ(laws.size(), 1u) << laws.dump(1);
  EXPECT_EQ(laws[0]["number"], "46/2010/QH12");
  EXPECT_EQ(laws[0]["documents"], 2);
  EXPECT_EQ(laws[0]["by_name"], 2);
  EXPECT_EQ(laws[0]["source"], "lexicon");

  // A name valid in two periods: the law in force on each date.
  // (--name matches words anywhere in a name: the laws amending it are listed too.)
  laws = cli_json("laws --name 'Luật Đất đai' --in-force-at 2020-01-01");
  ASSERT_GE(laws.size(), 1u) << laws.dump(1);
  EXPECT_EQ(laws[0]["number"], "45/2013/QH13");
  EXPECT_EQ(laws[0]["documents"], 1);
  EXPECT_EQ(laws[0]["by_name"], 0);
  for (const auto& l : laws) EXPECT_NE(l["number"], "31/2024/QH15");
  laws = cli_json("laws --name 'luat dat dai' --in-force-at 01/01/2025");
  ASSERT_GE(laws.size(), 1u) << laws.dump(1);
  EXPECT_EQ(laws[0]["number"], "31/2024/QH15");
  EXPECT_EQ(laws[0]["documents"], 0);
  for (const auto& l : laws) EXPECT_NE(l["number"], "45/2013/QH13");

  // A law only the catalog knows (a number written beside its name and date).
  laws = cli_json("laws --name 'tài nguyên vũ trụ'");
  ASSERT_EQ(laws.size(), 1u) << laws.dump(1);
  EXPECT_EQ(laws[0]["number"], "150/2025/QH15");
  EXPECT_EQ(laws[0]["source"], "catalog");
  EXPECT_EQ(laws[0]["documents"], 1);

  int status = -1;
  run_cli("laws --in-force-at 2020-13-45 --db " + quote(db()), &status);
  EXPECT_EQ(status, 2);
  std::string table = run_cli("laws --name 'no such law anywhere' --db " + quote(db()), &status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(table.find("no law named"), std::string::npos) << table;
}

}  // namespace
}  // namespace vnpolicy
