// MissFinder and `vnpolicy misses`: what the extraction left out, on text the tests write.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "extract/misses.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

using testing::project_extractor;
using testing::project_rules;

const char* kPlan =
    "ỦY BAN NHÂN DÂN\n"                                                    // 1
    "TỈNH HÀ GIANG\n"                                                      // 2
    "Số: 37/KH-UBND\n"                                                     // 3
    "Hà Giang, ngày 04 tháng 3 năm 2025\n"                                 // 4
    "KẾ HOẠCH\n"                                                           // 5
    "Phát triển du lịch cộng đồng\n"                                       // 6
    "\n"                                                                   // 7
    "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/01/2025 của HĐND tỉnh;\n"     // 8
    "\n"                                                                   // 9
    "Phấn đấu tốc độ tăng doanh thu du lịch đạt 15% mỗi năm.\n"            // 10
    "\n"                                                                   // 11
    "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức thực hiện.\n"    // 12
    "\n"                                                                   // 13
    "Các huyện rà soát theo Quyết định 88/QĐ-UBND của tỉnh.\n";           // 14

std::vector<Miss> misses_of(const std::string& text, const Record& r) {
  SegmentedDocument seg = project_extractor().segment(text);
  return MissFinder(*project_rules()).find(seg, r);
}

std::vector<Miss> of_kind(const std::vector<Miss>& all, const std::string& kind) {
  std::vector<Miss> out;
  for (const auto& m : all)
    if (m.kind == kind) out.push_back(m);
  return out;
}

TEST(MissFinder, AnEmptyRecordMissesEveryKindOnItsLine) {
  Record r;  // nothing extracted
  auto all = misses_of(kPlan, r);
  auto header = of_kind(all, "header");
  ASSERT_EQ(header.size(), 2u);
  EXPECT_EQ(header[0].why, "number");
  EXPECT_EQ(header[1].why, "issuer");

  auto tasks = of_kind(all, "task");
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].line, 12);
  EXPECT_EQ(tasks[0].why, "Giao");
  EXPECT_NE(tasks[0].text.find("chủ trì tổ chức thực hiện"), std::string::npos);

  auto targets = of_kind(all, "target");
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].line, 10);
  EXPECT_EQ(targets[0].text, "15%");

  auto refs = of_kind(all, "reference");
  ASSERT_EQ(refs.size(), 3u);  // the own number counts too when the header gave none
  EXPECT_EQ(refs[0].text, "37/KH-UBND");
  EXPECT_EQ(refs[1].text, "12/NQ-HĐND");
  EXPECT_EQ(refs[1].line, 8);
  EXPECT_EQ(refs[2].text, "88/QĐ-UBND");
  EXPECT_EQ(refs[2].line, 14);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LE(all[i - 1].line, all[i].line);
}

TEST(MissFinder, WhatWasExtractedIsNoMiss) {
  Record r;
  r.document.number = "37/KH-UBND";
  r.document.issuer = "Ủy ban nhân dân tỉnh Hà Giang";
  Task t;
  t.line = 12;
  t.lead = {"Sở Văn hóa, Thể thao và Du lịch"};
  r.tasks.push_back(t);
  Target g;
  g.line = 10;
  g.value = 15;
  r.targets.push_back(g);
  Reference a;
  a.number = "12/NQ-HĐND";
  a.line = 8;
  r.references.push_back(a);
  Reference b;
  b.number = "88/QD-UBND";  // a damaged spelling keys the same
  b.line = 14;
  r.references.push_back(b);
  EXPECT_TRUE(misses_of(kPlan, r).empty());
}

TEST(MissFinder, ADecreesLimitsAreRulesNotMissedFigures) {
  const std::string body =
      "\nHà Nội, ngày 12 tháng 3 năm 2026\n\nNGHỊ ĐỊNH\nQuy định điều kiện kinh doanh kho hàng\n\n"
      "Điều 1. Điều kiện kinh doanh\n\nKho chứa hàng phải có diện tích tối thiểu 1.000 m2.\n\n"  // line 11
      "Điều 2. Mục tiêu\n\nTỷ lệ kho hàng ứng dụng công nghệ số đạt 80%.\n";              // line 15
  auto figures_missed = [&](const std::string& number) {
    std::string text = "CHÍNH PHỦ\nSố: " + number + "\n" + body;
    Record r = project_extractor().extract_text(text);
    std::vector<int> lines;
    for (const auto& m : of_kind(misses_of(text, r), "target")) lines.push_back(m.line);
    return lines;
  };
  // The extractor leaves the decree's limit out on purpose and reads its goal.
  EXPECT_TRUE(figures_missed("15/2026/NĐ-CP").empty());
  // Take the goal's figure away from the record: the goal is a miss, the limit still is not.
  std::string text = "CHÍNH PHỦ\nSố: 15/2026/NĐ-CP\n" + body;
  Record r = project_extractor().extract_text(text);
  ASSERT_EQ(r.targets.size(), 1u);
  EXPECT_EQ(r.targets[0].line, 15);
  r.targets.clear();
  auto missed = of_kind(misses_of(text, r), "target");
  ASSERT_EQ(missed.size(), 1u);
  EXPECT_EQ(missed[0].line, 15);
}

