#include "read/rich_text.h"

#include <algorithm>

#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy::rich {

int LegacyFonts::of(const std::string& name) {
  if (name.empty()) return -1;
  if (auto it = index.find(name); it != index.end()) return it->second;
  int i = static_cast<int>(fonts.size());
  fonts.push_back({name, encoding_of_font(name)});
  index.emplace(name, i);
  return i;
}

namespace {

// Which encoding each piece of text is decoded from (nullopt: kept as it is).
using Choice = std::optional<FontEncoding>;

// A run of consecutive pieces of one line in one font.
struct Span {
  size_t line = 0, first = 0, end = 0;
  std::string text;
};

// A font named for an encoding: all its text or none of it, decided on the whole sample
// (many Word files name .VnTime in their styles while their text is Unicode), except a
// span that clearly reads as another encoding.
// A font that names none may hold legacy text of either kind, even both in one file (a
// document pasted together from TCVN3 and VNI sources in one vendor font), so each span
// of text in it is tested on its own. A span too short to be sure of reads in whichever
// encoding the font has shown gives it the most syllables; failing that, it takes the
// encoding of the nearest span before it (else after it), else that of the whole sample.
std::vector<std::vector<Choice>> choose(const std::vector<Line>& lines, const LegacyFonts& fonts) {
  size_t nf = fonts.fonts.size();
  std::vector<std::string> samples(nf);
  std::vector<std::vector<Span>> spans(nf);
  std::vector<std::vector<Choice>> choice(lines.size());
  for (size_t l = 0; l < lines.size(); ++l) {
    const auto& pieces = lines[l].pieces;
    choice[l].resize(pieces.size());
    for (size_t i = 0; i < pieces.size();) {
      int f = pieces[i].font;
      size_t j = i;
      std::string text;
      while (j < pieces.size() && pieces[j].font == f) text += pieces[j++].text;
      if (f >= 0) {
        auto& sample = samples[static_cast<size_t>(f)];
        if (sample.size() < (1u << 20)) sample += text + " ";
        spans[static_cast<size_t>(f)].push_back({l, i, j, std::move(text)});
      }
      i = j;
    }
  }
  auto set = [&](const Span& s, const Choice& c) {
    for (size_t i = s.first; i < s.end; ++i) choice[s.line][i] = c;
  };
  // Which fonts hold legacy text, what each span clearly is, and which encodings the
  // document has shown.
  std::vector<bool> legacy(nf);
  std::vector<Choice> whole(nf);
  std::vector<std::vector<Choice>> told(nf);
  std::vector<LegacyEncoding> shown;
  auto show = [&](LegacyEncoding e) {
    if (std::find(shown.begin(), shown.end(), e) == shown.end()) shown.push_back(e);
  };
  for (size_t f = 0; f < nf; ++f) {
    const auto& font = fonts.fonts[f];
    if (font.named) {
      legacy[f] = font_text_is_legacy(samples[f], font.named->encoding);
      if (legacy[f]) whole[f] = font.named, show(font.named->encoding);
    } else if (auto g = detect_legacy_mojibake(samples[f])) {
      whole[f] = FontEncoding{g->encoding, false}, show(g->encoding);
    }
    told[f].resize(spans[f].size());
    if (font.named && !legacy[f]) continue;
    // A span alone is taken for TCVN3 or VNI, the encodings of the fonts Word files
    // used, or for the one the whole font reads in: a few garbled words can read as
    // VISCII or CP1258 by chance.
    auto plausible = [&](LegacyEncoding e) {
      return e == LegacyEncoding::Tcvn3 || e == LegacyEncoding::Vni || (whole[f] && whole[f]->encoding == e);
    };
    for (size_t k = 0; k < spans[f].size(); ++k)
      if (auto g = detect_legacy_mojibake(spans[f][k].text); g && plausible(g->encoding)) {
        told[f][k] = FontEncoding{g->encoding, false};
        show(g->encoding);
        legacy[f] = true;
      }
  }
  for (size_t f = 0; f < nf; ++f) {
    if (!legacy[f] && !whole[f]) continue;
    const auto& font = fonts.fonts[f];
    auto& t = told[f];
    if (font.named) {
      // Its own encoding, unless the span reads clearly or better in another one the
      // document uses (text pasted from a file in the other encoding keeps the font it
      // lands in).
      for (size_t k = 0; k < spans[f].size(); ++k) {
        Choice c = font.named;
        if (t[k] && t[k]->encoding != font.named->encoding)
          c = t[k];
        else if (!t[k])
          if (auto e = best_reading(spans[f][k].text, shown); e && *e != font.named->encoding) c = FontEncoding{*e, false};
        set(spans[f][k], c);
      }
      continue;
    }
    for (size_t k = 0; k < spans[f].size(); ++k)
      if (!t[k])
        if (auto e = best_reading(spans[f][k].text, shown)) t[k] = FontEncoding{*e, false};
    Choice last;
    std::vector<Choice> chosen(t.size());
    for (size_t k = 0; k < t.size(); ++k) {
      if (t[k]) last = t[k];
      chosen[k] = last;
    }
    Choice next = whole[f];
    for (size_t k = t.size(); k-- > 0;) {
      if (t[k]) next = t[k];
      if (!chosen[k]) chosen[k] = next;
      // Unicode text in the same font is never decoded.
      if (!t[k] && has_vietnamese_only_letter(spans[f][k].text)) chosen[k].reset();
      set(spans[f][k], chosen[k]);
    }
  }
  return choice;
}

}  // namespace

