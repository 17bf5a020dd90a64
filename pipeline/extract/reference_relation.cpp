// ReferenceExtractor, the relation: the regions of the document (title, opening, body), the
// cue of the clause a mention sits in, and the citing sentence.
#include "extract/reference_reader.h"

#include <algorithm>

namespace vnpolicy::reference_reading {

void DocumentReader::compute_regions() {
  // A type heading ("KẾ HOẠCH", "PHỤ LỤC", ...) opens a document part: its title, then an
  // opening of "Căn cứ" / "Thực hiện" paragraphs, which ends at the first numbered heading,
  // list item or table row, or at the first paragraph without a cue after one with a cue.
  // A letter's "V/v ..." line (reference.title_line) is a title too.
  regions_.assign(doc_.blocks.size(), Region::Opening);
  const auto& cues = rules_.group("reference.clause_cue");
  Groups g;
  bool opening = true, seen_cue = false, body_text = false;
  int title_left = 0;
  for (size_t i = 0; i < doc_.blocks.size(); ++i) {
    const Block& b = doc_.blocks[i];
    std::string_view content = trim(doc_.text(b.content.empty() ? b.span : b.content));
    std::string upper = to_upper(content.substr(0, std::min<size_t>(content.size(), 120)));
    bool head = false, inline_title = false;
    // Nghị định 30/2020 writes the type of a document or part in capitals. Once the body's
    // text has begun (a numbered item, a paragraph after the opening), "Phương án bố trí ..."
    // opening a paragraph or "Nghị quyết" alone in a flattened table cell is no heading;
    // before it, a title may be in sentence case after a header flattened into table rows.
    if ((!body_text || first_word_in_caps(content)) && b.kind != BlockKind::TableRow && (b.marker_kind == MarkerKind::None || b.marker_kind == MarkerKind::Caps)) {
      for (const auto& h : lex_.part_heads)
        if (starts_with_word(upper, h)) { head = true; inline_title = trim(content.substr(h.size())).size() > 0; break; }
      if (!head)
        for (const auto& h : lex_.type_heads) {
          if (!starts_with_word(upper, h)) continue;
          std::string_view rest = trim(content.substr(std::min(content.size(), h.size())));
          head = rest.empty() || (rest[0] != ':' && starts_lower(rest));
          inline_title = head && !rest.empty();
          break;
        }
    }
    if (head) {
      opening = true;
      body_text = false;
      seen_cue = false;
      title_left = kTitleMaxBlocks;
      regions_[i] = inline_title ? Region::Title : Region::Opening;
      if (inline_title) title_left = 0;
      continue;
    }
    bool numbered = b.marker_kind != MarkerKind::None && b.marker_kind != MarkerKind::Caps &&
                    b.marker_kind != MarkerKind::Dash && b.marker_kind != MarkerKind::Plus;
    if (opening && first_match(rules_.group("reference.title_line"), content, g)) {
      regions_[i] = Region::Title;
      continue;
    }
    const Rule* cue_rule = first_match(cues, content, g);
    bool cue = cue_rule != nullptr;
    if (numbered || b.kind == BlockKind::TableRow) opening = false;
    body_text = body_text || numbered;
    if (!opening) { regions_[i] = Region::Body; title_left = 0; continue; }
    // The block right under the heading is its title, and so are heading-like lines after it,
    // also when they read "Thực hiện Nghị quyết ..." / "THỰC HIỆN CHỈ THỊ SỐ ...".
    bool may_title = !cue || cue_rule->field("relation") == "implements";
    bool first = title_left == kTitleMaxBlocks;
    if (title_left > 0 && may_title && (first || b.heading_like || content.rfind("(", 0) == 0)) {
      regions_[i] = Region::Title;
      --title_left;
      continue;
    }
    title_left = 0;
    if (!cue && seen_cue) { opening = false; body_text = true; regions_[i] = Region::Body; continue; }
    seen_cue = seen_cue || cue;
    regions_[i] = Region::Opening;
  }
}

// The relation of the opening clause a mention sits in: clauses are split at ';' outside
// brackets, and one without a cue takes the cue of the clause before it in the sentence.
std::optional<std::string> DocumentReader::clause_relation(const Mention& m) const {
  std::vector<size_t> starts{m.sentence.begin};
  int depth = 0;
  for (size_t i = m.sentence.begin; i < m.begin && i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (c == ';' && depth == 0) starts.push_back(i + 1);
  }
  const auto& cues = rules_.group("reference.clause_cue");
  Groups g;
  for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
    std::string_view clause(text_.data() + *it, m.sentence.end > *it ? m.sentence.end - *it : 0);
    if (const Rule* r = first_match(cues, clause, g)) return r->field("relation", "mentions");
  }
  return std::nullopt;
}

std::string DocumentReader::relation_of(const Mention& m) const {
  if (m.cue) return *m.cue;
  Region region = m.block >= 0 ? regions_[static_cast<size_t>(m.block)] : Region::Body;
  if (region == Region::Title) return "implements";
  if (region == Region::Opening)
    if (auto r = clause_relation(m)) return *r;
  return "mentions";
}

std::string DocumentReader::citing_sentence(const Mention& m) const {
  size_t b = m.sentence.begin, e = m.sentence.end;
  if (e <= b) return m.ref.text;
  std::string prefix, suffix;
  if (e - b > kSentenceMax) {  // a window around the mention, cut at spaces
    size_t half = (kSentenceMax - std::min(kSentenceMax, m.end - m.begin)) / 2;
    size_t nb = m.begin > b + half ? m.begin - half : b, ne = std::min(e, m.end + half);
    while (nb > b && text_[nb] != ' ') --nb;
    while (ne < e && text_[ne] != ' ') ++ne;
    if (nb > b) prefix = "… ";
    if (ne < e) suffix = " …";
    b = nb;
    e = ne;
  }
  return prefix + std::string(trim(doc_.doc.source_text(b, e))) + suffix;
}

}  // namespace vnpolicy::reference_reading
