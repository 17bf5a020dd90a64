// `vnpolicy ingest DIR` on a folder of what portals and offices send: a text PDF, a
// scanned PDF, DOCX, Word 97 DOC, a saved HTML page, TCVN3 and VNI text, and a corrupt
// file. Every readable file becomes a document with its own number (each fixture carries
// a different one, so the catalog shows which file gave which document); the bad file is
// reported by name, the run exits 1 and the rest is stored. Fixtures are made here with
// the real tools (python3-docx, reportlab, PIL + img2pdf, LibreOffice, iconv).
#include <iconv.h>

#include <fstream>
#include <map>

#include "catalog_fixture.h"

namespace vnpolicy::testing {
namespace {

namespace fs = std::filesystem;

int sh(const std::string& cmd) { return std::system(cmd.c_str()); }

std::string iconv_encode(const std::string& text, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << charset;
  std::string out(text.size() * 4, '\0');
  char* in = const_cast<char*>(text.data());
  char* o = out.data();
  size_t inleft = text.size(), outleft = out.size();
  EXPECT_NE(iconv(cd, &in, &inleft, &o, &outleft), static_cast<size_t>(-1)) << charset;
  iconv_close(cd);
  out.resize(out.size() - outleft);
  return out;
}

const char* kTask =
    "1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát quy trình nội bộ, hoàn thành trong quý III năm 2024.";

// The plan as text, numbered `n`.
std::string plan_text(int n) {
  return "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Số: " + std::to_string(n) + "/KH-UBND\n\nLai Châu, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\n\n"
         "Triển khai chuyển đổi số năm 2024\n\n" + kTask + "\n";
}

// The same, as a spec for tests/make_pdf_fixture.py (header columns side by side).
std::string plan_pdf_spec(int n) {
  return "L: ỦY BAN NHÂN DÂN\nR: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nL: TỈNH LAI CHÂU\nR: Độc lập - Tự do - Hạnh phúc\n"
         "L: Số: " + std::to_string(n) + "/KH-UBND\nR: Lai Châu, ngày 10 tháng 3 năm 2024\nC: KẾ HOẠCH\n"
         "C: Triển khai chuyển đổi số năm 2024\n" + kTask + "\n";
}

// The same, as a portal page.
std::string plan_html(int n) {
  return "<!DOCTYPE html><html><body><nav><a href=\"/\">Trang chủ</a></nav><div class=\"noidung\">"
         "<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH LAI CHÂU</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
         "Độc lập - Tự do - Hạnh phúc</td></tr><tr><td>Số: " + std::to_string(n) + "/KH-UBND</td>"
         "<td>Lai Châu, ngày 10 tháng 3 năm 2024</td></tr></table><p>KẾ HOẠCH</p>"
         "<p>Triển khai chuyển đổi số năm 2024</p><p>" + kTask + "</p></div></body></html>";
}

TEST(IngestFormats, AFolderOfEveryKindIsIngestedFileByFile) {
  TempDir tmp;
  const fs::path dir = tmp / "inbox";
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return dir / name;
  };
  auto pdf = [&](const std::string& name, const char* mode, int n) {
    fs::path spec = write(name + ".spec.tmp", plan_pdf_spec(n));
    std::string cmd = "/usr/bin/python3 '" + (source_dir() / "tests" / "make_pdf_fixture.py").string() + "' " + mode +
                      " '" + spec.string() + "' '" + (dir / name).string() + "'";
    EXPECT_EQ(sh(cmd), 0) << cmd;
    fs::remove(spec);
  };
  pdf("a_text.pdf", "text", 11);
  pdf("b_scan.pdf", "scan", 12);
  const char* docx = R"PY(
import sys
from docx import Document
d = Document()
for line in open(sys.argv[1], encoding="utf-8").read().split("\n\n"):
    d.add_paragraph(line.strip())
d.save(sys.argv[2])
)PY";
  write("make_docx.py.tmp", docx);
  write("c.txt.tmp", plan_text(13));
  ASSERT_EQ(sh("/usr/bin/python3 '" + (dir / "make_docx.py.tmp").string() + "' '" + (dir / "c.txt.tmp").string() +
               "' '" + (dir / "c_word.docx").string() + "'"),
            0);
  // DOC: LibreOffice saves the page as Word 97.
  write("d_page.html.tmp", plan_html(14));
  fs::copy_file(dir / "d_page.html.tmp", tmp / "d_word.html");
  ASSERT_EQ(sh("cd '" + tmp.path().string() + "' && HOME='" + tmp.path().string() +
               "' timeout 180 soffice --headless --norestore --infilter='HTML (StarWriter)' --convert-to doc "
               "d_word.html >/dev/null 2>&1"),
            0);
  fs::copy_file(tmp / "d_word.doc", dir / "d_word.doc");
  write("e_portal.html", plan_html(15));
  write("f_tcvn3.txt", iconv_encode(plan_text(16), "TCVN5712-1"));
  // VNI by hand (no iconv table): a base letter then mark bytes, here as Windows-1252 text.
  write("g_vni.txt", iconv_encode("Keá hoaïch phaùt trieån kinh teá - xaõ hoäi tænh Lai Chaâu naêm 2024\n\nSoá: 17/KH-UBND\n\n"
                                  "Sôû Noäi vuï chuû trì, phoái hôïp vôùi Sôû Taøi chính.\n",
                                  "WINDOWS-1252"));
  write("h_broken.docx", "PK\x03\x04 not really a zip");
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().string().ends_with(".tmp")) fs::remove(e.path());

  int status = -1;
  const fs::path db = tmp / "catalog.sqlite";
  std::string out = run_cli("ingest -q --db '" + db.string() + "' '" + dir.string() + "'", &status, true);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("h_broken.docx: corrupt zip"), std::string::npos) << out;

  Database catalog(db, true);
  auto q = catalog.prepare("SELECT path, number, error FROM documents ORDER BY path");
  std::map<std::string, std::string> number_of;
  std::map<std::string, std::string> error_of;
  while (q.step()) {
    std::string name = fs::path(q.text(0)).filename().string();
    number_of[name] = q.text(1);
    error_of[name] = q.text(2);
  }
  const std::map<std::string, std::string> expected{
      {"a_text.pdf", "11/KH-UBND"},   {"b_scan.pdf", "12/KH-UBND"}, {"c_word.docx", "13/KH-UBND"},
      {"d_word.doc", "14/KH-UBND"},   {"e_portal.html", "15/KH-UBND"}, {"f_tcvn3.txt", "16/KH-UBND"},
      {"g_vni.txt", "17/KH-UBND"}};
  for (const auto& [name, number] : expected) {
    EXPECT_EQ(number_of[name], number) << name << ": " << error_of[name] << "\n" << out;
    EXPECT_EQ(error_of[name], "") << name;
  }
}

}  // namespace
}  // namespace vnpolicy::testing