bool group_row(Line& cell, size_t columns, Line& row) {
  constexpr size_t kMaxGroupCodePoints = 120;  // a group heading is a line; a note or a layout row is longer
  std::string text;
  for (const auto& p : cell.pieces) text += p.text;
  if (text.find('\n') != std::string::npos || code_point_count(text) > kMaxGroupCodePoints) return false;
  row = Line{};
  row.table_row = true;
  row.pieces.push_back({"| ", -1});
  for (auto& p : cell.pieces) {
    for (char& ch : p.text) if (ch == '|') ch = '/';
    row.pieces.push_back(std::move(p));
  }
  row.pieces.push_back({" |", -1});
  for (size_t k = 1; k < columns; ++k) row.pieces.push_back({"  |", -1});
  return true;
}

std::string render(const std::vector<Line>& lines, const LegacyFonts& fonts, std::vector<std::string>& encodings) {
  std::vector<std::vector<Choice>> choice = choose(lines, fonts);
  std::string out;
  bool prev_row = false;
  for (size_t l = 0; l < lines.size(); ++l) {
    const auto& pieces = lines[l].pieces;
    if (!out.empty()) out += (lines[l].table_row && prev_row) ? "\n" : "\n\n";
    for (size_t i = 0; i < pieces.size();) {
      const Choice& c = choice[l][i];
      if (c) {
        // A span at once, so that a word split over runs is decoded (and capitalised) whole.
        std::string text;
        size_t j = i;
        for (; j < pieces.size() && pieces[j].font == pieces[i].font && choice[l][j] == c; ++j) text += pieces[j].text;
        out += decode_legacy_chars(text, c->encoding, c->upper);
        std::string name = encoding_name(c->encoding);
        if (std::find(encodings.begin(), encodings.end(), name) == encodings.end()) encodings.push_back(name);
        i = j;
        continue;
      }
      // A soft hyphen shows nothing in Unicode text (in TCVN3 it is the letter ư).
      const std::string& t = pieces[i].text;
      for (size_t k = 0; k < t.size(); ++k) {
        if (t.compare(k, 2, "\xC2\xAD") == 0) { ++k; continue; }
        out += t[k];
      }
      ++i;
    }
    prev_row = lines[l].table_row;
  }
  if (!out.empty()) out += "\n";
  // VNI marks split across runs compose only over the whole text.
  return to_nfc(out);
}

}  // namespace vnpolicy::rich
