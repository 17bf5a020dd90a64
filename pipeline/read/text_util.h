// Helpers every reader shares: line ends, stray control bytes.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy {

// CRLF and CR become LF.
std::string unify_line_ends(std::string_view s);

// Text with NUL and C0 control bytes removed (tab, LF, CR and form feed stay; a vertical
// tab, Word's manual line break, becomes LF), and where they were.
struct CleanText {
  std::string text;
  size_t dropped = 0;       // bytes removed
  size_t nuls = 0;          // of which NUL
  size_t first_offset = 0;  // byte offset in the input of the first one removed
  size_t base = 0;          // offset of the input within the file (after a BOM)
  std::vector<size_t> positions;  // offsets (in the input) of the first removed bytes, capped

  // Offset in the file of a byte of `text`.
  size_t original_offset(size_t clean_offset) const;
  // More than a tenth of the bytes removed (and more than a few): not a text file with
  // stray bytes.
  bool mostly_binary(size_t input_size) const { return dropped > 8 && dropped * 10 > input_size; }
  // "dropped 1 NUL byte at byte offset 17" / "dropped 4 control bytes (2 NUL), first at byte offset 9"
  std::string warning() const;
};
CleanText drop_control_bytes(std::string_view s, size_t base = 0);

// Letters that look like Vietnamese ones but are not, as PDFs made with some fonts map
// them (their ToUnicode table says U+01A3 "ƣ" for ư, U+00D0 "Ð" for Đ): in text that is
// Vietnamese (it has a letter only Vietnamese has), ƣ Ƣ ð Ð become ư Ư đ Đ. Each pair is
// the same length in UTF-8, so line and page maps stay valid. Returns how many changed.
size_t repair_lookalike_letters(std::string& text);

}  // namespace vnpolicy
