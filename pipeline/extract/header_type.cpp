// HeaderExtractor, the type word: the document's type as its header line names it, in capitals
// as Nghị định 30/2020 writes it or in the cases portals and scans leave.
#include <algorithm>

#include "core/text.h"
#include "extract/header_extractor.h"
#include "extract/header_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace header_text;  // this file is part of the header reader

// The first cell that is a type word written in capitals, alone or followed by a lower-case
// trích yếu ("BÁO CÁO tình hình", "NGHỊ ĐỊNHQuy định ..."); -1 when there is none.
int HeaderExtractor::find_type(const std::vector<Cell>& cells, DocumentHeader& h, std::string& title_rest, int& type_line) const {
  std::string before;  // the cells so far: once the number or the date stands there, the issuer is behind
  // Whether `text` (tone-normalised capitals `upper`) opens with a type word; sets the fields.
  auto opens_with_type = [&](const std::string& text, const std::string& upper) {
    for (const auto& t : doc_types_) {
      if (upper.compare(0, t.caps.size(), t.caps) != 0) continue;
      size_t cut = prefix_bytes(text, t.caps);
      if (!is_all_caps(std::string_view(text).substr(0, cut))) continue;
      std::string rest(trim(std::string_view(text).substr(cut)));
      if (!starts_with_word(upper, t.caps)) {
        // Glued: the capitals run straight into a title-case word ("ĐỊNHQuy").
        size_t k = 0;
        char32_t a = next_code_point(rest, k), b = next_code_point(rest, k);
        if (!(is_upper_cp(a) && is_lower_cp(b))) continue;
      }
      if (!rest.empty() && rest[0] == ':') continue;  // "QUYẾT ĐỊNH:" opens the operative part
      // "LUẬT BƯU CHÍNH" is a type and its title once the issuer block is over; before, a
      // line of capitals is a name wrapped after its first word ("BỘ / KẾ HOẠCH VÀ ĐẦU TƯ").
      if (!rest.empty() && !has_lower(rest) && rest.size() > 2 && !past_issuer(before)) continue;
      h.doc_type = t.name;
      // "NGHỊ QUYẾT - -": dashes left of a lost rule are no title.
      title_rest = has_letter_or_digit(rest) ? rest : "";
      return true;
    }
    return false;
  };
  bool body_seen = false;  // a "Căn cứ", "Kính gửi" line: a sentence-case type word further on is the body's
  for (size_t i = 0; i < cells.size(); ++i) {
    const Cell& c = cells[i];
    if (i > 0) append_word(before, cells[i - 1].text);
    if (i == 0 && opens_text_with_type_and_title(cells, h, title_rest)) {
      type_line = c.line;
      return 0;
    }
    if (opens_with_type(c.text, c.upper)) {
      type_line = c.line;
      return static_cast<int>(i);
    }
    body_seen = body_seen || any_match(rules_.group("header.body_start"), c.text);
    if (const Named* t = body_seen ? nullptr : header_type_line(cells, i, before)) {
      h.doc_type = t->name;
      title_rest.clear();
      type_line = c.line;
      return static_cast<int>(i);
    }
    // A type word wrapped after its first word ("QUYẾT" / "ĐỊNH", "THÔNG" / "TƯ"), once the
    // number or the date is behind.
    if (i + 1 < cells.size() && cells[i + 1].row == c.row + 1 && is_all_caps(c.text) && past_issuer(before) &&
        std::any_of(doc_types_.begin(), doc_types_.end(), [&](const Named& t) {
          return t.caps.size() > c.upper.size() && t.caps.compare(0, c.upper.size() + 1, c.upper + " ") == 0;
        }) &&
        opens_with_type(c.text + " " + cells[i + 1].text, c.upper + " " + cells[i + 1].upper)) {
      type_line = cells[i + 1].line;
      return static_cast<int>(i);
    }
  }
  return -1;
}

