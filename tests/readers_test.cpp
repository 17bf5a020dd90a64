// The format readers end to end: fixtures made at test time with real tools from text
// this file writes (python3-docx for DOCX; LibreOffice for DOC and RTF), then
// file -> text -> items. One document held in several formats gives the same items.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "read/document_reader.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

namespace fs = std::filesystem;

struct Fixtures {
  fs::path dir;
  Fixtures() {
    dir = fs::temp_directory_path() / ("vnpolicy-readers-" + std::to_string(getpid()));
    fs::create_directories(dir);
  }
  ~Fixtures() { fs::remove_all(dir); }
  fs::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return dir / name;
  }
};

int sh(const std::string& cmd) { return std::system(cmd.c_str()); }

// Debian's python3 (where python3-docx lives), not whatever python3 is first on PATH.
const char* kPython = "/usr/bin/python3";

// The plan as a python-docx script: a two-cell header table, a numbered list, an
// assignment table.
const char* kMakeDocx = R"PY(
import sys
from docx import Document
d = Document()
t = d.add_table(rows=2, cols=2)
t.cell(0,0).text = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU"
t.cell(0,1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
t.cell(1,0).text = "Số: 45/KH-UBND"
t.cell(1,1).text = "Lai Châu, ngày 10 tháng 3 năm 2024"
d.add_paragraph("KẾ HOẠCH")
d.add_paragraph("Triển khai chuyển đổi số năm 2024")
d.add_paragraph("Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu năm 2023;")
d.add_paragraph("I. MỤC TIÊU")
d.add_paragraph("Đến năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 80%.", style="List Number")
d.add_paragraph("Đến năm 2025, 100% cán bộ, công chức cấp tỉnh được tập huấn kỹ năng số.", style="List Number")
d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
rows = [("TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"),
        ("1", "Xây dựng kho dữ liệu số dùng chung của tỉnh", "Sở Thông tin và Truyền thông", "Sở Tài chính, Văn phòng UBND tỉnh", "Quý II/2024"),
        ("2", "Đào tạo kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", "Sở Thông tin và Truyền thông", "Tháng 10/2024")]
t = d.add_table(rows=len(rows), cols=5)
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
d.save(sys.argv[1])
)PY";

// The same plan as a user would keep it in a text file.
const char* kPlanText =
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 45/KH-UBND\n\nLai Châu, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nTriển khai chuyển đổi số năm 2024\n\n"
    "Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu năm 2023;\n\n"
    "I. MỤC TIÊU\n\n1. Đến năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 80%.\n\n"
    "2. Đến năm 2025, 100% cán bộ, công chức cấp tỉnh được tập huấn kỹ năng số.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
    "| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n"
    "| 1 | Xây dựng kho dữ liệu số dùng chung của tỉnh | Sở Thông tin và Truyền thông | Sở Tài chính, Văn phòng UBND tỉnh | Quý II/2024 |\n"
    "| 2 | Đào tạo kỹ năng số cho cán bộ, công chức | Sở Nội vụ | Sở Thông tin và Truyền thông | Tháng 10/2024 |\n";

// The same plan as a portal page: menus, scripts and a footer around the body.
const char* kPlanHtml = R"HTML(<!-- server timer --><!DOCTYPE html><html><head><title>Văn bản</title>
<script>var x = "<p>không phải văn bản</p>";</script><style>p{color:red}</style></head><body>
<nav><a href="/">Trang chủ</a> <a href="/vb">Văn bản</a></nav>
<div id="menu"><ul><li><a href="/a">Văn bản mới</a></li><li><a href="/b">Văn bản hợp nhất của các bộ ngành</a></li></ul></div>
<div class="noidung">
<table><tr><td><p>ỦY BAN NHÂN DÂN<br>TỈNH LAI CHÂU</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p></td></tr>
<tr><td>Số: 45/KH-UBND</td><td>Lai Châu, ngày 10 tháng 3 năm 2024</td></tr></table>
<p>KẾ HOẠCH</p><p>Triển khai chuyển đổi số năm 2024</p>
<p>Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu năm 2023;</p>
<p>I. MỤC TIÊU</p>
<ol><li>Đến năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 80%.</li>
<li>Đến năm 2025, 100% cán bộ, công chức cấp tỉnh được tập huấn kỹ năng số.</li></ol>
<p>II. TỔ CHỨC THỰC HIỆN</p>
<table><tr><th>TT</th><th>Nội dung công việc</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời hạn</th></tr>
<tr><td>1</td><td>Xây dựng kho dữ liệu số dùng chung của tỉnh</td><td>Sở Thông tin và Truyền thông</td><td><p>Sở Tài chính,</p><p>Văn phòng UBND tỉnh</p></td><td>Quý II/2024</td></tr>
<tr><td>2</td><td>Đào tạo kỹ năng số cho cán bộ, công chức</td><td>Sở Nội vụ</td><td>Sở Thông tin và Truyền thông</td><td>Tháng 10/2024</td></tr></table>
</div><footer><a href="/lh">Liên hệ</a> Bản quyền thuộc về cổng thông tin</footer></body></html>)HTML";

