// References: the number rules, type/date/issuer/relation, years, aliases, own number,
// catalog linking in both ingest orders, and agreement with the development gold.
#include <gtest/gtest.h>

#include <map>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "core/keys.h"
#include "resolve/reference_resolver.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::corpus_file;
using testing::project_extractor;
using testing::project_rules;
using testing::read_file;

std::vector<Reference> refs_of(const std::string& text) {
  return project_extractor().extract_text(text, "snippet.txt").references;
}

std::vector<Reference> refs_of_file(const std::string& prefix) {
  return project_extractor().extract_text(read_file(corpus_file(prefix)), corpus_file(prefix).string()).references;
}

// The mentions of one number (by key), in document order.
std::vector<Reference> mentions_of(const std::vector<Reference>& refs, const std::string& number) {
  std::vector<Reference> out;
  for (const auto& r : refs)
    if (r.number_key == reference_number_key(number)) out.push_back(r);
  return out;
}

const Reference& at_line(const std::vector<Reference>& refs, const std::string& number, int line) {
  for (const auto& r : refs)
    if (r.number_key == reference_number_key(number) && r.line == line) return r;
  static const Reference none;
  ADD_FAILURE() << "no mention of " << number << " on line " << line;
  return none;
}

// ---- rules ---------------------------------------------------------------------------------

TEST(ReferenceRules, EveryReferenceRuleHoldsItsExamples) {
  std::string report;
  for (const auto& f : project_rules()->check_examples())
    if (f.rule_id.rfind("reference.", 0) == 0) report += f.rule_id + ": " + f.message + "\n";
  EXPECT_EQ(report, "");
  EXPECT_GE(project_rules()->group("reference.number").size(), 2u);
}

TEST(ReferenceRules, EveryNumberFormOfTheIssueIsOneReference) {
  const std::vector<std::string> numbers = {"01/NQ-CP",     "52/NQ-HĐND", "67/2022/NQ-HĐND", "39/2021/QH15",
                                            "30/2017/QĐ-UBND", "20/CT-TTg", "27-NQ/TW",     "26-CTr/TU",
                                            "05-ĐA/TU",     "28-KL/TW",   "4855/UBND-KSTT", "937/BKHĐT-TH"};
  for (const auto& n : numbers) {
    for (const std::string& prefix : {"Thực hiện văn bản số ", "theo Nghị quyết "}) {
      auto refs = refs_of(prefix + n + " của cơ quan.");
      ASSERT_EQ(refs.size(), 1u) << prefix << n;
      EXPECT_EQ(refs[0].number, n);
      EXPECT_EQ(refs[0].number_key, reference_number_key(n));
    }
  }
}

TEST(ReferenceRules, NamesWithoutASymbolAreNoReferences) {
  EXPECT_TRUE(refs_of("Triển khai Đề án 06 và Luật Phòng, chống tham nhũng; Nghị quyết Trung ương 4 khóa XII; "
                      "giai đoạn 2021-2025; đạt 298/305 xã; 1,2 triệu đồng/người/năm.")
                  .empty());
}

// ---- one mention: type, date, issuer ---------------------------------------------------------

TEST(ReferenceFields, BothDateFormsAndTheIssuerAfterThem) {
  auto a = refs_of("Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].doc_type, "Nghị quyết");
  EXPECT_EQ(a[0].date, "2023-01-06");
  EXPECT_EQ(a[0].issuer, "Chính phủ");
  EXPECT_EQ(a[0].year, 2023);
  EXPECT_EQ(a[0].text, "Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ");
  auto b = refs_of("tổ chức thực hiện Nghị quyết số 27-NQ/TW ngày 09 tháng 11 năm 2022 của Ban Chấp hành Trung ương "
                   "về tiếp tục xây dựng");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].date, "2022-11-09");
  EXPECT_EQ(b[0].issuer, "Ban Chấp hành Trung ương");
}

