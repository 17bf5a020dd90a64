// HeaderExtractor, the own number an attachment repeats: a text that lost its header block
// (a crawled decree or circular opening on its type word) heads each appendix and form it
// carries with "(Kèm theo Thông tư số 37/2025/TT-BKHCN ngày 28 tháng 11 năm 2025 của …)".
#include "core/dates.h"
#include "core/keys.h"
#include "core/text.h"
#include "extract/header_extractor.h"
#include "extract/header_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace header_text;  // this file is part of the header reader

namespace {

constexpr int kNoteLinesAfter = 2;  // lines a note may wrap over

std::string folded(const std::string& s) { return to_upper(normalize_tone_marks(collapse_whitespace(s))); }

}  // namespace

// Only the document's own type counts (a decree's appendix may also cite "(Kèm theo Thông tư
// số …)" for a form another body set), and only when every such note names one number: two
// numbers mean the notes name other documents, and none is taken.
std::string HeaderExtractor::read_attachment_own_number(const NormalizedDocument& doc, DocumentHeader& h) const {
  if (h.number || !h.doc_type) return {};
  const std::string own_type = folded(*h.doc_type);
  const auto& notes = rules_.group("header.attachment_own_number");
  const auto& note_lines = rules_.group("header.attachment_note_line");
  std::optional<std::string> number, date;
  std::string key, first_note;
  for (int l = 1; l <= doc.line_count(); ++l) {
    // Only lines that can hold a note are cleaned of markup and matched.
    std::string_view raw = doc.source_line(l);
    if (!note_lines.first_matching(raw)) continue;
    std::string text = strip_markup(raw);
    for (int k = l + 1; k <= doc.line_count() && k <= l + kNoteLinesAfter && text.find(')') == std::string::npos; ++k)
      text += " " + strip_markup(doc.source_line(k));
    for (const Rule* r : notes) {
      auto m = match_once(*r, text);
      if (m.empty() || folded(named_group(*r, m, "type")) != own_type) continue;
      std::string n;
      for (char c : named_group(*r, m, "number"))
        if (c != ' ') n += c;
      const std::string k = reference_number_key(n);
      if (number && k != key) return {};  // notes that name two documents name none of them as this one
      if (!number) {
        number = n;
        key = k;
        first_note = text;
      }
      const std::string y = named_group(*r, m, "year");
      if (!date && !y.empty())
        date = iso_date(std::stoi(y), std::stoi(named_group(*r, m, "month")), std::stoi(named_group(*r, m, "day")));
      break;
    }
  }
  if (!number) return {};
  h.number = number;
  if (!h.issued_date && date) h.issued_date = date;
  return first_note;
}

}  // namespace vnpolicy