// What a reader's record says, as one comparable string: header, references, targets, tasks.
std::string items_of(const Record& r) {
  nlohmann::json j;
  j["number"] = r.document.number.value_or("");
  j["issuer"] = r.document.issuer.value_or("");
  j["date"] = r.document.issued_date.value_or("");
  for (const auto& ref : r.references) j["refs"].push_back(ref.number);
  for (const auto& t : r.targets) j["targets"].push_back({t.value, t.year.value_or(0), t.unit.value_or("")});
  for (const auto& t : r.tasks)
    j["tasks"].push_back({t.lead, t.support, t.deadline ? t.deadline->text : ""});
  return j.dump();
}

Record extract_file(const fs::path& p) { return testing::project_extractor().extract(read_document(p)); }

class Readers : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fx_ = new Fixtures;
    std::ofstream(fx_->dir / "make_docx.py") << kMakeDocx;
    docx_ok_ = sh(std::string(kPython) + " '" + (fx_->dir / "make_docx.py").string() + "' '" +
                  (fx_->dir / "plan.docx").string() + "'") == 0;
  }
  static void TearDownTestSuite() { delete fx_; }
  static Fixtures* fx_;
  static bool docx_ok_;
};
Fixtures* Readers::fx_ = nullptr;
bool Readers::docx_ok_ = false;

TEST_F(Readers, DocxKeepsHeaderNumberingAndAssignmentTable) {
  ASSERT_TRUE(docx_ok_) << "python3-docx could not make the fixture";
  ReadOutcome in = read_document(fx_->dir / "plan.docx");
  ASSERT_FALSE(in.error) << *in.error;
  EXPECT_EQ(in.source.format, "docx");
  EXPECT_NE(in.text.find("\n1. Đến năm 2025, tỷ lệ hồ sơ"), std::string::npos) << in.text;
  EXPECT_NE(in.text.find("\n2. Đến năm 2025, 100%"), std::string::npos) << in.text;
  EXPECT_NE(in.text.find("| 1 | Xây dựng kho dữ liệu số dùng chung của tỉnh | Sở Thông tin và Truyền thông | "
                         "Sở Tài chính, Văn phòng UBND tỉnh | Quý II/2024 |\n"),
            std::string::npos)
      << in.text;
  Record r = testing::project_extractor().extract(in);
  EXPECT_EQ(r.document.number.value_or(""), "45/KH-UBND");
  EXPECT_EQ(r.document.issuer.value_or(""), "Ủy ban nhân dân tỉnh Lai Châu");
  ASSERT_EQ(r.tasks.size(), 2u);
  EXPECT_EQ(r.tasks[0].lead, std::vector<std::string>{"Sở Thông tin và Truyền thông"});
  EXPECT_EQ(r.tasks[0].support, (std::vector<std::string>{"Sở Tài chính", "Văn phòng UBND tỉnh"}));
  ASSERT_TRUE(r.tasks[0].deadline);
  EXPECT_EQ(r.tasks[0].deadline->text, "Quý II/2024");
  EXPECT_EQ(r.tasks[1].lead, std::vector<std::string>{"Sở Nội vụ"});
}

