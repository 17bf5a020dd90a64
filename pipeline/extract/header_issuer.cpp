// HeaderExtractor, the issuer: the body a header block, the authority line under the title or
// the signature names, completed with the area the document names most.
#include <algorithm>
#include <map>

#include "core/text.h"
#include "extract/header_extractor.h"
#include "extract/header_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace header_text;  // this file is part of the header reader

namespace {

constexpr size_t kAuthorityRows = 15;  // rows under the type word searched for the authority line
constexpr int kSignatureLines = 120;   // lines at the end searched for the signature
constexpr size_t kNoteRows = 20;        // header rows searched for an attachment's note
constexpr size_t kNoteRowsAfter = 2;    // rows a note may wrap over
constexpr size_t kWrittenCaseCells = 4;       // lines of a sentence-case issuer block (parent, body, wraps)
constexpr size_t kWrittenCaseCellWords = 16;  // "Sở Lao động - Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu"

}  // namespace

HeaderExtractor::Area HeaderExtractor::document_area(const NormalizedDocument& doc, const DocumentHeader& h) const {
  std::map<std::pair<std::string, std::string>, int> counts;
  for (const Rule* r : rules_.group("header.province")) {
    int gl = r->group_index("level"), gn = r->group_index("name");
    if (gn < 0) continue;
    for_each_match(*r->re, doc.text, [&](size_t, size_t, const std::vector<re2::StringPiece>& m) {
      const auto& name = m[static_cast<size_t>(gn)];
      if (!name.data()) return;
      std::string level = gl >= 0 && m[static_cast<size_t>(gl)].data() ? to_lower(std::string(m[static_cast<size_t>(gl)])) : "tỉnh";
      ++counts[{level, std::string(name)}];
    });
  }
  Area best;
  if (h.place) {
    // "Thành phố Hồ Chí Minh, ngày ...": the place says its level itself.
    std::string place = *h.place;
    for (const auto& [key, n] : counts)
      if (fold_case_and_tones(key.first + " " + key.second) == fold_case_and_tones(place)) return {key.first, key.second, n};
    for (const auto& [key, n] : counts)
      if (fold_case_and_tones(key.second) == fold_case_and_tones(place) && n > best.count) best = {key.first, key.second, n};
    if (best.count) return best;
    if (std::find(central_cities_.begin(), central_cities_.end(), fold_case_and_tones(place)) != central_cities_.end())
      return {"thành phố", place, 0};
  }
  for (const auto& [key, n] : counts)
    if (n > best.count) best = {key.first, key.second, n};
  if (!best.count && h.place) best = {"tỉnh", *h.place, 0};
  return best;
}

