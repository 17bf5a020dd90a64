// Exports: CSV read back by Python's csv module, XLSX opened back with openpyxl and
// checked cell by cell, ICS checked for what RFC 5545 requires.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "catalog_fixture.h"
#include "core/text.h"
#include "views/export/csv_writer.h"
#include "views/export/ics_writer.h"
#include "views/export/xlsx_writer.h"
#include "views_support.h"

namespace vnpolicy::testing {
namespace {

using views::CalendarDate;
using views::Cell;
using views::Table;

// Text a spreadsheet user would type, and text that breaks naive writers.
Table sample_table() {
  Table t;
  t.name = "Chỉ tiêu";
  t.columns = {"id", "indicator", "value", "due", "text"};
  t.rows.push_back({int64_t{1}, std::string("Tỷ lệ che phủ rừng"), 52.3, CalendarDate{2023, 12, 31},
                    std::string("đạt 52,3% (\"chỉ tiêu\" chính)")});
  t.rows.push_back({int64_t{2}, std::string("GRDP, bình quân"), int64_t{63600}, std::monostate{},
                    std::string("dòng 1\r\ndòng 2\nhết")});
  t.rows.push_back({int64_t{3}, std::string("=1+2"), 0.1, CalendarDate{2024, 2, 29}, std::string("")});
  t.rows.push_back({int64_t{4}});  // short row: padded
  return t;
}

TEST(CsvWriter, QuotesOnlyWhatRfc4180Requires) {
  EXPECT_EQ(views::csv_field("plain text"), "plain text");
  EXPECT_EQ(views::csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(views::csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(views::csv_field("two\nlines"), "\"two\nlines\"");
  std::ostringstream out;
  views::write_csv(out, sample_table());
  const std::string csv = out.str();
  EXPECT_EQ(csv.rfind("id,indicator,value,due,text\r\n", 0), 0u) << csv;
  EXPECT_NE(csv.find("\r\n1,Tỷ lệ che phủ rừng,52.3,2023-12-31,\"đạt 52,3% (\"\"chỉ tiêu\"\" chính)\"\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("\r\n4,,,,\r\n"), std::string::npos) << csv;
}

// Python's csv module reads back every field exactly, with and without the BOM.
TEST(CsvWriter, PythonCsvModuleReadsBackEveryField) {
  TempDir dir;
  for (bool bom : {false, true}) {
    const auto path = dir / (bom ? "bom.csv" : "plain.csv");
    {
      std::ofstream f(path, std::ios::binary);
      views::write_csv(f, sample_table(), {bom});
    }
    const std::string head = read_file(path).substr(0, 3);
    EXPECT_EQ(head == "\xEF\xBB\xBF", bom);
    int status = -1;
    const std::string out = run_shell(
        std::string(kDebianPython) + " -c 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline=\"\", "
        "encoding=\"utf-8-sig\")))))' " +
            shell_quote(path.string()),
        &status);
    ASSERT_EQ(status, 0) << out;
    const auto rows = nlohmann::json::parse(out);
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0], nlohmann::json({"id", "indicator", "value", "due", "text"}));
    EXPECT_EQ(rows[1], nlohmann::json({"1", "Tỷ lệ che phủ rừng", "52.3", "2023-12-31", "đạt 52,3% (\"chỉ tiêu\" chính)"}));
    EXPECT_EQ(rows[2], nlohmann::json({"2", "GRDP, bình quân", "63600", "", "dòng 1\r\ndòng 2\nhết"}));
    EXPECT_EQ(rows[3], nlohmann::json({"3", "=1+2", "0.1", "2024-02-29", ""}));
    EXPECT_EQ(rows[4], nlohmann::json({"4", "", "", "", ""}));
  }
}

TEST(TableCells, JsonValuesBecomeTypedCells) {
  EXPECT_EQ(std::get<int64_t>(views::cell_from_json(12)), 12);
  EXPECT_DOUBLE_EQ(std::get<double>(views::cell_from_json(52.3)), 52.3);
  EXPECT_EQ(std::get<CalendarDate>(views::cell_from_json("2023-11-15")), (CalendarDate{2023, 11, 15}));
  // Not a real date, or not only a date: text.
  EXPECT_EQ(std::get<std::string>(views::cell_from_json("2023-02-30")), "2023-02-30");
  EXPECT_EQ(std::get<std::string>(views::cell_from_json("trước 2023-11-15")), "trước 2023-11-15");
  EXPECT_EQ(std::get<std::string>(views::cell_from_json(nlohmann::json::array({"a", 1}))), "a; 1");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(views::cell_from_json(nullptr)));
}

// openpyxl reads each cell's type and value, the frozen pane and the sheet names.
TEST(XlsxWriter, OpenpyxlReadsTypedCellsFrozenHeaderAndOneSheetPerTable) {
  TempDir dir;
  Table tasks;
  tasks.name = "Nhiệm vụ: [quý]/2023?";  // characters Excel refuses in a sheet name
  tasks.columns = {"id", "description"};
  tasks.rows.push_back({int64_t{7}, std::string("<script>alert(1)</script>")});
  const auto path = dir / "out.xlsx";
  views::write_xlsx(path, {sample_table(), tasks, sample_table()});
  ASSERT_TRUE(std::filesystem::exists(path));
  EXPECT_FALSE(std::filesystem::exists(path.string() + ".tmp-" + std::to_string(getpid())));
  const std::string script = R"(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "cells": {}, "freeze": {}}
def enc(v):
    if isinstance(v, datetime.datetime): return ["date", v.strftime("%Y-%m-%d")]
    if isinstance(v, bool): return ["bool", v]
    if isinstance(v, (int, float)): return ["number", v]
    if v is None: return ["empty", None]
    return ["text", v]
for ws in wb.worksheets:
    out["freeze"][ws.title] = ws.freeze_panes
    out["cells"][ws.title] = [[enc(c.value) for c in row] for row in ws.iter_rows()]
    out.setdefault("formats", {})[ws.title] = ws.cell(row=2, column=4).number_format
print(json.dumps(out))
)";
  {
    std::ofstream(dir / "read.py") << script;
  }
  int status = -1;
  const std::string out =
      run_shell(std::string(kDebianPython) + " " + shell_quote((dir / "read.py").string()) + " " + shell_quote(path.string()), &status);
  ASSERT_EQ(status, 0) << out;
  const auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j["sheets"], nlohmann::json({"Chỉ tiêu", "Nhiệm vụ_ _quý__2023_", "Chỉ tiêu (2)"}));
  for (const auto& name : j["sheets"]) EXPECT_EQ(j["freeze"][name.get<std::string>()], "A2") << name;
  const auto& c = j["cells"]["Chỉ tiêu"];
  ASSERT_EQ(c.size(), 5u);
  EXPECT_EQ(c[0][1], nlohmann::json({"text", "indicator"}));
  EXPECT_EQ(c[1][0], nlohmann::json({"number", 1}));
  EXPECT_EQ(c[1][1], nlohmann::json({"text", "Tỷ lệ che phủ rừng"}));
  EXPECT_EQ(c[1][2], nlohmann::json({"number", 52.3}));
  EXPECT_EQ(c[1][3], nlohmann::json({"date", "2023-12-31"}));
  EXPECT_EQ(c[1][4], nlohmann::json({"text", "đạt 52,3% (\"chỉ tiêu\" chính)"}));
  EXPECT_EQ(c[2][2], nlohmann::json({"number", 63600}));
  EXPECT_EQ(c[2][3], nlohmann::json({"empty", nullptr}));
  EXPECT_EQ(c[2][4], nlohmann::json({"text", "dòng 1\ndòng 2\nhết"}));  // Excel's line breaks: LF
  EXPECT_EQ(c[3][1], nlohmann::json({"text", "=1+2"}));  // text, not a formula
  EXPECT_EQ(c[3][3], nlohmann::json({"date", "2024-02-29"}));
  EXPECT_EQ(j["formats"]["Chỉ tiêu"], "yyyy-mm-dd");
  EXPECT_EQ(j["cells"]["Nhiệm vụ_ _quý__2023_"][1][1], nlohmann::json({"text", "<script>alert(1)</script>"}));
}

TEST(XlsxWriter, FailureNamesThePathAndLeavesNoFile) {
  TempDir dir;
  const auto path = dir / "missing-folder" / "out.xlsx";
  try {
    views::write_xlsx(path, {sample_table()});
    FAIL() << "no error";
  } catch (const views::ExportError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(XlsxWriter, SheetNamesAreValidForExcel) {
  EXPECT_EQ(views::xlsx_sheet_name("a/b\\c[d]e:f*g?h"), "a_b_c_d_e_f_g_h");
  EXPECT_EQ(views::xlsx_sheet_name("'quoted'"), "quoted");
  EXPECT_EQ(views::xlsx_sheet_name(""), "Sheet");
  // 31 characters, counted as characters (Vietnamese letters are 2-3 bytes).
  const std::string long_name = "Kế hoạch phát triển kinh tế xã hội năm 2023";
  const std::string cut = views::xlsx_sheet_name(long_name);
  EXPECT_EQ(cut, "Kế hoạch phát triển kinh tế xã ");
}

// The content lines of an ICS file, unfolded (RFC 5545 §3.1).
std::vector<std::string> unfolded_lines(const std::string& ics) {
  std::vector<std::string> lines;
  size_t i = 0;
  while (i < ics.size()) {
    const size_t end = ics.find("\r\n", i);
    const std::string physical = ics.substr(i, end == std::string::npos ? std::string::npos : end - i);
    if (!physical.empty() && physical[0] == ' ' && !lines.empty())
      lines.back() += physical.substr(1);
    else
      lines.push_back(physical);
    if (end == std::string::npos) break;
    i = end + 2;
  }
  return lines;
}

views::Calendar sample_calendar() {
  views::Calendar cal;
  cal.name = "Thời hạn: Sở Kế hoạch và Đầu tư";
  views::CalendarEvent e;
  e.uid = "deadline-4d2137c20f83-12@vnpolicy";
  e.date = {2023, 11, 15};
  e.summary = "Báo cáo tổng kết, đánh giá; gửi Sở KH&ĐT";
  e.description = "Nhiệm vụ: Tổng kết, đánh giá tình hình thực hiện Kế hoạch này trong phạm vi chức năng, nhiệm vụ "
                  "được giao gửi về sở Kế hoạch và Đầu tư trước ngày 15/11/2023.\nChủ trì: Các sở, ban, ngành tỉnh\n"
                  "Nguồn: 000_4d2137c20f8364eb.txt l.1120 \\ hết";
  cal.events.push_back(e);
  views::CalendarEvent span;
  span.uid = "deadline-x-2@vnpolicy";
  span.date = {2023, 12, 31};
  span.summary = "Năm 2023";
  cal.events.push_back(span);
  return cal;
}

TEST(IcsWriter, EscapesTextAndFoldsAt75OctetsWithoutSplittingCharacters) {
  EXPECT_EQ(views::ics_escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
  const std::string line = "DESCRIPTION:" + std::string(100, 'x') + "ếếếếếếếếếếếếếếếếếếếếếếếếếếếế";
  const std::string folded = views::ics_fold_line(line);
  ASSERT_GE(folded.size(), 2u);
  EXPECT_EQ(folded.substr(folded.size() - 2), "\r\n");
  size_t start = 0;
  std::string unfolded;
  while (start < folded.size()) {
    const size_t end = folded.find("\r\n", start);
    const std::string physical = folded.substr(start, end - start);
    EXPECT_LE(physical.size(), 75u) << physical;
    EXPECT_EQ(find_invalid_utf8(physical), std::string::npos) << "a character was split: " << physical;
    unfolded += start == 0 ? physical : physical.substr(1);
    if (start > 0) EXPECT_EQ(physical[0], ' ');
    start = end + 2;
  }
  EXPECT_EQ(unfolded, line);
}

TEST(IcsWriter, EveryEventHasWhatRfc5545Requires) {
  std::ostringstream out;
  const std::time_t stamp = 1700000000;  // 2023-11-14T22:13:20Z
  views::write_ics(out, sample_calendar(), stamp);
  const std::string ics = out.str();
  // CRLF everywhere, no bare LF.
  for (size_t i = 0; i < ics.size(); ++i)
    if (ics[i] == '\n') ASSERT_TRUE(i > 0 && ics[i - 1] == '\r') << "bare LF at " << i;
  const auto lines = unfolded_lines(ics);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  auto has = [&](const std::string& l) { return std::find(lines.begin(), lines.end(), l) != lines.end(); };
  EXPECT_TRUE(has("VERSION:2.0"));
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("PRODID:", 0) == 0; }));
  // Each VEVENT: exactly one UID, DTSTAMP, DTSTART (RFC 5545 §3.6.1 "MUST"), DTEND after it.
  int events = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != "BEGIN:VEVENT") continue;
    ++events;
    std::map<std::string, std::vector<std::string>> props;
    size_t j = i + 1;
    for (; j < lines.size() && lines[j] != "END:VEVENT"; ++j) {
      const size_t colon = lines[j].find(':');
      ASSERT_NE(colon, std::string::npos) << lines[j];
      props[lines[j].substr(0, colon)].push_back(lines[j].substr(colon + 1));
    }
    ASSERT_LT(j, lines.size()) << "VEVENT not closed";
    for (const char* required : {"UID", "DTSTAMP", "DTSTART;VALUE=DATE"})
      EXPECT_EQ(props[required].size(), 1u) << required;
    EXPECT_EQ(props["DTSTAMP"][0], "20231114T221320Z");
    ASSERT_EQ(props["DTEND;VALUE=DATE"].size(), 1u);
    EXPECT_GT(props["DTEND;VALUE=DATE"][0], props["DTSTART;VALUE=DATE"][0]);
    if (events == 1) {
      EXPECT_EQ(props["UID"][0], "deadline-4d2137c20f83-12@vnpolicy");
      EXPECT_EQ(props["DTSTART;VALUE=DATE"][0], "20231115");
      EXPECT_EQ(props["DTEND;VALUE=DATE"][0], "20231116");
      EXPECT_EQ(props["SUMMARY"][0], "Báo cáo tổng kết\\, đánh giá\\; gửi Sở KH&ĐT");
      EXPECT_NE(props["DESCRIPTION"][0].find("\\nChủ trì: Các sở\\, ban\\, ngành tỉnh\\nNguồn: "), std::string::npos)
          << props["DESCRIPTION"][0];
      EXPECT_NE(props["DESCRIPTION"][0].find("l.1120 \\\\ hết"), std::string::npos);
    } else {
      EXPECT_EQ(props["DTSTART;VALUE=DATE"][0], "20231231");
      EXPECT_EQ(props["DTEND;VALUE=DATE"][0], "20240101");  // across the year end
    }
  }
  EXPECT_EQ(events, 2);
}

}  // namespace
}  // namespace vnpolicy::testing
