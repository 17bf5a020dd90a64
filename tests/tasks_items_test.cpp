// The parts of a numbered item: "+ Sở Y tế: chủ trì …" lines under it share its time limit, a
// "Thời hạn ban hành:" line gives it one, and lists of units keep a kind list ("Sở, ban, ngành
// thành phố") whole while each named unit stands alone. A standing competence ("thống nhất quản lý
// nhà nước về …") and a fund named in a list of sources are no tasks.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

std::string end_of(const Task& t) { return t.deadline && t.deadline->end ? *t.deadline->end : std::string("none"); }

TEST(ItemParts, UnitLinesUnderAnItemShareItsTimeLimit) {
  auto ts = tasks_of(
      "II. NHIỆM VỤ, GIẢI PHÁP\n"
      "\n"
      "1. Tăng cường kiểm soát dịch bệnh tại cơ sở, hoàn thành trong quý II năm 2024.\n"
      "+ Sở Y tế: chủ trì hướng dẫn các cơ sở khám bệnh thực hiện phân luồng.\n"
      "+ Công an tỉnh: chủ trì bảo đảm an ninh trật tự tại các khu cách ly.\n"
      "2. Nâng cao chất lượng khám chữa bệnh ban đầu.\n"
      "+ Sở Y tế: chủ trì đào tạo nhân lực cho trạm y tế xã.\n");
  const Task* health = task_at(ts, 4);
  ASSERT_NE(health, nullptr);
  EXPECT_EQ(health->lead, (Units{"Sở Y tế"}));
  EXPECT_EQ(end_of(*health), "2024-06-30");
  const Task* police = task_at(ts, 5);
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->lead, (Units{"Công an tỉnh"}));
  EXPECT_EQ(end_of(*police), "2024-06-30");
  // An item that sets no time limit gives its parts none.
  const Task* training = task_at(ts, 7);
  ASSERT_NE(training, nullptr);
  EXPECT_EQ(end_of(*training), "none");
}

TEST(ItemParts, ASectionHeadingGivesNoTimeLimitToItsItems) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN TRONG NĂM 2024 VÀ HOÀN THÀNH TRƯỚC NGÀY 31/12/2024\n"
      "\n"
      "1. Sở Y tế chủ trì hướng dẫn các cơ sở khám bệnh thực hiện phân luồng.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(end_of(ts[0]), "none");
}

TEST(ItemParts, AnIssuingDeadlineLabelGivesTheItemsTaskItsTimeLimit) {
  auto ts = tasks_of(
      "II. NHIỆM VỤ, GIẢI PHÁP\n"
      "\n"
      "2. Xây dựng quy chế phối hợp quản lý cơ sở dữ liệu.\n"
      "- Thời hạn ban hành: trước ngày 30/6/2024.\n"
      "- Sở Tư pháp chủ trì thẩm định dự thảo quy chế.\n"
      "3. Tổng kết việc thực hiện quy chế.\n"
      "- Thời hạn báo cáo: ngày 15 hằng tháng.\n"
      "- Sở Nội vụ chủ trì tổng hợp kết quả.\n");
  const Task* rules = task_at(ts, 5);
  ASSERT_NE(rules, nullptr);
  EXPECT_EQ(rules->lead, (Units{"Sở Tư pháp"}));
  EXPECT_EQ(end_of(*rules), "2024-06-30");
  // "Thời hạn báo cáo" is the date of a report of a reporting regime, not the item's time limit.
  const Task* report = task_at(ts, 8);
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(end_of(*report), "none");
}