// A text without a header block (a draft's explanation, a summary report, a crawled Tờ trình)
// opens with its type and title on its first line: "THUYẾT MINH DỰ THẢO THÔNG TƯ …", "BÁO CÁO
// TÓM TẮT …", "Tờ trình về việc …". The type word in capitals over a title in capitals, or in
// sentence or title case over a title in any case; a line of its own, not a label ("KẾT LUẬN:")
// and not the type over its number ("Công văn số …": a letter's reference line).
bool HeaderExtractor::opens_text_with_type_and_title(const std::vector<Cell>& cells, DocumentHeader& h,
                                                     std::string& title_rest) const {
  if (cells.empty() || (cells.size() > 1 && cells[1].row == cells[0].row)) return false;
  const Cell& c = cells[0];
  const Named* type = nullptr;  // the longest type word ("NGHỊ QUYẾT LIÊN TỊCH", not "NGHỊ QUYẾT")
  for (const auto& t : doc_types_)
    if (starts_with_word(c.upper, t.caps) && (!type || t.caps.size() > type->caps.size())) type = &t;
  if (type && c.upper.size() > type->caps.size()) {
    const Named& t = *type;
    const size_t cut = prefix_bytes(c.text, t.caps);
    const std::string_view word = std::string_view(c.text).substr(0, cut);
    std::string rest(trim(std::string_view(c.text).substr(cut)));
    if (rest.empty() || rest[0] == ':' || !has_letter_or_digit(rest)) return false;
    size_t k = 0;
    if (!is_upper_cp(next_code_point(c.text, k))) return false;
    if (is_all_caps(word) && has_lower(rest)) return false;  // "BÁO CÁO tình hình" is read above
    if (any_match(rules_.group("header.type_line_cites"), rest)) return false;
    h.doc_type = t.name;
    title_rest = rest;
    return true;
  }
  return false;
}

// A type word the capitals test above misses, on a line of its own where the header's stands:
// under the header's top (its motto, number or date), in its first rows. A portal that
// capitalises its header by style sheet, or a crawler that lower-cases it, leaves it in sentence
// or title case ("Kế hoạch", "Quyết Định"); a scan may lose its diacritics ("QUYET ĐỊNH",
// "THONG BAO", "QUYÉT") or put specks before it (": : _ NGHỊ QUYẾT"). A type word in a sentence,
// a table cell or after the body's first line is the body's.
const HeaderExtractor::Named* HeaderExtractor::header_type_line(const std::vector<Cell>& cells, size_t i,
                                                               const std::string& before) const {
  const Cell& c = cells[i];
  if (c.row >= kRowsWithoutType) return nullptr;
  const bool own_line = (i == 0 || cells[i - 1].row != c.row) && (i + 1 == cells.size() || cells[i + 1].row != c.row);
  // The header's top is behind: its number or date, read or not (a scan garbles them), or its motto.
  const bool past_top = past_issuer(before) || any_match(rules_.group("header.number_unread"), before) ||
                        any_match(rules_.group("header.motto"), before);
  if (!own_line || !past_top) return nullptr;
  // "Luật" / "số: 72/2025/QH15": a type word over the number is its label wrapped, not the type line.
  if (i + 1 < cells.size())
    if (Found n = earliest(rules_.group("header.number"), cells[i + 1].text); n.rule && n.begin == 0) return nullptr;
  if (has_lower(c.text)) {
    auto t = std::find_if(doc_types_.begin(), doc_types_.end(), [&](const Named& n) { return n.caps == c.upper; });
    return t == doc_types_.end() ? nullptr : &*t;
  }
  size_t letter = 0;  // past the specks
  for (size_t k = 0; k < c.text.size(); letter = k) {
    if (is_letter_cp(next_code_point(c.text, k))) break;
  }
  const std::string folded = AccentFolder().fold(std::string_view(c.text).substr(letter));
  auto t = std::find(doc_types_folded_.begin(), doc_types_folded_.end(), folded);
  return t == doc_types_folded_.end() ? nullptr : &doc_types_[static_cast<size_t>(t - doc_types_folded_.begin())];
}

}  // namespace vnpolicy
