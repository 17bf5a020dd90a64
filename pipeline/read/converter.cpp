#include "read/converter.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace vnpolicy {
namespace {

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "vnpolicy-conv-XXXXXX").string();
    if (mkdtemp(tmpl.data())) path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

}  // namespace

bool program_available(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream ss(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(ss, dir, ':'))
    if (!dir.empty() && access((std::filesystem::path(dir) / name).c_str(), X_OK) == 0) return true;
  return false;
}

ConverterResult run_converter(std::vector<std::string> argv, std::string_view input, const std::string& input_name,
                              const std::string& output_name, const ConverterLimits& limits) {
  ConverterResult r;
  const std::string program = argv.empty() ? "" : argv[0];
  if (argv.empty() || !program_available(program)) {
    r.error = program + " is not installed";
    return r;
  }
  TempDir dir;
  if (dir.path.empty()) {
    r.error = "cannot create a temporary folder";
    return r;
  }
  auto in_path = dir.path / input_name;
  {
    std::ofstream f(in_path, std::ios::binary);
    f.write(input.data(), static_cast<std::streamsize>(input.size()));
    if (!f) {
      r.error = "cannot write a temporary file";
      return r;
    }
  }
  for (auto& a : argv) a = replace_all(replace_all(a, "{in}", in_path.string()), "{dir}", dir.path.string());
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);

  int out_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) {
    r.error = "cannot create a pipe";
    return r;
  }
  pid_t pid = fork();
  if (pid < 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    r.error = "cannot start " + program;
    return r;
  }
  if (pid == 0) {
    setpgid(0, 0);  // its own group, so that a timeout kills every helper it started
    int devnull = open("/dev/null", O_RDWR);
    dup2(devnull, STDIN_FILENO);
    dup2(out_pipe[1], STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    if (chdir(dir.path.c_str()) != 0) _exit(126);
    setenv("HOME", dir.path.c_str(), 1);  // converters that write settings write them here
    execvp(args[0], args.data());
    _exit(127);
  }
  setpgid(pid, pid);
  close(out_pipe[1]);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.timeout_seconds);
  bool too_much = false, timed_out = false;
  char buf[65536];
  pollfd pfd{out_pipe[0], POLLIN, 0};
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) { timed_out = true; break; }
    int ready = poll(&pfd, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    ssize_t n = read(out_pipe[0], buf, sizeof buf);
    if (n <= 0) break;  // the program closed its output: wait for it below
    if (output_name.empty()) {
      if (r.output.size() + static_cast<size_t>(n) > limits.max_output) { too_much = true; break; }
      r.output.append(buf, static_cast<size_t>(n));
    }
  }
  close(out_pipe[0]);
  int status = 0;
  // After its output closed the program still has until the deadline to exit.
  for (;;) {
    pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (timed_out || too_much || std::chrono::steady_clock::now() >= deadline) {
      timed_out = !too_much;
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      break;
    }
    usleep(20000);
  }
  kill(-pid, SIGKILL);  // helpers left behind in its group
  if (too_much) {
    r.error = program + " wrote more than " + std::to_string(limits.max_output) + " bytes";
    return r;
  }
  if (timed_out) {
    r.error = program + " timed out after " + std::to_string(limits.timeout_seconds) + " s";
    return r;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    r.error = program + " failed (exit status " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")";
    if (!output_name.empty()) return r;
  }
  if (!output_name.empty()) {
    auto out_path = dir.path / output_name;
    std::error_code ec;
    auto size = std::filesystem::file_size(out_path, ec);
    if (ec) {
      r.error = program + " produced no output";
      return r;
    }
    if (size > limits.max_output) {
      r.error = program + " wrote more than " + std::to_string(limits.max_output) + " bytes";
      return r;
    }
    std::ifstream f(out_path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    r.output = std::move(s).str();
  }
  return r;
}

}  // namespace vnpolicy
