// What the DOCX and HTML readers build before they write text: lines of pieces, each piece tagged
// with the legacy font it was typed in (if any), so that TCVN3/VNI runs can be decoded
// once the whole document shows which fonts really hold legacy bytes.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "read/legacy_encoding.h"

namespace vnpolicy::rich {

struct Piece {
  std::string text;
  int font = -1;  // index into LegacyFonts::fonts, or -1 for text in no named font
};

struct Line {
  std::vector<Piece> pieces;
  bool table_row = false;  // consecutive table rows are not separated by a blank line
};

// A row of one cell across a table of `columns` columns ("Năm 2026", "II. CHỈ TIÊU XÃ HỘI"):
// a group heading of the rows under it. A short one is written as a pipe row (text in the
// first cell, the others empty) so that it does not end the table the rows belong to;
// a long one (a note, a layout row holding paragraphs) stays a paragraph. False when
// `cell` is long (then `row` is untouched).
bool group_row(Line& cell, size_t columns, Line& row);

// Every font the text names. Most legacy fonts say their encoding in their name
// (".VnTime", "VNI-Times"); others do not ("VNSTCVN3", "VnSouthern(Ds)", a vendor's own
// face), so the text typed in those is tested for legacy bytes as well.
struct LegacyFonts {
  struct Font {
    std::string name;
    std::optional<FontEncoding> named;  // the encoding its name implies, if it names one
  };
  std::vector<Font> fonts;
  std::map<std::string, int> index;
  int of(const std::string& name);  // -1 for no name
};

// Joins the lines into the document's text: decodes the pieces of each font that holds
// legacy bytes, one blank line between paragraphs. A font named for an encoding is
// decoded when its text reads as Vietnamese that way; any other font when its text is
// clearly legacy Vietnamese (detect_legacy_mojibake). `encodings` gets the legacy
// encodings used ("tcvn3", "vni").
std::string render(const std::vector<Line>& lines, const LegacyFonts& fonts, std::vector<std::string>& encodings);

}  // namespace vnpolicy::rich
