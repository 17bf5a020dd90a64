// Helpers of the task tests (tasks_test, tasks_table_test, tasks_layout_test, tasks_units_test, tasks_directive_test).
#pragma once
#include <string>

#include <gtest/gtest.h>
#include <vector>

#include "extract/task_extractor.h"
#include "test_support.h"

namespace vnpolicy::task_tests {

using Units = std::vector<std::string>;

inline const TaskExtractor& tasks() {
  static const TaskExtractor t(*testing::project_rules());
  return t;
}
inline const AgencyLexicon& agencies() { return tasks().agencies(); }

inline std::vector<Task> tasks_of(const std::string& text) { return testing::project_extractor().extract_text(text, "t.txt").tasks; }

// A directive's numbered items under "… yêu cầu:", each opening with the units told to act.
inline std::vector<Task> directive_items(const std::string& items) {
  return tasks_of(
      "THỦ TƯỚNG CHÍNH PHỦ\n"
      "Số: 12/CT-TTg\n"
      "Hà Nội, ngày 10 tháng 3 năm 2025\n"
      "\n"
      "CHỈ THỊ\n"
      "Về việc đẩy nhanh tiến độ các dự án giao thông trọng điểm\n"
      "\n"
      "Để bảo đảm tiến độ các dự án giao thông trọng điểm, Thủ tướng Chính phủ yêu cầu:\n"
      "\n" +
      items);
}
inline std::vector<Task> label_tasks_of(const std::string& text) {
  return testing::project_extractor().extract_text(text, "labels.txt").tasks;
}

// A task's work as written (its description), empty when it has none.
inline std::string work_of(const Task& t) { return t.description.value_or(""); }
// The task's work opens with `start`; a failure shows the work.
inline ::testing::AssertionResult work_opens_with(const Task& t, const std::string& start) {
  if (work_of(t).rfind(start, 0) == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "line " << t.line << ": the work is \"" << work_of(t) << "\", not \"" << start << "…\"";
}

inline const Task* task_at(const std::vector<Task>& ts, int line) {
  for (const auto& t : ts)
    if (t.line == line) return &t;
  return nullptr;
}

// Body text of a plan before its appendix: the normaliser measures the page width from
// such lines, and a table's narrow lines are told from them.
inline constexpr const char* kPlanProse =
    "Ủy ban nhân dân tỉnh giao các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng,\n"
    "nhiệm vụ được giao chủ động xây dựng kế hoạch cụ thể để triển khai thực hiện có hiệu quả các nội dung\n"
    "của Kế hoạch này; định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh để tổng hợp, theo dõi và\n"
    "chỉ đạo. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc phát sinh, các cơ quan, đơn vị\n"
    "kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định điều\n"
    "chỉnh, bổ sung cho phù hợp với tình hình thực tế của địa phương và quy định của pháp luật hiện hành./.\n"
    "\n";

}  // namespace vnpolicy::task_tests
