// The web server's parts that need no catalog: escaping, templates, Graphviz to SVG.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "views/web/graphviz_svg.h"
#include "views/web/html.h"
#include "views/web/server.h"

namespace vnpolicy::testing {
namespace {

using views::Html;

TEST(Html, TextIsEscapedMarkupIsOnlyWhatWeWrite) {
  EXPECT_EQ(views::html_escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  Html h = Html("<b>") + Html::trusted("<b>") + Html(std::string("a&b"));
  EXPECT_EQ(h.str(), "&lt;b&gt;<b>a&amp;b");
  EXPECT_EQ(views::element("a", {{"href", "/doc/1?x=\"><script>"}}, Html("Tỷ lệ <50%")).str(),
            "<a href=\"/doc/1?x=&quot;&gt;&lt;script&gt;\">Tỷ lệ &lt;50%</a>");
  EXPECT_EQ(views::element("br", views::Attributes{}).str(), "<br>");
}

TEST(Html, TemplatesFillEverySlotAndRefuseMissingOnes) {
  EXPECT_EQ(views::fill("<p>{{a}} and {{b}}</p>", {{"a", Html("<i>")}, {"b", Html::trusted("<i>x</i>")}}).str(),
            "<p>&lt;i&gt; and <i>x</i></p>");
  EXPECT_THROW(views::fill("<p>{{a}}</p>", {}), std::invalid_argument);
  EXPECT_THROW(views::fill("<p>{{a</p>", {{"a", Html("x")}}), std::invalid_argument);
}

TEST(Html, UrlEncodeKeepsOnlyUnreservedCharacters) {
  EXPECT_EQ(views::url_encode("01/NQ-CP 2023"), "01%2FNQ-CP%202023");
  EXPECT_EQ(views::url_encode("rừng"), "r%E1%BB%ABng");
  EXPECT_EQ(views::url_encode("a&b=c?d#e"), "a%26b%3Dc%3Fd%23e");
}

TEST(Graphviz, DotBecomesSvgWithEscapedLabels) {
  const std::string svg = views::dot_to_svg(
      "digraph g { a [label=" + views::dot_quote("Nghị quyết 01/NQ-CP <script>alert(1)</script> \"x\"") +
      "]; b [label=\"Kế hoạch 148/KH-UBND\"]; b -> a [label=\"căn cứ\"]; }");
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("Nghị quyết 01/NQ&#45;CP"), std::string::npos) << svg;
  EXPECT_NE(svg.find("Kế hoạch 148/KH&#45;UBND"), std::string::npos);
  EXPECT_NE(svg.find("căn cứ"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos) << "a label became markup";
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("class=\"edge\""), std::string::npos);
}

TEST(Graphviz, BadDotIsAnErrorAndTheNextGraphStillWorks) {
  EXPECT_THROW(views::dot_to_svg("digraph { a -> ; }"), views::GraphvizError);
  EXPECT_THROW(views::dot_to_svg("not a graph"), views::GraphvizError);
  EXPECT_NE(views::dot_to_svg("digraph { x -> y }").find("<svg"), std::string::npos);
}

TEST(Graphviz, CallsFromManyThreadsAreSafe) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&ok, t] {
      for (int i = 0; i < 5; ++i)
        if (views::dot_to_svg("digraph { n" + std::to_string(t) + " -> m" + std::to_string(i) + " }").find("</svg>") !=
            std::string::npos)
          ++ok;
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 20);
}

TEST(DotQuote, NothingEndsTheString) {
  EXPECT_EQ(views::dot_quote("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
}

TEST(ServeHost, LoopbackIsTheOnlyQuietAddress) {
  EXPECT_TRUE(views::is_loopback_host("127.0.0.1"));
  EXPECT_TRUE(views::is_loopback_host("127.0.0.5"));
  EXPECT_TRUE(views::is_loopback_host("localhost"));
  EXPECT_TRUE(views::is_loopback_host("::1"));
  EXPECT_FALSE(views::is_loopback_host("0.0.0.0"));
  EXPECT_FALSE(views::is_loopback_host("192.168.1.10"));
  EXPECT_FALSE(views::is_loopback_host("::"));
}

}  // namespace
}  // namespace vnpolicy::testing
