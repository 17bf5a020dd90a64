// Terminal tables that fit the window: widths in display columns, capping the widest
// columns first, wrapping at spaces or cutting with "…".
#include <cstdlib>

#include <gtest/gtest.h>

#include "core/text.h"
#include "views/table_layout.h"

namespace vnpolicy::testing {
namespace {

using views::display_width;

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t e = s.find('\n', i);
    out.push_back(s.substr(i, e - i));
    i = e + 1;
  }
  return out;
}

TEST(TableLayout, DisplayWidthCountsColumnsNotBytes) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("Tỷ lệ che phủ rừng"), 18u);          // precomposed (NFC)
  EXPECT_EQ(display_width("Ty\xCC\x89 le\xCC\xA3"), 5u);        // combining marks take no column
  EXPECT_EQ(display_width("中文"), 4u);                          // wide characters take two
  EXPECT_EQ(display_width("…"), 1u);
}

TEST(TableLayout, FitColumnsCapsTheWidestFirst) {
  // Fits: unchanged.
  EXPECT_EQ(views::fit_columns({4, 10, 6}, {4, 6, 6}, 80, 2), (std::vector<size_t>{4, 10, 6}));
  // 4 + 100 + 6 + 4 gaps = 114 > 60: only the wide column gives up room.
  EXPECT_EQ(views::fit_columns({4, 100, 6}, {4, 6, 6}, 60, 2), (std::vector<size_t>{4, 46, 6}));
  // Two wide columns share the room; the total is exactly the width.
  auto w = views::fit_columns({5, 70, 50, 3}, {5, 6, 6, 3}, 80, 2);
  EXPECT_EQ(w[0] + w[1] + w[2] + w[3] + 6, 80u);
  EXPECT_EQ(w[0], 5u);
  EXPECT_EQ(w[3], 3u);
  EXPECT_LE(w[1] > w[2] ? w[1] - w[2] : w[2] - w[1], 1u);
  // Not even the minimums fit: the minimums.
  EXPECT_EQ(views::fit_columns({20, 20}, {8, 8}, 10, 2), (std::vector<size_t>{8, 8}));
}

TEST(TableLayout, CutEndsWithEllipsisWithinTheWidth) {
  EXPECT_EQ(views::cut_to_width("short", 10), "short");
  EXPECT_EQ(views::cut_to_width("Tỷ lệ che phủ rừng", 10), "Tỷ lệ che…");
  EXPECT_EQ(display_width(views::cut_to_width("Tỷ lệ che phủ rừng", 10)), 10u);
  EXPECT_EQ(views::cut_to_width("中文中文", 4), "中…");
}

TEST(TableLayout, WrapBreaksAtSpacesAndInsideOverlongWords) {
  EXPECT_EQ(views::wrap_to_width("Tỷ lệ che phủ rừng đạt 52%", 10),
            (std::vector<std::string>{"Tỷ lệ che", "phủ rừng", "đạt 52%"}));
  EXPECT_EQ(views::wrap_to_width("https://example.org/a/very/long/path", 10),
            (std::vector<std::string>{"https://ex", "ample.org/", "a/very/lon", "g/path"}));
  EXPECT_EQ(views::wrap_to_width("", 10), (std::vector<std::string>{""}));
}

