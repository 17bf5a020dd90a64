// The program loads its heavy subsystems (PDF and OCR, web server, XLSX) as modules on
// first use (pipeline/modules): a query links none of their libraries, and a program
// whose module is missing says which one, for the files that need it only.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "catalog_fixture.h"
#include "test_support.h"

namespace vnpolicy {
namespace {

namespace fs = std::filesystem;

std::string run(const std::string& command, int* status) {
  std::string out;
  if (FILE* p = popen((command + " 2>&1").c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    const int rc = pclose(p);
    *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  }
  return out;
}

void write(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

TEST(Modules, TheProgramNeedsNoneOfTheHeavyLibraries) {
  int status = -1;
  const std::string needed = run("ldd '" + std::string(testing::binary_path()) + "'", &status);
  ASSERT_EQ(status, 0) << needed;
  EXPECT_NE(needed.find("libsqlite3"), std::string::npos) << needed;  // the check reads ldd's list
  for (const char* lib : {"libpoppler", "libtesseract", "libgvc", "libxlsxwriter", "libssl", "libcurl"})
    EXPECT_EQ(needed.find(lib), std::string::npos) << lib << " is loaded by every command:\n" << needed;
}

TEST(Modules, AModuleBesideTheProgramIsLoadedAndItsErrorsReachTheUser) {
  testing::TempDir dir;
  int status = -1;
  // The web module starts, finds no catalog and says so (its ServeError, not a module error).
  const std::string out = run("'" + std::string(testing::binary_path()) + "' serve --db '" +
                                  (dir / "none.sqlite").string() + "' --port 18999",
                              &status);
  EXPECT_EQ(status, 2) << out;
  EXPECT_NE(out.find("none.sqlite"), std::string::npos) << out;
  EXPECT_EQ(out.find("module"), std::string::npos) << out;
}

TEST(Modules, AProgramWithoutItsModulesNamesTheMissingOneAndTheBatchGoesOn) {
  testing::TempDir dir;
  const fs::path program = dir / "vnpolicy";
  fs::copy_file(testing::binary_path(), program);
  write(dir / "scan.pdf", "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
  write(dir / "plan.txt", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện năm 2024\n");
  int status = -1;
  std::string out = run("'" + program.string() + "' extract '" + (dir / "scan.pdf").string() + "' '" +
                            (dir / "plan.txt").string() + "'",
                        &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("scan.pdf"), std::string::npos) << out;
  EXPECT_NE(out.find("reading PDF files needs the module vnpolicy_pdf.so"), std::string::npos) << out;
  EXPECT_NE(out.find(dir.path().string()), std::string::npos) << "the message names where it looked:\n" << out;
  EXPECT_NE(out.find("\"12/KH-UBND\""), std::string::npos) << "the text file is still read:\n" << out;

  out = run("'" + program.string() + "' serve --db '" + (dir / "c.sqlite").string() + "'", &status);
  EXPECT_EQ(status, 1) << out;
  EXPECT_NE(out.find("serving the catalog needs the module vnpolicy_web.so"), std::string::npos) << out;
}

}  // namespace
}  // namespace vnpolicy
