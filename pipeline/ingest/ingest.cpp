#include "ingest/ingest.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <istream>
#include <map>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "catalog/identity.h"
#include "core/text.h"
#include "normalize/unicode.h"
#include "read/document_reader.h"

namespace vnpolicy {

const char* to_string(IngestStatus s) {
  switch (s) {
    case IngestStatus::Added: return "added";
    case IngestStatus::Replaced: return "replaced";
    case IngestStatus::Unchanged: return "unchanged";
    case IngestStatus::Moved: return "moved";
    case IngestStatus::Copied: return "copy";
    case IngestStatus::Failed: return "failed";
  }
  return "?";
}

std::vector<IndexedSentence> sentence_rows(const SegmentedDocument& doc) {
  std::vector<IndexedSentence> rows;
  for (const Block& b : doc.blocks)
    for (const Span& s : b.sentences) {
      std::string_view text = trim(doc.text(s));
      if (text.empty()) continue;
      rows.push_back({doc.doc.line_of(s.begin), std::string(text)});
    }
  return rows;
}

namespace {

// One input: a file, or one line of a JSON Lines stream.
struct Job {
  size_t seq = 0;
  std::filesystem::path path;
  std::string json_line;
  size_t line_no = 0;
};

// A worker's result: either an outcome already final (failed, unchanged) or a
// record to store.
struct Prepared {
  IngestOutcome outcome;
  bool store = false;
  Record record;
  std::vector<IndexedSentence> sentences;
  std::optional<std::string> text;  // as read, for the catalog to keep
  bool path_only = false;           // known content at a new path: not extracted
};

// Jobs from the producer to the workers; push blocks while full, which keeps memory
// flat however large the input.
class JobQueue {
 public:
  explicit JobQueue(size_t capacity) : capacity_(capacity) {}
  bool push(Job job) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return closed_ || jobs_.size() < capacity_; });
    if (closed_) return false;
    jobs_.push_back(std::move(job));
    not_empty_.notify_one();
    return true;
  }
  std::optional<Job> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return closed_ || !jobs_.empty(); });
    if (jobs_.empty()) return std::nullopt;
    Job j = std::move(jobs_.front());
    jobs_.pop_front();
    not_full_.notify_one();
    return j;
  }
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
  std::deque<Job> jobs_;
  bool closed_ = false;
};

// Results put back into input order for the writer. A worker whose result is more than
// `window` documents ahead of the writer, or would make the results held exceed
// `budget` bytes of input, waits (the result the writer needs next never waits), so
// finished results cannot pile up. The window must span a whole batch: while the
// writer commits one (FTS5 indexes the batch's sentences then, ~1 s), the workers
// go on extracting the next instead of idling a core.
class ReorderBuffer {
 public:
  enum class Take { Ready, NotYet, Finished };
  ReorderBuffer(size_t window, uint64_t budget) : window_(window), budget_(budget) {}

  void put(size_t seq, Prepared p) {
    const uint64_t bytes = p.outcome.bytes;
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] {
      return cancelled_ || seq == next_ || (seq < next_ + window_ && held_bytes_ + bytes <= budget_);
    });
    if (cancelled_) return;
    held_bytes_ += bytes;
    ready_.emplace(seq, std::move(p));
    if (seq == next_) arrived_.notify_one();
  }
  // Waits until the next result is there, the input is finished, or `until`.
  Take take(Prepared& out, std::chrono::steady_clock::time_point until) {
    std::unique_lock lock(mutex_);
    arrived_.wait_until(lock, until, [&] { return ready_.count(next_) || (total_ && next_ == *total_); });
    if (auto it = ready_.find(next_); it != ready_.end()) {
      out = std::move(it->second);
      ready_.erase(it);
      held_bytes_ -= out.outcome.bytes;
      ++next_;
      room_.notify_all();
      return Take::Ready;
    }
    return total_ && next_ == *total_ ? Take::Finished : Take::NotYet;
  }
  void set_total(size_t n) {
    std::lock_guard lock(mutex_);
    total_ = n;
    arrived_.notify_one();
  }
  void cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    room_.notify_all();
  }

 private:
  size_t window_;
  uint64_t budget_;
  uint64_t held_bytes_ = 0;
  std::mutex mutex_;
  std::condition_variable arrived_, room_;
  std::map<size_t, Prepared> ready_;
  size_t next_ = 0;
  std::optional<size_t> total_;
  bool cancelled_ = false;
};

// Per-thread state of a worker: a read-only connection to look up what the catalog
// already holds (to skip extracting unchanged files, and content catalogued under
// another path: the writer only records the path).
class Worker {
 public:
  Worker(const DocumentExtractor& extractor, const std::filesystem::path& db_path, ReadOptions read)
      : extractor_(extractor), read_(std::move(read)), db_(db_path, /*read_only=*/true),
        // Items from an older record (kRecordVersion) are extracted again, as a change would be.
        sha_of_path_(db_.prepare("SELECT d.sha256 FROM document_paths p JOIN documents d ON d.id = p.document_id"
                                 " WHERE p.path = ?1 AND d.record_version >= ?2")),
        known_content_(db_.prepare("SELECT 1 FROM documents WHERE sha256 = ?1 AND record_version >= ?2")) {}

