// Indicator phrases and keys: what says when or where is no part of an indicator's key, and a
// figure's phrase is a whole phrase, not the cue words or the fragment a clause leaves.
#include <gtest/gtest.h>

#include "normalize/unicode.h"
#include "resolve/indicator_lexicon.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::figures;

const Target* find_value(const std::vector<Target>& ts, double v) {
  for (const auto& t : ts)
    if (t.value == v) return &t;
  return nullptr;
}

TEST(IndicatorKeys, APlaceNamedAfterItsKindIsNoPartOfTheKey) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  const std::string models = "so mo hinh kinh te tap the";
  EXPECT_EQ(lexicon.key("số mô hình kinh tế tập thể tỉnh Bắc Ninh", folder), models);
  EXPECT_EQ(lexicon.key("số mô hình kinh tế tập thể của tỉnh Lào Cai", folder), models);
  EXPECT_EQ(lexicon.key("số mô hình kinh tế tập thể tại Thành phố Hồ Chí Minh", folder), models);
  // A province merged in 2025 keeps its old name in older documents.
  EXPECT_EQ(lexicon.key("số mô hình kinh tế tập thể trên địa bàn tỉnh Bắc Giang", folder), models);
  // Not a place: no name after the kind, or too little left without it.
  EXPECT_EQ(lexicon.key("kịch bản ứng dụng dữ liệu cấp tỉnh", folder), "kich ban ung dung du lieu cap tinh");
  EXPECT_EQ(lexicon.key("công trình Thành phố Hồ Chí Minh", folder), "cong trinh thanh pho ho chi minh");
  EXPECT_EQ(lexicon.key("học tập và làm theo tư tưởng Hồ Chí Minh", folder), "hoc tap va lam theo tu tuong ho chi minh");
}

TEST(IndicatorKeys, ThePeriodAFigureCoversIsNoPartOfTheKey) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  EXPECT_EQ(lexicon.key("chỉ số PMI tháng 4", folder), lexicon.key("chỉ số PMI", folder));
  EXPECT_EQ(lexicon.key("số doanh nghiệp đăng ký thành lập mới tính chung 04 tháng", folder),
            lexicon.key("số doanh nghiệp đăng ký thành lập mới", folder));
  EXPECT_EQ(lexicon.key("nhiệm vụ có thời hạn hoàn thành trong quý II", folder), "nhiem vu co thoi han hoan thanh");
  EXPECT_EQ(lexicon.key("giá trị sản xuất công nghiệp lũy kế 6 tháng đầu năm 2025", folder),
            lexicon.key("giá trị sản xuất công nghiệp", folder));
  // "6 tháng" inside a phrase is an age, not a period.
  EXPECT_EQ(lexicon.key("tỷ lệ trẻ em dưới 6 tháng tuổi được bú mẹ hoàn toàn", folder),
            "ty le tre em duoi 6 thang tuoi duoc bu me hoan toan");
}

TEST(IndicatorKeys, AFieldNameAloneIsNoGrowthRate) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  // "kinh tế" is what "tốc độ tăng trưởng kinh tế" measures the growth of, not that indicator.
  EXPECT_EQ(lexicon.match("mô hình kinh tế tập thể", "%", "", folder).code, std::nullopt);
  EXPECT_EQ(lexicon.match("thu từ khu vực kinh tế ngoài quốc doanh vượt dự toán", "%", "", folder).code, std::nullopt);
  EXPECT_EQ(lexicon.match("tốc độ tăng trưởng kinh tế", "%", "", folder).code, "0503");
  EXPECT_EQ(lexicon.match("tăng trưởng kinh tế", "%", "", folder).code, "0503");
}

TEST(IndicatorKeys, AFragmentThatNamesNoIndicatorGetsNoKey) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  // Only what kind of figure, not of what: such keys met every other fragment.
  EXPECT_EQ(lexicon.key("mức tăng", folder), "");
  EXPECT_EQ(lexicon.key("mức tăng so với năm 2021", folder), "");
  EXPECT_EQ(lexicon.key("tỷ lệ năm 2026", folder), "");
  EXPECT_EQ(lexicon.key("tăng trưởng", folder), "");
  EXPECT_EQ(lexicon.key("D", folder), "");
  // A phrase with words of its own keeps them; a catalogue row keeps its code.
  EXPECT_EQ(lexicon.key("tỷ lệ trên doanh thu", folder), "ty le tren doanh thu");
  EXPECT_EQ(lexicon.key("mức tăng nhập khẩu", folder), "muc tang nhap khau");
  EXPECT_EQ(lexicon.key("tỷ lệ hộ nghèo", folder), "1802");
}

