// Tasks of letters and reports: numbered points of a công văn that address kinds of units with no
// "chủ trì" cue, a report's "Giải pháp khắc phục" part and its proposals, an assignment quoted from
// another document, a modal before "chủ trì", and the courtesy sentence that closes a letter.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

constexpr const char* kLetter =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BẮC SƠN\n"
    "Số: 120/UBND-KT\n"
    "V/v triển khai công tác phòng chống thiên tai\n"
    "\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n"
    "\n"
    "Thực hiện Công điện số 12/CĐ-TTg ngày 10/5/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
    "\n"
    "1. Các cơ quan, đơn vị, địa phương triển khai thực hiện nghiêm túc các nội dung của Công điện.\n"
    "\n"
    "2. Đề nghị Sở Nông nghiệp và Môi trường hướng dẫn các địa phương rà soát phương án ứng phó.\n"
    "\n"
    "3. Đề nghị các cơ quan, đơn vị, địa phương tăng cường kiểm tra công tác phòng chống thiên tai.\n"
    "\n"
    "4. Thủ tướng Chính phủ có Công văn số 55/TTg-KTTH giao: \"Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng "
    "hướng dẫn các địa phương bố trí kinh phí\".\n"
    "\n"
    "5. Trung tâm Phục vụ hành chính công sẽ chủ trì tổ chức tập huấn cho cán bộ các xã.\n"
    "\n"
    "Ủy ban nhân dân tỉnh trân trọng đề nghị các cơ quan, đơn vị quan tâm chỉ đạo thực hiện.\n";

TEST(LetterPoints, APointWhoseSubjectIsKindsOfUnitsIsTheirTask) {
  auto ts = tasks_of(kLetter);
  const Task* t = task_at(ts, 10);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Các cơ quan, đơn vị, địa phương"}));
  EXPECT_TRUE(work_opens_with(*t, "triển khai thực hiện nghiêm túc"));
}

TEST(LetterPoints, ARequestToKindsOfUnitsIsTheirTask) {
  auto ts = tasks_of(kLetter);
  const Task* named = task_at(ts, 12);
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->lead, (Units{"Sở Nông nghiệp và Môi trường"}));
  const Task* kinds = task_at(ts, 14);
  ASSERT_NE(kinds, nullptr);
  EXPECT_EQ(kinds->lead, (Units{"các cơ quan, đơn vị, địa phương"}));
  EXPECT_TRUE(work_opens_with(*kinds, "tăng cường kiểm tra"));
}

TEST(LetterPoints, TheUnitInsideAQuotedAssignmentLeadsNotTheOneQuoting) {
  auto ts = tasks_of(kLetter);
  const Task* t = task_at(ts, 16);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Bộ Tài chính"}));
  EXPECT_EQ(t->support, (Units{"Bộ Xây dựng"}));
  EXPECT_EQ(work_of(*t), "hướng dẫn các địa phương bố trí kinh phí.");  // the closing quote is no part of the work
}

TEST(LetterPoints, AModalBeforeChuTriIsNoPartOfTheUnit) {
  auto ts = tasks_of(kLetter);
  const Task* t = task_at(ts, 18);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Trung tâm Phục vụ hành chính công"}));
  EXPECT_TRUE(work_opens_with(*t, "tổ chức tập huấn"));
}

TEST(LetterPoints, TheClosingCourtesySentenceIsNoTask) {
  auto ts = tasks_of(kLetter);
  EXPECT_EQ(task_at(ts, 20), nullptr);
  EXPECT_EQ(ts.size(), 5u);
}

// A letter's body paragraphs, unnumbered: the kinds of units it addresses are told what to do.
constexpr const char* kGuidanceLetter =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BẮC SƠN\n"
    "SỞ NỘI VỤ\n"
    "Số: 88/SNV-CCHC\n"
    "V/v hướng dẫn tự đánh giá cải cách hành chính năm 2025\n"
    "\n"
    "Kính gửi: Các cơ quan, đơn vị, địa phương.\n"
    "\n"
    "Năm 2024, các cơ quan, đơn vị đã hoàn thành việc tự đánh giá đúng thời hạn.\n"
    "\n"
    "Các cơ quan, đơn vị, địa phương xây dựng Báo cáo tự đánh giá kết quả cải cách hành chính năm 2025, "
    "gửi về Sở Nội vụ trước ngày 30/11/2025.\n"
    "\n"
    "Các đơn vị khi lập hồ sơ minh chứng cần đánh giá đầy đủ các tiêu chí.\n"
    "\n"
    "Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.\n";