// An executor label with two subjects gives two tasks; the dated "+" items under an empty time label
// are the times of the subjects they name, not tasks of their own.
TEST(ItemParts, DatedItemsUnderATimeLabelTimeTheTasksOfTheUnitsTheyName) {
  auto ts = tasks_of(
      "II. NHIỆM VỤ CỤ THỂ\n"                                                                                  // 1
      "\n"                                                                                                    // 2
      "3. Rà soát văn bản quy phạm pháp luật\n"                                                              // 3
      "- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan đến Luật.\n"                          // 4
      "- Cơ quan thực hiện: Bộ Tư pháp tiến hành rà soát các văn bản thuộc thẩm quyền; các bộ, cơ quan\n"    // 5
      "ngang bộ, Ủy ban nhân dân các tỉnh rà soát văn bản thuộc lĩnh vực, địa bàn quản lý.\n"                // 6
      "- Thời gian thực hiện:\n"                                                                             // 7
      "+ Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh gửi kết quả rà soát về Bộ Tư pháp trước ngày 15 tháng 10 năm 2026.\n"  // 8
      "+ Bộ Tư pháp tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2026.\n");  // 9
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Tư pháp"}));
  EXPECT_EQ(end_of(ts[0]), "2026-11-30");
  EXPECT_EQ(ts[1].line, 5);
  EXPECT_EQ(ts[1].lead, (Units{"các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"}));
  EXPECT_EQ(end_of(ts[1]), "2026-10-15");
}

TEST(UnitLists, AKindListWrittenWithACapitalStaysOneUnit) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở, ban, ngành thành phố, Ủy ban nhân dân các huyện triển khai thực hiện kế hoạch này.\n"
      "2. Sở Tài chính chủ trì, phối hợp với Sở, ban, ngành có liên quan bố trí kinh phí.\n");
  const Task* all = task_at(ts, 3);
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->lead, (Units{"Sở, ban, ngành thành phố", "Ủy ban nhân dân các huyện"}));
  const Task* funds = task_at(ts, 4);
  ASSERT_NE(funds, nullptr);
  EXPECT_EQ(funds->support, (Units{"Sở, ban, ngành có liên quan"}));
}

TEST(UnitLists, NamedUnitsListedTogetherLeadEachOnItsOwn) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Tòa án nhân dân tỉnh, Thuế tỉnh, Kho bạc Nhà nước khu vực VIII phối hợp chặt chẽ trong thu hồi tài sản.\n"
      "2. Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam tuyên truyền về các nội dung của Đề án.\n");
  const Task* recovery = task_at(ts, 3);
  ASSERT_NE(recovery, nullptr);
  EXPECT_EQ(recovery->lead, (Units{"Tòa án nhân dân tỉnh", "Thuế tỉnh", "Kho bạc Nhà nước khu vực VIII"}));
  const Task* news = task_at(ts, 4);
  ASSERT_NE(news, nullptr);
  EXPECT_EQ(news->lead, (Units{"Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"}));
}

TEST(UnitLists, SemicolonsAndDashedLinesPartUnitsOfACell) {
  const auto units = agencies().split_units("Bộ Xây dựng; - Bộ Công an; - Các bộ, ngành liên quan");
  EXPECT_EQ(units, (Units{"Bộ Xây dựng", "Bộ Công an", "Các bộ, ngành liên quan"}));
  EXPECT_EQ(agencies().split_units("Viện, Trường; Doanh nghiệp; Sở, ban, ngành có liên quan"),
            (Units{"Viện", "Trường", "Doanh nghiệp", "Sở, ban, ngành có liên quan"}));
  // A name with its own comma stays whole.
  EXPECT_EQ(agencies().split_units("Bộ Văn hóa, Thể thao và Du lịch, Bộ Y tế"), (Units{"Bộ Văn hóa, Thể thao và Du lịch", "Bộ Y tế"}));
}

