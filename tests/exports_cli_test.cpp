// Exports from the CLI over a catalog of the seeds: --format csv on every list command
// read back by Python's csv module and compared with --format json; `export xlsx` opened
// with openpyxl and compared cell by cell with the CSV; `deadlines --format ics` checked
// for what RFC 5545 requires; tables fitted to $COLUMNS, and --wide.
#include <fstream>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "catalog_fixture.h"
#include "core/text.h"
#include "test_support.h"
#include "views/output.h"
#include "views/table_layout.h"
#include "views_support.h"

namespace vnpolicy::testing {
namespace {

class ExportsCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ingest_in_process(db(), seed_files());
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::filesystem::path db() { return *dir_ / "c.sqlite"; }
  static std::string cli(const std::string& args, int* status = nullptr) {
    int s = -1;
    std::string out = run_cli(args + " --db " + shell_quote(db().string()), &s);
    if (status)
      *status = s;
    else
      EXPECT_EQ(s, 0) << args;
    return out;
  }
  // Runs a Python script (Debian's python3) on `args`, returns its stdout parsed as JSON.
  static nlohmann::json python(const std::string& script, const std::string& args) {
    const auto file = *dir_ / "script.py";
    std::ofstream(file) << script;
    int status = -1;
    const std::string out =
        run_shell(std::string(kDebianPython) + " " + shell_quote(file.string()) + " " + args, &status);
    EXPECT_EQ(status, 0) << out;
    try {
      return nlohmann::json::parse(out);
    } catch (const std::exception&) {
      ADD_FAILURE() << "not JSON: " << out.substr(0, 500);
      return nullptr;
    }
  }
  static TempDir* dir_;
};
TempDir* ExportsCli::dir_ = nullptr;

// Python's csv module: the header and the rows as lists of strings.
constexpr const char* kReadCsv = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    raw = open(sys.argv[1], 'rb').read()
    print(json.dumps({"bom": raw.startswith(b'\xef\xbb\xbf'), "crlf": b'\r\n' in raw,
                      "rows": list(csv.reader(f, strict=True))}))
)";

// A JSON value as the CSV writes it: text as is, numbers without trailing zeros,
// arrays joined with "; ", booleans 1/0 (XLSX and CSV have no booleans), null empty.
std::string csv_text(const nlohmann::json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "1" : "0";
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number()) return format_number(v.get<double>());
  std::string s;
  for (const auto& e : v) s += (s.empty() ? "" : "; ") + csv_text(e);
  return s;
}

TEST_F(ExportsCli, EveryListCommandWritesTheJsonRowsAsCsv) {
  const std::vector<std::string> commands = {
      "docs",        "search che phu rung",      "refs --from 148/KH-UBND", "refs --cites 01/NQ-CP",
      "targets",     "series --indicator 'che phu rung'", "diff 000_4d2137c20f8364eb 148/KH-UBND",
      "tasks",       "agencies",                 "deadlines"};
  for (const auto& c : commands) {
    const auto json = nlohmann::json::parse(cli(c + " --format json"));
    ASSERT_TRUE(json.is_array()) << c;
    ASSERT_FALSE(json.empty()) << c << ": the seeds give rows";
    const auto file = *dir_ / "out.csv";
    std::ofstream(file, std::ios::binary) << cli(c + " --format csv");
    const auto back = python(kReadCsv, shell_quote(file.string()));
    EXPECT_FALSE(back["bom"].get<bool>()) << c;
    EXPECT_TRUE(back["crlf"].get<bool>()) << c << ": RFC 4180 ends records with CRLF";
    const auto& rows = back["rows"];
    ASSERT_EQ(rows.size(), json.size() + 1) << c << ": a header and one record per row";
    // The header: the JSON keys, in the columns' order.
    std::vector<std::string> keys;
    for (const auto& k : rows[0]) keys.push_back(k.get<std::string>());
    for (const auto& [key, value] : json[0].items())
      EXPECT_NE(std::find(keys.begin(), keys.end(), key), keys.end()) << c << ": no column " << key;
    EXPECT_EQ(keys.size(), json[0].size()) << c;
    for (size_t r = 0; r < json.size(); ++r)
      for (size_t k = 0; k < keys.size(); ++k)
        EXPECT_EQ(rows[r + 1][k].get<std::string>(), csv_text(json[r][keys[k]])) << c << " row " << r << " " << keys[k];
  }
}

