// OCR damage to the cue words of an assignment ("chủ tri", "phôi hợp", "PHÓI HOP"): the normaliser
// reads the cue as written by the drafter (rules/cue_repairs.json), so a damaged heading still hands
// its unit to its items, while the record's text keeps what the file says.
#include <gtest/gtest.h>

#include "normalize/normalized_document.h"
#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

TEST(OcrCues, DamagedCueWordsReadAsTheCueInTheMatchingText) {
  auto rules = testing::project_rules();
  const std::string text =
      "1. Bộ Công an chủ tri, phôi hợp với Bộ Quốc phòng:\n"
      "QUY CHẾ PHÓI HOP CÔNG TÁC\n"
      "Phát huy vai trò làm chủ tri thức của cán bộ.\n";
  NormalizedDocument d = normalize_document(text, *rules);
  EXPECT_NE(d.text.find("Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng:"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("QUY CHẾ PHỐI HỢP CÔNG TÁC"), std::string::npos) << d.text;
  // "tri thức" is a word: no cue there.
  EXPECT_NE(d.text.find("làm chủ tri thức"), std::string::npos) << d.text;
  // Offsets after a repair still map to the source: "Bộ Quốc phòng" on line 1, "CÔNG TÁC" on line 2.
  const size_t defence = d.text.find("Bộ Quốc phòng");
  EXPECT_EQ(d.source_text(defence, defence + std::string("Bộ Quốc phòng").size()), "Bộ Quốc phòng");
  const size_t work = d.text.find("CÔNG TÁC");
  EXPECT_EQ(d.line_of(work), 2);
  EXPECT_EQ(d.source_text(work, work + std::string("CÔNG TÁC").size()), "CÔNG TÁC");
  // The repaired words map back onto what the file says.
  const size_t cue = d.text.find("chủ trì");
  EXPECT_EQ(d.source_text(cue, cue + std::string("chủ trì").size()), "chủ tri");
}

TEST(OcrCues, ADamagedLeadCueHandsItsUnitToTheItems) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Bộ Công an chủ tri, phôi hợp với Bộ Quốc phòng:\n"
      "a) Xây dựng phương án bảo đảm an ninh trật tự tại các khu vực biên giới.\n"
      "b) Tổ chức diễn tập phòng, chống khủng bố tại các cửa khẩu quốc tế.\n");
  const Task* a = task_at(ts, 4);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->lead, (Units{"Bộ Công an"}));
  EXPECT_EQ(a->support, (Units{"Bộ Quốc phòng"}));
  const Task* b = task_at(ts, 5);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->lead, (Units{"Bộ Công an"}));
}

TEST(OcrCues, ADamagedSupportCueInASentenceGivesTheSupport) {
  auto ts = tasks_of(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "\n"
      "1. Sở Tài chính chủ trì, phối hop với Sở Nội vụ rà soát định mức chi hành chính.\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"Sở Tài chính"}));
  EXPECT_EQ(ts[0].support, (Units{"Sở Nội vụ"}));
  EXPECT_TRUE(work_opens_with(ts[0], "rà soát"));
}

}  // namespace
}  // namespace vnpolicy