TEST(ReferenceFields, IssuerNamedBeforeOrImpliedBySymbol) {
  auto a = refs_of("Thực hiện theo chỉ đạo của UBND tỉnh tại văn bản số 4855/UBND-KSTT ngày 29/12/2022 về việc triển khai.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].doc_type, std::nullopt) << "\"văn bản\" names no type";
  EXPECT_EQ(a[0].issuer, "UBND tỉnh");
  auto b = refs_of("Triển khai Nghị quyết số 76/NQ-CP ngày 18/6/2018 và Kết luận số 51-KL/TW.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].issuer, "Chính phủ");
  EXPECT_EQ(b[1].issuer, "Trung ương");
  auto c = refs_of("nâng cao năng lực cạnh tranh quốc gia năm 2023, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số "
                   "226/KH-UBND ngày 18 tháng 01 năm 2023 về triển khai thực hiện");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].issuer, "Ủy ban nhân dân tỉnh");
  auto d = refs_of("Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư (khóa XII) về tăng cường");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].issuer, "Ban Bí thư (khóa XII)");
  auto e = refs_of("thông tin kịp thời của Bộ Kế hoạch và Đầu tư tại Công văn số 937/BKHĐT-TH và các Nghị quyết");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].issuer, "Bộ Kế hoạch và Đầu tư");
}

TEST(ReferenceFields, ListSharingOneTypeGivesOneReferencePerNumber) {
  // 001, lines 547-551: the trailing date and issuer belong to both plans, not to the resolutions.
  auto refs = refs_of_file("001");
  const auto& k136 = at_line(refs, "136-KH/TU", 547);
  const auto& k137 = at_line(refs, "137-KH/TU", 547);
  for (const auto* r : {&k136, &k137}) {
    EXPECT_EQ(r->doc_type, "Kế hoạch");
    EXPECT_EQ(r->date, "2018-03-20");
    EXPECT_EQ(r->issuer, "Tỉnh ủy");
    EXPECT_EQ(r->year, 2018);
  }
  EXPECT_EQ(k136.text, "Kế hoạch số 136-KH/TU");
  EXPECT_EQ(at_line(refs, "21-NQ/TW", 549).issuer, "Ban Chấp hành Trung ương Đảng khóa XII");
  EXPECT_EQ(at_line(refs, "20-NQ/TW", 549).issuer, "Ban Chấp hành Trung ương Đảng khóa XII");
  EXPECT_EQ(at_line(refs, "20-NQ/TW", 549).year, std::nullopt);
}

TEST(ReferenceFields, ADateDoesNotReachBackPastAnIssuer) {
  auto refs = refs_of("Bám sát Kết luận số 132- KL/TW; Nghị quyết 93/NQ-CP của Chính phủ, Kế hoạch số 466-KH/TU ngày "
                      "12/5/2025 của Tỉnh ủy về thực hiện");
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].number, "132- KL/TW") << "spaces inside one line are kept";
  EXPECT_EQ(refs[1].date, std::nullopt);
  EXPECT_EQ(refs[1].year, std::nullopt);
  EXPECT_EQ(refs[2].year, 2025);
}

TEST(ReferenceFields, SymbolSplitOverALineBreakIsJoined) {
  auto refs = refs_of("trọng tâm là Nghị quyết Đại hội XIV của Đảng, Kết luận số 18-\nKL/TW Hội nghị lần thứ hai; "
                      "Nghị quyết số 105/NQ-\nCP ngày 08 tháng 4 năm 2026 của Chính phủ");
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].number, "18-KL/TW");
  EXPECT_EQ(refs[0].text, "Kết luận số 18- KL/TW");
  EXPECT_EQ(refs[0].line, 1);
  EXPECT_EQ(refs[1].number, "105/NQ-CP");
  EXPECT_EQ(refs[1].line, 2);
  EXPECT_EQ(refs[1].date, "2026-04-08");
}

TEST(ReferenceFields, LineIsWhereTheTypeWordStands) {
  // 001: "Thông tư số" on 109, the number on 111.
  EXPECT_EQ(mentions_of(refs_of_file("001"), "112/2020/TT-BTC").at(0).line, 109);
}

// ---- years ---------------------------------------------------------------------------------

TEST(ReferenceYears, SymbolThenDateThenEarlierMentionElseNull) {
  auto refs = refs_of("Kết luận số 18-KL/TW của Trung ương. Nghị quyết số 39/2021/QH15 về kế hoạch. "
                      "Kết luận số 18-KL/TW ngày 02 tháng 4 năm 2026 của Trung ương. Tiếp tục Kết luận số 18-KL/TW.");
  auto k18 = mentions_of(refs, "18-KL/TW");
  ASSERT_EQ(k18.size(), 3u);
  EXPECT_EQ(k18[0].year, std::nullopt) << "a later date does not reach back";
  EXPECT_EQ(k18[1].year, 2026);
  EXPECT_EQ(k18[2].year, 2026) << "from the earlier mention";
  EXPECT_EQ(k18[2].date, std::nullopt);
  EXPECT_EQ(mentions_of(refs, "39/2021/QH15").at(0).year, 2021);
}

