// The indicator phrase of a figure where Vietnamese writing lists nouns with commas, names
// the measure in its verb ("chiếm tỷ trọng") or puts a plan word between the name and the
// figure; and which skip rule rejects a number. Texts the tests write.
#include <gtest/gtest.h>

#include "extract/target_extractor.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figures;

TEST(Targets, ANounListAfterTheHeadNounIsOneIndicator) {
  auto ts = figures("KẾ HOẠCH\nBảo vệ môi trường năm 2026\n\n"
                    "- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 95%.\n"
                    "- Giá trị sản xuất nông, lâm, thủy sản tăng 3%.\n"
                    "- Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35%.\n"
                    "- Tăng cường kiểm tra, giám sát đạt 90%.\n"
                    "- Tổng số thủ tục sẽ cắt giảm, đơn giản hóa đạt 60%.\n"
                    "- Tỷ lệ hộ nghèo (theo Quyết định số 59/2015/QĐ-TTg), cận nghèo giảm 1,5%.\n");
  ASSERT_EQ(ts.size(), 6u);
  EXPECT_EQ(ts[0].indicator, "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý");
  EXPECT_EQ(ts[1].indicator, "mức tăng Giá trị sản xuất nông, lâm, thủy sản");
  EXPECT_EQ(ts[2].indicator, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ");
  // No head noun before the comma: two things done, not one list.
  EXPECT_EQ(ts[3].indicator, "giám sát");
  // The first item keeps its verb: only the end of the whole list is stripped.
  EXPECT_EQ(ts[4].indicator, "Tổng số thủ tục sẽ cắt giảm, đơn giản hóa");
  // A bracket or a symbol is no list item: the phrase does not reach back over it.
  EXPECT_EQ(ts[5].indicator, "mức giảm cận nghèo");
}

TEST(Targets, AListItemWithACapitalOpensTheNextClause) {
  auto ts = figures("KẾ HOẠCH\n\nPhấn đấu tỷ lệ giải ngân vốn đầu tư công đạt 95%, Ban Thường vụ yêu cầu các cấp ủy lãnh đạo.\n"
                    "Tỷ lệ hồ sơ được số hóa, Sở Tư pháp đạt 100%.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].indicator, "tỷ lệ giải ngân vốn đầu tư công");
  EXPECT_EQ(ts[1].indicator.value_or("").find("Tỷ lệ"), std::string::npos) << *ts[1].indicator;
}

TEST(Targets, AShareVerbThatNamesTheMeasureKeepsTheSubjectWhole) {
  auto ts = figures("KẾ HOẠCH\nPhát triển kinh tế số\n\n"
                    "- Kinh tế số chiếm tỷ trọng 20% GRDP.\n"
                    "- Ngành dịch vụ chiếm tỷ trọng 40%.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].indicator, "tỷ trọng kinh tế số trong GRDP");
  EXPECT_EQ(ts[1].indicator, "tỷ trọng ngành dịch vụ");
}

TEST(Targets, PlanWordsAndACutVerbAreNoPartOfTheIndicator) {
  auto ts = figures("KẾ HOẠCH\nCải cách hành chính năm 2026\n\n"
                    "- Tổng sản lượng thủy sản xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn.\n"
                    "- Tỷ lệ vốn ngân sách nhà nước dự kiến 85%.\n"
                    "- Cắt giảm tối thiểu 20% thành phần hồ sơ thủ tục hành chính.\n"
                    "- Thời gian giải quyết thủ tục hành chính sau khi thực hiện phương án cắt giảm 30%.\n");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].indicator, "Tổng sản lượng thủy sản xuất khẩu");
  EXPECT_EQ(ts[0].year, 2030);
  EXPECT_EQ(ts[1].indicator, "Tỷ lệ vốn ngân sách nhà nước");
  EXPECT_EQ(ts[2].indicator, "mức giảm thành phần hồ sơ thủ tục hành chính");
  EXPECT_EQ(ts[2].comparator, "gte");
  EXPECT_EQ(ts[3].indicator, "mức giảm Thời gian giải quyết thủ tục hành chính sau khi thực hiện phương án");
}

TEST(Targets, ALinkWordOpensTheNextItemWithItsOwnYear) {
  auto ts = figures("NGHỊ QUYẾT\nVề khắc phục hậu quả thiên tai\n\n"
                    "Để khôi phục sản xuất, phấn đấu tăng trưởng kinh tế cả năm 2025 đạt trên 8% và năm 2026 đạt từ 10% "
                    "trở lên, Chính phủ yêu cầu các bộ thực hiện các nhiệm vụ sau.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].indicator, "tăng trưởng kinh tế");
  EXPECT_EQ(ts[0].year, 2025);
  EXPECT_EQ(ts[0].comparator, "gt");
  EXPECT_EQ(ts[1].indicator, "tăng trưởng kinh tế");
  EXPECT_EQ(ts[1].year, 2026);
  EXPECT_EQ(ts[1].comparator, "gte");
}

TEST(Targets, TheChangeAfterACountIsTheCountsChange) {
  auto ts = figures("BÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\n"
                    "Số doanh nghiệp thành lập mới đạt 2.000 doanh nghiệp, tăng 15% so với cùng kỳ.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[1].indicator, "mức tăng Số doanh nghiệp thành lập mới so với cùng kỳ");
  EXPECT_EQ(ts[1].kind, "actual");
}

// A count its clause names with "đạt"/"là" hands its name to the change after it; a count
// that is a verb's object does not, and a subject that opens with its head noun stays whole.
TEST(Targets, ACountNamedByAVerbOfReachingHandsItsNameToTheChange) {
  auto ts = figures("BÁO CÁO\nTình hình kinh tế - xã hội năm 2025\n\n"
                    "Khách quốc tế đến tỉnh An Phú đạt 1,2 triệu lượt người, tăng 12,5% so với cùng kỳ.\n"
                    "Số hợp tác xã thành lập mới trong tháng 4 là gần 1,5 nghìn.\n"
                    "Đoàn đã kiểm tra 86 tổ chức đảng, tăng 5% so với cùng kỳ.\n");
  auto of = [&](double v) {
    for (const auto& t : ts)
      if (t.value == v) return t.indicator.value_or("");
    return std::string("(none)");
  };
  EXPECT_EQ(of(12.5), "mức tăng Khách quốc tế đến tỉnh An Phú so với cùng kỳ");
  EXPECT_NE(of(1.5).find("Số hợp tác xã thành lập mới"), std::string::npos) << of(1.5);
  EXPECT_EQ(of(5).find("kiểm tra"), std::string::npos) << of(5);
}

TEST(Targets, ACutWithNoSubjectIsACutOfWhatFollowsNotOfTheClauseBefore) {
  auto ts = figures("KẾ HOẠCH\nCải cách hành chính năm 2026\n\n"
                    "Đơn giản hóa thủ tục cho hộ kinh doanh, đảm bảo cắt giảm tối thiểu 30% thời gian thực hiện thủ tục hành chính.\n"
                    "Doanh thu đạt 500 tỷ đồng, tăng 10% so với cùng kỳ.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].indicator, "mức giảm thời gian thực hiện thủ tục hành chính");
  EXPECT_EQ(ts[0].comparator, "gte");
  EXPECT_EQ(ts[2].indicator, "mức tăng Doanh thu so với cùng kỳ");
}

// "trong đó có ..." after a figure says what a part of its subject has: the part's phrase is
// the subject with it. A part named by its own noun ("trong đó thu nội địa") is no such qualifier.
TEST(Targets, APartThatHasAQualifierIsNamedWithTheSubjectBeforeIt) {
  auto ts = figures("NGHỊ QUYẾT\nVề kế hoạch năm 2026\n\n"
                    "- Tỷ lệ lao động qua đào tạo đạt trên 72%, trong đó có bằng cấp, chứng chỉ đạt 35%.\n"
                    "- Tổng thu ngân sách đạt 5.000 tỷ đồng, trong đó thu nội địa đạt 4.000 tỷ đồng.\n"
                    "- Tỷ lệ che phủ rừng duy trì ổn định ở mức 42%.\n");
  ASSERT_EQ(ts.size(), 5u);
  EXPECT_EQ(ts[1].indicator, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ");
  EXPECT_EQ(ts[3].indicator, "Tổng thu nội địa");  // a short part takes the head of the subject (as before)
  EXPECT_EQ(ts[4].indicator, "Tỷ lệ che phủ rừng");
}

// A grading scale's bands and a criterion's weight in brackets classify and weigh; they are
// no goals. An index goal written with points stays a figure, so does a count of places.
TEST(Targets, GradingBandsWeightsAndAPopulationBaseAreNoFigures) {
  auto ts = figures("KẾ HOẠCH\nThi đua năm 2026\n\n"
                    "1. Công tác dân vận chính quyền (90 điểm).\n"
                    "2. Loại Tốt: cơ quan, đơn vị đạt từ 85 điểm đến dưới 95 điểm.\n"
                    "3. Mỗi sáng kiến cho 01 điểm.\n"
                    "4. Chỉ số PCI đạt từ 70 điểm trở lên.\n"
                    "5. Số bác sỹ trên 1 vạn dân đạt 12 bác sỹ.\n"
                    "6. Giao thông có trên 40 điểm ngập được xử lý.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].value, 70);
  EXPECT_EQ(ts[0].comparator, "gte");
  EXPECT_EQ(ts[1].value, 12);
  EXPECT_EQ(ts[1].unit, "bác sỹ");
  EXPECT_EQ(ts[2].value, 40);
}

// A scale of rate bands that earn points ("Từ 88 - 90% cộng 02 điểm; … đạt 100% cộng 05 điểm")
// and a formula whose '*' the normaliser dropped ("Tỷ lệ = b/a * 100%") give no figures; a goal
// "đạt 100%" with no points after it and a change "tăng 5 điểm" stay.
TEST(Targets, RateBandsThatEarnPointsAndAFormulaAreNoFigures) {
  auto ts = figures("KẾ HOẠCH\nThi đua năm 2026\n\n"
                    "- Tỷ lệ = b/a * 100%;\n"
                    "- Từ 88 - 90% cộng 02 điểm; từ 90-95% cộng 03 điểm; từ 95- dưới 100% cộng 04 điểm; "
                    "đạt 100% cộng 05 điểm.\n"
                    "- Phấn đấu 100% xã, phường chi trả không dùng tiền mặt.\n"
                    "- Chỉ số PAPI tăng 5 điểm.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].value, 100);
  EXPECT_EQ(ts[0].line, 6);
  EXPECT_EQ(ts[1].value, 5);
}

// The extractor and `misses` ask the same function which rule rejects a number.
TEST(TargetSkips, OneFunctionSaysWhichRuleRejectsANumber) {
  const RuleSet& rules = *testing::project_rules();
  auto rule_at = [&](std::string_view text, std::string_view number) -> std::string {
    size_t at = text.find(number);
    const Rule* r = TargetExtractor::skip_rule(rules, text, at, at + number.size());
    return r ? r->id : "";
  };
  EXPECT_EQ(rule_at("Biên bản lập thành 03 bản có giá trị như nhau.", "03"), "target.skip_phrase.copies");
  EXPECT_EQ(rule_at("Thực hiện Nghị quyết số 01/NQ-CP của Chính phủ.", "01"), "target.skip.symbol_after");
  EXPECT_EQ(rule_at("Đại hội Đảng bộ tỉnh lần thứ 8 đã đề ra.", "8"), "target.skip.ordinal_before");
  EXPECT_EQ(rule_at("Tỷ lệ giải ngân vốn đầu tư công đạt 95%.", "95"), "");
  // A number inside a title in capitals names the thing; a count in lower case is a figure.
  EXPECT_EQ(rule_at("VẬN HÀNH MÔ HÌNH CHÍNH QUYỀN ĐỊA PHƯƠNG 02 CẤP", "02"), "target.skip_phrase.caps_title");
  EXPECT_EQ(rule_at("Năm 2025, toàn tỉnh thành lập mới 12 HTX.", "12"), "");
}

}  // namespace
}  // namespace vnpolicy
