// Helpers for the views' tests: running a shell command (python3, sqlite3) and
// quoting its arguments.
#pragma once
#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace vnpolicy::testing {

// Debian's Python, whose packages (python3-openpyxl) scripts/setup.sh installs; a
// python3 found first on PATH (pyenv, a virtualenv) may not have them.
inline constexpr const char* kDebianPython = "/usr/bin/python3";

// A shell word: 'text' with embedded quotes handled.
inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

// Runs `command` with sh, returns its stdout; `status` gets the exit code.
inline std::string run_shell(const std::string& command, int* status = nullptr) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    const int rc = pclose(p);
    if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  } else if (status) {
    *status = -1;
  }
  return out;
}

}  // namespace vnpolicy::testing
