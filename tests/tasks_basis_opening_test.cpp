// A basis that opens an item of the organising section ("Căn cứ nội dung Kế hoạch này, …") stands before
// the item's subject: the units after its comma lead the work.
#include <gtest/gtest.h>

#include "tasks_support.h"

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

const char* const kHead =
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n"
    "Số: 52/KH-UBND\n"
    "Hà Giang, ngày 12 tháng 2 năm 2026\n"
    "\n"
    "KẾ HOẠCH\n"
    "Thực hiện cải cách hành chính năm 2026\n"
    "\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "\n";

TEST(BasisOpening, TheUnitsAfterTheBasisLeadTheWork) {
  auto ts = tasks_of(std::string(kHead) +
                     "1. Căn cứ nội dung Kế hoạch này, các sở, ban, ngành, địa phương xây dựng Kế hoạch thực hiện "
                     "(ban hành trước ngày 15/3/2026).\n");
  ASSERT_EQ(ts.size(), 1u);
  EXPECT_EQ(ts[0].lead, (Units{"các sở, ban, ngành, địa phương"}));
  ASSERT_TRUE(ts[0].deadline.has_value());
  EXPECT_EQ(ts[0].deadline->end.value_or(""), "2026-03-15");
}

TEST(BasisOpening, ABasisWithNoUnitAfterItAssignsNothing) {
  auto ts = tasks_of(std::string(kHead) + "1. Căn cứ tình hình thực tế, việc triển khai được điều chỉnh cho phù hợp.\n");
  EXPECT_TRUE(ts.empty());
}

}  // namespace
}  // namespace vnpolicy

namespace vnpolicy {
namespace {

using namespace ::vnpolicy::task_tests;

// "Báo và Đài Phát thanh, Truyền hình tỉnh" (the provincial newspaper and radio-television merged in 2025) is one
// unit: the pair the lexicon joins keeps its "và", in a lead and in a list of support.
TEST(JoinedNames, AMergedMediaBodyIsOneUnit) {
  auto ts = tasks_of(std::string(kHead) +
                     "1. Báo và Đài Phát thanh, Truyền hình tỉnh tổ chức chuyên mục tuyên truyền.\n"
                     "\n"
                     "2. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Báo và Đài Phát thanh, Truyền hình tỉnh tổ chức tuyên truyền.\n");
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].lead, (Units{"Báo và Đài Phát thanh, Truyền hình tỉnh"}));
  EXPECT_EQ(ts[1].support, (Units{"Sở Nội vụ", "Báo và Đài Phát thanh, Truyền hình tỉnh"}));
}

}  // namespace
}  // namespace vnpolicy
