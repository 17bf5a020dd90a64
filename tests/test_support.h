// Shared fixtures for the test suite: the project's rules, corpus files, shared/ paths.
#pragma once
#include <iconv.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "core/sha256.h"
#include "extract/document_extractor.h"
#include "rules/rule_set.h"

namespace vnpolicy::testing {

// The checkout and the built binary (test_paths.cpp).
std::filesystem::path source_dir();
const char* binary_path();
const char* fold_extension_path();  // build/vnpolicy_fold.so, the loadable SQLite extension
inline std::filesystem::path shared_dir() { return source_dir() / ".." / "shared"; }
inline std::filesystem::path corpus_file(const std::string& prefix) {
  for (const auto& e : std::filesystem::directory_iterator(source_dir() / "corpus"))
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path();
  return source_dir() / "corpus" / prefix;
}
inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Text encoded with glibc iconv (UTF-8 -> `charset`, e.g. "TCVN5712-1"), as an old
// editor saved it; empty when iconv cannot.
inline std::string iconv_encode(const std::string& text, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) return {};
  std::string out(text.size() * 4, '\0');
  char* in = const_cast<char*>(text.data());
  char* o = out.data();
  size_t inleft = text.size(), outleft = out.size();
  bool ok = iconv(cd, &in, &inleft, &o, &outleft) != static_cast<size_t>(-1);
  iconv_close(cd);
  if (!ok) return {};
  out.resize(out.size() - outleft);
  return out;
}

// The rules in rules/, loaded once (immutable, shared like in production).
inline std::shared_ptr<const RuleSet> project_rules() {
  static const std::shared_ptr<const RuleSet> rules = RuleSet::load_directory(source_dir() / "rules");
  return rules;
}
inline const DocumentExtractor& project_extractor() {
  static const DocumentExtractor extractor(project_rules());
  return extractor;
}
// The header fields the project's rules read from a text the test writes.
inline DocumentHeader header_of_text(const std::string& text) { return project_extractor().extract_text(text).document; }
// The figures the project's rules find in `text` (targets and actuals).
inline std::vector<Target> figures(const std::string& text) { return project_extractor().extract_text(text).targets; }
// The deadlines the project's rules find in `text`.
inline std::vector<Deadline> deadlines_of(const std::string& text) {
  return project_extractor().extract_text(text, "d.txt").deadlines;
}

// Runs the vnpolicy binary with arguments (already shell-quoted by the caller), in
// folder `cwd` when given, returns its stdout and sets `status` to the exit code.
inline std::string run_cli(const std::string& args, int* status = nullptr, bool merge_stderr = false,
                           const std::string& cwd = "") {
  std::string cmd = (cwd.empty() ? "" : "cd '" + cwd + "' && ") + std::string("'") + binary_path() + "' " + args +
                    (merge_stderr ? " 2>&1" : " 2>/dev/null");
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int rc = pclose(p);
    if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  }
  return out;
}

}  // namespace vnpolicy::testing
