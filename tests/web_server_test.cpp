// The web server against a real catalog (the seeds and a hostile document), through
// httplib's client: every route's status, content type and data; escaping; 404s; path
// traversal; bad parameters; the JSON API equal to the CLI's --format json; answering
// while an ingest writes the same catalog.
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <regex>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "catalog_fixture.h"
#include "test_support.h"
#include "views/web/server.h"
#include "views_support.h"
#include "web_support.h"

namespace vnpolicy::testing {
namespace {

// A document written to break pages that forget to escape.
constexpr const char* kHostile =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH LAI CHÂU <script>alert('issuer')</script>\n"
    "Số: 99/KH-UBND\n"
    "KẾ HOẠCH\n"
    "Về phát triển rừng <script>alert('title')</script>\n"
    "Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ <img src=x onerror=alert(1)>;\n"
    "Phấn đấu tỷ lệ che phủ rừng đạt 52% vào năm 2025 <script>alert('target')</script>.\n"
    "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ báo cáo trước ngày 15/11/2023 \"><script>alert('task')</script>.\n";

// A later plan that builds on and replaces the 2021 seed plan (148/KH-UBND), and an
// unrelated plan of 2022 that shares its number: the handle "12/KH-UBND" is ambiguous.
constexpr const char* kCiting =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH LAI CHÂU\n"
    "Số: 12/KH-UBND\n"
    "Lai Châu, ngày 05 tháng 3 năm 2024\n"
    "KẾ HOẠCH\n"
    "Thực hiện chương trình phát triển kinh tế - xã hội năm 2024\n"
    "Căn cứ Kế hoạch số 148/KH-UBND ngày 19/01/2021 của Ủy ban nhân dân tỉnh Lai Châu;\n"
    "Kế hoạch này thay thế Kế hoạch số 148/KH-UBND ngày 19/01/2021 của Ủy ban nhân dân tỉnh Lai Châu.\n";
constexpr const char* kSameNumber =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH LAI CHÂU\n"
    "Số: 12/KH-UBND\n"
    "Lai Châu, ngày 10 tháng 02 năm 2022\n"
    "KẾ HOẠCH\n"
    "Tổ chức các hoạt động văn hóa năm 2022\n";

class WebServer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const auto hostile = dir_->path() / "hostile_<script>.txt";
    std::ofstream(hostile) << kHostile;
    std::ofstream(dir_->path() / "citing_2024.txt") << kCiting;
    std::ofstream(dir_->path() / "same_number_2022.txt") << kSameNumber;
    server_ = new SeedServer(db(), {hostile, dir_->path() / "citing_2024.txt", dir_->path() / "same_number_2022.txt"});
    port_ = server_->port();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static std::filesystem::path db() { return *dir_ / "c.sqlite"; }

  static httplib::Result get(const std::string& path) {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(20, 0);
    c.set_url_encode(false);  // send the path as written: '+' is a space, %2e%2e stays encoded
    return c.Get(path.c_str());
  }
  // GET that must answer `status` with `type`; returns the body.
  static std::string body_of(const std::string& path, int status = 200, const std::string& type = "text/html") {
    auto r = get(path);
    EXPECT_TRUE(r) << path << ": no answer";
    if (!r) return "";
    EXPECT_EQ(r->status, status) << path << "\n" << r->body.substr(0, 500);
    EXPECT_EQ(r->get_header_value("Content-Type").rfind(type, 0), 0u) << path << ": " << r->get_header_value("Content-Type");
    return r->body;
  }
  static nlohmann::json json_of(const std::string& path, int status = 200) {
    const std::string b = body_of(path, status, "application/json");
    try {
      return nlohmann::json::parse(b);
    } catch (const std::exception& e) {
      ADD_FAILURE() << path << ": not JSON: " << b.substr(0, 300);
      return nullptr;
    }
  }
  static nlohmann::json cli_json(const std::string& args) { return cli_json_of(db(), args); }
  // No markup from the hostile document reached the page.
  static void expect_escaped(const std::string& page, const std::string& where) {
    EXPECT_EQ(page.find("<script>alert"), std::string::npos) << where;
    EXPECT_EQ(page.find("<img src=x"), std::string::npos) << where;
    EXPECT_EQ(page.find("\"><script>"), std::string::npos) << where;
  }
  static int64_t id_of_number(const std::string& number, const std::string& date = "") {
    for (const auto& d : cli_json("docs"))
      if (d["number"] == number && (date.empty() || d["date"] == date)) return d["id"].get<int64_t>();
    return -1;
  }

