// ReferenceExtractor, the relation: the regions of the document (title, opening, body), the
// cue of the clause a mention sits in, and the citing sentence.
#include "extract/reference_reader.h"

#include <algorithm>

#include "core/text.h"

namespace vnpolicy::reference_reading {
namespace {

BlockEnd block_end(std::string_view content) {
  if (content.empty()) return BlockEnd::Closed;
  if (content.back() == ';') return BlockEnd::Clause;
  if (content.back() == ',') return BlockEnd::MidSentence;
  return is_letter_cp(cp_before(content, content.size())) ? BlockEnd::MidSentence : BlockEnd::Closed;
}

}  // namespace

void DocumentReader::compute_regions() {
  // A type heading ("KẾ HOẠCH", "PHỤ LỤC", ...) opens a document part: its title, then an
  // opening of "Căn cứ" / "Thực hiện" paragraphs, which ends at the first numbered heading,
  // list item or table row, or at the first paragraph without a cue after one with a cue.
  // A letter's "V/v ..." line (reference.title_line) is a title too.
  regions_.assign(doc_.blocks.size(), Region::Opening);
  const auto& cues = rules_.group("reference.clause_cue");
  Groups g;
  bool opening = true, seen_cue = false, body_text = false;
  BlockEnd prev_end = BlockEnd::Closed;
  int title_left = 0;
  for (size_t i = 0; i < doc_.blocks.size(); ++i) {
    const Block& b = doc_.blocks[i];
    std::string_view content = trim(doc_.text(b.content.empty() ? b.span : b.content));
    // A "Căn cứ" list wrapped into a block of its own ("…; Luật sửa đổi, bổ sung một số điều
    // của Luật" / "Xây dựng số 62/2020/QH14;") is still the opening, and no type heading.
    const bool continues_list = opening && seen_cue && b.kind != BlockKind::TableRow &&
                                b.marker_kind == MarkerKind::None && continues_opening(prev_end, content);
    prev_end = block_end(content);
    if (continues_list) {
      regions_[i] = Region::Opening;
      continue;
    }
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

// The cue of the last clause of [b, e) that opens with one: clauses are split at ';'
// outside brackets.
std::optional<std::string> DocumentReader::last_clause_cue(size_t b, size_t e, size_t clause_end, bool opens_clause) const {
  std::vector<size_t> starts;
  if (opens_clause) starts.push_back(b);
  int depth = 0;
  for (size_t i = b; i < e && i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (c == ';' && depth == 0) starts.push_back(i + 1);
  }
  const auto& cues = rules_.group("reference.clause_cue");
  Groups g;
  for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
    std::string_view clause(text_.data() + *it, clause_end > *it ? clause_end - *it : 0);
    if (const Rule* r = first_match(cues, clause, g)) return r->field("relation", "mentions");
  }
  return std::nullopt;
}

// The relation of the opening clause a mention sits in; a clause without a cue takes the cue
// of the clause before it in the sentence. A list of "Căn cứ" clauses that a text wrapped
// into blocks of its own ("…; Luật sửa đổi, bổ sung một số điều của Luật" / "Xây dựng số
// 62/2020/QH14;") goes on across blocks that end in ';' or mid-sentence.
std::optional<std::string> DocumentReader::clause_relation(const Mention& m) const {
  // Whether the mention's block goes on with the opening block before it.
  const Span* prev = nullptr;
  bool ends_on_type = false;
  if (m.block >= 1 && regions_[static_cast<size_t>(m.block - 1)] == Region::Opening) {
    const Block& p = doc_.blocks[static_cast<size_t>(m.block - 1)];
    const Block& own = doc_.blocks[static_cast<size_t>(m.block)];
    prev = p.content.empty() ? &p.span : &p.content;
    const BlockEnd end = block_end(trim(doc_.text(*prev)));
    ends_on_type = end == BlockEnd::MidSentence && ends_with_type_word(trim(doc_.text(*prev)));
    if (!continues_opening(end, trim(doc_.text(own.content.empty() ? own.span : own.content)))) prev = nullptr;
  }
  // A block that goes on with the name of a document whose type ended the block before opens
  // no clause ("… Luật" / "Thực hiện dân chủ ở cơ sở; …" is a law's name, not "Thực hiện …").
  const bool opens_clause = !(prev && ends_on_type && m.sentence.begin == doc_.blocks[static_cast<size_t>(m.block)].span.begin);
  if (auto r = last_clause_cue(m.sentence.begin, m.begin, m.sentence.end, opens_clause)) return r;
  return prev ? last_clause_cue(prev->begin, prev->end, prev->end) : std::nullopt;
}

// Whether text ends on a document type ("…, Luật", "… Nghị định").
bool DocumentReader::ends_with_type_word(std::string_view text) const {
  const std::string upper = to_upper(text.substr(text.size() > 40 ? text.size() - 40 : 0));
  return std::any_of(lex_.type_heads.begin(), lex_.type_heads.end(), [&](const std::string& h) {
    if (upper.size() < h.size() || upper.compare(upper.size() - h.size(), h.size(), h) != 0) return false;
    return !is_letter_cp(cp_before(upper, upper.size() - h.size()));
  });
}

// Whether a block goes on with the opening clause before it: the clause broke off mid-sentence,
// or it ended in ';' and this block opens on the next document of the list ("Luật …",
// "Nghị định số …"); a new clause of its own ("Theo đề nghị của …", "Xét Tờ trình …") does not.
bool DocumentReader::continues_opening(BlockEnd prev, std::string_view content) const {
  if (prev == BlockEnd::MidSentence) return true;
  if (prev != BlockEnd::Clause) return false;
  const std::string upper = to_upper(content.substr(0, std::min<size_t>(content.size(), 40)));
  return std::any_of(lex_.type_heads.begin(), lex_.type_heads.end(),
                     [&](const std::string& h) { return starts_with_word(upper, h); });
}

// The relation the words right before a mention give ("thay thế", "sửa đổi, bổ sung", "căn cứ").
// The number written after an amending law's whole title is that law's own
// (reference.amending_title), so the "sửa đổi, bổ sung" inside the title gives it no "amends".
std::optional<std::string> DocumentReader::cue_before(size_t begin, size_t number_begin) const {
  Groups g;
  const size_t cb = begin > kCueWindow ? begin - kCueWindow : 0;
  const Rule* r = first_match(rules_.group("reference.relation_cue"), std::string_view(text_.data() + cb, begin - cb), g);
  if (!r) {  // a cue whose object's whole name stands between it and the number
    const size_t fb = begin > kFarCueWindow ? begin - kFarCueWindow : 0;
    r = first_match(rules_.group("reference.relation_cue_far"), std::string_view(text_.data() + fb, begin - fb), g);
    return r ? std::optional<std::string>(r->field("relation", "mentions")) : std::nullopt;
  }
  std::string relation = r->field("relation", "mentions");
  // "đề xuất sửa đổi, bổ sung Nghị định số ...": a proposal to amend (reference.proposed_change)
  // amends nothing itself; "mentions" also goes to the rest of its list.
  if (relation == "amends") {
    const std::string_view upto(text_.data() + cb, static_cast<size_t>(g[0].data() - (text_.data() + cb)));
    Groups pg;
    if (first_match(rules_.group("reference.proposed_change"), upto, pg)) return "mentions";
  }
  if (relation == "amends" && number_begin > begin &&
      first_match(rules_.group("reference.amending_title"), std::string_view(text_.data() + cb, number_begin - cb), g))
    return std::nullopt;
  return relation;
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
