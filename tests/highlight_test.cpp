// Items located in a document's lines and rendered as nested, per-line marks.
#include <gtest/gtest.h>

#include "normalize/unicode.h"
#include "views/web/highlight.h"

namespace vnpolicy::testing {
namespace {

using views::ItemToMark;
using views::MarkedSpan;

std::vector<size_t> starts_of(std::string_view text) {
  std::vector<size_t> s = {0};
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' && i + 1 < text.size()) s.push_back(i + 1);
  return s;
}

const AccentFolder& folder() {
  static const AccentFolder f;
  return f;
}

TEST(Highlight, FindsItemsOnTheirLineAcrossLineBreaksAndToneConventions) {
  const std::string text =
      "Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023\n"
      "của Chính phủ; phấn đấu tỷ lệ che phủ rừng đạt 52%.\n"
      "Tăng cường hoà giải ở cơ sở trước ngày 15/11/2023.\n";
  const auto starts = starts_of(text);
  const std::vector<ItemToMark> items = {
      {1, "Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ", 0},  // runs over the line end
      {2, "tỷ lệ che phủ rừng đạt 52%", 1},
      {3, "hòa giải ở cơ sở", 2},                                      // other tone placement
      {3, "trước ngày 15/11/2023", 3},
      {1, "không có trong văn bản", 4},
  };
  const auto spans = views::locate_items(text, starts, items, folder());
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin),
            "Nghị quyết số 01/NQ-CP ngày 06/01/2023\ncủa Chính phủ");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "tỷ lệ che phủ rừng đạt 52%");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "hoà giải ở cơ sở");
  EXPECT_EQ(spans[3].id, 3u);
}

TEST(Highlight, ExactAccentsWinOverFoldedMatches) {
  const std::string text = "rung cây rừng\n";
  const auto spans = views::locate_items(text, starts_of(text), {{1, "rừng", 0}}, folder());
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].begin, text.find("rừng"));
}

TEST(Highlight, NestedSpansStayCrossingOnesAreDropped) {
  const std::string text = "giao Sở Tài chính chủ trì trước ngày 15/11/2023 báo cáo\n";
  const auto spans = views::locate_items(text, starts_of(text),
                                         {{1, "Sở Tài chính chủ trì trước ngày 15/11/2023", 0},
                                          {1, "trước ngày 15/11/2023", 1},     // inside 0: kept
                                          {1, "15/11/2023 báo cáo", 2}},        // crosses 0: dropped
                                         folder());
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].id, 0u);
  EXPECT_EQ(spans[1].id, 1u);
}

TEST(Highlight, MarkedLinesAreWellFormedAndEscaped) {
  const std::string text = "a <b> Nghị quyết\n01/NQ-CP & x\n";
  const auto starts = starts_of(text);
  const auto spans = views::locate_items(text, starts, {{1, "Nghị quyết 01/NQ-CP", 7}, {2, "01/NQ-CP", 8}}, folder());
  ASSERT_EQ(spans.size(), 2u);
  const auto lines = views::marked_lines(
      text, starts, spans,
      [](const MarkedSpan& s, bool first) {
        return views::Html::trusted("<m" + std::to_string(s.id) + (first ? "" : "+") + ">");
      },
      views::Html::trusted("</m>"));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].str(), "a &lt;b&gt; <m7>Nghị quyết</m>");
  EXPECT_EQ(lines[1].str(), "<m7+><m8>01/NQ-CP</m></m> &amp; x");
}

}  // namespace
}  // namespace vnpolicy::testing