TEST(ReferenceYears, NumbersThatRestartEveryYearKeepTheirFilesYear) {
  for (const auto& r : mentions_of(refs_of_file("001"), "01/NQ-CP")) EXPECT_EQ(r.year, 2021) << r.line;
  for (const auto& r : mentions_of(refs_of_file("000"), "01/NQ-CP")) EXPECT_EQ(r.year, 2023) << r.line;
}

TEST(ReferenceYears, YearStatedWithTheNumberOverTwoHeadingLines) {
  // 004, lines 22-24: "I. VỀ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP" / "NĂM 2023 CỦA CHÍNH PHỦ".
  auto refs = refs_of_file("004");
  const auto& r = at_line(refs, "01/NQ-CP", 22);
  EXPECT_EQ(r.year, 2023);
  EXPECT_EQ(r.date, std::nullopt);
  EXPECT_EQ(r.issuer, "Chính phủ");
  EXPECT_EQ(r.doc_type, "Nghị quyết");
  EXPECT_EQ(at_line(refs, "01/NQ-CP", 5).year, std::nullopt) << "the title comes before any year";
}

TEST(ReferenceYears, ResolverTakesTheLatestEarlierYearOfTheSameKey) {
  std::vector<Reference> refs(4);
  refs[0].number = "05-CT/TW";
  refs[0].date = "2021-06-23";
  refs[1].number = "05-CT/TW";
  refs[1].date = "2016-05-15";
  refs[2].number = "05- CT/TW";
  refs[3].number = "06-CT/TW";
  for (auto& r : refs) r.number_key = reference_number_key(r.number);
  resolve_reference_years(refs, {});
  EXPECT_EQ(refs[0].year, 2021);
  EXPECT_EQ(refs[1].year, 2016);
  EXPECT_EQ(refs[2].year, 2016);
  EXPECT_EQ(refs[3].year, std::nullopt);
}

// ---- aliases -------------------------------------------------------------------------------

TEST(ReferenceAliases, AliasWithTheSymbolSharesTheFullReferencesYear) {
  // 000, lines 13-19: "(sau đây gọi tắt là Nghị quyết 01/NQ-CP)" inside the "Căn cứ" sentence.
  auto refs = refs_of_file("000");
  const auto& r = at_line(refs, "01/NQ-CP", 19);
  EXPECT_EQ(r.text, "Nghị quyết 01/NQ-CP");
  EXPECT_EQ(r.year, 2023);
  EXPECT_EQ(r.relation, "basis");
  EXPECT_EQ(r.date, std::nullopt);
}

TEST(ReferenceAliases, ShortNameWithoutSymbolResolvesLaterUses) {
  auto refs = refs_of(
      "1. Tổ chức thực hiện đầy đủ các nhiệm vụ đề ra trong Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí "
      "thư về thực hiện bảo hiểm y tế toàn dân (sau đây gọi tắt là Chỉ thị 52).\n"
      "2. Kiểm tra, giám sát việc thực hiện Chỉ thị 52 để đạt mục tiêu; không nhầm với Chỉ thị 520.");
  auto all = mentions_of(refs, "52-CT/TW");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].text, "Chỉ thị 52");
  EXPECT_EQ(all[1].line, 2);
  EXPECT_EQ(all[1].year, 2025);
  EXPECT_EQ(all[1].issuer, "Ban Bí thư");
  EXPECT_EQ(all[1].rule_id, "reference.alias");
}

TEST(ReferenceAliases, FindAliasUsesKeepsWholeWordsOutsideTakenSpans) {
  std::string text = "Chỉ thị 52, Chỉ thị 520, Chỉ thị 52-CT/TW, (Chỉ thị 52)";
  auto uses = find_alias_uses(text, "Chỉ thị 52", 0, {{text.rfind("(Chỉ"), text.size()}});
  ASSERT_EQ(uses.size(), 1u);
  EXPECT_EQ(uses[0].first, 0u);
}

// ---- relation ------------------------------------------------------------------------------

