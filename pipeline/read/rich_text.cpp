#include "read/rich_text.h"

#include <algorithm>

#include "normalize/unicode.h"

namespace vnpolicy::rich {

int LegacyFonts::of(const std::string& name) {
  if (name.empty()) return -1;
  if (auto it = index.find(name); it != index.end()) return it->second;
  int i = -1;
  if (auto enc = encoding_of_font(name)) {
    i = static_cast<int>(fonts.size());
    fonts.push_back({name, *enc, {}});
  }
  index.emplace(name, i);
  return i;
}

std::string render(const std::vector<Line>& lines, const LegacyFonts& fonts, std::vector<std::string>& encodings) {
  // Many Word files name .VnTime in their styles while their text is Unicode: a font's
  // runs are decoded only when its text reads as Vietnamese that way.
  std::vector<std::string> samples(fonts.fonts.size());
  for (const auto& line : lines)
    for (const auto& p : line.pieces)
      if (p.font >= 0 && samples[static_cast<size_t>(p.font)].size() < (1u << 20))
        samples[static_cast<size_t>(p.font)] += p.text + " ";
  std::vector<bool> decode(fonts.fonts.size());
  for (size_t i = 0; i < fonts.fonts.size(); ++i) {
    decode[i] = font_text_is_legacy(samples[i], fonts.fonts[i].encoding.encoding);
    if (decode[i]) {
      std::string name = encoding_name(fonts.fonts[i].encoding.encoding);
      if (std::find(encodings.begin(), encodings.end(), name) == encodings.end()) encodings.push_back(name);
    }
  }
  std::string out;
  bool prev_row = false;
  for (const auto& line : lines) {
    if (!out.empty()) out += (line.table_row && prev_row) ? "\n" : "\n\n";
    for (const auto& p : line.pieces) {
      if (p.font >= 0 && decode[static_cast<size_t>(p.font)]) {
        const auto& f = fonts.fonts[static_cast<size_t>(p.font)].encoding;
        out += decode_legacy_chars(p.text, f.encoding, f.upper);
      } else {
        // A soft hyphen shows nothing in Unicode text (in TCVN3 it is the letter ư).
        for (size_t i = 0; i < p.text.size(); ++i) {
          if (p.text.compare(i, 2, "\xC2\xAD") == 0) { ++i; continue; }
          out += p.text[i];
        }
      }
    }
    prev_row = line.table_row;
  }
  if (!out.empty()) out += "\n";
  // VNI marks split across runs compose only over the whole text.
  return to_nfc(out);
}

}  // namespace vnpolicy::rich