TEST(TableLayout, RenderedTableFitsTheWidthEveryLine) {
  std::vector<std::vector<std::string>> rows = {
      {"1", "Ủy ban nhân dân tỉnh Lai Châu", "Tổng kết, đánh giá tình hình thực hiện Kế hoạch này trong phạm vi "
                                             "chức năng, nhiệm vụ được giao gửi về sở Kế hoạch và Đầu tư",
       "2023-11-15"},
      {"2", "Sở Tài chính", "Bố trí kinh phí", "-"}};
  const std::vector<std::string> header = {"id", "lead", "description", "due"};
  for (size_t width : {80u, 120u, 50u}) {
    const std::string wrapped = views::render_table(header, rows, {width, views::Overflow::Wrap, 2});
    const auto lines = lines_of(wrapped);
    for (const auto& l : lines) {
      EXPECT_LE(display_width(l), width) << "[" << l << "]";
      EXPECT_TRUE(l.empty() || l.back() != ' ') << "trailing space: [" << l << "]";
    }
    // Every word of the long cell is still there.
    std::string all;
    for (const auto& l : lines) all += l + " ";
    for (const char* word : {"Tổng", "Kế", "hoạch", "Đầu", "tư", "2023-11-15"})
      EXPECT_NE(all.find(word), std::string::npos) << word << " at width " << width;
    const std::string cut = views::render_table(header, rows, {width, views::Overflow::Cut, 2});
    const auto cut_lines = lines_of(cut);
    EXPECT_EQ(cut_lines.size(), 4u);  // header, rule, one line per row
    for (const auto& l : cut_lines) EXPECT_LE(display_width(l), width) << l;
    if (width < 150) EXPECT_NE(cut.find("…"), std::string::npos);
  }
  // No width: natural widths, one line per row, nothing cut.
  const std::string wide = views::render_table(header, rows, {std::nullopt, views::Overflow::Wrap, 2});
  EXPECT_EQ(lines_of(wide).size(), 4u);
  EXPECT_EQ(wide.find("…"), std::string::npos);
  EXPECT_NE(wide.find("gửi về sở Kế hoạch và Đầu tư"), std::string::npos);
}

TEST(TableLayout, NumbersStayWholeAndLowRankColumnsGiveWayFirst) {
  const std::vector<std::string> header = {"id", "number", "issuer", "date", "title", "path"};
  const std::vector<std::vector<std::string>> rows = {
      {"2", "148/KH-UBND", "Ủy ban nhân dân tỉnh Lai Châu", "2021-01-19", "Thực hiện Nghị quyết số 01/NQ-CP của Chính phủ",
       "corpus/002_3835c3cb13c1955a.txt"}};
  views::TableLayout layout{40, views::Overflow::Cut, 2, {0, 0, 2, 0, 0, 3}};
  const std::string t = views::render_table(header, rows, layout);
  const auto lines = lines_of(t);
  for (const auto& l : lines) EXPECT_LE(display_width(l), 40u) << t;
  // The number and the date are tokens: whole, where a cut one could not be typed back.
  EXPECT_NE(t.find("148/KH-UBND"), std::string::npos) << t;
  EXPECT_NE(t.find("2021-01-19"), std::string::npos) << t;
  // path (rank 3) went first, then issuer (rank 2); the title is cut, not dropped (rank 0).
  EXPECT_EQ(lines[0].find("path"), std::string::npos) << t;
  EXPECT_EQ(lines[0].find("issuer"), std::string::npos) << t;
  EXPECT_NE(lines[0].find("title"), std::string::npos) << t;
  EXPECT_NE(t.find("(not shown at 40 columns: issuer, path;\n--wide shows every column)"), std::string::npos) << t;
  // Wide enough: nothing left out, no note.
  layout.width = 200;
  const std::string all = views::render_table(header, rows, layout);
  EXPECT_NE(all.find("corpus/002_3835c3cb13c1955a.txt"), std::string::npos);
  EXPECT_EQ(all.find("not shown"), std::string::npos);
}

TEST(TableLayout, WrappedRowsKeepColumnsAligned) {
  const std::string t = views::render_table({"a", "b", "c"}, {{"x", "one two three four", "z"}},
                                            {16, views::Overflow::Wrap, 2});
  const auto lines = lines_of(t);
  // "a" (1 col, min 1) + "b" + "c": b is capped; its continuation lines start under "b".
  ASSERT_GE(lines.size(), 4u);
  const size_t b_col = lines[0].find('b');
  EXPECT_EQ(lines[2].find("one"), b_col) << t;
  EXPECT_EQ(lines[3].find_first_not_of(' '), b_col) << t;
}

TEST(TableLayout, TerminalWidthComesFromColumns) {
  setenv("COLUMNS", "97", 1);
  EXPECT_EQ(views::terminal_width(-1), 97u);
  setenv("COLUMNS", "abc", 1);
  EXPECT_EQ(views::terminal_width(-1), std::nullopt);  // fd -1 is no terminal
  unsetenv("COLUMNS");
}

}  // namespace
}  // namespace vnpolicy::testing