TEST(LetterSentences, KindsOfUnitsAsSubjectOfABodyParagraphAreTheLead) {
  auto ts = tasks_of(kGuidanceLetter);
  const Task* t = task_at(ts, 11);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Các cơ quan, đơn vị, địa phương"}));
  EXPECT_TRUE(work_opens_with(*t, "xây dựng Báo cáo tự đánh giá"));
  ASSERT_TRUE(t->deadline.has_value());
  EXPECT_EQ(t->deadline->end, "2025-11-30");
}

// The addressee line, what was done ("đã"), guidance under a condition ("khi …") and the closing
// request with no work of its own assign nothing.
TEST(LetterSentences, AddresseesPastDeedsConditionsAndTheClosingAreNoTasks) {
  auto ts = tasks_of(kGuidanceLetter);
  EXPECT_EQ(ts.size(), 1u);
  EXPECT_EQ(task_at(ts, 7), nullptr);
  EXPECT_EQ(task_at(ts, 9), nullptr);
  EXPECT_EQ(task_at(ts, 14), nullptr);
  EXPECT_EQ(task_at(ts, 16), nullptr);
}

// "Bộ Nội vụ trân trọng đề nghị Ban X, Bộ Y chỉ đạo …" inside a letter's paragraph: those asked lead the
// work; not private businesses asked to check themselves, nor a request only to carry the letter out.
TEST(LetterSentences, TheSendersRequestToNamedAgenciesIsTheirTask) {
  auto ts = tasks_of(
      "BỘ NỘI VỤ\nSố: 100/BNV-CQĐP\nHà Nội, ngày 21 tháng 11 năm 2025\nV/v định hướng thông tin\n\n"
      "Kính gửi: Bộ Văn hóa, Thể thao và Du lịch\n\n"
      "Thời gian gần đây, trên các trang mạng xã hội xuất hiện thông tin sai lệch về việc sắp xếp đơn vị hành chính các cấp. "
      "Bộ Nội vụ trân trọng đề nghị Ban Tuyên giáo và Dân vận Trung ương, Bộ Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan "
      "báo chí định hướng thông tin đúng về chủ trương của Đảng, cụ thể như sau:\n"
      "1. Trong thời gian qua, nước ta đã tiến hành sắp xếp đơn vị hành chính các cấp.\n\n"
      "Để bảo đảm thực hiện quy định pháp luật lao động. Bộ Nội vụ đề nghị các doanh nghiệp có hoạt động cho thuê lại "
      "lao động tự kiểm tra việc thực hiện quy định. Bộ Nội vụ yêu cầu Sở Nội vụ các tỉnh nghiêm túc thực hiện những nội dung trên.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].line, 8);
  EXPECT_EQ(ts[0].lead, (Units{"Ban Tuyên giáo và Dân vận Trung ương", "Bộ Văn hóa, Thể thao và Du lịch"}));
  EXPECT_TRUE(work_opens_with(ts[0], "chỉ đạo các cơ quan báo chí"));
}

// "Bộ Công an sẽ kiểm tra …" in a directive: the future marker is neither unit nor work.
TEST(LetterPoints, AFutureMarkerAfterTheSubjectIsNoPartOfTheWork) {
  auto ts = directive_items("1. Bộ Công an sẽ kiểm tra việc bảo đảm an ninh, trật tự tại các công trình.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Bộ Công an"}));
  EXPECT_TRUE(work_opens_with(ts[0], "kiểm tra việc bảo đảm"));
}

// A Công điện's point whose named subject owes a report by a date is told to report; a report with no
// time limit recounts ("Bộ Tài chính báo cáo tình hình giải ngân" at a meeting).
TEST(LetterPoints, AReportOwedByADateIsTheSubjectsTask) {
  auto ts = tasks_of(
      "THỦ TƯỚNG CHÍNH PHỦ\n"
      "Số: 15/CĐ-TTg\n"
      "Hà Nội, ngày 05 tháng 12 năm 2025\n"
      "\n"
      "CÔNG ĐIỆN\n"
      "Về việc bảo đảm an ninh, trật tự dịp cuối năm\n"
      "\n"
      "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
      "\n"
      "- Bộ trưởng các Bộ: Công an, Quốc phòng;\n"
      "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n"
      "\n"
      "1. Bộ Công an báo cáo kết quả thực hiện về Thủ tướng Chính phủ trước ngày 10/01/2026.\n"
      "2. Bộ Quốc phòng báo cáo tình hình bảo đảm an ninh tại các địa bàn trọng điểm.\n");
  const Task* t = task_at(ts, 13);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Bộ Công an"}));
  EXPECT_TRUE(work_opens_with(*t, "báo cáo kết quả thực hiện"));
  ASSERT_TRUE(t->deadline.has_value());
  EXPECT_EQ(t->deadline->end, "2026-01-10");
  EXPECT_EQ(task_at(ts, 14), nullptr);
}

