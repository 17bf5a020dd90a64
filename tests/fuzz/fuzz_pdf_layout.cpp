// Arbitrary words and boxes through the page layout (the header columns and the reading
// order of PDF text layers and of OCR'd pages): every word's text comes out once.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "read/pdf_layout.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vnpolicy;
  std::vector<PdfWord> words;
  size_t i = 0;
  auto number = [&]() -> double {
    if (i + 2 > size) return 0;
    int16_t v;
    std::memcpy(&v, data + i, 2);
    i += 2;
    return v == INT16_MIN ? NAN : v / 4.0;
  };
  size_t letters = 0;
  while (i + 9 <= size && words.size() < 2000) {
    PdfWord w;
    w.x0 = number(), w.y0 = number(), w.x1 = number(), w.y1 = number();
    w.space_after = data[i] & 1;
    w.text = std::string(1, static_cast<char>('a' + data[i] % 26)) + (data[i] & 0x80 ? "_" : "");
    letters += 1;
    ++i;
    words.push_back(std::move(w));
  }
  PdfPageGeometry page{595, 842, size % 2 == 0};
  auto lines = layout_page_lines(words, page);
  size_t out_letters = 0;
  for (const auto& l : lines)
    for (char c : l) out_letters += c >= 'a' && c <= 'z';
  if (out_letters > letters) __builtin_trap();  // nothing invented
  return 0;
}
