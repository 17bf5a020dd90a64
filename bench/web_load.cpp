// Load on `vnpolicy serve` over loopback: N clients for S seconds, each sending the next
// request as soon as the last one answered, over the search page, document pages and the
// JSON API; prints requests/s, p50/p99/max latency per route and overall, the errors,
// and the server's resident memory sampled every second (from /proc/PID/status).
//
//   vnpolicy_web_load --port P --server-pid PID --docs N [--clients 50] [--seconds 30]
//
// Each request opens its own connection, as a browser's first request does: the server
// answers a fixed number at once and a held keep-alive connection would hold a worker.
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <httplib.h>

namespace {

using Clock = std::chrono::steady_clock;

// Queries an analyst types: with and without accents, with filters, and one that finds nothing.
const std::vector<std::string> kQueries = {
    "che+phu+rung", "n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi", "dau+tu+cong", "chuyen+doi+so&year=2023", "giam+ngheo&type=ke+hoach",
    "du+lich&issuer=Lai+Chau", "h%E1%BA%A1+t%E1%BA%A7ng+giao+th%C3%B4ng", "thu+hut+dau+tu&page=2", "xyzzy+khong+co"};
const std::vector<std::string> kIndicators = {"0601", "che+phu+rung", "ho+ngheo", "tong+san+pham"};

struct Route {
  const char* name;
  std::string (*path)(std::mt19937&, int docs);
};

template <class T>
const T& pick(const std::vector<T>& v, std::mt19937& rng) {
  return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
}
std::string doc_id(std::mt19937& rng, int docs) { return std::to_string(std::uniform_int_distribution<int>(1, docs)(rng)); }

const Route kRoutes[] = {
    {"/search", [](std::mt19937& r, int) { return "/search?q=" + pick(kQueries, r); }},
    {"/doc/{id}", [](std::mt19937& r, int n) { return "/doc/" + doc_id(r, n); }},
    {"/api/search", [](std::mt19937& r, int) { return "/api/search?q=" + pick(kQueries, r); }},
    {"/api/doc/{id}", [](std::mt19937& r, int n) { return "/api/doc/" + doc_id(r, n); }},
    {"/api/tasks", [](std::mt19937& r, int n) { return "/api/tasks?doc=" + doc_id(r, n); }},
    {"/api/series", [](std::mt19937& r, int) { return "/api/series?indicator=" + pick(kIndicators, r); }},
};
constexpr size_t kRouteCount = sizeof kRoutes / sizeof kRoutes[0];

struct Tally {
  std::vector<double> ms;
  size_t errors = 0;
  std::string first_error;
};

double percentile(std::vector<double>& xs, double p) {
  if (xs.empty()) return 0;
  std::sort(xs.begin(), xs.end());
  return xs[std::min(xs.size() - 1, static_cast<size_t>(p / 100 * (xs.size() - 1) + 0.5))];
}

// The server's resident and peak resident memory in MB.
std::pair<double, double> server_memory(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  double rss = 0, hwm = 0;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) rss = std::stod(line.substr(6)) / 1024;
    if (line.rfind("VmHWM:", 0) == 0) hwm = std::stod(line.substr(6)) / 1024;
  }
  return {rss, hwm};
}