  static TempDir* dir_;
  static SeedServer* server_;
  static int port_;
};
TempDir* WebServer::dir_ = nullptr;
SeedServer* WebServer::server_ = nullptr;
int WebServer::port_ = 0;

TEST_F(WebServer, HomeShowsTheCatalogAndSendsSecurityHeaders) {
  auto r = get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("<!DOCTYPE html>"), std::string::npos);
  EXPECT_NE(r->body.find(">8</td>"), std::string::npos) << "8 documents";
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(WebServer, SearchIsAccentInsensitiveHighlightsAndPages) {
  const std::string page = body_of("/search?q=che+phu+rung");
  EXPECT_NE(page.find("<mark class=\"hit\">"), std::string::npos);
  EXPECT_NE(page.find("phủ"), std::string::npos);
  EXPECT_NE(page.find("href=\"/doc/"), std::string::npos);
  expect_escaped(page, "search");
  // "Lai Chau" matches more than a page: page 2 exists and differs.
  const std::string p1 = body_of("/search?q=Lai+Chau"), p2 = body_of("/search?q=Lai+Chau&page=2");
  EXPECT_NE(p1.find("rel=\"next\""), std::string::npos);
  EXPECT_NE(p2.find("rel=\"prev\""), std::string::npos);
  EXPECT_NE(p2.find("<ol class=\"hits\" start=\"21\">"), std::string::npos);
  // Filters: 2021 holds one document (148/KH-UBND); every hit links to it.
  const int64_t id_2021 = id_of_number("148/KH-UBND");
  const std::string y = body_of("/search?q=Lai+Chau&year=2021");
  std::smatch m;
  std::string rest = y;
  int links = 0;
  while (std::regex_search(rest, m, std::regex("<div class=\"where\"><a href=\"/doc/([0-9]+)\""))) {
    EXPECT_EQ(std::stoll(m[1]), id_2021);
    ++links;
    rest = m.suffix();
  }
  EXPECT_GT(links, 0);
  EXPECT_NE(body_of("/search?q=zzzqqq").find("Không tìm thấy"), std::string::npos);
}

TEST_F(WebServer, ApiAnswersWhatTheCliPrints) {
  EXPECT_EQ(json_of("/api/search?q=che+phu+rung"), cli_json("search che phu rung"));
  EXPECT_EQ(json_of("/api/search?q=dau+tu&year=2023&limit=7"), cli_json("search dau tu --year 2023 --limit 7"));
  EXPECT_EQ(json_of("/api/tasks"), cli_json("tasks --limit 100"));
  EXPECT_EQ(json_of("/api/tasks?agency=S%E1%BB%9F+KH%26%C4%90T&due_before=2023-12-31"),
            cli_json("tasks --agency 'Sở KH&ĐT' --due-before 2023-12-31"));
  EXPECT_EQ(json_of("/api/series?indicator=che+phu+rung"), cli_json("series --indicator 'che phu rung'"));
  EXPECT_EQ(json_of("/api/doc/148%2FKH-UBND"), cli_json("show 148/KH-UBND"));
  EXPECT_EQ(json_of("/api/deadlines?due_before=2023-12-31"), cli_json("deadlines --due-before 2023-12-31 --limit 100"));
  EXPECT_FALSE(json_of("/api/tasks").empty());
}

TEST_F(WebServer, EveryHandleFormOpensTheSameDocument) {
  const auto docs = cli_json("docs");
  nlohmann::json d;
  for (const auto& x : docs)
    if (x["number"] == "148/KH-UBND") d = x;
  ASSERT_FALSE(d.is_null());
  const std::string id = std::to_string(d["id"].get<int64_t>());
  const std::string stem = std::filesystem::path(d["path"].get<std::string>()).stem().string();
  for (const std::string handle :
       {id, "doc:" + id, d["sha256"].get<std::string>().substr(0, 8), stem, stem + ".txt", std::string("148%2FKH-UBND"),
        std::string("148/KH-UBND"), std::string("148%2FKH-UBND%202021")}) {
    const std::string page = body_of("/doc/" + handle);
    EXPECT_NE(page.find("148/KH-UBND"), std::string::npos) << handle;
    EXPECT_NE(page.find("id=\"L1\""), std::string::npos) << handle;
  }
  body_of("/doc/999999", 404);
  body_of("/doc/no-such-document", 404);
  json_of("/api/doc/999999", 404);
}

TEST_F(WebServer, DocumentPageMarksItemsLinksCitationsAndListsCitedBy) {
  const std::string page = body_of("/doc/148%2FKH-UBND");
  for (const char* kind : {"item ref", "item target", "item deadline", "item task"})
    EXPECT_NE(page.find(std::string("class=\"") + kind), std::string::npos) << kind;
  EXPECT_NE(page.find("class=\"info\""), std::string::npos);
  EXPECT_NE(page.find("<dl class=\"header\">"), std::string::npos);
  EXPECT_NE(page.find("Ủy ban nhân dân tỉnh Lai Châu"), std::string::npos);
  EXPECT_NE(page.find("Được trích dẫn bởi"), std::string::npos);
  EXPECT_NE(page.find("/graph\">"), std::string::npos);
  // The 2024 plan builds on and replaces it: listed, and a validity note on top.
  const int64_t citing = id_of_number("12/KH-UBND", "2024-03-05");
  EXPECT_NE(page.find("href=\"/doc/" + std::to_string(citing) + "\""), std::string::npos);
  EXPECT_NE(page.find("note replaced"), std::string::npos);
  EXPECT_NE(page.find("đã bị thay thế bởi"), std::string::npos);
  // In the 2024 plan, the reference to 148/KH-UBND is a link to it.
  const std::string later = body_of("/doc/" + std::to_string(citing));
  EXPECT_TRUE(std::regex_search(later, std::regex("<a class=\"item ref\" title=\"[^\"]*\" href=\"/doc/" +
                                                      std::to_string(id_of_number("148/KH-UBND")) + "\"")))
      << later.substr(0, 3000);
  bool any_link = false;
  for (const auto& d : cli_json("docs")) {
    const std::string p = body_of("/doc/" + std::to_string(d["id"].get<int64_t>()));
    if (std::regex_search(p, std::regex("<a class=\"item ref\" title=\"[^\"]*\" href=\"/doc/[0-9]+\""))) any_link = true;
    expect_escaped(p, d["path"].get<std::string>());
  }
  EXPECT_TRUE(any_link) << "no reference linked to a catalogued document";
}

TEST_F(WebServer, HostileDocumentIsShownNeverRun) {
  const std::string page = body_of("/doc/99%2FKH-UBND");
  expect_escaped(page, "document");
  EXPECT_NE(page.find("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), std::string::npos);
  expect_escaped(body_of("/doc/99%2FKH-UBND/graph"), "graph");
  expect_escaped(body_of("/search?q=alert"), "search");
  expect_escaped(body_of("/tasks"), "tasks");
  expect_escaped(body_of("/deadlines"), "deadlines");
  expect_escaped(body_of("/search?q=%3Cscript%3Ealert(9)%3C%2Fscript%3E"), "query echoed");
  expect_escaped(body_of("/doc/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404), "handle echoed");
}

TEST_F(WebServer, GraphIsSvgWithLinksAndRelations) {
  const std::string page = body_of("/doc/148%2FKH-UBND/graph");
  EXPECT_NE(page.find("<svg"), std::string::npos);
  EXPECT_EQ(page.find("<?xml"), std::string::npos);
  EXPECT_NE(page.find("01/NQ&#45;CP"), std::string::npos) << "the cited resolution is a node";
  EXPECT_NE(page.find("<h2>Thực hiện</h2>"), std::string::npos) << "148/KH-UBND implements 01/NQ-CP";
  // The 2024 plan replaces it: a node linked to its own graph, and the validity note.
  const std::string citing = std::to_string(id_of_number("12/KH-UBND", "2024-03-05"));
  EXPECT_NE(page.find("xlink:href=\"/doc/" + citing + "/graph\""), std::string::npos);
  EXPECT_NE(page.find("<h2>Bị thay thế bởi</h2>"), std::string::npos);
  EXPECT_NE(page.find("<h2>Được lấy làm căn cứ bởi</h2>"), std::string::npos);
  EXPECT_NE(page.find("note replaced"), std::string::npos);
  body_of("/doc/999999/graph", 404);
}

TEST_F(WebServer, IndicatorPageHoldsTheSeriesForTheChart) {
  const std::string page = body_of("/indicator/che%20phu%20rung");
  EXPECT_NE(page.find("src=\"/assets/chart.min.js\""), std::string::npos);
  EXPECT_NE(page.find("data-chart=\"chart-1\""), std::string::npos);
  EXPECT_NE(page.find("data-value=\""), std::string::npos);
  EXPECT_NE(page.find("data-year=\""), std::string::npos);
  body_of("/indicator/zzzqqq", 404);
}

TEST_F(WebServer, TasksAndDeadlinesMarkOverdueAgainstToday) {
  const std::string tasks = body_of("/tasks?due_before=2023-12-31");
  EXPECT_NE(tasks.find("quá hạn"), std::string::npos) << "2023 deadlines are past";
  EXPECT_NE(tasks.find("class=\"overdue\""), std::string::npos);
  const std::string agency = body_of("/tasks?agency=S%E1%BB%9F+T%C3%A0i+ch%C3%ADnh");
  EXPECT_NE(agency.find("Sở Tài chính"), std::string::npos);
  EXPECT_NE(body_of("/deadlines?due_after=2023-01-01&due_before=2023-12-31").find("2023-11-15"), std::string::npos);
  EXPECT_NE(body_of("/tasks?due_before=31%2F12%2F2023").find("quá hạn"), std::string::npos) << "dd/mm/yyyy";
}

TEST_F(WebServer, AssetsComeFromTheFixedListOnly) {
  EXPECT_NE(body_of("/assets/vnpolicy.css", 200, "text/css").find(".doc-text"), std::string::npos);
  EXPECT_NE(body_of("/assets/chart.min.js", 200, "text/javascript").find("Chart.js v"), std::string::npos);
  for (const char* bad : {"/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fetc%2fpasswd",
                          "/assets/chart.js", "/assets/", "/../../etc/passwd", "/etc/passwd", "/assets/vnpolicy.css/..",
                          "/usr/share/javascript/chart.js/chart.min.js"}) {
    auto r = get(bad);
    ASSERT_TRUE(r) << bad;
    EXPECT_TRUE(r->status == 404 || r->status == 400) << bad << " -> " << r->status;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << bad;
  }
}

TEST_F(WebServer, BadParametersAreRefusedWithReasons) {
  EXPECT_NE(body_of("/search?q=" + std::string(400, 'a'), 400).find("longer than"), std::string::npos);
  body_of("/search?q=rung&year=abc", 400);
  body_of("/search?q=rung&page=0", 400);
  body_of("/search?q=rung&page=100000", 400);
  body_of("/tasks?due_before=2023-02-30", 400);
  body_of("/tasks?role=boss", 400);
  json_of("/api/search", 400);
  json_of("/api/tasks?limit=100000", 400);
  json_of("/api/series", 400);
  json_of("/api/nothing", 404);
  body_of("/nothing/here", 404);
  body_of("/search?q=%FF%FE", 400);  // not UTF-8
  httplib::Client c("127.0.0.1", port_);
  auto post = c.Post("/search", std::string(100000, 'x'), "text/plain");
  ASSERT_TRUE(post);
  EXPECT_GE(post->status, 400);
}

TEST_F(WebServer, AnAmbiguousHandleListsTheCandidates) {
  // Two plans numbered 12/KH-UBND (2022 and 2024): both listed, as the CLI does.
  auto r = get("/doc/12%2FKH-UBND");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 300);
  for (const char* date : {"2024-03-05", "2022-02-10"})
    EXPECT_NE(r->body.find("href=\"/doc/" + std::to_string(id_of_number("12/KH-UBND", date)) + "\""),
              std::string::npos)
        << date;
  const auto api = json_of("/api/doc/12%2FKH-UBND", 300);
  EXPECT_EQ(api["candidates"].size(), 2u);
  // With its year the number names one.
  EXPECT_NE(body_of("/doc/12%2FKH-UBND%202024").find("Thực hiện chương trình phát triển"), std::string::npos);
}

TEST(WebServerStart, MissingOrForeignCatalogIsAClearError) {
  TempDir dir;
  views::ServerOptions o;
  o.db_path = dir / "missing.sqlite";
  try {
    views::WebServer s(o);
    FAIL();
  } catch (const views::ServeError& e) {
    EXPECT_NE(std::string(e.what()).find("no catalog at"), std::string::npos) << e.what();
  }
  std::ofstream(dir / "notes.sqlite") << "not a database at all, just text\n";
  o.db_path = dir / "notes.sqlite";
  try {
    views::WebServer s(o);
    FAIL();
  } catch (const views::ServeError& e) {
    EXPECT_NE(std::string(e.what()).find("not a vnpolicy catalog"), std::string::npos) << e.what();
  }
  o.db_path = dir.path();
  EXPECT_THROW(views::WebServer s(o), views::ServeError);
}

// The server keeps answering while an ingest writes to the same catalog.
TEST(WebServerWhileIngesting, EveryRequestIsAnsweredWhileTheWriterCommits) {
  TempDir dir;
  const auto db = dir / "c.sqlite";
  ingest_in_process(db, {corpus_file("001")});
  const auto copies_dir = dir / "copies";
  std::filesystem::create_directories(copies_dir);
  const auto files = corpus_copies(copies_dir, 30);  // 150 documents to write
  views::ServerOptions o;
  o.db_path = db;
  o.port = 0;
  views::WebServer server(o);
  const int port = server.bind();
  std::thread t([&] { server.run(); });
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    const std::string db_arg = db.string(), dir_arg = copies_dir.string();
    execl(binary_path(), binary_path(), "ingest", "-j", "2", "--batch", "5", "--quiet", "--db", db_arg.c_str(),
          dir_arg.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  httplib::Client c("127.0.0.1", port);
  c.set_read_timeout(20, 0);
  int answered = 0, failed = 0;
  int status = 0;
  for (;;) {
    for (const char* path : {"/api/search?q=Lai+Chau", "/doc/1", "/api/tasks", "/search?q=dau+tu", "/"}) {
      auto r = c.Get(path);
      if (r && r->status == 200)
        ++answered;
      else
        ++failed;
    }
    if (waitpid(child, &status, WNOHANG) == child) break;
  }
  server.stop();
  t.join();
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the ingest failed";
  EXPECT_EQ(failed, 0);
  EXPECT_GT(answered, 10);
  EXPECT_EQ(count_rows(db, "SELECT COUNT(*) FROM documents"), 151);
}

}  // namespace
}  // namespace vnpolicy::testing