TEST(Targets, AFigureInBracketsIsThePhrasesBeforeThemAndAYearAfterItIsNoNoun) {
  auto ts = figures("NGHỊ QUYẾT\n\nĐiều hành chính sách tiền tệ nhằm góp phần kiểm soát lạm phát (bình quân khoảng "
                    "4,5% năm 2026), ổn định kinh tế vĩ mô.\n");
  const Target* inflation = find_value(ts, 4.5);
  ASSERT_NE(inflation, nullptr);
  EXPECT_EQ(inflation->indicator_code, "1101") << inflation->indicator.value_or("");
  // A name before the brackets is what a list's figure stands for, not what it measures.
  auto listed = figures("BÁO CÁO\n\nMột số cơ quan có tỷ lệ thấp như: Ngân hàng Nhà nước Việt Nam (28,05%); Bộ Ngoại giao "
                        "(28,57%).\n");
  const Target* bank = find_value(listed, 28.05);
  if (bank) EXPECT_EQ(bank->indicator_key.value_or("").find("ngan hang"), std::string::npos) << bank->indicator.value_or("");
  // "năm 2026" after a share says when, not of what: the phrase before names it.
  auto growth = figures("KẾ HOẠCH\n\nPhấn đấu tốc độ tăng trưởng kinh tế đạt 8% năm 2026.\n");
  const Target* rate = find_value(growth, 8);
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(rate->indicator_code, "0503") << rate->indicator.value_or("");
}

TEST(IndicatorKeys, OneIndicatorWrittenTwoWaysIsOneCatalogueRow) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  // Adults are "dân số trưởng thành" in one plan and "dân số từ 15 tuổi trở lên" in another.
  EXPECT_EQ(lexicon.match("tỷ lệ dân số từ 15 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân", "%", "", folder).key,
            lexicon.match("tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "%", "", folder).key);
  const IndicatorMatch stem = lexicon.match("tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học", "%", "", folder);
  ASSERT_NE(stem.entry, nullptr);
  EXPECT_EQ(stem.key, lexicon.match("Tỉ trọng quy mô đào tạo các ngành STEM", "%", "", folder).key);
  EXPECT_EQ(stem.code, std::nullopt);  // no official code is known for it
}

TEST(Targets, ACumulativeClauseTakesTheSubjectBeforeIt) {
  auto ts = figures("BÁO CÁO\n\nThu ngân sách nhà nước tháng 4 ước đạt 257,2 nghìn tỷ đồng, lũy kế 04 tháng đầu năm "
                    "2026 đạt 1.114 nghìn tỷ đồng, bằng 44% dự toán.\n");
  const Target* month = find_value(ts, 257.2);
  const Target* cumulative = find_value(ts, 1114);
  ASSERT_NE(month, nullptr);
  ASSERT_NE(cumulative, nullptr);
  EXPECT_EQ(cumulative->indicator, "Thu ngân sách nhà nước tháng 4 lũy kế 04 tháng đầu");
  EXPECT_EQ(cumulative->indicator_key, month->indicator_key);
  EXPECT_EQ(cumulative->indicator_code, "0601");
}

TEST(Targets, RespectiveChangesAreNoSharesOfTheWordAfterThem) {
  auto ts = figures("BÁO CÁO\n\nVốn FDI đăng ký mới ước đạt 18,24 tỷ USD, vốn FDI thực hiện đạt 7,4 tỷ USD, tăng lần "
                    "lượt 32% và 9,8% so với cùng kỳ.\n");
  const Target* first = find_value(ts, 32);
  const Target* second = find_value(ts, 9.8);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  // Was "tỷ lệ và" and "... so với so với cùng kỳ".
  EXPECT_EQ(first->indicator, "mức tăng vốn FDI thực hiện");
  EXPECT_EQ(second->indicator, "vốn FDI thực hiện so với cùng kỳ");
  // A share of what follows the unit is still read so.
  auto shares = figures("KẾ HOẠCH\n\nPhấn đấu đến năm 2030 có 99% thôn, bản có đường ô tô đến trung tâm.\n");
  const Target* roads = find_value(shares, 99);
  ASSERT_NE(roads, nullptr);
  EXPECT_EQ(roads->indicator.value_or("").rfind("tỷ lệ thôn, bản có đường ô tô", 0), 0u) << roads->indicator.value_or("");
}

TEST(Targets, ARateOnWhatFollowsKeepsItsNoun) {
  auto ts = figures("KẾ HOẠCH\n\nNăm 2025, nộp ngân sách theo tỷ lệ 5% trên doanh thu.\n");
  const Target* rate = find_value(ts, 5);
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(rate->indicator_key, "ty le tren doanh thu");
}

TEST(Targets, EspeciallyIsACueWordNotTheIndicator) {
  auto ts = figures("KẾ HOẠCH\n\nTập trung thực hiện các nhiệm vụ Chính phủ giao, nhất là 44 nhiệm vụ có thời hạn hoàn "
                    "thành trong quý II năm 2026.\n");
  const Target* tasks = find_value(ts, 44);
  ASSERT_NE(tasks, nullptr);
  EXPECT_EQ(tasks->indicator.value_or("").find("nhất"), std::string::npos) << tasks->indicator.value_or("");
}

// A rate whose words name a part of an amount ("tỷ lệ dân số từ 15 tuổi trở lên có điện thoại
// thông minh", "tỷ trọng kinh tế số trong GDP") is the share of that part: it keys by its own
// words, not as a share of the whole amount, so rates of different parts do not meet.
TEST(IndicatorKeys, ARateOfAPartIsNoShareOfTheWholeAmount) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  auto key = [&](const char* phrase) { return lexicon.match(phrase, "%", "", folder).key; };
  EXPECT_EQ(key("tỷ lệ GDP"), "0501.pct");  // the amount itself: its share
  EXPECT_EQ(key("Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số"), "ty le dan so truong thanh tiep can dich vu so");
  EXPECT_NE(key("Tỷ lệ dân số từ 15 tuổi trở lên có điện thoại thông minh"),
            key("Tỷ lệ dân số từ 15 tuổi trở lên có chữ ký số"));
  EXPECT_NE(key("Tỉ trọng kinh tế số trong GDP"), key("Tỉ trọng kinh tế xanh trên GDP"));
  EXPECT_FALSE(lexicon.match("Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số", "%", "", folder).entry);
}