  Prepared prepare(const Job& job, const std::string& stream_name) {
    try {
      return job.path.empty() ? prepare_record_line(job, stream_name) : prepare_file(job.path);
    } catch (const std::exception& e) {
      Prepared p;
      p.outcome.name = job.path.empty() ? stream_name + ":" + std::to_string(job.line_no) : job.path.string();
      p.outcome.error = e.what();
      return p;
    }
  }

 private:
  bool unchanged(const SourceInfo& source) {
    sha_of_path_.bind(1, canonical_document_path(source.path)).bind(2, int64_t{kRecordVersion});
    bool same = sha_of_path_.step() && sha_of_path_.text(0) == source.sha256;
    sha_of_path_.reset();
    return same;
  }
  bool known(const SourceInfo& source) {
    known_content_.bind(1, source.sha256).bind(2, int64_t{kRecordVersion});
    bool found = known_content_.step();
    known_content_.reset();
    return found;
  }

  Prepared prepare_file(const std::filesystem::path& path) {
    Prepared p;
    p.outcome.name = path.string();
    ReadOutcome in = read_document(path, read_);
    p.outcome.bytes = in.source.bytes;
    if (in.error) {
      p.outcome.error = *in.error;
    } else if (unchanged(in.source)) {
      p.outcome.status = IngestStatus::Unchanged;
    } else if (known(in.source)) {
      p.record.source = in.source;  // the writer records the new path of known content
      p.store = p.path_only = true;
    } else {
      SegmentedDocument seg;
      p.record = extractor_.extract(in, &seg);
      p.sentences = sentence_rows(seg);
      p.text = std::move(in.text);
      p.store = true;
    }
    return p;
  }

  Prepared prepare_record_line(const Job& job, const std::string& stream_name) {
    Prepared p;
    p.outcome.name = stream_name + ":" + std::to_string(job.line_no);
    try {
      p.record = record_from_json(nlohmann::json::parse(job.json_line));
    } catch (const std::exception& e) {
      p.outcome.error = std::string("not a vnpolicy.extract/1 record: ") + e.what();
      return p;
    }
    const SourceInfo& source = p.record.source;
    p.outcome.name = source.path;
    p.outcome.bytes = source.bytes;
    if (p.record.error) {
      p.outcome.error = "record carries an error: " + *p.record.error;
    } else if (source.path.empty() || source.sha256.empty()) {
      p.outcome.error = stream_name + ":" + std::to_string(job.line_no) + ": record has no source path or sha256";
    } else if (unchanged(source)) {
      p.outcome.status = IngestStatus::Unchanged;
    } else {
      index_record(p);
      p.store = true;
    }
    return p;
  }

  // The record's own file when it is here unchanged (its sentences and text), else its
  // title alone.
  void index_record(Prepared& p) {
    const Record& r = p.record;
    std::error_code ec;
    if (std::filesystem::is_regular_file(r.source.path, ec)) {
      ReadOutcome in = read_document(r.source.path, read_);
      if (!in.error && in.source.sha256 == r.source.sha256) {
        p.sentences = sentence_rows(extractor_.segment(in.text));
        p.text = std::move(in.text);
        return;
      }
    }
    if (r.document.title && !trim(*r.document.title).empty())
      p.sentences.push_back({0, normalize_tone_marks(to_nfc(*r.document.title))});
  }

  const DocumentExtractor& extractor_;
  const ReadOptions read_;
  Database db_;
  Statement sha_of_path_, known_content_;
};

void tally(IngestTotals& t, const IngestOutcome& o) {
  ++t.done;
  t.bytes += o.bytes;
  switch (o.status) {
    case IngestStatus::Added: ++t.added; break;
    case IngestStatus::Replaced: ++t.replaced; break;
    case IngestStatus::Unchanged: ++t.unchanged; break;
    case IngestStatus::Moved: ++t.moved; break;
    case IngestStatus::Copied: ++t.copied; break;
    case IngestStatus::Failed: ++t.failed; break;
  }
}