// CPU seconds (user + system) the server has used: per request, the figure a loaded
// machine does not inflate.
double server_cpu_seconds(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t close = stat.rfind(')');  // the command name may hold spaces
  if (close == std::string::npos) return 0;
  std::istringstream fields(stat.substr(close + 2));
  std::string f;
  double utime = 0, stime = 0;
  for (int i = 3; fields >> f; ++i) {
    if (i == 14) utime = std::stod(f);
    if (i == 15) {
      stime = std::stod(f);
      break;
    }
  }
  return (utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

std::string arg(int argc, char** argv, const std::string& name, const std::string& fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (argv[i] == name) return argv[i + 1];
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const int port = std::stoi(arg(argc, argv, "--port", "0"));
  const int pid = std::stoi(arg(argc, argv, "--server-pid", "0"));
  const int docs = std::stoi(arg(argc, argv, "--docs", "0"));
  const int clients = std::stoi(arg(argc, argv, "--clients", "50"));
  const int seconds = std::stoi(arg(argc, argv, "--seconds", "30"));
  if (port <= 0 || pid <= 0 || docs <= 0) {
    std::fprintf(stderr, "usage: vnpolicy_web_load --port P --server-pid PID --docs N [--clients 50] [--seconds 30]\n");
    return 2;
  }
  const double cpu_before = server_cpu_seconds(pid);
  const double rss_start = server_memory(pid).first;
  const auto start = Clock::now();
  const auto stop_at = start + std::chrono::seconds(seconds);
  std::vector<std::array<Tally, kRouteCount>> tallies(static_cast<size_t>(clients));
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      std::mt19937 rng(static_cast<unsigned>(c) * 7919u + 1);
      auto& mine = tallies[static_cast<size_t>(c)];
      for (size_t n = static_cast<size_t>(c);; ++n) {
        if (Clock::now() >= stop_at) break;
        const size_t r = n % kRouteCount;
        const std::string path = kRoutes[r].path(rng, docs);
        httplib::Client client("127.0.0.1", port);
        client.set_connection_timeout(10, 0);
        client.set_read_timeout(30, 0);
        const auto t = Clock::now();
        auto res = client.Get(path);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
        mine[r].ms.push_back(ms);
        // 404: a document id the catalog does not hold is an answer, not an error.
        if (!res || (res->status != 200 && res->status != 404) || res->body.empty()) {
          if (!mine[r].errors++)
            mine[r].first_error = path + ": " + (res ? std::to_string(res->status) : httplib::to_string(res.error()));
        }
      }
    });
  }
  // Memory while the load runs: once a second.
  std::vector<double> rss;
  double hwm = 0;
  while (Clock::now() < stop_at) {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const auto [now, peak] = server_memory(pid);
    rss.push_back(now);
    hwm = std::max(hwm, peak);
  }
  for (auto& t : threads) t.join();
  const double cpu = server_cpu_seconds(pid) - cpu_before;
  const double wall = std::chrono::duration<double>(Clock::now() - start).count();

  std::vector<double> all;
  size_t errors = 0;
  std::printf("%-15s %8s %8s %8s %8s %7s\n", "route", "requests", "p50 ms", "p99 ms", "max ms", "errors");
  for (size_t r = 0; r < kRouteCount; ++r) {
    Tally t;
    for (auto& c : tallies) {
      t.ms.insert(t.ms.end(), c[r].ms.begin(), c[r].ms.end());
      t.errors += c[r].errors;
      if (t.first_error.empty()) t.first_error = c[r].first_error;
    }
    all.insert(all.end(), t.ms.begin(), t.ms.end());
    errors += t.errors;
    const double p50 = percentile(t.ms, 50), p99 = percentile(t.ms, 99);
    std::printf("%-15s %8zu %8.1f %8.1f %8.1f %7zu%s%s\n", kRoutes[r].name, t.ms.size(), p50, p99,
                t.ms.empty() ? 0 : t.ms.back(), t.errors, t.first_error.empty() ? "" : "  first: ", t.first_error.c_str());
  }
  const double p50 = percentile(all, 50), p99 = percentile(all, 99);
  std::printf("all: %zu requests in %.1f s = %.0f req/s with %d clients; p50 %.1f ms, p99 %.1f ms, max %.1f ms; %zu errors\n",
              all.size(), wall, all.size() / wall, clients, p50, p99, all.empty() ? 0 : all.back(), errors);
  std::printf("server CPU: %.1f s = %.2f ms per request (%.0f req/s per core if nothing else ran)\n", cpu,
              all.empty() ? 0 : 1000 * cpu / all.size(), cpu > 0 ? all.size() / cpu : 0);
  if (!rss.empty()) {
    // Resident memory at the end of each fifth of the run: flat, or growing?
    std::printf("server RSS (MB) before the load %.0f, at each fifth of the run:", rss_start);
    for (size_t k = 1; k <= 5; ++k) std::printf(" %.0f", rss[std::max<size_t>(1, rss.size() * k / 5) - 1]);
    std::printf("; peak %.0f MB\n", hwm);
  }
  return errors == 0 ? 0 : 1;
}