// A number the extractor rejects as a condition of a rule (a share of votes, a threshold
// that says who a rule is about) is no missed figure; a figure it did not read still is.
TEST(MissFinder, AConditionsThresholdIsNoMissedFigure) {
  const std::string text =
      "KẾ HOẠCH\nBầu cử năm 2026\n\n"
      "Người được giới thiệu ứng cử là người được trên 50% tổng số cử tri có mặt.\n\n"  // line 4
      "Cá nhân có thu nhập bình quân tháng không vượt quá 10 triệu đồng được miễn.\n\n"  // line 6
      "Tỷ lệ cử tri đi bầu đạt 98%.\n";                                                   // line 8
  Record r = project_extractor().extract_text(text);
  ASSERT_EQ(r.targets.size(), 1u);
  EXPECT_EQ(r.targets[0].line, 8);
  EXPECT_TRUE(of_kind(misses_of(text, r), "target").empty());
  r.targets.clear();
  auto missed = of_kind(misses_of(text, r), "target");
  ASSERT_EQ(missed.size(), 1u);
  EXPECT_EQ(missed[0].line, 8);
}

TEST(MissFinder, ProposalFormulaAndWordsThatOnlyLookLikeCuesAreNoTaskCue) {
  Record r;
  r.document.number = "5/QĐ-UBND";
  r.document.issuer = "Ủy ban nhân dân tỉnh Cao Bằng";
  auto all = misses_of(
      "Theo đề nghị của Giám đốc Sở Nội vụ.\n\nPhát triển giao thông nông thôn và chuyển giao công nghệ.\n", r);
  EXPECT_TRUE(of_kind(all, "task").empty());
}

TEST(MissFinder, AFormsNumberIsNoMissedReference) {
  Record r;
  r.document.number = "5/HD-UBND";
  r.document.issuer = "Ủy ban nhân dân tỉnh Cao Bằng";
  auto refs = of_kind(misses_of("Lập Biên bản theo Mẫu số 03/BCĐ-MT.\nBiểu số 401/BTXH.\nTheo Quyết định 88/QĐ-UBND.\n", r),
                      "reference");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].text, "88/QĐ-UBND");
}

TEST(MissFinder, ALabelLineThatServedItsItemsTaskIsNoMiss) {
  const std::string text =
      "1. Rà soát cơ sở dữ liệu dùng chung của tỉnh.\n"  // 1
      "- Đơn vị chủ trì: Sở Khoa học\nvà Công nghệ.\n"   // 2-3
      "- Đơn vị phối hợp: Sở Nội vụ.\n"                   // 4
      "2. Số hóa hồ sơ lưu trữ.\n"                        // 5
      "- Đơn vị chủ trì: Sở Tư pháp.\n";                  // 6
  Record r;
  r.document.number = "9/KH-UBND";
  r.document.issuer = "Ủy ban nhân dân tỉnh Cao Bằng";
  Task t;
  t.line = 1;
  t.lead = {"Sở Khoa học và Công nghệ"};
  t.support = {"Sở Nội vụ"};
  r.tasks.push_back(t);
  auto tasks = of_kind(misses_of(text, r), "task");
  // The second item gave no task: its label is still a miss, the first item's labels are not.
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].line, 6);
}

TEST(MissesCli, TableJsonAndCountsPerFile) {
  auto dir = std::filesystem::temp_directory_path() / ("vnpolicy_misses_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "plan.txt") << kPlan;
  int status = -1;
  auto rows = nlohmann::json::parse(testing::run_cli("misses --format json '" + (dir / "plan.txt").string() + "'", &status));
  EXPECT_EQ(status, 0);
  ASSERT_TRUE(rows.is_array());
  bool task_on_12 = false;
  for (const auto& row : rows) {
    EXPECT_TRUE(row.contains("file") && row.contains("line") && row.contains("kind") && row.contains("text"));
    task_on_12 = task_on_12 || (row["kind"] == "task" && row["line"] == 12);
  }
  EXPECT_FALSE(task_on_12) << "the task extractor reads \"Giao Sở ... chủ trì\"";
  auto counts = nlohmann::json::parse(testing::run_cli("misses --counts --format json '" + dir.string() + "'", &status));
  ASSERT_EQ(counts.size(), 1u);
  for (const char* k : kMissKinds) EXPECT_TRUE(counts[0][k].is_number()) << k;
  std::string table = testing::run_cli("misses --kind reference '" + (dir / "plan.txt").string() + "'", &status);
  EXPECT_EQ(table.find(" task "), std::string::npos) << table;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vnpolicy