constexpr const char* kReport =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BẮC SƠN\n"
    "Số: 45/BC-UBND\n"
    "BÁO CÁO\n"
    "Kết quả thực hiện công tác cải cách hành chính năm 2024\n"
    "\n"
    "I. KẾT QUẢ THỰC HIỆN\n"
    "Trong năm, tỉnh đã ban hành 12 kế hoạch.\n"
    "\n"
    "II. TỒN TẠI, HẠN CHẾ VÀ GIẢI PHÁP KHẮC PHỤC\n"
    "1. Tồn tại, hạn chế\n"
    "Việc số hóa hồ sơ còn chậm.\n"
    "2. Giải pháp khắc phục:\n"
    "- Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành rà soát quy trình nội bộ.\n"
    "- Sở Khoa học và Công nghệ tham mưu nâng cấp hệ thống thông tin giải quyết thủ tục hành chính, hoàn thành "
    "trước quý III/2025.\n"
    "\n"
    "III. KIẾN NGHỊ, ĐỀ XUẤT\n"
    "Ủy ban nhân dân tỉnh kính đề xuất Bộ Nội vụ:\n"
    "- Yêu cầu Bộ Tư pháp hoàn thiện cơ sở dữ liệu quốc gia về thủ tục hành chính.\n"
    "- Giao Văn phòng Chính phủ hướng dẫn việc tích hợp dịch vụ công.\n"
    "\n"
    "Kính đề nghị Bộ Nội vụ xem xét.\n";

TEST(ReportRemedies, AUnitSubjectUnderGiaiPhapKhacPhucIsItsTask) {
  auto ts = tasks_of(kReport);
  const Task* given = task_at(ts, 14);
  ASSERT_NE(given, nullptr);
  EXPECT_EQ(given->lead, (Units{"Sở Nội vụ"}));
  const Task* t = task_at(ts, 15);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Sở Khoa học và Công nghệ"}));
  EXPECT_TRUE(work_opens_with(*t, "tham mưu nâng cấp"));
  ASSERT_TRUE(t->deadline.has_value());
}

TEST(ReportRemedies, TheUnitsAfterTheVerbOfAProposalLeadAndTheLeadInIsNoTask) {
  auto ts = tasks_of(kReport);
  EXPECT_EQ(task_at(ts, 18), nullptr);  // "… kính đề xuất Bộ Nội vụ:" only leads in the proposals
  const Task* asked = task_at(ts, 19);
  ASSERT_NE(asked, nullptr);
  EXPECT_EQ(asked->lead, (Units{"Bộ Tư pháp"}));
  const Task* given = task_at(ts, 20);
  ASSERT_NE(given, nullptr);
  EXPECT_EQ(given->lead, (Units{"Văn phòng Chính phủ"}));
  EXPECT_EQ(task_at(ts, 22), nullptr);  // "Kính đề nghị … xem xét."
  EXPECT_EQ(ts.size(), 4u);
}