TEST(StandingCompetence, ManagingByLawIsNoTaskUnlessAUnitLeadsIt) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Bộ Y tế chịu trách nhiệm quản lý nhà nước đối với trang thiết bị y tế.\n"
      "2. Ủy ban nhân dân cấp xã có trách nhiệm quản lý và bảo vệ hành lang đê trên địa bàn.\n"
      "3. Ủy ban nhân dân cấp xã có trách nhiệm tổ chức khắc phục các tồn tại về phòng cháy.\n"
      "4. Công an tỉnh chủ trì, phối hợp với các sở, ngành thực hiện quản lý nhà nước về cư trú của người nước ngoài.\n");
  EXPECT_EQ(task_at(ts, 3), nullptr);
  EXPECT_EQ(task_at(ts, 4), nullptr);
  // A duty to do something is work.
  const Task* repair = task_at(ts, 5);
  ASSERT_NE(repair, nullptr);
  EXPECT_EQ(repair->lead, (Units{"Ủy ban nhân dân cấp xã"}));
  // What a unit chủ trì is a task, whatever its work.
  const Task* police = task_at(ts, 6);
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->lead, (Units{"Công an tỉnh"}));
}

TEST(FundingSources, AFundNamedInAListOfSourcesIsNoUnit) {
  auto ts = tasks_of(
      "IV. KINH PHÍ THỰC HIỆN\n"
      "\n"
      "1. Kinh phí thực hiện Đề án được bố trí từ các nguồn:\n"
      "a) Nguồn ngân sách nhà nước chi thường xuyên theo quy định; Quỹ hỗ trợ đầu tư theo quy định của pháp luật về đầu tư;\n"
      "b) Quỹ phát triển khoa học và công nghệ của doanh nghiệp.\n"
      "2. Sở Tài chính chủ trì tham mưu bố trí kinh phí thực hiện Đề án.\n");
  ASSERT_EQ(ts.size(), 1u) << ts[0].lead[0];
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
}

TEST(RegulatedParties, ARegulationsDutiesOfBusinessesAreNoTasks) {
  auto ts = tasks_of(
      "QUYẾT ĐỊNH\n"
      "Ban hành Quy định quản lý hạ tầng kỹ thuật viễn thông\n"
      "\n"
      "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hạ tầng kỹ thuật viễn thông.\n"
      "\n"
      "Điều 2. Quyết định này có hiệu lực từ ngày ký.\n"
      "\n"
      "QUY ĐỊNH\n"
      "Quản lý hạ tầng kỹ thuật viễn thông\n"
      "\n"
      "Chương IV\n"
      "TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "Điều 10. Trách nhiệm của Sở Khoa học và Công nghệ\n"
      "\n"
      "1. Sở Khoa học và Công nghệ chủ trì hướng dẫn triển khai Quy định này.\n"
      "\n"
      "Điều 11. Trách nhiệm của doanh nghiệp viễn thông\n"
      "\n"
      "1. Doanh nghiệp viễn thông có trách nhiệm đầu tư, vận hành hạ tầng kỹ thuật viễn thông thụ động.\n"
      "2. Các tổ chức, cá nhân có trách nhiệm cung cấp thông tin về công trình hạ tầng.\n");
  ASSERT_EQ(ts.size(), 1u) << ts.back().lead[0];
  EXPECT_EQ(ts[0].lead, (Units{"Sở Khoa học và Công nghệ"}));
}

TEST(RegulatedParties, APlanMayStillAskBusinessesForWork) {
  auto ts = tasks_of(
      "KẾ HOẠCH\n"
      "Phát triển hạ tầng số\n"
      "\n"
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Khoa học và Công nghệ chủ trì hướng dẫn triển khai Kế hoạch này.\n"
      "2. Các doanh nghiệp viễn thông triển khai hạ tầng 5G tại các khu công nghiệp.\n");
  const Task* telecoms = task_at(ts, 7);
  ASSERT_NE(telecoms, nullptr);
  EXPECT_EQ(telecoms->lead, (Units{"Các doanh nghiệp viễn thông"}));
}