TEST(ReferenceRelations, TitleAndOpeningClauseIncludingNestedMentions) {
  auto refs = refs_of_file("003");
  EXPECT_EQ(at_line(refs, "11-NQ/TW", 17).relation, "implements") << "title";
  int implements19 = 0;
  for (const auto& r : refs)
    if (r.line == 19) {
      EXPECT_EQ(r.relation, "implements") << r.number << ": " << r.text;
      ++implements19;
    }
  EXPECT_EQ(implements19, 4) << "full citation, alias, 96/NQ-CP and the mention nested in its description";
  EXPECT_EQ(at_line(refs, "37-NQ/TW", 23).relation, "mentions") << "body";
  EXPECT_EQ(at_line(refs, "96/NQ-CP", 168).relation, "mentions") << "table";
}

TEST(ReferenceRelations, BasisClausesAndTheProposalThatFollows) {
  // h2-04 lines 26-57 (Kế hoạch 144/KH-UBND of Bắc Ninh), markdown with wrapped "số".
  auto refs = refs_of(
      "**KẾ HOẠCH**\n\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN\n2026 - 2030\n\n"
      "*Căn cứ Nghị quyết số\n71/NQ-CP ngày 01/4/2025 sửa đổi, bổ sung cập nhật Chương trình hành động của\n"
      "Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về\nđột phá phát triển;*\n\n"
      "Theo đề nghị của Sở Khoa học và\nCông nghệ tại Tờ trình số 133/TTr-SKHCN ngày 15/11/2025, UBND tỉnh ban hành Kế\n"
      "hoạch như sau:\n\n**I. QUAN ĐIỂM**\n\n1. Thực hiện Nghị quyết số 57-NQ/TW là nhiệm vụ trọng tâm.\n");
  ASSERT_EQ(refs.size(), 4u);
  EXPECT_EQ(refs[0].number, "71/NQ-CP");
  EXPECT_EQ(refs[0].line, 6);
  EXPECT_EQ(refs[0].relation, "basis");
  EXPECT_EQ(refs[1].relation, "basis") << "nested in the Căn cứ clause, after its own \"thực hiện\"";
  EXPECT_EQ(refs[2].relation, "mentions") << "Theo đề nghị ... Tờ trình";
  EXPECT_EQ(refs[2].issuer, "Sở Khoa học và Công nghệ");
  EXPECT_EQ(refs[3].relation, "mentions") << "\"Thực hiện\" in the body";
}

TEST(ReferenceRelations, ReplacesAndAmendsFromTheWordsBefore) {
  EXPECT_EQ(at_line(refs_of_file("004"), "30/2017/QĐ-UBND", 159).relation, "replaces");
  auto refs = refs_of_file("002");
  for (const char* n : {"07-QĐ/TU", "16-QĐ/TU", "15-QĐ/TU"})
    EXPECT_EQ(at_line(refs, n, 131).relation, "amends") << n << ": one \"sửa đổi, bổ sung\" heads the list";
  EXPECT_EQ(at_line(refs, "27-KL/TW", 131).relation, "mentions") << "next sentence";
}

TEST(ReferenceRelations, LetterSubjectLineAndOpening) {
  auto refs = refs_of("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 373/UBND-TH\nV/v triển khai Nghị quyết số 01/NQ-CP\n\n"
                      "Lai Châu, ngày 09 tháng 02 năm 2023\n\nKính gửi: Các sở, ban, ngành tỉnh\n\n"
                      "Thực hiện Công văn số 937/BKHĐT-TH ngày 13/02/2023 của Bộ Kế hoạch và Đầu tư, UBND tỉnh đề nghị:\n"
                      "1. Các sở thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ.\n");
  std::vector<std::string> got;
  for (const auto& r : refs) got.push_back(r.number + " " + r.relation);
  EXPECT_EQ(got, (std::vector<std::string>{"01/NQ-CP implements", "937/BKHĐT-TH implements", "01/NQ-CP mentions"}));
}

TEST(ReferenceRelations, CuesMayNameTheArticleCited) {
  // Quyết định 798/QĐ-TTg (2026), Điều 6, and a body "Căn cứ theo điểm ... Điều ...".
  auto refs = refs_of("Điều 6. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết \n"
                      "định số 1480/QĐ-TTg ngày 03 tháng 7 năm 2025 của Thủ tướng Chính phủ kiện \n"
                      "toàn Ban Chỉ đạo Trung ương.\n\n"
                      "Căn cứ theo điểm c khoản 9 Điều 7 Nghị định 168/2024/NĐ-CP có quy định như sau:\n");
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].relation, "replaces");
  EXPECT_EQ(refs[0].doc_type, "Quyết định");
  EXPECT_EQ(refs[0].line, 1);
  EXPECT_EQ(refs[0].issuer, "Thủ tướng Chính phủ");
  EXPECT_EQ(refs[1].relation, "basis");
  EXPECT_EQ(refs[1].year, 2024);
}

