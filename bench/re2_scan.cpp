// The practical limit for ingest: one pass of RE2 over the same bytes with every
// extraction rule of rules/ combined into one alternation (no normalisation, no
// segmentation, no database).
//
//   vnpolicy_re2_scan RULES_DIR FILE|DIR...
// prints: files, MB, seconds, MB/s and matches.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <iostream>

#include "read/document_reader.h"
#include "rules/rule_set.h"

namespace {

// Named captures would clash across rules; matching does not need any capture.
std::string without_captures(const std::string& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      out += pattern.substr(i, 2);
      ++i;
    } else if (pattern.compare(i, 4, "(?P<") == 0) {
      out += "(?:";
      i = pattern.find('>', i);
    } else if (pattern[i] == '(' && (i + 1 >= pattern.size() || pattern[i + 1] != '?')) {
      out += "(?:";
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: vnpolicy_re2_scan RULES_DIR FILE|DIR...\n";
    return 2;
  }
  auto rules = vnpolicy::RuleSet::load_directory(argv[1]);
  std::string combined;
  size_t n_rules = 0;
  for (const auto& r : rules->rules()) {
    if (r->pattern.empty()) continue;
    combined += (combined.empty() ? "(?:" : "|(?:") + without_captures(r->pattern) + ")";
    ++n_rules;
  }
  RE2::Options opt;
  opt.set_max_mem(int64_t{1} << 30);
  RE2 re(combined, opt);
  if (!re.ok()) {
    std::cerr << "combined pattern: " << re.error() << "\n";
    return 1;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  auto files = vnpolicy::expand_inputs(args);
  auto start = std::chrono::steady_clock::now();
  uint64_t bytes = 0, matches = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += text.size();
    vnpolicy::for_each_match(re, text, [&](size_t, size_t, const auto&) { ++matches; });
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("re2 scan: %zu rules in one pattern, %zu files, %.1f MB in %.2f s = %.1f MB/s, %llu matches\n", n_rules,
              files.size(), bytes / 1e6, secs, bytes / 1e6 / secs, static_cast<unsigned long long>(matches));
}
