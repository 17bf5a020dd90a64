// Calendar helpers: where a clause begins (a decimal point is no sentence end) and a year written alone.
#include <gtest/gtest.h>

#include "core/dates.h"

namespace vnpolicy {
namespace {

TEST(Dates, AClauseBeginsAfterASentenceEndButNotAfterADecimalPoint) {
  const std::string text = "Trồng mới 2.500 ha rừng năm 2025; báo cáo kết quả 1.200 hộ năm 2026 trước ngày 31.";
  const size_t at = text.find("trước");
  EXPECT_EQ(clause_start(text, at), text.find("; báo cáo") + 1);
  EXPECT_EQ(clause_start(text, text.find("ha")), 0u);
  // Never before the floor it is given.
  EXPECT_EQ(clause_start(text, at, text.find("kết")), text.find("kết"));
  EXPECT_EQ(clause_start("Xong. Nay", 9), 5u);
}

TEST(Dates, AYearIsFourDigitsStandingAlone) {
  EXPECT_EQ(year_at("năm 2025 và", 5), 2025);
  EXPECT_EQ(year_at("năm 20251", 5), 0);
  EXPECT_EQ(year_at("12025", 1), 0);
  EXPECT_EQ(year_at("năm 20a5", 5), 0);
  EXPECT_EQ(year_at("203", 0), 0);
}

}  // namespace
}  // namespace vnpolicy
