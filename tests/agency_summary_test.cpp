// `agencies` counts each task once per body: the summary is counted in SQL per canonical
// name, so a body that several names answer for after a merger (Nghị định 45/2025/NĐ-CP:
// Sở Kế hoạch và Đầu tư into Sở Tài chính) is counted again over its names together.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "catalog_fixture.h"
#include "test_support.h"

namespace vnpolicy::testing {
namespace {

TEST(AgencySummary, ATaskNamingTwoMergedBodiesCountsOnceForTheirSuccessor) {
  TempDir dir;
  {
    std::ofstream plan(dir / "plan.txt");
    plan << "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 85/KH-UBND\nLai Châu, ngày 10 tháng 6 năm 2025\n\n"
            "KẾ HOẠCH\nThực hiện chuyển đổi số năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Tài chính, Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Nội vụ tổng hợp kết quả thực hiện "
            "Kế hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n"
            "2. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát danh mục dự án, "
            "báo cáo trước ngày 30/9/2025.\n";
  }
  const std::string db = (dir / "catalog.sqlite").string();
  int status = -1;
  run_cli("ingest -q '" + (dir / "plan.txt").string() + "' --db '" + db + "'", &status);
  ASSERT_EQ(status, 0);
  auto summary = [&](const std::string& as_of) {
    std::map<std::string, nlohmann::json> out;
    for (const auto& r : nlohmann::json::parse(run_cli("agencies" + as_of + " --db '" + db + "' --format json", &status)))
      out.emplace(r["agency"].get<std::string>(), r);
    EXPECT_EQ(status, 0) << as_of;
    return out;
  };
  auto now = summary(" --as-of 2025-06-30");
  ASSERT_TRUE(now.count("Sở Tài chính"));
  EXPECT_FALSE(now.count("Sở Kế hoạch và Đầu tư"));
  // Task 1 names both as leads, task 2 one as lead and the other in support.
  EXPECT_EQ(now["Sở Tài chính"]["leads"], 2);
  EXPECT_EQ(now["Sở Tài chính"]["supports"], 1);
  EXPECT_EQ(now["Sở Tài chính"]["variants"], nlohmann::json::array({"Sở Kế hoạch và Đầu tư", "Sở Tài chính"}));
  EXPECT_EQ(now["Sở Nội vụ"]["supports"], 1);
  auto before = summary(" --as-of 2023-12-31");
  EXPECT_EQ(before["Sở Tài chính"]["leads"], 1);
  EXPECT_EQ(before["Sở Tài chính"]["supports"], 1);
  EXPECT_EQ(before["Sở Kế hoạch và Đầu tư"]["leads"], 2);
  EXPECT_EQ(before["Sở Kế hoạch và Đầu tư"]["supports"], 0);
}

}  // namespace
}  // namespace vnpolicy::testing