// The writer: stores results in input order, whole documents per transaction. A batch
// is committed when it holds batch_documents documents or has been open for
// batch_seconds, so readers see progress and a crash loses at most one open batch.
// (Large batches matter: FTS5 writes one index segment per transaction; see Catalog::Batch.)
IngestTotals write_in_order(Catalog& catalog, ReorderBuffer& results, const IngestOptions& options) {
  using Clock = std::chrono::steady_clock;
  IngestTotals totals;
  std::optional<Catalog::Batch> batch;
  // With no batch open there is nothing to commit: wait as long as it takes.
  auto no_deadline = [] { return Clock::now() + std::chrono::hours(24); };
  Clock::time_point batch_deadline = no_deadline();
  size_t in_batch = 0;
  auto commit = [&] {
    if (batch) batch->commit();
    batch.reset();
    in_batch = 0;
    batch_deadline = no_deadline();
  };
  for (;;) {
    Prepared p;
    auto taken = results.take(p, batch_deadline);
    if (taken == ReorderBuffer::Take::NotYet) {  // the open batch is old enough (or a day passed)
      commit();
      continue;
    }
    if (taken == ReorderBuffer::Take::Finished) break;
    IngestOutcome& o = p.outcome;
    if (p.store) {
      if (!batch) {
        batch.emplace(catalog);
        batch_deadline = Clock::now() + std::chrono::milliseconds(static_cast<int64_t>(options.batch_seconds * 1000));
      }
      try {
        // Known content that left the catalog since the worker looked (a concurrent
        // remove) would be stored empty: the next run extracts it.
        if (p.path_only && !catalog.has_content(p.record.source.sha256))
          throw SqliteError("its content left the catalog during the run; ingest it again");
        StoreResult s = catalog.store(p.record, p.sentences, p.text);
        switch (s.status) {
          case StoreStatus::Added: o.status = IngestStatus::Added; break;
          case StoreStatus::Replaced: o.status = IngestStatus::Replaced; break;
          case StoreStatus::Unchanged: o.status = IngestStatus::Unchanged; break;
          case StoreStatus::Moved: o.status = IngestStatus::Moved; break;
          case StoreStatus::Copied: o.status = IngestStatus::Copied; break;
        }
      } catch (const SqliteError& e) {
        o.status = IngestStatus::Failed;
        o.error = std::string("not stored: ") + e.what();
      }
      if (++in_batch >= options.batch_documents || Clock::now() >= batch_deadline) commit();
    }
    tally(totals, o);
    if (options.on_outcome) options.on_outcome(o, totals);
  }
  commit();
  return totals;
}

// CPU seconds the calling thread has used so far.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs `produce` (which pushes jobs) on its own thread, the workers on theirs, and the
// writer on the calling thread.
template <class Produce>
IngestTotals run_pipeline(Catalog& catalog, const DocumentExtractor& extractor, const IngestOptions& options,
                          const std::string& stream_name, Produce produce) {
  const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  JobQueue queue(2 * jobs);
  // A batch's worth of documents ahead, within the byte budget (a result takes a few
  // times its input: the record, the sentences).
  ReorderBuffer results(4 * jobs + std::min<size_t>(options.batch_documents, 1024), options.held_bytes);
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned i = 0; i < jobs; ++i) workers.push_back(std::make_unique<Worker>(extractor, options.db_path, options.read));

  std::vector<std::thread> threads;
  threads.emplace_back([&] {
    size_t n = produce(queue);
    results.set_total(n);
    queue.close();
  });
  std::mutex cpu_mutex;
  double extract_cpu = 0;
  for (auto& w : workers)
    threads.emplace_back([&, worker = w.get()] {
      while (auto job = queue.pop()) results.put(job->seq, worker->prepare(*job, stream_name));
      std::lock_guard lock(cpu_mutex);
      extract_cpu += thread_cpu_seconds();
    });
  auto join = [&] {
    for (auto& t : threads) t.join();
  };
  try {
    const double writer_start = thread_cpu_seconds();
    IngestTotals totals = write_in_order(catalog, results, options);
    totals.write_cpu_seconds = thread_cpu_seconds() - writer_start;
    join();
    totals.extract_cpu_seconds = extract_cpu;
    return totals;
  } catch (...) {
    queue.close();
    results.cancel();
    join();
    throw;
  }
}

}  // namespace

IngestTotals ingest_files(Catalog& catalog, const DocumentExtractor& extractor,
                          const std::vector<std::filesystem::path>& files, const IngestOptions& options) {
  return run_pipeline(catalog, extractor, options, "", [&](JobQueue& queue) {
    size_t seq = 0;
    for (const auto& f : files) {
      Job job;
      job.seq = seq;
      job.path = f;
      if (!queue.push(std::move(job))) break;
      ++seq;
    }
    return seq;
  });
}

IngestTotals ingest_jsonl(Catalog& catalog, const DocumentExtractor& extractor, std::istream& in,
                          const std::string& stream_name, const IngestOptions& options) {
  return run_pipeline(catalog, extractor, options, stream_name, [&](JobQueue& queue) {
    size_t seq = 0, line_no = 0;
    std::string line;
    while (std::getline(in, line)) {
      ++line_no;
      if (trim(line).empty()) continue;
      Job job;
      job.seq = seq;
      job.json_line = std::move(line);
      job.line_no = line_no;
      if (!queue.push(std::move(job))) break;
      ++seq;
    }
    return seq;
  });
}

}  // namespace vnpolicy
