#include "read/ocr.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <dlfcn.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace vnpolicy {
namespace {

struct Job {
  size_t index = 0;
  ImageOrError image;
};

// Hands images from the producer to the workers, one waiting at a time, so that the
// producer (rendering) stays just ahead of the workers and memory stays bounded.
class JobSlot {
 public:
  void put(Job job) {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !full_; });
    job_ = std::move(job);
    full_ = true;
    cv_.notify_all();
  }
  void close() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !full_; });
    closed_ = true;
    cv_.notify_all();
  }
  std::optional<Job> take() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return full_ || closed_; });
    if (!full_) return std::nullopt;
    full_ = false;
    cv_.notify_all();
    return std::move(job_);
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  Job job_;
  bool full_ = false, closed_ = false;
};

OcrPage recognise(tesseract::TessBaseAPI& api, const GrayImage& img) {
  OcrPage page;
  page.geometry = {static_cast<double>(img.width), static_cast<double>(img.height)};
  api.SetImage(img.pixels.data(), img.width, img.height, 1, img.stride);
  api.SetSourceResolution(img.dpi);
  if (api.Recognize(nullptr) != 0) {
    page.error = "Tesseract could not recognise the page image";
    return page;
  }
  double confidence = 0;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (it) {
    do {
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text || std::string_view(text.get()).find_first_not_of(" \t\n") == std::string_view::npos) continue;
      int left, top, right, bottom;
      if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)) continue;
      page.words.push_back({text.get(), double(left), double(top), double(right), double(bottom), true});
      confidence += it->Confidence(tesseract::RIL_WORD);
    } while (it->Next(tesseract::RIL_WORD));
  }
  if (!page.words.empty()) page.confidence = confidence / static_cast<double>(page.words.size());
  api.Clear();
  return page;
}

// Debian's Tesseract is built with OpenMP, and each recognition would start a team of
// threads per core on top of our one worker per core: the CPU time more than doubles
// for the same text (measured: 13.2 against 4.7 CPU-s for 3 pages). Pages are the unit
// of parallelism here, so Tesseract's regions run on the calling worker alone. The
// setting belongs to the calling thread's OpenMP environment, so each worker makes it.
// Found at run time: a Tesseract built without OpenMP has no runtime to tell.
void keep_tesseract_on_this_thread() {
  using SetLevels = void (*)(int);
  static const auto set = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
  if (set) set(0);
}

}  // namespace

std::vector<OcrPage> ocr_images(size_t count, const std::function<ImageOrError(size_t)>& make_image,
                                const OcrSettings& settings, const std::function<void(size_t, const OcrPage&)>& on_done) {
  std::vector<OcrPage> results(count);
  if (count == 0) return results;
  // Leptonica prints its own complaints about page regions ("Error in boxClipToRectangle:
  // box outside rectangle") on stderr; they say nothing a user can act on and would
  // bury the progress lines. One process-wide threshold, set once.
  static std::once_flag quiet_leptonica;
  std::call_once(quiet_leptonica, [] { setMsgSeverity(L_SEVERITY_NONE); });
  size_t threads = settings.threads > 0 ? static_cast<size_t>(settings.threads)
                                        : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, count);

  JobSlot slot;
  std::mutex done_mu;
  auto finish = [&](size_t k, OcrPage page) {
    std::lock_guard lock(done_mu);
    results[k] = std::move(page);
    if (on_done) on_done(k, results[k]);
  };
  auto worker = [&] {
    keep_tesseract_on_this_thread();
    tesseract::TessBaseAPI api;
    // Tesseract writes its own diagnostics to stderr unless told otherwise.
    api.SetVariable("debug_file", "/dev/null");
    bool ready = api.Init(nullptr, settings.language.c_str(), tesseract::OEM_LSTM_ONLY) == 0;
    if (ready) api.SetPageSegMode(tesseract::PSM_AUTO);
    while (auto job = slot.take()) {
      OcrPage page;
      if (job->image.error) {
        page.error = job->image.error;
      } else if (!ready) {
        page.error = "Tesseract cannot load language data '" + settings.language + "' (install tesseract-ocr-" +
                     settings.language + ")";
      } else {
        page = recognise(api, job->image.image);
      }
      job->image.image.pixels = {};  // free the image before reporting
      finish(job->index, std::move(page));
    }
    api.End();
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (size_t k = 0; k < count; ++k) {
    ImageOrError image;
    try {
      image = make_image(k);
    } catch (const std::exception& e) {  // bad_alloc from a renderer: that page fails, not the batch
      image.error = std::string("cannot make the page image: ") + e.what();
    }
    slot.put({k, std::move(image)});
  }
  slot.close();
  for (auto& t : pool) t.join();
  return results;
}

std::string tesseract_version() { return tesseract::TessBaseAPI::Version(); }

}  // namespace vnpolicy
