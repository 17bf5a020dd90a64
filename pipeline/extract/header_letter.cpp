// HeaderExtractor, a letter's trích yếu: a công văn has no type word and no title under it;
// Nghị định 30/2020 puts its subject under the number as "V/v <what it is about>".
#include "core/text.h"
#include "extract/header_extractor.h"
#include "extract/header_text.h"

namespace vnpolicy {

using namespace header_text;  // this file is part of the header reader

namespace {

constexpr int kSubjectLinesAfter = 3;  // lines the subject may wrap over

}  // namespace

// The subject after "V/v" on the cell's line (or on the lines under a "V/v" alone), and its
// wrapped lines: each goes on in lower case, and a blank line or "Kính gửi" ends it.
std::optional<std::string> HeaderExtractor::letter_subject(const NormalizedDocument& doc, const Cell& cell) const {
  // Only the "V/v" rule names the subject; a letter known by its "Kính gửi" line has none.
  const Rule* rule = rules_.group("header.letter_subject").first_matching(cell.text);
  if (!rule || rule->group_index("subject") < 0) return std::nullopt;
  std::string subject = named_group(*rule, match_once(*rule, cell.text), "subject");
  for (int l = cell.line + 1; l <= doc.line_count() && l <= cell.line + kSubjectLinesAfter; ++l) {
    std::string t = strip_markup(doc.source_line(l));
    if (t.empty() || any_match(rules_.group("header.letter_subject"), t)) break;  // "Kính gửi: …"
    size_t k = 0;
    if (!subject.empty() && !is_lower_cp(next_code_point(t, k))) break;
    subject += (subject.empty() ? "" : " ") + t;
  }
  // A flattened header may put the place and date after it: "V/v … Hà Nội, ngày 12 tháng …".
  for (const Rule* r : rules_.group("header.place_date")) {
    auto m = match_once(*r, subject);
    if (m.empty()) continue;
    const std::string place = named_group(*r, m, "place");
    size_t at = place.empty() ? std::string::npos : subject.find(place);
    subject.resize(at == std::string::npos ? static_cast<size_t>(m[0].data() - subject.data()) : at);
    break;
  }
  subject = collapse_whitespace(subject);
  while (!subject.empty() && (subject.back() == '.' || subject.back() == ',' || subject.back() == ';')) subject.pop_back();
  if (subject.empty()) return std::nullopt;
  return subject;
}

}  // namespace vnpolicy
