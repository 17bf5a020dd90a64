// OCR of page images with Tesseract (libtesseract), pages in parallel: one TessBaseAPI
// per worker thread (an instance is not thread-safe; the traineddata is loaded once per
// worker). Images are made one at a time on the caller's thread by a callback (poppler
// is not safe to render from several threads on one document) and at most one image per
// worker plus one waits at any time, so memory does not grow with the page count.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "read/pdf_layout.h"

namespace vnpolicy {

// An 8-bit grey image, rows `stride` bytes apart.
struct GrayImage {
  int width = 0, height = 0, stride = 0;
  int dpi = 300;
  std::vector<unsigned char> pixels;
};

struct OcrPage {
  std::vector<PdfWord> words;        // in Tesseract's reading order, boxes in pixels
  PdfPageGeometry geometry;          // the image's size in pixels
  std::optional<double> confidence;  // mean word confidence 0-100 (none when no word was found)
  std::optional<std::string> error;  // the image could not be made or read
};

struct OcrSettings {
  std::string language = "vie";  // traineddata name(s), "vie+eng"
  int threads = 0;                // 0 = every core
};

// A job's image, or an error saying why it could not be made ("page 3 cannot be rendered").
struct ImageOrError {
  GrayImage image;
  std::optional<std::string> error;
};

// OCRs `count` images. `make_image(k)` is called on the calling thread, in order k = 0..count-1;
// `on_done(k, page)` is called as each page finishes (for progress), from a worker thread
// but never from two at once.
// Returns one OcrPage per job; if Tesseract cannot start (language data missing), every
// page carries that error.
std::vector<OcrPage> ocr_images(size_t count, const std::function<ImageOrError(size_t)>& make_image,
                                const OcrSettings& settings,
                                const std::function<void(size_t, const OcrPage&)>& on_done = {});

// Tesseract's version string, for messages and the bench.
std::string tesseract_version();

}  // namespace vnpolicy