// One document in every format a reader takes: the same items from each. To add a
// format, add a row that makes its file (PDF: from the DOCX with LibreOffice).
TEST_F(Readers, OneDocumentInSeveralFormatsGivesTheSameItems) {
  ASSERT_TRUE(docx_ok_);
  const std::string expected = items_of(extract_file(fx_->write("plan.txt", kPlanText)));
  ASSERT_NE(expected.find("Sở Nội vụ"), std::string::npos) << expected;
  struct Format { const char* name; std::function<fs::path()> make; };
  // DOC and RTF are made by LibreOffice from the HTML page (its DOCX-to-DOC export of a
  // python-docx table loses the table; real Word files keep theirs).
  auto soffice_to = [](const char* ext) {
    return [ext]() {
      std::string cmd = "cd '" + fx_->dir.string() + "' && HOME='" + fx_->dir.string() +
                        "' timeout 180 soffice --headless --norestore --infilter='HTML (StarWriter)' --convert-to " +
                        ext + " plan.html >/dev/null 2>&1";
      EXPECT_EQ(sh(cmd), 0) << cmd;
      return fx_->dir / (std::string("plan.") + ext);
    };
  };
  std::vector<Format> formats = {
      {"docx", [] { return fx_->dir / "plan.docx"; }},
      {"html", [] { return fx_->write("plan.html", kPlanHtml); }},
      {"doc", soffice_to("doc")},
      {"rtf", soffice_to("rtf")},
  };
  for (const auto& f : formats) {
    fs::path p = f.make();
    Record r = extract_file(p);
    ASSERT_FALSE(r.error) << f.name << ": " << *r.error;
    EXPECT_EQ(r.source.format, f.name);
    EXPECT_EQ(items_of(r), expected) << f.name;
  }
}

// Runs in .VnTime (TCVN3), .VnTimeH (TCVN3 drawn in capitals) and VNI-Times are decoded;
// a run that names .VnTime but holds Unicode text is left alone.
TEST_F(Readers, DocxLegacyFontRunsAreDecoded) {
  const char* script = R"PY(
import sys
from docx import Document
d = Document()
p = d.add_paragraph(); r = p.add_run("céng hoµ x· héi chñ nghÜa viÖt nam"); r.font.name = ".VnTimeH"
p = d.add_paragraph(); r = p.add_run("Ph¸t triÓn kinh tÕ - x· héi cña tØnh n¨m 2024"); r.font.name = ".VnTime"
p = d.add_paragraph(); r = p.add_run("Phaùt trieån kinh teá - xaõ hoäi"); r.font.name = "VNI-Times"
d.save(sys.argv[1])
)PY";
  std::ofstream(fx_->dir / "legacy.py") << script;
  ASSERT_EQ(sh(std::string(kPython) + " '" + (fx_->dir / "legacy.py").string() + "' '" + (fx_->dir / "legacy.docx").string() + "'"), 0);
  ReadOutcome in = read_document(fx_->dir / "legacy.docx");
  ASSERT_FALSE(in.error) << *in.error;
  EXPECT_EQ(in.text,
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nPhát triển kinh tế - xã hội của tỉnh năm 2024\n\n"
            "Phát triển kinh tế - xã hội\n");
  EXPECT_EQ(*in.source.encoding, "tcvn3+vni");

  const char* unicode = R"PY(
import sys
from docx import Document
d = Document()
p = d.add_paragraph(); r = p.add_run("Phát triển kinh tế - xã hội của tỉnh năm 2024"); r.font.name = ".VnTime"
d.save(sys.argv[1])
)PY";
  std::ofstream(fx_->dir / "unicode.py") << unicode;
  ASSERT_EQ(sh(std::string(kPython) + " '" + (fx_->dir / "unicode.py").string() + "' '" + (fx_->dir / "unicode.docx").string() + "'"), 0);
  ReadOutcome u = read_document(fx_->dir / "unicode.docx");
  ASSERT_FALSE(u.error);
  EXPECT_EQ(u.text, "Phát triển kinh tế - xã hội của tỉnh năm 2024\n");
  EXPECT_EQ(*u.source.encoding, "utf-8");
}

