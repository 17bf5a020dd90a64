// Plain text: UTF-8 (BOM or not), UTF-16 (BOM, or recognised by its NUL pattern), and
// the legacy Vietnamese encodings. Stray NUL and control bytes are dropped with a
// warning; only a file that is mostly such bytes is refused as binary.
#include <optional>

#include "core/text.h"
#include "read/format_readers.h"
#include "read/legacy_encoding.h"
#include "read/text_util.h"

namespace vnpolicy {
namespace {

// UTF-16 to UTF-8; returns the byte offset (in the original file) of a bad unit, if any.
// NUL units are dropped and counted, like NUL bytes in UTF-8 text.
std::optional<size_t> utf16_to_utf8(std::string_view b, size_t start, bool big_endian, std::string& out,
                                    size_t& nul_units) {
  auto unit = [&](size_t i) -> char32_t {
    auto x = static_cast<unsigned char>(b[i]), y = static_cast<unsigned char>(b[i + 1]);
    return big_endian ? (char32_t(x) << 8 | y) : (char32_t(y) << 8 | x);
  };
  if ((b.size() - start) % 2) return b.size() - 1;
  for (size_t i = start; i + 1 < b.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 >= b.size()) return i;
      char32_t lo = unit(i + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) return i;
      append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      return i;
    } else if (u == 0) {
      ++nul_units;
    } else {
      append_utf8(out, u);
    }
  }
  return std::nullopt;
}

// UTF-16 without a BOM: text in a Latin script has a NUL in nearly every other byte.
std::optional<bool> utf16_without_bom(std::string_view b) {
  if (b.size() < 16 || b.size() % 2) return std::nullopt;
  size_t n = std::min<size_t>(b.size(), 4096) / 2, even = 0, odd = 0;
  for (size_t i = 0; i < n; ++i) {
    even += b[2 * i] == '\0';
    odd += b[2 * i + 1] == '\0';
  }
  if (odd * 10 >= n * 7 && even * 10 <= n) return false;  // little endian: "L\0a\0"
  if (even * 10 >= n * 7 && odd * 10 <= n) return true;   // big endian
  return std::nullopt;
}

}  // namespace

void read_text(std::string_view bytes, const ReadOptions&, ReadOutcome& r) {
  auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  std::optional<bool> utf16_big_endian;
  size_t start = 0;
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    utf16_big_endian = starts("\xFE\xFF");
    start = 2;
  } else {
    utf16_big_endian = utf16_without_bom(bytes);
  }
  if (utf16_big_endian) {
    std::string utf8;
    size_t nul_units = 0;
    if (auto bad = utf16_to_utf8(bytes, start, *utf16_big_endian, utf8, nul_units)) {
      r.error = "invalid UTF-16 at byte offset " + std::to_string(*bad);
      return;
    }
    if (nul_units) r.warnings.push_back("dropped " + std::to_string(nul_units) + " NUL character(s)");
    CleanText clean = drop_control_bytes(utf8);
    if (clean.dropped) r.warnings.push_back(clean.warning());
    r.text = unify_line_ends(clean.text);
    r.source.encoding = *utf16_big_endian ? "utf-16be" : "utf-16le";
    return;
  }
  if (starts("\xEF\xBB\xBF")) start = 3;
  auto body = bytes.substr(start);
  CleanText clean = drop_control_bytes(body, start);
  if (clean.mostly_binary(body.size())) {
    r.error = "binary file: " + std::to_string(clean.dropped) + " of " + std::to_string(body.size()) +
              " bytes are NUL or control bytes (first at byte offset " + std::to_string(clean.first_offset) + ")";
    return;
  }
  if (clean.dropped) r.warnings.push_back(clean.warning());
  if (auto bad = find_invalid_utf8(clean.text); bad != std::string_view::npos) {
    // Not UTF-8: a legacy Vietnamese encoding, if the bytes read as Vietnamese in one.
    if (auto guess = detect_legacy_bytes(body)) {
      r.text = unify_line_ends(drop_control_bytes(decode_legacy_bytes(body, guess->encoding)).text);
      r.source.encoding = encoding_name(guess->encoding);
      return;
    }
    r.error = "invalid UTF-8 at byte offset " + std::to_string(clean.original_offset(bad));
    return;
  }
  // UTF-8 that is legacy text read as Windows-1252 ("Ph¸t triÓn").
  if (auto guess = detect_legacy_mojibake(clean.text)) {
    r.text = unify_line_ends(decode_legacy_chars(clean.text, guess->encoding));
    r.source.encoding = encoding_name(guess->encoding);
    r.warnings.push_back(std::string("UTF-8 text holds ") + encoding_name(guess->encoding) +
                         " characters (legacy text read as Windows-1252); converted");
    return;
  }
  r.text = unify_line_ends(clean.text);
  r.source.encoding = "utf-8";
}

}  // namespace vnpolicy