TEST_F(ExportsCli, CsvForExcelStartsWithAByteOrderMark) {
  const std::string out = cli("tasks --format csv --bom");
  ASSERT_GE(out.size(), 3u);
  EXPECT_EQ(out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(out.substr(3, out.find("\r\n") - 3), "document,line,page,role,lead,support,deadline,due,description,document_id");
}

TEST_F(ExportsCli, WorkbookHasOneTypedSheetPerKind) {
  const auto path = *dir_ / "catalog.xlsx";
  cli("export xlsx " + shell_quote(path.string()));
  ASSERT_TRUE(std::filesystem::exists(path));
  const auto book = python(R"(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def enc(v):
    if isinstance(v, datetime.datetime): return {"date": v.strftime("%Y-%m-%d")}
    return v
print(json.dumps({ws.title: {"freeze": ws.freeze_panes,
                             "rows": [[enc(c.value) for c in row] for row in ws.iter_rows()]}
                  for ws in wb.worksheets}))
)",
                           shell_quote(path.string()));
  ASSERT_TRUE(book.is_object());
  std::vector<std::string> sheets;
  for (const auto& [name, sheet] : book.items()) sheets.push_back(name);
  EXPECT_EQ(sheets.size(), 5u);
  // Each sheet holds what the list command prints for the whole catalog.
  const std::vector<std::pair<std::string, std::string>> kinds = {
      {"documents", "docs"}, {"targets", "targets --limit 0"}, {"deadlines", "deadlines --limit 0"}, {"tasks", "tasks --limit 0"}};
  for (const auto& [sheet, command] : kinds) {
    ASSERT_TRUE(book.contains(sheet)) << sheet;
    const auto& s = book[sheet];
    EXPECT_EQ(s["freeze"], "A2") << sheet << ": the header row stays in view";
    const auto json = nlohmann::json::parse(cli(command + " --format json"));
    EXPECT_EQ(s["rows"].size(), json.size() + 1) << sheet;
  }
  ASSERT_TRUE(book.contains("references"));
  size_t refs = 0;
  for (const auto& d : nlohmann::json::parse(cli("docs --format json"))) refs += d["refs"].get<size_t>();
  EXPECT_EQ(book["references"]["rows"].size(), refs + 1);
  // Typed cells: a figure's value is a number, a document's date a date, text is text.
  const auto& targets = book["targets"]["rows"];
  const auto& header = targets[0];
  const size_t value = std::find(header.begin(), header.end(), "value") - header.begin();
  ASSERT_LT(value, header.size());
  bool number = false;
  for (size_t r = 1; r < targets.size(); ++r) number = number || targets[r][value].is_number();
  EXPECT_TRUE(number) << "values are numbers";
  const auto& docs = book["documents"]["rows"];
  const size_t date = std::find(docs[0].begin(), docs[0].end(), "date") - docs[0].begin();
  ASSERT_LT(date, docs[0].size());
  bool dated = false;
  for (size_t r = 1; r < docs.size(); ++r)
    if (docs[r][date].is_object()) dated = dated || docs[r][date]["date"] == "2021-01-19";
  EXPECT_TRUE(dated) << "148/KH-UBND's date is an Excel date";
}