std::optional<HeaderExtractor::Issuer> HeaderExtractor::issuer_of_block(const std::string& zone, const std::vector<size_t>& starts,
                                                            const std::vector<std::pair<size_t, size_t>>& cut) const {
  // Words of the zone outside the cut spans; a word with a lower-case letter or a digit is
  // no part of a name and ends the one before it.
  std::vector<IssuerParser::Word> words;
  bool opens = true;
  size_t next_start = 0;
  for (size_t i = 0; i < zone.size();) {
    if (zone[i] == ' ') { ++i; continue; }
    bool in_cut = false;
    for (const auto& [b, e] : cut)
      if (i >= b && i < e) { i = e; in_cut = true; break; }
    if (in_cut) { opens = true; continue; }
    size_t e = i;
    while (e < zone.size() && zone[e] != ' ') ++e;
    for (const auto& [b, ce] : cut)
      if (b > i && b < e) e = b;
    while (next_start < starts.size() && starts[next_start] < i) ++next_start;
    bool cell_start = next_start < starts.size() && starts[next_start] == i;
    std::string w = zone.substr(i, e - i);
    i = e;
    if (has_lower(w) || has_digit(w) || w == "*" || w == "_" || w == "." || w == ":") { opens = true; continue; }
    std::string caps = to_upper(normalize_tone_marks(w));
    while (!caps.empty() && (caps.back() == ',' || caps.back() == '.' || caps.back() == ':')) caps.pop_back();
    if (caps.empty()) { opens = true; continue; }
    bool ascii = std::all_of(caps.begin(), caps.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    words.push_back({caps, w, opens || cell_start, ascii});
    opens = false;
  }
  auto bodies = issuers_.bodies(words);
  if (bodies.empty()) return std::nullopt;
  auto& last = bodies.back();
  // Rules and scan specks after the name ("TỔNG CỤC HẢI QUAN - ~") end no name; a colon or
  // comma after its last word is punctuation of the line.
  while (!last.words.empty() && !has_letter_or_digit(last.words.back().written)) last.words.pop_back();
  if (!last.words.empty()) {
    std::string& w = last.words.back().written;
    while (!w.empty() && (w.back() == ':' || w.back() == ',' || w.back() == ';')) w.pop_back();
  }
  if (last.head->generic && last.words.empty()) return std::nullopt;
  const auto* parent = bodies.size() > 1 ? &bodies[bodies.size() - 2] : nullptr;
  if (parent)
    if (auto council = issuers_.council_over_institution(*parent, last)) return Issuer{*council, parent->head, true};
  return Issuer{issuers_.name_of(last, parent), last.head, issuers_.is_placed(last, parent)};
}

// A portal that capitalises its header by style sheet keeps the issuer in sentence or title case
// ("Ủy ban nhân dân tỉnh Cà Mau", "Sở Tài Chính"); a crawler may lower-case it. Read in
// capitals, it names the issuer where it stands as one: the cells over the first motto, number
// or date span (a header is there), opening with an issuer's head, short, without figures or
// the colon of a sentence's label. A sentence of the body stands under those, or is longer.
std::optional<HeaderExtractor::Issuer> HeaderExtractor::issuer_of_written_case_block(
    const std::string& zone, const std::vector<size_t>& starts, const std::vector<std::pair<size_t, size_t>>& cut) const {
  if (cut.empty() || starts.empty() || starts.front() != 0) return std::nullopt;
  const size_t end = std::min_element(cut.begin(), cut.end())->first;
  const std::string_view top = trim(std::string_view(zone).substr(0, end));
  if (top.empty() || !has_lower(top) || has_digit(top) || top.find_first_of(":;") != std::string_view::npos) return std::nullopt;
  std::string upper;
  std::vector<size_t> upper_starts;
  size_t cells = 0;
  for (size_t k = 0; k < starts.size() && starts[k] < end; ++k, ++cells) {
    const size_t cell_end = k + 1 < starts.size() ? std::min(starts[k + 1], end) : end;
    const std::string cell = collapse_whitespace(std::string_view(zone).substr(starts[k], cell_end - starts[k]));
    if (cell.empty()) continue;
    if (static_cast<size_t>(std::count(cell.begin(), cell.end(), ' ')) + 1 > kWrittenCaseCellWords) return std::nullopt;
    if (!upper.empty()) upper += ' ';
    upper_starts.push_back(upper.size());
    upper += to_upper(cell);
  }
  if (cells > kWrittenCaseCells) return std::nullopt;
  auto words = IssuerParser::words_of(upper);
  auto bodies = issuers_.bodies(words);
  if (bodies.empty() || words.front().caps != bodies.front().head->words.front()) return std::nullopt;
  return issuer_of_block(upper, upper_starts, {});
}

// "THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "HỘI ĐỒNG NHÂN DÂN TỈNH X": the
// line under the title that names the authority issuing a decision or resolution.
bool HeaderExtractor::is_authority_line(const std::string& text) const {
  if (any_match(rules_.group("header.authority_office"), text)) return true;
  auto words = IssuerParser::words_of(text);
  if (words.empty() || !std::all_of(words.begin(), words.end(), [](const IssuerParser::Word& w) { return is_all_caps(w.written); }))
    return false;
  auto bodies = issuers_.bodies(words);
  if (bodies.size() != 1 || !bodies.front().head->authority || words.front().caps != bodies.front().head->words.front()) return false;
  // The body alone ("CHÍNH PHỦ"), or with its area and nothing else ("ỦY BAN NHÂN DÂN TỈNH X"):
  // "BAN BÍ THƯ VỀ TÌNH HÌNH ..." is a title going on.
  const auto& b = bodies.front();
  if (b.head->takes_area) {
    std::string area = issuers_.area_of(b);
    return !area.empty() && static_cast<size_t>(std::count(area.begin(), area.end(), ' ') + 1) == b.words.size();
  }
  return b.words.empty();
}

std::optional<HeaderExtractor::Issuer> HeaderExtractor::issuer_of_authority_line(const std::vector<Cell>& cells, size_t from) const {
  const auto& end = rules_.group("header.body_start");
  if (from >= cells.size()) return std::nullopt;
  const size_t last_row = cells[from].row + kAuthorityRows;
  for (size_t i = from; i < cells.size() && cells[i].row <= last_row; ++i) {
    if (any_match(end, cells[i].text)) break;
    // The authority line is in capitals; a telegram's goes on in lower case ("THỦ TƯỚNG CHÍNH PHỦ điện:").
    auto words = IssuerParser::words_of(cells[i].text);
    size_t caps = 0;
    while (caps < words.size() && is_all_caps(words[caps].written)) ++caps;
    if (caps == 0) continue;
    words.resize(caps);
    auto bodies = issuers_.bodies(words);
    if (!bodies.empty() && bodies.front().head->authority && words.front().caps == bodies.front().head->words.front())
      return Issuer{issuers_.name_of(bodies.front(), nullptr), bodies.front().head, issuers_.is_placed(bodies.front(), nullptr)};
    // An office over its body ("BỘ TRƯỞNG BỘ TÀI CHÍNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"): the
    // body issues what its head signs.
    if (const Rule* office = rules_.group("header.authority_office").first_matching(cells[i].text))
      if (office->group_index("body") >= 0)
        if (auto body = issuer_of_block(named_group(*office, match_once(*office, cells[i].text), "body"), {0}, {})) return body;
  }
  return std::nullopt;
}

// An appendix without an issuer block: the note under its title, "(Kèm theo Quyết định số …
// của Ủy ban nhân dân tỉnh X)", names the body that issued the document it belongs to. The
// note may wrap over a few header lines; it ends at its closing bracket.
std::optional<HeaderExtractor::Issuer> HeaderExtractor::issuer_of_attachment_note(const std::vector<Cell>& cells) const {
  for (size_t i = 0; i < cells.size() && cells[i].row < kNoteRows; ++i) {
    std::string text = cells[i].text;
    for (size_t k = i + 1; k < cells.size() && cells[k].row <= cells[i].row + kNoteRowsAfter && text.find(')') == std::string::npos; ++k)
      text += " " + cells[k].text;
    if (auto issuer = issuer_named_by("header.attachment_issuer", text)) return issuer;
  }
  return std::nullopt;
}

// The body a rule group's "issuer" capture names: the note under an appendix's title, a
// notice's closing formula.
std::optional<HeaderExtractor::Issuer> HeaderExtractor::issuer_named_by(const char* group, const std::string& text) const {
  for (const Rule* r : rules_.group(group)) {
    auto m = match_once(*r, text);
    if (m.empty()) continue;
    std::string body = to_upper(normalize_tone_marks(collapse_whitespace(named_group(*r, m, "issuer"))));
    if (auto issuer = issuer_of_block(body, {0}, {})) return issuer;
  }
  return std::nullopt;
}

// The body a signature names ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ"), in full. For a
// Party committee's header ("TỈNH ỦY X") the signing body refines it ("Ban Thường vụ Tỉnh ủy X").
std::optional<std::string> HeaderExtractor::issuer_of_signature(const NormalizedDocument& doc, const std::string& header_issuer,
                                                                const Area& area) const {
  // A table cell wraps a long body onto the next line ("T/M BỘ CHÍNH" / "TRỊ", "TM. ỦY BAN" /
  // "NHÂN DÂN"): the line joined with the next one names it when the line alone names none,
  // or names only a generic head ("ỦY BAN", which a name of its own must follow).
  auto signing_head = [&](const Rule& r, const std::string& line, const std::string& next) -> const IssuerParser::Head* {
    auto m = match_once(r, line);
    if (m.empty()) return nullptr;
    const auto* head = issuers_.head_named(collapse_whitespace(named_group(r, m, "body")));
    if ((head && !head->generic) || next.empty()) return head;
    const std::string joined_line = line + " " + next;  // the match points into it
    auto jm = match_once(r, joined_line);
    const auto* joined = jm.empty() ? nullptr : issuers_.head_named(collapse_whitespace(named_group(r, jm, "body")));
    return joined ? joined : head;
  };
  for (int l = doc.line_count(); l >= 1 && l > doc.line_count() - kSignatureLines; --l) {
    std::string t = strip_markup(doc.source_line(l));
    const std::string next = l < doc.line_count() ? collapse_whitespace(strip_markup(doc.source_line(l + 1))) : std::string();
    for (const Rule* r : rules_.group("header.signature")) {
      const IssuerParser::Head* head = signing_head(*r, t, next);
      if (!head) continue;
      if (!header_issuer.empty()) {
        if (head->parent == "whole") return head->name + " " + header_issuer;
        if (!head->body_of.empty() && !area.name.empty()) return head->name + " " + head->body_of + " " + area.level + " " + area.name;
        if (head->authority && !head->takes_area) return head->name;
        return std::nullopt;
      }
      // A kind of body ("Ủy ban nhân dân") is no issuer until the text says where it is, and
      // a generic head ("Ủy ban") none without its name.
      if ((head->takes_area && area.name.empty()) || head->generic) return std::nullopt;
      std::string issuer = head->name;
      if (head->takes_area) append_word(issuer, area.level + " " + area.name);
      if (!head->body_of.empty()) {
        // "Ban Chấp hành" -> "Ban Chấp hành Đảng bộ tỉnh", as the text names it.
        for (const Rule* br : rules_.group("header.body_name")) {
          bool found = false;
          size_t pos = 0;
          for (auto bm = match_once(*br, doc.text); !bm.empty(); bm = match_once(*br, doc.text, pos)) {
            pos = static_cast<size_t>(bm[0].data() - doc.text.data()) + bm[0].size();
            if (fold_case_and_tones(named_group(*br, bm, "body")) != fold_case_and_tones(head->name)) continue;
            issuer = head->name + " " + named_group(*br, bm, "of");
            found = true;
            break;
          }
          if (found) break;
        }
        if (!area.name.empty()) append_word(issuer, area.name);
      }
      return issuer;
    }
  }
  return std::nullopt;
}

// OCR loses or changes a place's diacritics ("Ha Nội", "Hai Phòng", "Thành phố Hô Chi Minh",
// "Binh Dương"). The same letters without diacritics as a central city, or as the words the
// issuer's name ends with ("Cục Thuế tỉnh Bình Dương"), take that spelling; any other stays.
std::string HeaderExtractor::place_spelled(const std::string& place, const std::optional<std::string>& issuer) const {
  AccentFolder folder;
  const std::string bare = folder.fold(collapse_whitespace(place));
  for (const auto& city : central_city_names_)
    if (folder.fold(city) == bare) return city;
  if (!issuer) return place;
  const std::string name = collapse_whitespace(*issuer);
  const auto words = split(name, ' ');
  const size_t n = static_cast<size_t>(std::count(place.begin(), place.end(), ' ')) + 1;
  if (words.size() <= n) return place;
  std::string tail;
  for (size_t i = words.size() - n; i < words.size(); ++i) tail += (tail.empty() ? "" : " ") + std::string(words[i]);
  size_t k = 0;
  return folder.fold(tail) == bare && is_upper_cp(next_code_point(tail, k)) ? tail : place;
}

}  // namespace vnpolicy
