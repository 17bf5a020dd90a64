#include "read/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>

#include "core/text.h"
#include "normalize/unicode.h"
#include "read/legacy_encoding.h"
#include "read/ocr.h"
#include "read/pdf_layout.h"
#include "read/pdf_table.h"

namespace vnpolicy {
namespace {

// Poppler reports problems through one process-wide callback; each reading thread
// points it at its own list, so that a message ends up in the right file's error.
thread_local std::vector<std::string>* t_poppler_messages = nullptr;

void collect_poppler_message(const std::string& message, void*) {
  if (t_poppler_messages && t_poppler_messages->size() < 8) t_poppler_messages->push_back(message);
}

class PopplerMessages {
 public:
  PopplerMessages() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(collect_poppler_message, nullptr); });
    previous_ = t_poppler_messages;
    t_poppler_messages = &messages_;
  }
  ~PopplerMessages() { t_poppler_messages = previous_; }
  PopplerMessages(const PopplerMessages&) = delete;
  PopplerMessages& operator=(const PopplerMessages&) = delete;
  // ": poppler: <first message>" or "".
  std::string first() const {
    if (messages_.empty()) return "";
    std::string m = messages_.front();
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return " (" + m + ")";
  }
  void clear() { messages_.clear(); }

 private:
  std::vector<std::string> messages_;
  std::vector<std::string>* previous_ = nullptr;
};

std::string to_string(const poppler::ustring& s) {
  poppler::byte_array b = s.to_utf8();
  std::string out(b.begin(), b.end());
  // A word never holds control characters; a hostile file's would break lines.
  out.erase(std::remove_if(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }),
            out.end());
  return out;
}

// A font whose glyphs stand for TCVN3 (".VnTime", "VnTimeH") or VNI ("VNI-Times") bytes,
// from its PDF name: "FBHPEM+VnTimeHBold", "CCBOFB+.VnTime,Bold". `upper`: an "H" font,
// whose lower-case codes draw capitals.
std::optional<FontEncoding> legacy_font(std::string_view name) {
  if (auto plus = name.find('+'); plus != std::string_view::npos && plus <= 6) name.remove_prefix(plus + 1);
  if (auto comma = name.find(','); comma != std::string_view::npos) name = name.substr(0, comma);
  for (std::string_view style : {"BoldItalic", "Italic", "Bold", "-"})
    if (name.size() > style.size() && name.substr(name.size() - style.size()) == style) name.remove_suffix(style.size());
  if (name.substr(0, 4) == "VNI-" || name.substr(0, 4) == "VNI ") return FontEncoding{LegacyEncoding::Vni, false};
  if (name.substr(0, 1) == ".") name.remove_prefix(1);
  if (name.size() > 2 && name.substr(0, 2) == "Vn" && name[2] >= 'A' && name[2] <= 'Z')
    return FontEncoding{LegacyEncoding::Tcvn3, name.back() == 'H'};
  return std::nullopt;
}