// Cell by cell: each sheet of a list command holds the same rows as its --format csv,
// numbers as numbers equal to the CSV's, dates as dates of the CSV's day, empty as empty.
TEST_F(ExportsCli, WorkbookCellsEqualTheCsvOfEachListCommand) {
  const auto path = *dir_ / "cells.xlsx";
  cli("export xlsx " + shell_quote(path.string()));
  std::string args = shell_quote(path.string());
  for (const auto& [sheet, command] : std::vector<std::pair<std::string, std::string>>{
           {"documents", "docs"}, {"targets", "targets --limit 0"}, {"deadlines", "deadlines --limit 0"}, {"tasks", "tasks --limit 0"}}) {
    const auto file = *dir_ / (sheet + ".csv");
    std::ofstream(file, std::ios::binary) << cli(command + " --format csv");
    args += " " + sheet + " " + shell_quote(file.string());
  }
  const auto result = python(R"(
import csv, datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for sheet, path in zip(sys.argv[2::2], sys.argv[3::2]):
    with open(path, newline='', encoding='utf-8') as f:
        want = list(csv.reader(f, strict=True))
    got = [list(r) for r in wb[sheet].iter_rows(values_only=True)]
    bad, cells, kinds = [], 0, set()
    if got[0] != want[0]: bad.append(["header", got[0], want[0]])
    # Rows may come in another order: match each sheet row to the CSV row of its text.
    def text(v):  # a cell as the CLI writes it in CSV
        if v is None: return ''
        if isinstance(v, datetime.datetime): return v.strftime('%Y-%m-%d')
        if isinstance(v, float) and v.is_integer(): return str(int(v))
        if isinstance(v, (int, float)): return repr(v)
        return v
    left = sorted(tuple(r) for r in want[1:])
    right = sorted(tuple(text(c) for c in r) for r in got[1:])
    for r in got[1:]:
        for c in r:
            cells += 1
            kinds.add(type(c).__name__)
    if left != right:
        missing = [r for r in left if r not in right][:2]
        extra = [r for r in right if r not in left][:2]
        bad.append(["rows", missing, extra])
    out[sheet] = {"bad": bad, "cells": cells, "rows": len(got) - 1, "kinds": sorted(kinds)}
print(json.dumps(out, ensure_ascii=False, default=str))
)",
                             args);
  ASSERT_TRUE(result.is_object());
  for (const auto& [sheet, r] : result.items()) {
    EXPECT_TRUE(r["bad"].empty()) << sheet << ": " << r["bad"].dump();
    EXPECT_GT(r["rows"].get<int>(), 0) << sheet;
  }
  // Numbers and dates are typed cells, not text that looks like them.
  const auto kinds = result["deadlines"]["kinds"];
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "datetime"), kinds.end()) << kinds;
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "int"), kinds.end()) << kinds;
}

TEST_F(ExportsCli, WorkbookOfOneDocumentAndABadPath) {
  const auto path = *dir_ / "one.xlsx";
  cli("export xlsx " + shell_quote(path.string()) + " --doc 148/KH-UBND");
  const auto rows = python(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: ws.max_row for ws in wb.worksheets}))
)",
                           shell_quote(path.string()));
  EXPECT_EQ(rows["documents"], 2);
  EXPECT_EQ(rows["tasks"], 1 + nlohmann::json::parse(cli("tasks --doc 148/KH-UBND --format json")).size());
  int status = -1;
  const std::string err = run_cli("export xlsx /no/such/folder/x.xlsx --db " + shell_quote(db().string()), &status, true);
  EXPECT_EQ(status, 1);
  EXPECT_NE(err.find("/no/such/folder/x.xlsx"), std::string::npos) << err;
}

