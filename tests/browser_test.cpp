// The web pages in a real browser: headless Chromium (Debian's `chromium`) loads the
// search, document, graph, indicator and tasks pages of a catalog of the seeds, served
// by the same WebServer as `vnpolicy serve`. Each test checks the DOM after the page's
// scripts ran (--dump-dom) against what the CLI answers for the same catalog, and saves
// screenshots at 1280 and 800 px under build/screenshots/ for a person to look at.
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <ctime>
#include <map>
#include <regex>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "catalog_fixture.h"
#include "test_support.h"
#include "views/web/server.h"
#include "views_support.h"
#include "web_support.h"

namespace vnpolicy::testing {
namespace {

// The text of an attribute value as the browser serialised it.
std::string unescape_html(const std::string& s) {
  static const std::pair<const char*, const char*> entities[] = {
      {"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", "\xC2\xA0"}, {"&amp;", "&"}};
  std::string out = s;
  for (const auto& [from, to] : entities) {
    for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + std::strlen(to)))
      out.replace(at, std::strlen(from), to);
  }
  return out;
}

// Every match of `pattern`'s first group in `text`.
std::vector<std::string> all_of(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1].str());
  return out;
}

size_t count_of(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

class Browser : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    server_ = new SeedServer(db());
    port_ = server_->port();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static std::filesystem::path db() { return *dir_ / "c.sqlite"; }
  static std::string url(const std::string& path) { return "http://127.0.0.1:" + std::to_string(port_) + path; }

  // Runs Chromium headless on `path` with `what` (--dump-dom or --screenshot=FILE);
  // returns its stdout. Virtual time lets the deferred scripts run before the dump.
  static std::string chromium(const std::string& path, const std::string& what, int width = 1280, int height = 1000) {
    const auto profile = *dir_ / "profile";
    const auto log = *dir_ / "chromium.log";
    const std::string cmd = "chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
                            " --no-first-run --hide-scrollbars --virtual-time-budget=5000 --user-data-dir=" +
                            shell_quote(profile.string()) + " --window-size=" + std::to_string(width) + "," +
                            std::to_string(height) + " " + what + " " + shell_quote(url(path)) + " 2>" +
                            shell_quote(log.string());
    std::string out;
    int rc = -1;
    if (FILE* p = popen(cmd.c_str(), "r")) {
      char buf[8192];
      size_t n;
      while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
      rc = pclose(p);
    }
    EXPECT_TRUE(WIFEXITED(rc) && WEXITSTATUS(rc) == 0)
        << "chromium (Debian package chromium, installed by scripts/setup.sh) failed on " << path << ":\n"
        << read_file(log).substr(0, 2000);
    return out;
  }
  // The page's DOM after its scripts ran; screenshots at 1280 and 800 px as NAME-WIDTH.png,
  // `height` px tall (the top of the page: headless Chromium does not scroll to an anchor).
  static std::string load(const std::string& path, const std::string& name, int height = 900) {
    const auto shots = std::filesystem::path(binary_path()).parent_path() / "screenshots";
    std::filesystem::create_directories(shots);
    for (int width : {1280, 800}) {
      const auto png = shots / (name + "-" + std::to_string(width) + ".png");
      std::filesystem::remove(png);
      chromium(path, "--screenshot=" + shell_quote(png.string()), width, height);
      EXPECT_TRUE(std::filesystem::exists(png) && std::filesystem::file_size(png) > 10000) << png;
    }
    const std::string dom = chromium(path, "--dump-dom");
    EXPECT_NE(dom.find("</html>"), std::string::npos) << path << ": no DOM\n" << dom.substr(0, 500);
    EXPECT_EQ(dom.find("class=\"error-page\""), std::string::npos) << path << ": an error page";
    return dom;
  }
  static nlohmann::json cli_json(const std::string& args) { return cli_json_of(db(), args); }

  static inline TempDir* dir_ = nullptr;
  static inline SeedServer* server_ = nullptr;
  static inline int port_ = 0;
};

TEST_F(Browser, SearchPageHighlightsAccentlessQuery) {
  const std::string dom = load("/search?q=che+phu+rung", "search");
  // Typed without accents, found with them: every highlighted word is one of the query's.
  const auto marks = all_of(dom, "<mark class=\"hit\">([^<]*)</mark>");
  ASSERT_FALSE(marks.empty()) << dom.substr(0, 2000);
  const std::set<std::string> words = {"che", "phủ", "rừng", "Che", "Phủ", "Rừng"};
  for (const auto& m : marks) EXPECT_TRUE(words.count(m)) << m;
  EXPECT_NE(std::find(marks.begin(), marks.end(), "rừng"), marks.end());
  // As many results as the CLI's search finds (first page).
  const size_t hits = cli_json("search 'che phu rung' --limit 20").size();
  EXPECT_EQ(count_of(dom, "<li>"), std::min<size_t>(hits, 20)) << hits;
}

