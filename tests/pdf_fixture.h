// PDF fixtures made from text a test writes (tests/make_pdf_fixture.py: reportlab for text
// PDFs, PIL + img2pdf for a scan), so a missing tool fails the test instead of skipping it.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace vnpolicy::testing {

inline std::filesystem::path pdf_fixture_dir() {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("vnpolicy_pdf_" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

// Writes `spec` and makes NAME.pdf from it in `mode` (text | scan | encrypted).
inline std::filesystem::path make_pdf(const std::string& name, const std::string& mode, const std::string& spec) {
  auto spec_path = pdf_fixture_dir() / (name + ".spec");
  std::ofstream(spec_path) << spec;
  auto out = pdf_fixture_dir() / (name + ".pdf");
  std::string cmd = "/usr/bin/python3 '" + (source_dir() / "tests" / "make_pdf_fixture.py").string() + "' " + mode +
                    " '" + spec_path.string() + "' '" + out.string() + "' 2>&1";
  int rc = std::system(cmd.c_str());
  EXPECT_EQ(rc, 0) << "fixture failed (scripts/setup.sh installs python3-reportlab, python3-pil, img2pdf): " << cmd;
  return out;
}

}  // namespace vnpolicy::testing