TEST_F(ExportsCli, DeadlinesAsAnRfc5545Calendar) {
  const auto file = *dir_ / "deadlines.ics";
  std::ofstream(file, std::ios::binary) << cli("deadlines --limit 0 --format ics");
  const auto cal = python(R"(
import json, re, sys
raw = open(sys.argv[1], 'rb').read()
lines_ok = all(len(l) <= 75 for l in raw.split(b'\r\n'))
text = raw.decode('utf-8')
bare_lf = '\n' in text.replace('\r\n', '')
# Unfold (RFC 5545 3.1), then read each event's properties.
text = re.sub(r'\r\n[ \t]', '', text)
lines = text.split('\r\n')
events, cur, top = [], None, []
for l in lines:
    if l == 'BEGIN:VEVENT': cur = {}
    elif l == 'END:VEVENT': events.append(cur); cur = None
    elif ':' in l:
        name, value = l.split(':', 1)
        (cur if cur is not None else top.append(name) or {})[name.split(';')[0]] = value
print(json.dumps({"first": lines[0], "last": [l for l in lines if l][-1], "top": top, "events": events,
                  "lines_ok": lines_ok, "bare_lf": bare_lf}))
)",
                          shell_quote(file.string()));
  EXPECT_EQ(cal["first"], "BEGIN:VCALENDAR");
  EXPECT_EQ(cal["last"], "END:VCALENDAR");
  EXPECT_TRUE(cal["lines_ok"].get<bool>()) << "lines folded at 75 octets";
  EXPECT_FALSE(cal["bare_lf"].get<bool>()) << "every line ends in CRLF";
  for (const char* p : {"VERSION", "PRODID"})
    EXPECT_NE(std::find(cal["top"].begin(), cal["top"].end(), p), cal["top"].end()) << p;
  // One event per dated deadline, each with UID, DTSTAMP and a DATE start; UIDs unique.
  size_t dated = 0;
  for (const auto& d : nlohmann::json::parse(cli("deadlines --limit 0 --format json"))) dated += !d["due"].is_null();
  ASSERT_EQ(cal["events"].size(), dated);
  std::set<std::string> uids;
  bool found = false;
  for (const auto& e : cal["events"]) {
    for (const char* p : {"UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"}) EXPECT_TRUE(e.contains(p)) << p;
    EXPECT_TRUE(std::regex_match(e["DTSTART"].get<std::string>(), std::regex("[0-9]{8}")));
    uids.insert(e["UID"].get<std::string>());
    // 148/KH-UBND: units report by 15/11/2021; the event names the task, its lead and source.
    if (e["DTSTART"] == "20211115") {
      found = true;
      const std::string desc = e["DESCRIPTION"];
      EXPECT_NE(desc.find("Nhiệm vụ: Tổng kết"), std::string::npos) << desc;
      EXPECT_NE(desc.find("Chủ trì: "), std::string::npos) << desc;
      EXPECT_NE(desc.find("Nguồn: 148/KH-UBND\\, dòng 886"), std::string::npos) << desc;
    }
  }
  EXPECT_EQ(uids.size(), cal["events"].size());
  EXPECT_TRUE(found);
  // The same export twice: the same UIDs (a subscribed calendar updates, never duplicates).
  const std::string again = cli("deadlines --limit 0 --format ics");
  for (const auto& uid : uids) EXPECT_NE(again.find("UID:" + uid.substr(0, 40)), std::string::npos) << uid;
}

TEST_F(ExportsCli, TablesFitTheTerminalWidthAndWideShowsAll) {
  for (int width : {80, 120})
    for (const char* command : {"tasks --limit 0", "targets --limit 0", "deadlines --limit 0", "show 148/KH-UBND"}) {
      const std::string fitted = run_shell("COLUMNS=" + std::to_string(width) + " " +
                                           shell_quote(std::string(binary_path())) + " " + command + " --db " +
                                           shell_quote(db().string()) + " 2>/dev/null");
      size_t lines = 0;
      for (const auto& l : split(fitted, '\n')) {
        if (l.empty()) continue;
        ++lines;
        EXPECT_LE(views::display_width(l), static_cast<size_t>(width)) << command << ": " << l;
      }
      EXPECT_GT(lines, 10u) << command;
      EXPECT_NE(fitted.find("…"), std::string::npos) << command << ": long cells are cut";
    }
  // A document's own page names it once, in its header, not again on each item row.
  const std::string page = run_shell("COLUMNS=120 " + shell_quote(std::string(binary_path())) + " show 148/KH-UBND --db " +
                                     shell_quote(db().string()) + " 2>/dev/null");
  const auto tasks_at = page.find("\nTasks (");
  ASSERT_NE(tasks_at, std::string::npos) << page;
  EXPECT_EQ(page.find("148/KH-UBND", tasks_at), std::string::npos) << page.substr(tasks_at);
  const std::string wide = run_shell("COLUMNS=80 " + shell_quote(std::string(binary_path())) + " tasks --wide --limit 0 --db " +
                                     shell_quote(db().string()) + " 2>/dev/null");
  EXPECT_EQ(wide.find("…"), std::string::npos);
  EXPECT_NE(wide.find("Quán triệt các nhiệm vụ, giải pháp nêu tại Kế hoạch này và các Nghị quyết khác"), std::string::npos);
}

}  // namespace
}  // namespace vnpolicy::testing
