// Figures: Vietnamese numbers, units, comparators, kinds, years and indicator keys,
// on sentences taken from the corpus and on the corpus files themselves.
#include <gtest/gtest.h>

#include "extract/vietnamese_number.h"
#include "normalize/unicode.h"
#include "resolve/indicator_lexicon.h"
#include "resolve/units.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figures;

const Target* find_value(const std::vector<Target>& ts, double v) {
  for (const auto& t : ts)
    if (t.value == v) return &t;
  return nullptr;
}

TEST(VietnameseNumber, DotGroupsThousandsCommaMarksDecimals) {
  EXPECT_DOUBLE_EQ(*parse_vietnamese_number("3.505,826"), 3505.826);
  EXPECT_DOUBLE_EQ(*parse_vietnamese_number("9,1"), 9.1);
  EXPECT_DOUBLE_EQ(*parse_vietnamese_number("05"), 5);
  EXPECT_DOUBLE_EQ(*parse_vietnamese_number("881.799"), 881799);
  EXPECT_FALSE(parse_vietnamese_number("1,2,3"));
  EXPECT_TRUE(looks_like_year("2023"));
  EXPECT_FALSE(looks_like_year("2.102"));
}

TEST(Units, ScaleWordsMeasuresCountedNounsAndPerUnits) {
  UnitLexicon units(*testing::project_rules());
  auto m = units.match(" nghìn tỷ đồng, tăng");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->written, "nghìn tỷ đồng");
  EXPECT_EQ(m->base, "đồng");
  EXPECT_DOUBLE_EQ(m->scale, 1e12);
  EXPECT_EQ(units.match("%/năm; đến năm 2030")->written, "%/năm");
  EXPECT_EQ(units.match(" bác sỹ/1 vạn dân;")->written, "bác sỹ/1 vạn dân");
  EXPECT_EQ(units.match(" nghìn lượt khách,")->written, "nghìn lượt khách");
  EXPECT_EQ(units.match(" điểm% so với năm 2021")->written, "điểm %");
  EXPECT_EQ(units.match(" con2, đàn bò")->written, "con");  // footnote marker after the noun
  EXPECT_FALSE(units.match(" so với năm 2021"));
  EXPECT_TRUE(UnitLexicon::compatible("kg", "kg"));
  EXPECT_FALSE(UnitLexicon::compatible("%", "đồng"));
}

TEST(Units, AnUnlistedCountedNounIsAWholeVietnameseNoun) {
  UnitLexicon units(*testing::project_rules());
  EXPECT_TRUE(units.foreign_text("The limitation provided in paragraph 2 of Article 5 shall apply"));
  EXPECT_TRUE(units.foreign_text("upyd wep snya ofa 9 nga ugdnyp nes"));
  EXPECT_FALSE(units.foreign_text("Phấn đấu đến năm 2030 có 100% UBND cấp xã dùng Internet và website"));
  EXPECT_FALSE(units.foreign_text("dich vu tung lan co gia tri tu 20 trieu dong"));  // Vietnamese without its marks
  // A bound first syllable takes the second: the compound is the noun.
  EXPECT_EQ(units.match(" hành vi vi phạm;")->written, "hành vi");
  EXPECT_EQ(units.match(" thương vụ xuất khẩu")->written, "thương vụ");
  // A syllable that stands alone as a noun is the unit by itself.
  EXPECT_EQ(units.match(" bộ hồ sơ")->written, "bộ");
  EXPECT_EQ(units.match(" đôi")->written, "đôi");
  EXPECT_EQ(units.match(" máy")->written, "máy");  // "2 máy" at a line end keeps its figure
  EXPECT_EQ(units.match(" tầng")->written, "tầng");
  EXPECT_EQ(units.match(" liều vắc xin")->written, "liều");
  EXPECT_EQ(units.match(" thửa, trong đó")->written, "thửa");
  EXPECT_EQ(units.match(" đội viên")->written, "đội viên");  // the listed compound before the lone syllable
  // Acronyms still count: "1.806 TTHC".
  EXPECT_EQ(units.match(" VBQPPL, trong đó")->written, "VBQPPL");
  // A bound syllable cut off at the end of the text, English words, OCR garbage: no unit.
  EXPECT_FALSE(units.match(" danh"));
  EXPECT_FALSE(units.match(" chức\ndanh"));
  EXPECT_FALSE(units.match(" of the Convention"));
  EXPECT_FALSE(units.match(" per cent"));
  EXPECT_FALSE(units.match(" upowy"));
  EXPECT_FALSE(units.match(" STT"));
}