TEST_F(Browser, DocumentPageMarksEveryItemByKind) {
  // 26-CTr/TU: its opening lines cite, and set targets (tall enough to show them).
  const std::string dom = load("/doc/26-CTr%2FTU", "document", 1500);
  EXPECT_NE(dom.find("<dd>26-CTr/TU</dd>"), std::string::npos);
  // Each extracted item of the document is highlighted once, by kind, with its fields.
  const auto shown = cli_json("show 26-CTr/TU");
  const std::map<std::string, size_t> items = {{"ref", shown["refs"].get<size_t>()},
                                               {"target", shown["items"]["targets"].size()},
                                               {"deadline", shown["items"]["deadlines"].size()},
                                               {"task", shown["items"]["tasks"].size()}};
  // An item that runs over lines is a span per line; its first carries the fields.
  for (const auto& [css, n] : items)
    EXPECT_EQ(all_of(dom, "class=\"item " + css + "( marker)?\"[^>]*>(NV)?<span class=\"info\"").size(), n) << css;
  EXPECT_NE(dom.find("/doc/" + std::to_string(shown["id"].get<int>()) + "/graph"), std::string::npos)
      << "the page links its graph";
}

TEST_F(Browser, GraphPageDrawsEveryCitedDocument) {
  const std::string dom = load("/doc/26-CTr%2FTU/graph", "graph");
  const auto graph = cli_json("graph 26-CTr/TU --depth 1");
  ASSERT_NE(dom.find("<svg"), std::string::npos);
  // One SVG node per node of the CLI's graph, one edge per edge.
  EXPECT_EQ(count_of(dom, "class=\"node\""), graph["nodes"].size());
  EXPECT_EQ(count_of(dom, "class=\"edge\""), graph["edges"].size());
  for (const auto& n : graph["nodes"]) {
    if (!n["number"].is_string()) continue;
    EXPECT_NE(dom.find(n["number"].get<std::string>()), std::string::npos) << n;
  }
}

TEST_F(Browser, IndicatorPageChartsHoldTheSeries) {
  const std::string key = "0601";  // an official indicator code the seeds report on
  const std::string dom = load("/indicator/" + key, "indicator");
  // What the CLI's series holds, by (chart, year): the target and actual values.
  std::map<std::pair<std::string, std::string>, std::map<std::string, double>> cli;
  std::map<std::string, std::string> unit_of;  // a chart's unit: that of its first figure
  for (const auto& r : cli_json("series --indicator " + key)) {
    const std::string chart = r["key"].get<std::string>() + (r["place"].is_string() ? " · " + r["place"].get<std::string>() : "");
    const std::string year = r["year"].is_number() ? std::to_string(r["year"].get<int>()) : "?";
    for (const char* series : {"target", "actual"}) {
      const auto& v = r[std::string(series) + "_value"];
      if (v.is_null()) continue;
      const auto& u = r[std::string(series) + "_unit"];
      const std::string unit = u.is_string() ? u.get<std::string>() : "";
      unit_of.emplace(chart, unit);
      if (unit == unit_of[chart]) cli[{chart, year}][series] = v.get<double>();
    }
  }
  ASSERT_FALSE(cli.empty());
  // Each chart's canvas, drawn by Chart.js, carries what it plots (data-series, data-labels).
  const std::regex canvas_re("<canvas[^>]*aria-label=\"([^\"]*)\"[^>]*data-series=\"([^\"]*)\" data-labels=\"([^\"]*)\"");
  std::map<std::pair<std::string, std::string>, std::map<std::string, double>> drawn;
  size_t canvases = 0;
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), canvas_re); it != std::sregex_iterator(); ++it) {
    ++canvases;
    const std::string chart = unescape_html((*it)[1]);
    const auto datasets = nlohmann::json::parse(unescape_html((*it)[2]));
    const auto labels = nlohmann::json::parse(unescape_html((*it)[3]));
    ASSERT_EQ(datasets.size(), 2u) << chart;
    EXPECT_EQ(datasets[0]["label"], "Chỉ tiêu");
    EXPECT_EQ(datasets[1]["label"], "Thực hiện");
    for (size_t s = 0; s < 2; ++s) {
      ASSERT_EQ(datasets[s]["data"].size(), labels.size()) << chart;
      for (size_t i = 0; i < labels.size(); ++i)
        if (!datasets[s]["data"][i].is_null())
          drawn[{chart, labels[i].get<std::string>()}][s == 0 ? "target" : "actual"] = datasets[s]["data"][i].get<double>();
    }
  }
  EXPECT_EQ(canvases, std::min<size_t>(unit_of.size(), 8)) << "one chart per key and place";
  EXPECT_EQ(count_of(dom, "class=\"chart-box drawn\""), canvases);
  EXPECT_EQ(drawn, cli);
}

TEST_F(Browser, TasksPageMarksOverdueTasks) {
  const std::string dom = load("/tasks", "tasks");
  const auto tasks = cli_json("tasks --limit 50");
  const auto rows = all_of(dom, "<tr( class=\"overdue\")?><td>");
  EXPECT_EQ(rows.size(), tasks.size());
  // Overdue against today: every task whose due date has passed, and only those.
  const std::time_t now = std::time(nullptr);
  char today[11];
  std::strftime(today, sizeof today, "%Y-%m-%d", std::localtime(&now));
  size_t late = 0;
  for (const auto& t : tasks) late += t["due"].is_string() && t["due"].get<std::string>() < today;
  EXPECT_GT(late, 0u);
  EXPECT_EQ(std::count(rows.begin(), rows.end(), " class=\"overdue\""), static_cast<long>(late));
  EXPECT_EQ(count_of(dom, "quá hạn</span>"), late);
}

}  // namespace
}  // namespace vnpolicy::testing