// Old documents pasted together from TCVN3 and VNI sources, in a font whose name says
// no encoding: each span is decoded in the encoding it reads as; a span too short to
// tell takes the one it reads best in; Unicode text in the same font stays as it is.
TEST_F(Readers, MixedLegacyTextInAFontThatNamesNoEncoding) {
  const char* script = R"PY(
import sys
from docx import Document
d = Document()
def para(*runs):
    p = d.add_paragraph()
    for text, font in runs:
        r = p.add_run(text); r.font.name = font
para(("MôC LôC", "VnSouthern"))
para(("Ph¸t triÓn kinh tÕ - x· héi cña tØnh n¨m 2024", "VnSouthern"))
para(("Phaùt trieån kinh teá - xaõ hoäi", "VnSouthern"))
para(("§VT: 1000 ®ång", "VnSouthern"))
para(("Sở Tài chính chủ trì", "VnSouthern"))
para(("Keá hoaïch phaùt trieån kinh teá - xaõ hoäi cuûa tænh", "VNI-Times"))
para(("Ban hµnh kÌm theo QuyÕt ®Þnh sè 12 cña ñy ban nh©n d©n tØnh", "VNI-Times"))
para(("§VT: 1000 ®ång", "VNI-Times"))
d.save(sys.argv[1])
)PY";
  std::ofstream(fx_->dir / "mixed.py") << script;
  ASSERT_EQ(sh(std::string(kPython) + " '" + (fx_->dir / "mixed.py").string() + "' '" + (fx_->dir / "mixed.docx").string() + "'"), 0);
  ReadOutcome in = read_document(fx_->dir / "mixed.docx");
  ASSERT_FALSE(in.error) << *in.error;
  EXPECT_EQ(in.text,
            "MỤC LỤC\n\nPhát triển kinh tế - xã hội của tỉnh năm 2024\n\nPhát triển kinh tế - xã hội\n\n"
            "ĐVT: 1000 đồng\n\nSở Tài chính chủ trì\n\n"
            "Kế hoạch phát triển kinh tế - xã hội của tỉnh\n\n"
            "Ban hành kèm theo Quyết định số 12 của ủy ban nhân dân tỉnh\n\nĐVT: 1000 đồng\n");
  EXPECT_EQ(*in.source.encoding, "tcvn3+vni");
}

TEST_F(Readers, BadFilesGiveErrorsThatSayWhatIsWrong) {
  // A zip whose directory is cut off.
  std::string docx;
  if (docx_ok_) docx = testing::read_file(fx_->dir / "plan.docx");
  ASSERT_GT(docx.size(), 1000u);
  ReadOutcome cut = decode_document("cut.docx", std::string_view(docx).substr(0, docx.size() / 2));
  ASSERT_TRUE(cut.error);
  EXPECT_EQ(cut.error->rfind("corrupt zip", 0), 0u) << *cut.error;

  // A zip without word/document.xml; an XLSX; a zip bomb.
  const char* zips = R"PY(
import sys, zipfile
d = sys.argv[1]
with zipfile.ZipFile(d + "/nodoc.docx", "w") as z: z.writestr("hello.txt", "xin chào")
with zipfile.ZipFile(d + "/book.docx", "w") as z: z.writestr("xl/workbook.xml", "<workbook/>")
with zipfile.ZipFile(d + "/bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", b"<w:document>" + b" " * (64 << 20) + b"</w:document>")
)PY";
  std::ofstream(fx_->dir / "zips.py") << zips;
  ASSERT_EQ(sh(std::string(kPython) + " '" + (fx_->dir / "zips.py").string() + "' '" + fx_->dir.string() + "'"), 0);
  EXPECT_EQ(*read_document(fx_->dir / "nodoc.docx").error, "zip archive without word/document.xml: not a Word (DOCX) document");
  EXPECT_EQ(*read_document(fx_->dir / "book.docx").error, "an Excel workbook (XLSX), not a Word document");
  ReadOutcome bomb = read_document(fx_->dir / "bomb.docx");
  ASSERT_TRUE(bomb.error);
  EXPECT_EQ(bomb.error->rfind("zip bomb refused: word/document.xml expands", 0), 0u) << *bomb.error;
  ReadOptions tight;
  tight.max_unpacked_bytes = 1000;
  ReadOutcome small = read_document(fx_->dir / "plan.docx", tight);
  ASSERT_TRUE(small.error);
  EXPECT_EQ(small.error->rfind("zip bomb refused", 0), 0u) << *small.error;

  // Bad XML inside a good zip.
  const char* badxml = R"PY(
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z: z.writestr("word/document.xml", "<w:document><w:body><w:p>")
)PY";
  std::ofstream(fx_->dir / "badxml.py") << badxml;
  ASSERT_EQ(sh(std::string(kPython) + " '" + (fx_->dir / "badxml.py").string() + "' '" + (fx_->dir / "badxml.docx").string() + "'"), 0);
  ReadOutcome bx = read_document(fx_->dir / "badxml.docx");
  ASSERT_TRUE(bx.error);
  EXPECT_EQ(bx.error->rfind("word/document.xml: bad XML at byte offset", 0), 0u) << *bx.error;

  // HTML with no body text.
  ReadOutcome nobody = decode_document("empty.html", "<!DOCTYPE html><html><head><title>x</title><script>1</script></head></html>");
  ASSERT_TRUE(nobody.error);
  EXPECT_EQ(*nobody.error, "HTML page has no body text");
  // A DOC that is not one (the OLE2 magic and nothing else).
  ReadOutcome doc = decode_document("x.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, 'x'));
  ASSERT_TRUE(doc.error);
  EXPECT_EQ(*doc.error, "an OLE2 compound file without a WordDocument stream: not a Word 97-2003 document");
}