// "Kính đề xuất/Kính đề nghị UBND tỉnh …" in a report's proposals: the unit asked does the work; a polite
// request only to consider ("Kính đề nghị … xem xét") closes the report.
TEST(ReportRemedies, APoliteRequestThatNamesWorkIsTheUnitsTask) {
  auto ts = tasks_of(
      "ỦY BAN NHÂN DÂN\n"
      "TỈNH BẮC SƠN\n"
      "SỞ NỘI VỤ\n"
      "Số: 46/BC-SNV\n"
      "BÁO CÁO\n"
      "Kết quả thực hiện công tác số hóa hồ sơ năm 2025\n"
      "\n"
      "I. KẾT QUẢ THỰC HIỆN\n"
      "Trong năm, Sở đã số hóa 12.000 hồ sơ.\n"
      "\n"
      "II. KIẾN NGHỊ, ĐỀ XUẤT\n"
      "- Kính đề xuất UBND tỉnh chỉ đạo các sở, ngành đẩy nhanh tiến độ số hóa hồ sơ.\n"
      "- Kính đề nghị UBND tỉnh ban hành quy định về quản lý hồ sơ điện tử.\n"
      "\n"
      "Kính đề nghị UBND tỉnh xem xét, chỉ đạo.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].line, 12);
  EXPECT_EQ(ts[0].lead, (Units{"UBND tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[0], "chỉ đạo các sở, ngành"));
  EXPECT_EQ(ts[1].lead, (Units{"UBND tỉnh"}));
  EXPECT_TRUE(work_opens_with(ts[1], "ban hành quy định"));
}

// A notice's "đề nghị:" over items numbered "(i)", "(ii)" in brackets, each opening with its unit;
// the PDF wrapped the first one's name after "Việt".
TEST(LetterPoints, ItemsNumberedWithRomanNumeralsInBracketsAreTasksOfTheirSubjects) {
  auto ts = tasks_of(
      "VĂN PHÒNG CHÍNH PHỦ\nSố: 700/TB-VPCP\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng về dự án nhà máy điện\n\n"
      "1. Về dự án nhà máy điện\n"
      "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:\n"
      "(i) Tập đoàn Dầu khí quốc gia Việt\n"
      "Nam rà soát thời gian khánh thành dự án.\n"
      "(ii) Ủy ban nhân dân tỉnh Nam Hà chỉ đạo các đơn vị hoàn thành bàn giao mặt bằng trong tháng 11 năm 2025.\n"
      "(iv) Giao Bộ Công Thương nghiên cứu các kiến nghị của Tập đoàn.\n");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].lead, (Units{"Tập đoàn Dầu khí quốc gia Việt Nam"}));
  EXPECT_EQ(ts[1].lead, (Units{"Ủy ban nhân dân tỉnh Nam Hà"}));
  ASSERT_TRUE(ts[1].deadline.has_value());
  EXPECT_EQ(ts[1].deadline->end, "2025-11-30");
  EXPECT_EQ(ts[2].lead, (Units{"Bộ Công Thương"}));
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

// A request lead-in over numbered headings that are only unit names, one closed by its place's name.
constexpr const char* kUnitHeadingsLetter =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BẮC SƠN\n"
    "Số: 77/UBND-VX\n"
    "V/v tăng cường quản lý quỹ bảo hiểm y tế\n"
    "\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n"
    "\n"
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, Ủy ban nhân dân các xã, phường nghiêm túc thực hiện một số nội dung sau:\n"
    "\n"
    "1. Sở Y\n"
    "tế tỉnh Bắc Sơn\n"
    "\n"
    "- Chỉ đạo các cơ sở khám bệnh thực hiện đúng quy định về thanh toán chi phí.\n"
    "\n"
    "- Kiểm tra việc chấp hành pháp luật về bảo hiểm y tế tại các bệnh viện.\n"
    "\n"
    "2. Công tác tuyên truyền\n"
    "\n"
    "- Đẩy mạnh tuyên truyền chính sách bảo hiểm y tế đến người dân.\n"
    "\n"
    "3. Công an thành phố Bắc Sơn\n"
    "\n"
    "- Xử lý các hành vi vi phạm pháp luật về bảo hiểm y tế.\n";

TEST(LetterUnitHeadings, AHeadingClosedByAPlaceNameHandsItsUnitToItsItems) {
  auto ts = tasks_of(kUnitHeadingsLetter);
  const Task* t = task_at(ts, 13);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Sở Y tế tỉnh Bắc Sơn"}));
  const Task* u = task_at(ts, 15);
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->lead, (Units{"Sở Y tế tỉnh Bắc Sơn"}));
  // A topic heading names no one: its item is no task.
  EXPECT_EQ(task_at(ts, 19), nullptr);
}

TEST(LetterUnitHeadings, ACityAgencyIsNamedByItsLevelAsAProvincesIs) {
  auto ts = tasks_of(kUnitHeadingsLetter);
  const Task* t = task_at(ts, 23);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (Units{"Công an thành phố Bắc Sơn"}));
}

}  // namespace
}  // namespace vnpolicy
