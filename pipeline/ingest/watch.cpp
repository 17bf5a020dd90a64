#include "ingest/watch.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <stdexcept>

#include "read/document_reader.h"

namespace vnpolicy {
namespace {

using Clock = std::chrono::steady_clock;

struct Seen {
  uintmax_t size = 0;
  std::filesystem::file_time_type mtime;
  Clock::time_point since;
};

class Inotify {
 public:
  Inotify() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (fd_ < 0) throw std::runtime_error("inotify is not available");
  }
  ~Inotify() { close(fd_); }
  int fd() const { return fd_; }
  void add_tree(const std::filesystem::path& dir) {
    add(dir);
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      if (it->is_directory(ec)) add(it->path());
  }
  void add(const std::filesystem::path& dir) {
    int wd = inotify_add_watch(fd_, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_MODIFY);
    if (wd >= 0) dirs_[wd] = dir;
  }
  const std::filesystem::path* dir_of(int wd) const {
    auto it = dirs_.find(wd);
    return it == dirs_.end() ? nullptr : &it->second;
  }

 private:
  int fd_;
  std::map<int, std::filesystem::path> dirs_;
};

void add_totals(IngestTotals& sum, const IngestTotals& t) {
  sum.done += t.done;
  sum.added += t.added;
  sum.replaced += t.replaced;
  sum.unchanged += t.unchanged;
  sum.failed += t.failed;
  sum.bytes += t.bytes;
  sum.extract_cpu_seconds += t.extract_cpu_seconds;
  sum.write_cpu_seconds += t.write_cpu_seconds;
}

}  // namespace

IngestTotals watch_folder(Catalog& catalog, const DocumentExtractor& extractor, const std::filesystem::path& dir,
                          const WatchOptions& options, const std::atomic<bool>& stop) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) throw std::runtime_error(dir.string() + ": not a folder");
  Inotify in;
  in.add_tree(dir);  // before the first scan, so nothing written meanwhile is missed
  IngestTotals total;
  auto say = [&](const std::string& m) { if (options.on_message) options.on_message(m); };
  // The catalog may live in the watched folder: its every write is an event, and opening
  // it (or its -wal/-shm) here would drop the writer's locks. Never look at it.
  const ExcludedFiles catalog_files(catalog_sidecars(options.ingest.db_path));
  InputWalk first = walk_inputs({dir.string()}, catalog_files);
  if (!first.skipped.empty()) say(describe_skipped(first.skipped));
  if (!first.files.empty()) add_totals(total, ingest_files(catalog, extractor, first.files, options.ingest));
  say("watching " + dir.string() + " (Ctrl-C to stop)");

  std::map<std::filesystem::path, Seen> pending;
  auto settle = std::chrono::duration<double>(options.settle_seconds);
  alignas(inotify_event) char buf[64 * 1024];
  while (!stop.load()) {
    pollfd pfd{in.fd(), POLLIN, 0};
    if (poll(&pfd, 1, 100) > 0) {
      ssize_t n;
      while ((n = read(in.fd(), buf, sizeof buf)) > 0) {
        for (char* p = buf; p < buf + n;) {
          auto* e = reinterpret_cast<inotify_event*>(p);
          p += sizeof(inotify_event) + e->len;
          const std::filesystem::path* d = in.dir_of(e->wd);
          if (!d || e->len == 0) continue;
          std::filesystem::path path = *d / e->name;
          if (e->mask & IN_ISDIR) {
            if (e->mask & (IN_CREATE | IN_MOVED_TO)) {
              in.add_tree(path);  // a folder copied in: its files too
              for (const auto& f : walk_inputs({path.string()}, catalog_files).files) pending[f] = Seen{0, {}, Clock::now()};
            }
            continue;
          }
          if (!catalog_files.contains(path)) pending[path].since = Clock::now();
        }
      }
    }
    // Files whose size and time have stayed the same for the settle time.
    std::vector<std::filesystem::path> ready;
    std::vector<SkippedFile> skipped;
    for (auto it = pending.begin(); it != pending.end();) {
      auto& [path, seen] = *it;
      auto size = std::filesystem::file_size(path, ec);
      if (ec) { it = pending.erase(it); continue; }  // gone again
      auto mtime = std::filesystem::last_write_time(path, ec);
      if (size != seen.size || mtime != seen.mtime) {
        seen.size = size;
        seen.mtime = mtime;
        seen.since = Clock::now();
      } else if (Clock::now() - seen.since >= settle) {
        if (auto reason = walk_skip_reason(path)) skipped.push_back({path, *reason});
        else ready.push_back(path);
        it = pending.erase(it);
        continue;
      }
      ++it;
    }
    if (!skipped.empty()) say(describe_skipped(skipped));
    if (!ready.empty()) {
      std::sort(ready.begin(), ready.end());
      add_totals(total, ingest_files(catalog, extractor, ready, options.ingest));
    }
  }
  return total;
}

}  // namespace vnpolicy