// A decision whose title is a regulation binds the parties it regulates in its own articles too: the owners'
// duties are no tasks; the department's work is.
TEST(RegulatedParties, ADecisionThatIsARegulationBindsItsPartiesWithoutAssigningThem) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN TỈNH\nSố: 71/2025/QĐ-UBND\nngày 18 tháng 11 năm 2025\n\n"                      // 1-4
      "QUYẾT ĐỊNH\nQuy định khung giá cho thuê nhà ở xã hội trên địa bàn tỉnh\n\nQUYẾT ĐỊNH:\n\n"     // 5-9
      "Điều 1. Khung giá cho thuê nhà ở xã hội từ 60.000 đồng đến 120.000 đồng/m2/tháng.\n\n"          // 10-11
      "Điều 2. Tổ chức thực hiện\n\n"                                                                   // 12-13
      "1. Sở Xây dựng hướng dẫn và theo dõi việc thực hiện khung giá cho thuê nhà ở xã hội.\n\n"       // 14-15
      "2. Chủ đầu tư, chủ sở hữu nhà ở xã hội:\n\n"                                                    // 16-17
      "a) Tính toán, xác định giá cho thuê nhà ở xã hội phù hợp với khung giá.\n");                     // 18
  ASSERT_EQ(ts.size(), 1u) << ts.back().lead[0];
  EXPECT_EQ(ts[0].lead, (Units{"Sở Xây dựng"}));
}

// "Điều 2. Giao Sở X chủ trì, … có trách nhiệm:" over numbered items: an item whose subject is another agency
// named outright is that agency's task; an item without a subject is the lead-in unit's.
TEST(OwnSubjectItems, AnItemNamingAnotherAgencyAsSubjectIsThatAgencysTask) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN TỈNH\nSố: 120/QĐ-UBND\nngày 10 tháng 11 năm 2025\n\n"                  // 1-4
      "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính nội bộ\n\nQUYẾT ĐỊNH:\n\n"                 // 5-9
      "Điều 1. Công bố kèm theo Quyết định này 05 thủ tục hành chính nội bộ.\n\n"                 // 10-11
      "Điều 2. Giao Sở Nội vụ chủ trì, phối hợp các đơn vị liên quan có trách nhiệm:\n\n"         // 12-13
      "1. Tổ chức niêm yết, công khai thủ tục hành chính nội bộ tại trụ sở làm việc.\n\n"          // 14-15
      "2. Văn phòng Ủy ban nhân dân tỉnh tham mưu tổng hợp, trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt quy trình điện tử.\n");  // 16
  ASSERT_NE(task_at(ts, 14), nullptr);
  EXPECT_EQ(task_at(ts, 14)->lead, (Units{"Sở Nội vụ"}));
  ASSERT_NE(task_at(ts, 16), nullptr);
  EXPECT_EQ(task_at(ts, 16)->lead, (Units{"Văn phòng Ủy ban nhân dân tỉnh"}));
  EXPECT_TRUE(work_opens_with(*task_at(ts, 16), "tham mưu tổng hợp"));
}

// "Các đơn vị đầu mối báo cáo:" names a role (the units reports go through), not work: the heading is no task,
// its items are the role's tasks. A verb with what it acts on ("báo cáo kết quả …") stays work.
TEST(RoleNames, AUnitAndABareVerbNameARoleNotWork) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n\n"                                                                 // 1-2
      "1. Các đơn vị thuộc Sở có trách nhiệm:\n\n"                                                 // 3-4
      "a) Các đơn vị đầu mối báo cáo:\n\n"                                                         // 5-6
      "- Chủ trì tổng hợp số liệu báo cáo thống kê thuộc lĩnh vực được phân công.\n\n"              // 7-8
      "2. Sở Tài chính chủ trì, phối hợp với các đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.\n");  // 9
  EXPECT_EQ(task_at(ts, 5), nullptr);
  ASSERT_NE(task_at(ts, 7), nullptr);
  EXPECT_EQ(task_at(ts, 7)->lead, (Units{"Các đơn vị đầu mối"}));
  ASSERT_NE(task_at(ts, 9), nullptr);
  EXPECT_TRUE(work_opens_with(*task_at(ts, 9), "báo cáo kết quả"));
}

}  // namespace
}  // namespace vnpolicy