// Portals (vbpl.vn among them) lay the header block out as small tables just before the
// container of the body text; the body's container holds nearly all the text, but the
// header's number, issuer and date must come with it, and the tabs before them must not.
TEST(HtmlReader, HeaderTablesBeforeTheBodyContainerAreKept) {
  std::string body;
  for (int i = 1; i <= 30; ++i)
    body += "<p>Điều " + std::to_string(i) + ". Các cơ quan, tổ chức có trách nhiệm thực hiện đúng quy định của "
            "Luật này trong phạm vi nhiệm vụ, quyền hạn được giao.</p>\n";
  std::string page = R"HTML(<!DOCTYPE html><html><body><div id="wrap"><div class="left"><ul>
<li><a href="/a">Văn bản mới ban hành</a></li><li><a href="/b">Văn bản hợp nhất</a></li></ul></div>
<div class="main"><div class="tabs"><a href="/tt">Thuộc tính</a> <a href="/ld">Lược đồ</a> <a href="/tv">Toàn văn</a></div>
<div class="fulltext"><div>
<table><tr><td><div><b>QUỐC HỘI</b></div><div>Số: 12/2024/QH15</div></td></tr></table>
<table><tr><td><div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div><div><b>Độc lập - Tự do - Hạnh phúc</b></div>
<div><i>Hà Nội, ngày 29 tháng 6 năm 2024</i></div></td></tr></table>
<div style="clear:both;"></div>
<div id="toanvancontent"><p>LUẬT</p><p>TỔ CHỨC THỰC HIỆN</p>
)HTML" + body + "</div></div></div></div></div></body></html>";
  ReadOutcome in = decode_document("luat.html", page);
  ASSERT_FALSE(in.error) << *in.error;
  EXPECT_EQ(in.text.rfind("QUỐC HỘI\n", 0), 0u) << in.text.substr(0, 300);
  EXPECT_NE(in.text.find("\nSố: 12/2024/QH15\n"), std::string::npos) << in.text.substr(0, 300);
  EXPECT_NE(in.text.find("\nĐiều 30. Các cơ quan"), std::string::npos);
  EXPECT_EQ(in.text.find("Thuộc tính"), std::string::npos) << in.text.substr(0, 300);
  EXPECT_EQ(in.text.find("Văn bản mới"), std::string::npos) << in.text.substr(0, 300);
  Record r = testing::project_extractor().extract(in);
  EXPECT_EQ(r.document.number.value_or(""), "12/2024/QH15");
  EXPECT_EQ(r.document.issuer.value_or(""), "Quốc hội");
  EXPECT_EQ(r.document.issued_date.value_or(""), "2024-06-29");
}

// A batch with bad files: each gets an error record naming it, the rest go on, exit 1.
TEST_F(Readers, BatchWithBadFilesGoesOn) {
  ASSERT_TRUE(docx_ok_);
  fs::path dir = fx_->dir / "batch";
  fs::create_directories(dir);
  fs::copy_file(fx_->dir / "plan.docx", dir / "a_plan.docx", fs::copy_options::overwrite_existing);
  std::ofstream(dir / "b_bad.docx", std::ios::binary) << "PK\x03\x04 not really a zip";
  std::ofstream(dir / "c_scan.png", std::ios::binary) << "\x89PNG\r\n\x1A\n";
  int status = -1;
  std::string out = testing::run_cli("extract '" + dir.string() + "' '" + (dir / "c_scan.png").string() + "'", &status, true);
  EXPECT_EQ(status, 1);
  EXPECT_NE(out.find("b_bad.docx: corrupt zip"), std::string::npos) << out;
  EXPECT_NE(out.find("c_scan.png: unsupported kind of file: PNG image"), std::string::npos) << out;
  EXPECT_NE(out.find("skipped 1 file of unsupported kind: c_scan.png"), std::string::npos) << out;
  EXPECT_NE(out.find("\"number\":\"45/KH-UBND\""), std::string::npos) << out;
}

}  // namespace
}  // namespace vnpolicy