// Poppler gives a legacy font's glyphs as the Unicode of their WinAnsi codes, or of their
// glyph names ("minus" for TCVN3's ư, "bulletoperator" for its ã): back to the code each
// stands for, as a U+0080..U+00FF character, which the legacy decoder reads.
std::string legacy_codes(std::string_view utf8) {
  static const std::pair<char32_t, unsigned char> kBack[] = {
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
      {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
      {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
      {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
      {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}, {0x2212, 0xAD}, {0x2010, 0xAD}, {0x2219, 0xB7},
      {0x02C9, 0xAF}, {0x2215, 0x2F}};
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = next_code_point(utf8, i);
    for (const auto& [from, to] : kBack)
      if (cp == from) { cp = to; break; }
    append_utf8(out, cp);
  }
  return out;
}

size_t non_space_chars(const std::vector<std::string>& lines) {
  size_t n = 0;
  for (const auto& l : lines)
    for (size_t i = 0; i < l.size();) {
      char32_t cp = next_code_point(l, i);
      if (!is_space_cp(cp)) ++n;
    }
  return n;
}

enum class OcrNeed { None, NoText, Garbled };

struct PageText {
  std::vector<std::string> lines;
  size_t chars = 0;
  std::optional<LegacyEncoding> legacy;  // most of the page's text was set in such fonts
  OcrNeed need = OcrNeed::None;
  std::optional<double> ocr_confidence;
  bool readable = true;
};

PageText read_page_text(const poppler::page& page, bool first_text_page) {
  PageText out;
  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  std::vector<PdfWord> words;
  words.reserve(boxes.size());
  size_t chars = 0, legacy_chars[2] = {0, 0};  // TCVN3, VNI
  for (const auto& b : boxes) {
    PdfWord w;
    w.text = to_string(b.text());
    if (w.text.empty()) continue;
    poppler::rectf r = b.bbox();
    w.x0 = r.left(), w.y0 = r.top(), w.x1 = r.right(), w.y1 = r.bottom();
    w.space_after = b.has_space_after();
    chars += w.text.size();
    if (auto font = b.has_font_info() ? legacy_font(b.get_font_name()) : std::nullopt) {
      legacy_chars[font->encoding == LegacyEncoding::Vni] += w.text.size();
      w.text = decode_legacy_chars(legacy_codes(w.text), font->encoding, font->upper);
    }
    words.push_back(std::move(w));
  }
  poppler::rectf box = page.page_rect(poppler::crop_box);
  PdfPageGeometry geometry{box.width(), box.height(), first_text_page};
  auto o = page.orientation();
  if (o == poppler::page::landscape || o == poppler::page::seascape) std::swap(geometry.width, geometry.height);
  out.lines = layout_page_lines(words, geometry);
  out.chars = non_space_chars(out.lines);
  if (legacy_chars[0] + legacy_chars[1] > chars / 2)
    out.legacy = legacy_chars[0] >= legacy_chars[1] ? LegacyEncoding::Tcvn3 : LegacyEncoding::Vni;
  return out;
}

// The page as a grey image at the resolution Tesseract reads best, smaller for huge pages.
ImageOrError render_for_ocr(const poppler::document& doc, int index) {
  ImageOrError out;
  PopplerMessages messages;
  std::unique_ptr<poppler::page> page(doc.create_page(index));
  if (!page) {
    out.error = "page " + std::to_string(index + 1) + " cannot be read" + messages.first();
    return out;
  }
  poppler::rectf box = page->page_rect(poppler::crop_box);
  double inches = std::max(box.width(), 1.0) / 72 * std::max(box.height(), 1.0) / 72;
  double dpi = PdfLimits::ocr_dpi;
  if (inches * dpi * dpi > PdfLimits::max_render_pixels) dpi = std::sqrt(PdfLimits::max_render_pixels / inches);
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
  poppler::image img = renderer.render_page(page.get(), dpi, dpi);
  if (!img.is_valid() || img.width() <= 0 || img.height() <= 0) {
    out.error = "page " + std::to_string(index + 1) + " cannot be rendered" + messages.first();
    return out;
  }
  out.image.width = img.width();
  out.image.height = img.height();
  out.image.stride = img.bytes_per_row();
  out.image.dpi = static_cast<int>(std::lround(dpi));
  const char* data = img.const_data();
  out.image.pixels.assign(data, data + static_cast<size_t>(out.image.stride) * static_cast<size_t>(img.height()));
  return out;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& l : lines) text.append(l).push_back('\n');
  return text;
}

// The file name for progress lines: what a user recognises, not the whole path.
std::string short_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void ocr_pages(const poppler::document& doc, const ReadOptions& options, std::vector<PageText>& pages,
               ReadOutcome& out) {
  std::vector<int> todo;
  for (size_t i = 0; i < pages.size(); ++i)
    if (pages[i].need != OcrNeed::None && pages[i].readable) todo.push_back(static_cast<int>(i));
  if (todo.empty()) return;
  if (!options.ocr) {
    out.warnings.push_back(std::to_string(todo.size()) + " of " + std::to_string(pages.size()) +
                           " pages have no usable text layer and OCR is off (page " + std::to_string(todo[0] + 1) +
                           (todo.size() > 1 ? " first" : "") + ")");
    return;
  }
  if (todo.size() > static_cast<size_t>(PdfLimits::max_ocr_pages)) {
    out.warnings.push_back("OCR limited to the first " + std::to_string(PdfLimits::max_ocr_pages) + " of " +
                           std::to_string(todo.size()) + " pages without a text layer");
    todo.resize(PdfLimits::max_ocr_pages);
  }
  const std::string name = short_name(out.source.path);
  size_t done = 0;
  OcrSettings settings{options.ocr_language, options.ocr_threads};
  std::vector<OcrPage> results = ocr_images(
      todo.size(), [&](size_t k) { return render_for_ocr(doc, todo[k]); }, settings,
      [&](size_t k, const OcrPage&) {
        ++done;
        if (options.ocr_progress)
          std::fprintf(stderr, "%s: OCR page %d (%zu/%zu)\n", name.c_str(), todo[k] + 1, done, todo.size());
      });
  for (size_t k = 0; k < todo.size(); ++k) {
    const size_t index = static_cast<size_t>(todo[k]);
    PageText& page = pages[index];
    const OcrPage& r = results[k];
    const std::string where = "page " + std::to_string(index + 1) + ": ";
    if (r.error) {
      out.warnings.push_back(where + "OCR failed: " + *r.error);
      continue;
    }
    bool earlier_text = std::any_of(pages.begin(), pages.begin() + static_cast<long>(index),
                                    [](const PageText& p) { return p.chars > 0; });
    PdfPageGeometry geometry = r.geometry;
    geometry.may_hold_header = !earlier_text;
    std::vector<std::string> lines = layout_page_lines(r.words, geometry);
    size_t chars = non_space_chars(lines);
    bool better = page.need == OcrNeed::NoText ? chars > page.chars
                                               : !text_looks_garbled(join_lines(lines)) && chars * 2 > page.chars;
    if (!better) {
      if (page.need == OcrNeed::Garbled)
        out.warnings.push_back(where + "the text layer looks garbled and OCR did not read it better");
      continue;
    }
    page.lines = std::move(lines);
    page.chars = chars;
    page.ocr_confidence = r.confidence.value_or(0);
    out.source.ocr = true;
  }
}

}  // namespace