TEST(ReferenceRelations, AttachedPlanAndAnnexTitlesImplement) {
  // h2-02: Quyết định 844/QĐ-TTg with its Kế hoạch hành động and Phụ lục.
  auto r = project_extractor().extract_text(
      "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 844/QĐ-TTg\n\nHà Nội, ngày 13 tháng 5 năm 2026\nQUYẾT ĐỊNH\n"
      "Ban hành Kế hoạch hành động thực hiện\nChỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư\n"
      "THỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về\n"
      "thực hiện bảo hiểm y tế toàn dân;\nTheo đề nghị của Bộ trưởng Bộ Y tế.\nQUYẾT ĐỊNH:\n"
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW.\n\n"
      "KẾ HOẠCH HÀNH ĐỘNG\nThực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư\n"
      "(Kèm theo Quyết định số 844/QĐ-TTg\nngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)\nI. MỤC TIÊU\n"
      "1. Tổ chức thực hiện Chỉ thị số 52-CT/TW.\n",
      "h2-02.txt");
  std::vector<std::string> relations;
  for (const auto& x : r.references) relations.push_back(std::to_string(x.line) + " " + x.relation);
  EXPECT_EQ(relations, (std::vector<std::string>{"8 implements", "11 basis", "15 mentions", "18 implements", "22 mentions"}));
}

// ---- own number ----------------------------------------------------------------------------

TEST(ReferenceOwnNumber, TheDocumentsOwnNumberIsNeverAReference) {
  auto r = project_extractor().extract_text(read_file(corpus_file("003")), "003.txt");
  ASSERT_EQ(r.document.number, "26-CTr/TU");
  EXPECT_TRUE(mentions_of(r.references, "26-CTr/TU").empty()) << "line 13 and the table heading on 161";
  // The same number of another year is another document.
  auto other = project_extractor().extract_text(
      "Số 26-CTr/TU\nLai Châu, ngày 28 tháng 12 năm 2022\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết\n\n"
      "Tiếp tục Chương trình hành động số 26-CTr/TU ngày 05/01/2016 của Tỉnh ủy.\n",
      "x.txt");
  ASSERT_EQ(other.references.size(), 1u);
  EXPECT_EQ(other.references[0].year, 2016);
  // A mistyped year ("20/11/20225") gives no date, so the annex heading that repeats the own
  // number is not taken for a document of another year.
  auto annex = project_extractor().extract_text(
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 1505/QĐ-UBND\nBắc Ninh, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
      "Về việc công bố danh mục thủ tục hành chính\n\nĐiều 1. Công bố kèm theo Quyết định này.\n\n"
      "DANH MỤC THỦ TỤC HÀNH CHÍNH\n(Kèm theo Quyết định số: 1505/QĐ-UBND ngày 20/11/20225 của Chủ tịch UBND tỉnh)\n",
      "x.txt");
  ASSERT_EQ(annex.document.number, "1505/QĐ-UBND");
  EXPECT_TRUE(mentions_of(annex.references, "1505/QĐ-UBND").empty());
}

// ---- the development gold ------------------------------------------------------------------

TEST(ReferenceGold, EveryGoldMentionIsFoundWithItsYearAndRelation) {
  int total = 0, found = 0, year_ok = 0, relation_ok = 0;
  std::string misses;
  for (const auto& e : std::filesystem::directory_iterator(testing::shared_dir() / "gold")) {
    if (e.path().extension() != ".json") continue;
    auto gold = nlohmann::json::parse(read_file(e.path()));
    std::string name = gold["source"]["file"].get<std::string>();
    auto refs = project_extractor().extract_text(read_file(corpus_file(name.substr(0, 3))), name).references;
    std::vector<bool> used(refs.size());
    for (const auto& g : gold["references"]) {
      ++total;
      std::string key = reference_number_key(g["number"].get<std::string>());
      int line = g["line"].get<int>();
      size_t best = refs.size();
      for (size_t i = 0; i < refs.size(); ++i)
        if (!used[i] && refs[i].number_key == key && std::abs(refs[i].line - line) <= 1 &&
            (best == refs.size() || std::abs(refs[i].line - line) < std::abs(refs[best].line - line)))
          best = i;
      if (best == refs.size()) { misses += name + ":" + std::to_string(line) + " " + key + "\n"; continue; }
      used[best] = true;
      ++found;
      std::optional<int> gy = g["year"].is_null() ? std::nullopt : std::optional(g["year"].get<int>());
      year_ok += refs[best].year == gy;
      relation_ok += refs[best].relation == g["relation"].get<std::string>();
    }
  }
  ASSERT_GT(total, 100);
  EXPECT_GE(found, total * 98 / 100) << misses;
  EXPECT_GE(year_ok, found * 97 / 100);
  EXPECT_GE(relation_ok, found * 95 / 100);
}