// Registered and realised FDI, the public investment planned and the public investment
// disbursed, are different indicators: a diff must not line one up with the other. One
// written form ("giải ngân vốn đầu tư công") is a rate or an amount by its unit.
TEST(IndicatorKeys, RegisteredAndRealisedAmountsAreDifferentIndicators) {
  IndicatorLexicon lexicon(*testing::project_rules());
  AccentFolder folder;
  auto key = [&](const char* phrase, const char* unit) { return lexicon.match(phrase, unit, "", folder).key; };
  const std::string registered = key("Tổng vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký mới", "USD");
  EXPECT_EQ(registered, "von dau tu truc tiep nuoc ngoai dang ky");
  EXPECT_EQ(key("vốn FDI đăng ký", "USD"), registered);
  EXPECT_EQ(key("vốn FDI thực hiện", "USD"), "von dau tu truc tiep nuoc ngoai thuc hien");
  EXPECT_EQ(key("vốn đầu tư trực tiếp nước ngoài thực hiện", "USD"), "von dau tu truc tiep nuoc ngoai thuc hien");
  EXPECT_EQ(key("Giải ngân vốn đầu tư công đến hết tháng 4", "đồng"), "von dau tu cong da giai ngan");
  EXPECT_EQ(key("Giải ngân vốn đầu tư công so với kế hoạch", "%"), "ty le giai ngan von dau tu cong");
  EXPECT_EQ(key("kế hoạch vốn đầu tư công năm 2026", "đồng"), "ke hoach von dau tu cong");
  // New enterprises in the other orders reports write; returning ones are another count.
  const std::string all_new = key("số doanh nghiệp đăng ký thành lập mới", "doanh nghiệp");
  EXPECT_EQ(key("doanh nghiệp mới thành lập", "doanh nghiệp"), all_new);
  EXPECT_EQ(key("ước cả năm có doanh nghiệp đăng ký mới", "doanh nghiệp"), all_new);
  EXPECT_NE(key("số doanh nghiệp quay trở lại hoạt động", "doanh nghiệp"), all_new);
  EXPECT_NE(key("tỷ lệ doanh nghiệp đổi mới công nghệ", "%"), all_new + ".pct");
  // The share of dossiers filed online is not the share of services offered online.
  EXPECT_EQ(key("Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình", "%"), "ty le ho so giai quyet truc tuyen");
  EXPECT_EQ(key("tỷ lệ dịch vụ công đủ điều kiện trực tuyến toàn trình", "%"), "ty le dich vu cong truc tuyen toan trinh");
  // A growth rate ("tốc độ tăng dư nợ tín dụng", 0706) is a %: an amount lent is not it.
  EXPECT_EQ(key("tăng trưởng tín dụng", "%"), "0706");
  EXPECT_NE(key("các chương trình tín dụng chính sách xã hội đã giải ngân", "đồng"), "0706");
}

}  // namespace
}  // namespace vnpolicy