TEST(Targets, NoFigureFromEnglishTextOrACutOffNoun) {
  auto ts = figures("KẾ HOẠCH\n\nBổ sung 04 hành vi vi phạm; tối thiểu 25 thương vụ xuất khẩu.\n"
                    "The limitation provided in paragraph 2 of Article 5 shall apply.\n"
                    "upyd wep snya ofa 9 nga ugdnyp nes\n"
                    "Bãi bỏ 01 danh\nmục thủ tục.\n");  // a wrapped line joins its noun again
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].unit, "hành vi");
  EXPECT_EQ(ts[1].unit, "thương vụ");
  EXPECT_DOUBLE_EQ(ts[1].value, 25);
  EXPECT_EQ(ts[2].unit, "danh mục");
}

TEST(Targets, AOneSyllableCountedNounAtALineEndKeepsItsFigure) {
  auto ts = figures("KẾ HOẠCH\n\nTiêm chủng 5.000 mũi; cấp 300 suất; xây dựng 12 giếng; trang bị thêm 2 máy\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].unit, "mũi");
  EXPECT_DOUBLE_EQ(ts[0].value, 5000);
  EXPECT_EQ(ts[1].unit, "suất");
  EXPECT_EQ(ts[2].unit, "giếng");
  EXPECT_EQ(ts[3].unit, "máy");
  EXPECT_DOUBLE_EQ(ts[3].value, 2);
}

TEST(Targets, ResultSentenceGivesThreeActuals) {
  // 002, line 61: "đạt 7.624,6 tỷ đồng, vượt 1,5% kế hoạch, tăng 12,6% so với năm 2021".
  auto ts = figures("BÁO CÁO\n\nNăm 2022, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 7.624,6 tỷ đồng, "
                    "vượt 1,5% kế hoạch, tăng 12,6% so với năm 2021.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_DOUBLE_EQ(ts[0].value, 7624.6);
  EXPECT_EQ(ts[0].unit, "tỷ đồng");
  EXPECT_DOUBLE_EQ(*ts[0].value_base, 7624.6e9);
  EXPECT_EQ(ts[0].unit_base, "đồng");
  EXPECT_EQ(ts[0].indicator, "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng");
  EXPECT_EQ(ts[0].indicator_key, "tong muc ban le hang hoa va doanh thu dich vu tieu dung");  // no official code
  for (const auto& t : ts) {
    EXPECT_EQ(t.kind, "actual");
    EXPECT_EQ(t.year, 2022);  // "so với năm 2021" is the base year, not the figure's
  }
  EXPECT_EQ(ts[1].indicator_key, "tong muc ban le hang hoa va doanh thu dich vu tieu dung.pct");  // vượt 1,5% kế hoạch
  EXPECT_EQ(ts[2].indicator_key, "tong muc ban le hang hoa va doanh thu dich vu tieu dung.growth");  // tăng 12,6%
}

TEST(Targets, ComparatorsFromTheWordBeforeTheNumber) {
  auto ts = figures("KẾ HOẠCH\n\nPhấn đấu năm 2023 tốc độ tăng tổng mức bán lẻ đạt khoảng 9,1%; tỷ lệ nợ xấu nội bảng dưới 2%; "
                    "tỷ lệ điều tra khám phá các vụ án đạt 85% trở lên; thu hút hơn 200 vận động viên; "
                    "kết nạp từ 1.000 đảng viên trở lên; tăng trưởng GRDP đạt khoảng 9-11%/năm; "
                    "tổng mức đầu tư toàn xã hội tăng khoảng 12% trở lên.\n");
  ASSERT_EQ(ts.size(), 7u);
  EXPECT_EQ(ts[6].comparator, "gte");  // the bound after the figure outweighs "khoảng" before it
  EXPECT_EQ(ts[0].comparator, "approx");
  EXPECT_EQ(ts[1].comparator, "lt");
  EXPECT_EQ(ts[2].comparator, "gte");
  EXPECT_EQ(ts[3].comparator, "gt");
  EXPECT_EQ(ts[4].comparator, "gte");
  EXPECT_EQ(ts[5].comparator, "range");
  EXPECT_DOUBLE_EQ(*ts[5].value_max, 11);
  EXPECT_EQ(ts[5].unit, "%/năm");
  for (const auto& t : ts) EXPECT_EQ(t.kind, "target");
}

// A section that reports "từ tháng 6/2022 đến nay" reports today's figures: the span's first
// year is not theirs.
TEST(Targets, ASpanUpToNowGivesTheReportsYear) {
  auto ts = figures("BÁO CÁO\nTình hình năm 2025\n\n1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay\n\n"
                    "Các văn phòng đẩy mạnh cải cách hành chính; đến nay 100% các văn phòng đã xây dựng cơ sở dữ liệu.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].kind, "actual");
  EXPECT_EQ(ts[0].year, 2025);
}

TEST(Targets, EachComparatorCueGovernsOnlyTheFigureAfterIt) {
  auto ts = figures(
      "KẾ HOẠCH\n\nBảo đảm số lượng cử tri tham dự đạt ít nhất là 50% và 65% ở khu vực đô thị; tỷ lệ nợ xấu "
      "không cao hơn 3%; chi phí tối đa là 15 triệu đồng; tỷ lệ hồ sơ trễ hạn không thấp hơn 0,5%; lượng khách tăng "
      "trên dưới 10%; tỷ lệ hộ nghèo giảm từ 4,5% năm 2025 xuống 2% năm 2030; kết nạp từ 120 đảng viên; "
      "tăng trưởng từ 9 đến 11%; chưa đầy 30 ngày công; có ≥ 85% doanh nghiệp ứng dụng công nghệ số.\n");
  ASSERT_EQ(ts.size(), 11u);
  EXPECT_EQ(ts[10].comparator, "gte");  // "≥ 85%"
  EXPECT_EQ(ts[0].comparator, "gte");  // "ít nhất là 50%"
  EXPECT_EQ(ts[1].comparator, "eq");   // "và 65%": the cue stood before 50% only
  EXPECT_EQ(ts[2].comparator, "lte");
  EXPECT_EQ(ts[3].comparator, "lte");
  EXPECT_EQ(ts[4].comparator, "gte");
  EXPECT_EQ(ts[5].comparator, "approx");
  EXPECT_EQ(ts[6].comparator, "eq");   // "từ 4,5% ... xuống 2%": where the change starts
  EXPECT_EQ(ts[6].year, 2025);
  EXPECT_EQ(ts[7].comparator, "eq");
  EXPECT_EQ(ts[7].year, 2030);
  EXPECT_EQ(ts[8].comparator, "gte");
  EXPECT_EQ(ts[9].comparator, "range");
  EXPECT_DOUBLE_EQ(*ts[9].value_max, 11);
}

TEST(Targets, CountsOfDocumentsAndProcedureNumbersAreNotTargets) {
  auto ts = figures(
      "BÁO CÁO\n\nQuốc hội thông qua 37 luật và 12 nghị quyết; Chính phủ ban hành 05 nghị định, 02 Thông tư; "
      "thực hiện Chương trình 135, Đề án 06 tại Kỳ họp thứ 9; triển khai Tiểu dự án 2 thuộc Dự án 3 và khắc phục hậu quả "
      "cơn bão số 13; tổ chức chính quyền địa phương 02 cấp bảo đảm “6 rõ”; Biên bản lập thành 03 bản, doanh nghiệp nộp "
      "01 bộ hồ sơ; đơn vị đạt tỷ lệ 100% được cộng 05 điểm; tổng đài 1022 hoạt động 24/7; báo cáo trước ngày 15/6 và "
      "15/12 hằng năm; đường vành đai 4 hoàn thành 45 km; triển khai đồng bộ 08 nhóm giải pháp; quá trình thực hiện "
      "chia thành 3 giai đoạn theo quy trình 04 bước.\n");
  // "đạt tỷ lệ 100% được cộng 05 điểm" is a band of a grading scale: neither number is a figure.
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_DOUBLE_EQ(ts[0].value, 45);
  EXPECT_EQ(ts[0].unit, "km");
}

TEST(Targets, AShortListItemIsContentNotAHeading) {
  auto ts = figures("KẾ HOẠCH\n\n2. Mục tiêu cụ thể\n\nc) Đến hết năm 2035: 85%\n\nđ) Đến hết năm 2045: 100%\n\n"
                    "II. 5 NHIỆM VỤ TRỌNG TÂM\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].year, 2035);
  EXPECT_EQ(ts[1].year, 2045);
}

TEST(Targets, RatesARuleSetsAndThresholdsOfConditionsAreNotTargets) {
  auto ts = figures(
      "NGHỊ QUYẾT\nVề chính sách hỗ trợ học sinh\n\nĐiều 2. Mức chi cụ thể\n\n1. Chi bồi dưỡng thành viên tổ công tác: 200.000 đồng/người/buổi.\n\n"
      "2. Chi hỗ trợ xây dựng báo cáo: 3.500.000 đồng/báo cáo.\n\n"
      "Điều 3. Tổ chức thực hiện\n\nHỗ trợ học sinh với mức hỗ trợ 150.000 đồng/học sinh/tháng, tối đa 9 tháng; phạt tiền từ "
      "2.000.000 đồng đến 5.000.000 đồng. Đối với nơi có dưới 100 cử tri thì triệu tập toàn thể cử tri; trường hợp có nhiều "
      "người cùng được trên 50% số phiếu thì lấy người nhiều phiếu hơn. Phấn đấu đến năm 2030 có 95% học sinh được hỗ trợ "
      "và hỗ trợ 12.000 học sinh.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_DOUBLE_EQ(ts[0].value, 95);
  EXPECT_EQ(ts[0].year, 2030);
  EXPECT_DOUBLE_EQ(ts[1].value, 12000);
}

TEST(Targets, ADocumentWhoseTitleSetsRatesGivesNoFigures) {
  const std::string body =
      "\n\nĐiều 1. Đối tượng áp dụng\n\n1. Hộ có dưới 5 nhân khẩu được hỗ trợ 1.500.000 đồng/hộ; tối đa 30% chi phí.\n\n"
      "Điều 2. Hiệu lực thi hành\n\nNghị quyết có hiệu lực từ ngày 01 tháng 01 năm 2025.\n";
  const std::string head = "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 12/2024/NQ-HĐND\n\nNGHỊ QUYẾT\n";
  EXPECT_TRUE(figures(head + "Quy định mức hỗ trợ hộ nghèo trên địa bàn tỉnh" + body).empty());
  // "xác định mức độ" only looks like a norm ("định mức"): this title sets none.
  EXPECT_FALSE(figures(head + "Về xác định mức độ hoàn thành kế hoạch" + body).empty());
}

TEST(Targets, ACountWrittenAsAWordAfterABound) {
  auto ts = figures("NGHỊ QUYẾT\nVề cải cách thể chế\n\n1. Các bộ, cơ quan ngang bộ cơ cấu ít nhất một lãnh đạo có chuyên "
                    "môn pháp luật; các đơn vị tổ chức tối đa hai đợt kiểm tra; dự án có vốn tối thiểu sáu nghìn tỷ đồng; "
                    "tổng số không quá ba mươi người; áp dụng ít nhất một trong các biện pháp sau.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_DOUBLE_EQ(ts[0].value, 1);
  EXPECT_EQ(ts[0].comparator, "gte");
  EXPECT_EQ(ts[0].unit, "lãnh đạo");
  EXPECT_DOUBLE_EQ(ts[1].value, 2);
  EXPECT_EQ(ts[1].comparator, "lte");
  EXPECT_DOUBLE_EQ(*ts[2].value_base, 6e12);  // "sáu nghìn tỷ đồng": the scale is the unit's
  // "ba mươi" is thirty, which this rule does not read: no figure rather than a wrong 3.
}

TEST(Targets, JoinedCountedNounsAndRatesPerPopulation) {
  auto ts = figures("BÁO CÁO\n\nTuyển sinh 551 học sinh, sinh viên; hỗ trợ 120 xã, phường và thị trấn; tỷ số tử vong mẹ "
                    "dưới 46/100.000 trẻ đẻ sống; đạt 12,5 bác sĩ/10.000 dân.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].unit, "học sinh, sinh viên");
  EXPECT_EQ(ts[1].unit, "xã, phường và thị trấn");
  EXPECT_DOUBLE_EQ(ts[2].value, 46);  // a rate, not 46 out of 100.000
  EXPECT_EQ(ts[2].unit, "/100.000 trẻ đẻ");
  EXPECT_EQ(ts[2].comparator, "lt");
  EXPECT_EQ(ts[3].unit, "bác sĩ/10.000 dân");
}

TEST(Targets, ARatePerPopulationWithANamedSubjectIsNamedBySubject) {
  auto ts = figures("KẾ HOẠCH\n\nĐến năm 2025, số giường bệnh đạt 35 giường/vạn dân; số bác sĩ đạt 12 bác sĩ/vạn dân.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].unit, "giường/vạn dân");
  EXPECT_EQ(ts[0].indicator, "số giường bệnh");
  EXPECT_EQ(ts[1].indicator, "số bác sĩ");
}

TEST(Targets, ASubjectThatTakesAShareIsTheIndicator) {
  auto ts = figures("KẾ HOẠCH\n\nĐến năm 2030, kinh tế số chiếm khoảng 20% GRDP; lao động nữ chiếm trên 50%; "
                    "hàm lượng bông chiếm từ 85% trở lên.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].indicator, "tỷ trọng kinh tế số trong GRDP");
  EXPECT_EQ(ts[0].indicator_code, "0517");  // the official share of the digital economy
  EXPECT_EQ(ts[0].comparator, "approx");
  EXPECT_EQ(ts[1].indicator, "lao động nữ");
  EXPECT_EQ(ts[2].indicator, "hàm lượng bông");
}

TEST(Targets, PlanFigureInAReportIsATarget) {
  // 002, line 57.
  auto ts = figures("BÁO CÁO\n\nKinh tế tiếp tục tăng trưởng, tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) năm 2022 đạt 9,0%, "
                    "vượt kế hoạch (kế hoạch 7,7%).\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].kind, "actual");
  EXPECT_EQ(ts[0].indicator, "tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)");
  EXPECT_EQ(ts[0].indicator_key, "toc do tang tong san pham tren dia ban");
  EXPECT_EQ(ts[1].kind, "target");
  EXPECT_DOUBLE_EQ(ts[1].value, 7.7);
}

TEST(Targets, DatesOrdinalsAgesNamesAndMarkersAreNotFigures) {
  auto ts = figures("BÁO CÁO\n\nThực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023, Hội nghị Trung ương 5, 6 và Đại hội lần thứ 8; "
                    "tỷ lệ trẻ em từ 5 tuổi đến dưới 12 tuổi được tiêm mũi 1 đạt 96,7%; kỷ niệm 20 năm thành lập tỉnh; "
                    "Phát sinh 04 ổ dịch bệnh vật nuôi3 tại 02 huyện.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_DOUBLE_EQ(ts[0].value, 96.7);
  EXPECT_EQ(ts[1].unit, "ổ dịch");
  EXPECT_DOUBLE_EQ(ts[2].value, 2);
}

TEST(Targets, PartOfWholeGivesTwoFigures) {
  auto ts = figures("BÁO CÁO\n\nChỉ đạo giải quyết 298/305 vụ việc thuộc thẩm quyền.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_DOUBLE_EQ(ts[0].value, 298);
  EXPECT_DOUBLE_EQ(ts[1].value, 305);
  EXPECT_EQ(ts[1].unit, "vụ việc");
}

// The indicator phrase is whole words of the indicator: "nông thôn mới" keeps its "mới", an
// abbreviation before the head noun stays ("GRDP bình quân đầu người").
TEST(Targets, IndicatorPhraseKeepsItsLastWordAndItsAbbreviation) {
  auto ts = figures("BÁO CÁO\n\nTỷ lệ xã đạt chuẩn nông thôn mới đạt 41,5%. GRDP bình quân đầu người 52,9 triệu đồng. "
                    "Diện tích trồng rừng mới 2.992 ha.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].indicator, "Tỷ lệ xã đạt chuẩn nông thôn mới");
  EXPECT_EQ(ts[1].indicator, "GRDP bình quân đầu người");
  EXPECT_EQ(ts[2].indicator, "Diện tích trồng rừng mới");
  EXPECT_EQ(ts[2].indicator_code, "0807");
}

TEST(Targets, ALevelReachedIsNoChange) {
  auto ts = figures("BÁO CÁO\n\nTỷ lệ hộ nghèo giảm còn 8,2%. Tỷ lệ hộ nghèo giảm 1,5%. "
                    "Tỷ lệ hộ có nước sạch tăng lên 96%.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].indicator, "Tỷ lệ hộ nghèo");  // "giảm còn": the level it falls to
  EXPECT_EQ(ts[1].indicator, "mức giảm Tỷ lệ hộ nghèo");
  EXPECT_EQ(ts[2].indicator, "Tỷ lệ hộ có nước sạch");
}

TEST(IndicatorKeys, SameIndicatorSameKeyWhateverTheSpelling) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  // Official code 2102 (Luật 01/2021/QH15) whatever the spelling.
  EXPECT_EQ(lexicon.key("Tỷ lệ che phủ rừng", folder), "2102");
  EXPECT_EQ(lexicon.key("TỶ LỆ CHE PHỦ RỪNG", folder), "2102");
  EXPECT_EQ(lexicon.key("độ che phủ rừng của tỉnh", folder), "2102");
  EXPECT_EQ(lexicon.key("tỷ lệ bao phủ bảo hiểm y tế", folder), "0714");
  EXPECT_EQ(lexicon.key("Tỷ lệ dân số tham gia bảo hiểm y tế", folder), "0714");
  EXPECT_EQ(lexicon.key("mức tăng dư nợ cho vay", folder), "0705.change");
  EXPECT_EQ(lexicon.key("mức giảm tỷ lệ hộ nghèo", folder), "1802");  // the catalogue writes it so
  // No catalogue indicator: the phrase's own words, years and lead-in verbs dropped.
  EXPECT_EQ(lexicon.key("số mô hình kinh tế tập thể", folder), "so mo hinh kinh te tap the");
  EXPECT_EQ(lexicon.key("phấn đấu số mô hình kinh tế tập thể năm 2025 trên địa bàn tỉnh", folder), "so mo hinh kinh te tap the");
  EXPECT_EQ(lexicon.name("2102"), "Tỷ lệ che phủ rừng");
  // A crop named is its own row of 0802 (area of perennial crops), with or without "cây".
  IndicatorMatch tea = lexicon.match("diện tích chè", "ha", "", folder);
  EXPECT_EQ(tea.key, "0802/dien tich cay che");
  EXPECT_EQ(tea.code, "0802");
  EXPECT_EQ(lexicon.key("Diện tích cây chè", folder), tea.key);
  EXPECT_EQ(lexicon.key("diện tích mắc ca", folder), "0802/dien tich cay mac ca");
  EXPECT_EQ(lexicon.key("diện tích cây lâu năm", folder), "0802");
  EXPECT_EQ(lexicon.name("0802/dien tich cay che.change"), "Diện tích cây chè");
  // A sector between the counted noun and the rest of a form narrows it: its own phrase key,
  // not every new enterprise's.
  const std::string all_new = lexicon.key("doanh nghiệp đăng ký thành lập mới", folder);
  EXPECT_EQ(all_new, "so doanh nghiep thanh lap moi");
  EXPECT_EQ(lexicon.key("doanh nghiệp nông nghiệp đăng ký thành lập mới", folder), "doanh nghiep nong nghiep dang ky thanh lap moi");
  EXPECT_EQ(lexicon.key("doanh nghiệp tư nhân đăng ký thành lập mới", folder), "doanh nghiep tu nhan dang ky thanh lap moi");
  // Words that only stand between (no sector, owner or size) still let the form match.
  EXPECT_EQ(lexicon.key("doanh nghiệp được đăng ký thành lập mới", folder), all_new);
}

TEST(IndicatorKeys, UnitFamilyAndHeadNounChooseBetweenIndicators) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  IndicatorMatch rate = lexicon.match("tỷ lệ xã đạt chuẩn nông thôn mới", "%", "", folder);
  IndicatorMatch count = lexicon.match("số xã đạt chuẩn nông thôn mới", "xã", "", folder);
  EXPECT_NE(rate.key, count.key);
  ASSERT_NE(rate.entry, nullptr);
  EXPECT_EQ(rate.entry->unit_family, "percent");
  // Doctors per 10,000 people and the number of doctors are two indicators.
  IndicatorMatch per_10k = lexicon.match("số bác sĩ", "bác sỹ/1 vạn dân", "", folder);
  EXPECT_EQ(per_10k.code, "1601");
  // A rate of an amount is not the amount: keyed apart, no code.
  IndicatorMatch revenue = lexicon.match("tổng thu ngân sách nhà nước trên địa bàn", "đồng", "", folder);
  IndicatorMatch revenue_pct = lexicon.match("tổng thu ngân sách nhà nước trên địa bàn", "%", "", folder);
  EXPECT_EQ(revenue.code, "0601");
  EXPECT_EQ(revenue_pct.key, revenue.key + ".pct");
  EXPECT_FALSE(revenue_pct.code);
  // The amount's share of its whole is a structure, not how far it went against its plan.
  IndicatorMatch revenue_share = lexicon.match("tỷ trọng thu ngân sách nhà nước trên địa bàn", "%", "", folder);
  EXPECT_EQ(revenue_share.key, revenue.key + ".share");
  // 0601 is "Thu ngân sách nhà nước và cơ cấu thu": the official indicator states the structure too.
  EXPECT_EQ(revenue_share.code, "0601");
  // A share of an amount whose indicator states no structure has no code of its own.
  EXPECT_FALSE(lexicon.match("tỷ trọng số doanh nghiệp đăng ký thành lập mới", "%", "", folder).code);
  // Its growth rate is a third thing: "tăng 8%" beside "vượt 3% kế hoạch".
  EXPECT_EQ(lexicon.match("mức tăng thu ngân sách nhà nước trên địa bàn", "%", "", folder).key, revenue.key + ".growth");
  EXPECT_EQ(lexicon.match("tốc độ tăng thu ngân sách nhà nước trên địa bàn", "%/năm", "", folder).key, revenue.key + ".growth");
  // A change or growth of a coded indicator keeps its code under a key of its own.
  EXPECT_EQ(lexicon.match("mức tăng thu ngân sách nhà nước trên địa bàn", "%", "", folder).code, "0601");
  IndicatorMatch cpi_change = lexicon.match("mức tăng chỉ số giá tiêu dùng", "%", "", folder);
  EXPECT_EQ(cpi_change.key, "1101.change");
  EXPECT_EQ(cpi_change.code, "1101");
  // An amount per person is one indicator with or without its "/người".
  IndicatorMatch per_person = lexicon.match("GRDP bình quân đầu người", "đồng/người/năm", "", folder);
  ASSERT_NE(per_person.entry, nullptr);
  EXPECT_EQ(per_person.key, lexicon.match("GRDP bình quân đầu người", "đồng", "", folder).key);
  // A heading that names a field ("Kinh tế") is no indicator's name.
  EXPECT_FALSE(lexicon.match("tỷ lệ so", "%", "1. Kinh tế", folder).entry);
  // A figure whose phrase names nothing takes the heading it hangs under.
  IndicatorMatch under = lexicon.match("", "%", "Tỷ lệ che phủ rừng", folder);
  EXPECT_EQ(under.code, "2102");
  EXPECT_TRUE(under.from_heading);
  EXPECT_FALSE(lexicon.match("", "%", "Nhiệm vụ và giải pháp phát triển lâm nghiệp bền vững", folder).entry);
}

TEST(IndicatorKeys, PlacesFillersAndLinkWordsDoNotSplitAnIndicator) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  // A place qualifier inside the phrase and "số" after the head noun hid the catalogue's form.
  const std::string drug_free = lexicon.key("tỷ lệ xã, phường không ma túy", folder);
  EXPECT_EQ(lexicon.key("tỷ lệ số xã, phường trên toàn tỉnh không ma túy", folder), drug_free);
  EXPECT_EQ(lexicon.key("tỷ lệ số xã, phường trên toàn thành phố không có ma túy", folder), drug_free);
  EXPECT_TRUE(lexicon.entry(drug_free));
  // A phrase of its own: the same words wherever the place stands, with "các" or not.
  EXPECT_EQ(lexicon.key("tỷ lệ các ngành, nghề kinh doanh có điều kiện", folder), "ty le nganh nghe kinh doanh co dieu kien");
  EXPECT_EQ(lexicon.key("tỷ lệ ngành nghề kinh doanh trên địa bàn tỉnh có điều kiện", folder),
            "ty le nganh nghe kinh doanh co dieu kien");
  // Not the same: "số hóa" is a word of its own, and a place is no filler of a count.
  EXPECT_EQ(lexicon.key("tỷ lệ số hóa tài liệu lưu trữ", folder), "ty le so hoa tai lieu luu tru");
  EXPECT_EQ(lexicon.key("tỷ lệ số liệu được chia sẻ", folder), "ty le so lieu duoc chia se");
  // A key ends with no link word, and keeps a last word that only looks like one without
  // its accents ("đất" is not "đạt", "đầu tư" does not end in "từ").
  EXPECT_EQ(lexicon.key("số mô hình kinh tế tập thể trên toàn tỉnh và", folder), "so mo hinh kinh te tap the");
  EXPECT_EQ(lexicon.key("tỉnh hoặc", folder), "tinh hoac");  // "tỉnh" alone would meet every fragment
  EXPECT_EQ(lexicon.key("sản lượng cá nước lạnh nuôi trồng", folder), "san luong ca nuoc lanh nuoi trong");  // not "cả nước"
  // A lead-in filler ("có", "đạt") is not a word that is one only without its accents.
  EXPECT_EQ(lexicon.key("cơ quan chủ quản được giao", folder), "co quan chu quan duoc giao");
  EXPECT_EQ(lexicon.key("đất có mặt nước chuyên dùng", folder), "dat co mat nuoc chuyen dung");
  EXPECT_EQ(lexicon.key("có số mô hình kinh tế tập thể", folder), "so mo hinh kinh te tap the");
  EXPECT_EQ(lexicon.key("tỷ lệ dữ liệu kết nối đồng bộ với", folder), "ty le du lieu ket noi dong bo");
  EXPECT_EQ(lexicon.key("số hộ được giao đất", folder), "so ho duoc giao dat");
  EXPECT_EQ(lexicon.key("số dự án kêu gọi đầu tư", folder), "so du an keu goi dau tu");
}

TEST(Targets, AFigureBeforeAnotherKeysWithoutTheLinkWordAndThePlace) {
  auto ts = figures("KẾ HOẠCH\n\nPhấn đấu đến năm 2030: trên 80% số trạm y tế cấp xã trên toàn tỉnh và 100% cơ sở cai "
                    "nghiện ma túy công lập đủ điều kiện điều trị.\n");
  const Target* clinics = find_value(ts, 80);
  ASSERT_NE(clinics, nullptr);
  EXPECT_EQ(clinics->indicator_key, "ty le tram y te cap xa");
}

TEST(IndicatorKeys, ActivitiesAreCountsOfMeetingsTrainingsAndInspections) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  EXPECT_TRUE(lexicon.activity("tổ chức", "cuộc họp"));
  EXPECT_TRUE(lexicon.activity("mở", "lớp"));
  EXPECT_TRUE(lexicon.activity("kiểm tra", "tổ chức đảng"));
  EXPECT_FALSE(lexicon.activity("tỷ lệ xã đạt chuẩn nông thôn mới", "%"));
  EXPECT_FALSE(lexicon.activity("số doanh nghiệp thành lập mới", "doanh nghiệp"));
  EXPECT_FALSE(lexicon.activity("kiểm tra", "%"));
  EXPECT_FALSE(lexicon.activity("hợp tác xã đăng ký thành lập", "hợp tác xã"));  // hợp, not họp
  EXPECT_FALSE(lexicon.activity("đảng viên mới kết nạp", "đảng viên"));
  // Documents counted as issued or passed, whatever the phrase opens with.
  EXPECT_TRUE(lexicon.activity("Nghị định ban hành trong quý I", "Nghị định"));
  EXPECT_TRUE(lexicon.activity("chỉ thị của Ban Thường vụ", "chỉ thị"));
  EXPECT_TRUE(lexicon.activity("dự án luật được thông qua tại kỳ họp", "dự án luật"));
  EXPECT_TRUE(lexicon.activity("luật, nghị quyết được thông qua", "luật, nghị quyết"));
  EXPECT_FALSE(lexicon.activity("luật sư tham gia trợ giúp pháp lý", "luật sư"));  // a word, not "luật"
  EXPECT_FALSE(lexicon.activity("dự án đầu tư được cấp phép", "dự án"));
}

// The development gold's two reports: kinds, years and units on the corpus itself.
TEST(Targets, CorpusReportYearsAndSections) {
  Record r = testing::project_extractor().extract_text(testing::read_file(testing::corpus_file("002")), "002");
  const Target* grdp_2023 = nullptr;
  const Target* forest = nullptr;
  for (const auto& t : r.targets) {
    if (t.line == 217 && t.value == 9.0) grdp_2023 = &t;
    if (t.line == 219 && t.value == 52.3) forest = &t;
  }
  ASSERT_TRUE(grdp_2023 && forest);
  EXPECT_EQ(grdp_2023->kind, "target");  // "Các chỉ tiêu chủ yếu" of Part 2
  EXPECT_EQ(grdp_2023->year, 2023);
  EXPECT_EQ(forest->indicator_key, "2102");
  EXPECT_EQ(forest->indicator_code, "2102");
  const Target* gdp_2022 = nullptr;
  for (const auto& t : r.targets)
    if (t.line == 57 && t.value == 9.0) gdp_2022 = &t;
  ASSERT_TRUE(gdp_2022);
  EXPECT_EQ(gdp_2022->kind, "actual");
  EXPECT_EQ(gdp_2022->year, 2022);
  EXPECT_GT(r.targets.size(), 200u);
}

// 004: a monthly report whose footnotes sit in mid-sentence with their markers glued to words.
TEST(Targets, CorpusFootnotesAndMarkers) {
  Record r = testing::project_extractor().extract_text(testing::read_file(testing::corpus_file("004")), "004");
  bool herd = false;
  for (const auto& t : r.targets) {
    EXPECT_FALSE(t.line == 360 && t.value == 9) << "footnote number 9 read as a figure";
    if (t.line == 129 && t.value == 92940) {
      herd = true;
      EXPECT_EQ(t.unit, "con");
      EXPECT_EQ(t.kind, "actual");
      EXPECT_EQ(t.year, 2023);
    }
    if (t.line == 77 && t.value == 335120) EXPECT_EQ(t.unit, "con");  // "335.120 con2": the 2 is a marker
  }
  EXPECT_TRUE(herd);
}

}  // namespace
}  // namespace vnpolicy