bool text_looks_garbled(std::string_view text) {
  // Vietnamese letters with diacritics, both cases; any other accented Latin letter is foreign.
  static const std::u32string vietnamese =
      U"àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
      U"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
  size_t words = 0, vietnamese_words = 0, accented = 0, foreign = 0;
  size_t letters_in_word = 0;
  bool word_has_vietnamese = false;
  auto end_word = [&] {
    if (letters_in_word >= 2) {
      ++words;
      vietnamese_words += word_has_vietnamese;
    }
    letters_in_word = 0;
    word_has_vietnamese = false;
  };
  for (size_t i = 0; i < text.size();) {
    char32_t cp = next_code_point(text, i);
    if (!is_letter_cp(cp)) {
      end_word();
      continue;
    }
    ++letters_in_word;
    if (cp < 0x80) continue;
    ++accented;
    if (vietnamese.find(cp) != std::u32string::npos) word_has_vietnamese = true;
    else if (cp < 0x2C00) ++foreign;  // Latin, Greek and symbols; not CJK
  }
  end_word();
  if (words < 20) return false;
  return vietnamese_words * 10 < words * 3 || foreign * 5 > accented;
}

void read_pdf(std::string_view bytes, const ReadOptions& options, ReadOutcome& out) {
  out.source.format = "pdf";
  if (bytes.size() > PdfLimits::max_bytes) {
    out.error = "PDF of " + std::to_string(bytes.size() >> 20) + " MB is larger than the " +
                std::to_string(PdfLimits::max_bytes >> 20) + " MB this reader accepts";
    return;
  }
  PopplerMessages messages;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    out.error = "damaged or truncated PDF: poppler cannot open it" + messages.first();
    return;
  }
  if (doc->is_locked()) {
    out.error = "encrypted PDF: a password is needed to open it";
    return;
  }
  const int page_count = doc->pages();
  if (page_count <= 0) {
    out.error = "PDF has no pages" + messages.first();
    return;
  }
  int pages_to_read = std::min(page_count, PdfLimits::max_pages);
  if (pages_to_read < page_count)
    out.warnings.push_back("read the first " + std::to_string(pages_to_read) + " of " + std::to_string(page_count) +
                           " pages (limit)");

  const auto start = std::chrono::steady_clock::now();
  std::vector<PageText> pages;
  std::vector<int> unreadable;
  size_t text_bytes = 0;
  bool seen_text = false;
  for (int i = 0; i < pages_to_read; ++i) {
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > PdfLimits::text_seconds || text_bytes > PdfLimits::max_text_bytes) {
      out.warnings.push_back("stopped after page " + std::to_string(i) + " of " + std::to_string(page_count) + ": " +
                             (elapsed > PdfLimits::text_seconds ? "time limit" : "text size limit"));
      break;
    }
    messages.clear();
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    PageText text;
    if (!page) {
      text.readable = false;
      unreadable.push_back(i + 1);
      out.warnings.push_back("page " + std::to_string(i + 1) + " cannot be read" + messages.first());
    } else {
      text = read_page_text(*page, !seen_text);
      seen_text = seen_text || text.chars > 0;
      if (text.chars < static_cast<size_t>(PdfLimits::min_page_chars)) {
        text.need = OcrNeed::NoText;
      } else {
        if (text_looks_garbled(join_lines(text.lines))) text.need = OcrNeed::Garbled;
      }
    }
    for (const auto& l : text.lines) text_bytes += l.size() + 1;
    pages.push_back(std::move(text));
  }
  if (unreadable.size() == pages.size()) {
    out.error = "no page of the PDF can be read (" + std::to_string(page_count) + " pages)";
    return;
  }

  // The encoding most pages' fonts carried: what a user should know the text was converted from.
  int legacy_pages[2] = {0, 0};
  for (const auto& p : pages)
    if (p.legacy) ++legacy_pages[*p.legacy == LegacyEncoding::Vni];
  if (legacy_pages[0] || legacy_pages[1])
    out.source.encoding = encoding_name(legacy_pages[0] >= legacy_pages[1] ? LegacyEncoding::Tcvn3 : LegacyEncoding::Vni);

  ocr_pages(*doc, options, pages, out);

  std::string text;
  int line = 1;
  PdfTableTitle table_title;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].lines.empty()) continue;
    carry_table_title(pages[i].lines, table_title);
    out.source.pages.push_back({static_cast<int>(i) + 1, line, pages[i].ocr_confidence});
    for (const auto& l : pages[i].lines) {
      text.append(l).push_back('\n');
      ++line;
    }
  }
  if (text.empty()) {
    bool scanned = std::any_of(pages.begin(), pages.end(), [](const PageText& p) { return p.need != OcrNeed::None; });
    out.error = scanned && !options.ocr ? "PDF has no text layer (a scan) and OCR is off"
                                        : "PDF has no text on any of its " + std::to_string(page_count) + " pages";
    return;
  }
  out.text = to_nfc(text);
}

}  // namespace vnpolicy
