// What the DOCX and HTML readers build before they write text: lines of pieces, each piece tagged
// with the legacy font it was typed in (if any), so that TCVN3/VNI runs can be decoded
// once the whole document shows which fonts really hold legacy bytes.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "read/legacy_encoding.h"

namespace vnpolicy::rich {

struct Piece {
  std::string text;
  int font = -1;  // index into LegacyFonts::fonts, or -1 for Unicode text
};

struct Line {
  std::vector<Piece> pieces;
  bool table_row = false;  // consecutive table rows are not separated by a blank line
};

struct LegacyFonts {
  struct Font {
    std::string name;
    FontEncoding encoding;
    std::string sample;  // the text typed in it, to decide whether it holds legacy bytes
  };
  std::vector<Font> fonts;
  std::map<std::string, int> index;
  int of(const std::string& name);  // -1 for a Unicode font
};

// Joins the lines into the document's text: decodes the pieces of each font that holds
// legacy bytes, one blank line between paragraphs. `encodings` gets the legacy
// encodings used ("tcvn3", "vni").
std::string render(const std::vector<Line>& lines, const LegacyFonts& fonts, std::vector<std::string>& encodings);

}  // namespace vnpolicy::rich