// ---- catalog linking -----------------------------------------------------------------------

class ReferenceLinking : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("vnpolicy_links_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static Record cited(const std::string& path, const std::string& number, const std::string& date) {
    Record r;
    r.source = {path, sha256_hex(path), 10};  // a document is its content: each its own
    r.document.doc_type = "Nghị quyết";
    r.document.number = number;
    r.document.issued_date = date;
    return r;
  }
  static Record corpus_record(const std::string& prefix) {
    return project_extractor().extract_text(read_file(corpus_file(prefix)), corpus_file(prefix).string());
  }
  // path of the cited document -> how many references of the citing document link to it
  std::map<std::string, int> links_from(Catalog& c, const std::string& citing_prefix) {
    std::map<std::string, int> out;
    auto q = c.db().prepare(
        "SELECT t.path, COUNT(*) FROM refs r JOIN documents d ON d.id = r.doc_id JOIN documents t ON t.id = r.cited_doc_id"
        " WHERE d.path = ?1 GROUP BY t.path");
    q.bind(1, corpus_file(citing_prefix).string());
    while (q.step()) out[std::filesystem::path(q.text(0)).filename().string()] = static_cast<int>(q.int64(1));
    return out;
  }
  std::filesystem::path dir_;
};

TEST_F(ReferenceLinking, CitedDocumentsFirst) {
  Catalog c(dir_ / "c.sqlite");
  c.store(cited("nq01-2021.txt", "01/NQ-CP", "2021-01-01"));
  c.store(cited("nq01-2023.txt", "01/NQ-CP", "2023-01-06"));
  StoreResult s = c.store(corpus_record("004"));
  EXPECT_EQ(s.links_made, 6) << "all six mentions, the title's year-less ones included";
  EXPECT_EQ(links_from(c, "004"), (std::map<std::string, int>{{"nq01-2023.txt", 6}}));
  c.store(corpus_record("001"));
  EXPECT_EQ(links_from(c, "001"), (std::map<std::string, int>{{"nq01-2021.txt", 2}}));
}

TEST_F(ReferenceLinking, CitingDocumentsFirst) {
  Catalog c(dir_ / "c.sqlite");
  c.store(corpus_record("004"));
  c.store(corpus_record("001"));
  EXPECT_TRUE(links_from(c, "004").empty());
  StoreResult s = c.store(cited("nq01-2023.txt", "01/NQ-CP", "2023-01-06"));
  EXPECT_EQ(s.links_made, 6);
  EXPECT_EQ(links_from(c, "004"), (std::map<std::string, int>{{"nq01-2023.txt", 6}}));
  EXPECT_TRUE(links_from(c, "001").empty()) << "the 2021 plan cites the 2021 resolution";
  c.store(cited("nq01-2021.txt", "01/NQ-CP", "2021-01-01"));
  EXPECT_EQ(links_from(c, "001"), (std::map<std::string, int>{{"nq01-2021.txt", 2}}));
}

TEST_F(ReferenceLinking, ReplacedDocumentIsRelinked) {
  Catalog c(dir_ / "c.sqlite");
  c.store(corpus_record("004"));
  c.store(cited("nq.txt", "01/NQ-CP", "2023-01-06"));
  Record changed = cited("nq.txt", "02/NQ-CP", "2023-01-06");
  changed.source.sha256 = std::string(64, 'f');
  EXPECT_EQ(c.store(changed).status, StoreStatus::Replaced);
  EXPECT_TRUE(links_from(c, "004").empty());
}

}  // namespace
}  // namespace vnpolicy
