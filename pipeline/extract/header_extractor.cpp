#include "extract/header_extractor.h"

#include <algorithm>
#include <map>

#include "core/dates.h"
#include "core/text.h"
#include "extract/header_text.h"
#include "normalize/unicode.h"

namespace vnpolicy {

using namespace header_text;  // this file is part of the header reader

namespace {

constexpr int kHeaderLines = 45;        // the header block never runs longer than this
constexpr size_t kRowsAfterType = 2;     // "Số" and the date may follow the type word this closely
constexpr size_t kRowsAfterSubject = 6;  // a letter's place and date come after its "V/v" lines, up to "Kính gửi"
constexpr size_t kRowsAroundNumber = 5;  // a header block found by its "Số:" line spans this many rows each way
constexpr size_t kSealRowsBefore = 5;    // a consolidation seal's issuer and number lines over it
constexpr size_t kSealLinesAfter = 6;    // and its number, place and date under it

// The day of a place-date line as figures: a scan's spaced day ("2 4") loses its space and a
// leading l or I ("l8") reads 1. Only header.place_and_date.scanned_day lets these through.
std::string scanned_day(const std::string& written) {
  std::string day;
  for (char c : written)
    if (c == 'l' || c == 'I') day += '1';
    else if (c >= '0' && c <= '9') day += c;
  return day;
}

struct HeaderLine {
  int line;
  std::string text;   // as written, '*' removed, whitespace collapsed
  std::string upper;  // tone-normalised upper case, for lexicon matching
};

}  // namespace

HeaderExtractor::HeaderExtractor(const RuleSet& rules)
    : rules_(rules), issuers_(rules), symbol_issuers_(load_symbol_issuers(rules)) {
  if (const auto* lx = rules.lexicon("doc_types"))
    for (const auto& e : *lx) doc_types_.push_back({normalize_tone_marks(e.value("caps", "")), e.value("name", "")});
  // Longest first, so "CHƯƠNG TRÌNH HÀNH ĐỘNG" wins over "CHƯƠNG TRÌNH".
  std::stable_sort(doc_types_.begin(), doc_types_.end(), [](const Named& a, const Named& b) { return a.caps.size() > b.caps.size(); });
  AccentFolder folder;
  for (const auto& t : doc_types_) doc_types_folded_.push_back(folder.fold(t.caps));
  if (const auto* lx = rules.lexicon("title_dangling_words"))
    for (const auto& w : *lx) dangling_words_.push_back(w.get<std::string>());
  if (const auto* lx = rules.lexicon("letter_doc_type"))
    if (lx->is_string()) letter_type_ = lx->get<std::string>();
  if (const auto* lx = rules.lexicon("consolidated_doc_type"))
    if (lx->is_string()) consolidated_type_ = lx->get<std::string>();
  if (const auto* lx = rules.lexicon("number_type_codes"))
    for (const auto& [code, name] : lx->items())
      if (name.is_string()) number_type_codes_.emplace_back(code, name.get<std::string>());
  if (const auto* lx = rules.lexicon("type_codes_with_đ"))
    for (const auto& [name, code] : lx->items())
      if (code.is_string() && name[0] != '_') type_codes_with_d_bar_.emplace_back(name, code.get<std::string>());
  if (const auto* lx = rules.lexicon("central_cities"))
    for (const auto& w : *lx) {
      central_cities_.push_back(fold_case_and_tones(w.get<std::string>()));
      central_city_names_.push_back(w.get<std::string>());
    }
}

std::vector<HeaderExtractor::Cell> HeaderExtractor::cells_of(const NormalizedDocument& doc, int first, int last) const {
  const auto& noise = rules_.group("layout.noise_line");
  const auto& furniture = rules_.group("header.furniture");
  std::vector<Cell> cells;
  size_t rows = 0;
  for (int l = first; l <= std::min(last, doc.line_count()) && static_cast<int>(rows) < kHeaderLines; ++l) {
    std::string_view raw = doc.source_line(l);
    if (any_match(noise, raw) || any_match(furniture, raw)) continue;
    auto parts = split_cells(raw);
    if (parts.empty()) continue;
    for (auto& p : parts) {
      std::string upper = to_upper(normalize_tone_marks(p));
      cells.push_back({l, rows, std::move(p), std::move(upper)});
    }
    ++rows;
  }
  return cells;
}

// Reads cells [begin, end) as a header block (with [end, wide_end) for the number and date)
// into the fields still missing.
void HeaderExtractor::read_block(const std::vector<Cell>& cells, size_t begin, size_t end, size_t wide_end, int skip,
                                 DocumentHeader& h, std::optional<Issuer>& issuer) const {
  std::string zone, wide;  // wide: the zone and the rows just after the type word
  std::vector<size_t> starts, wide_starts;
  for (size_t i = begin; i < wide_end; ++i) {
    if (static_cast<int>(i) == skip) continue;
    // A number a title cites ("… CỦA THÔNG TƯ SỐ 18/2024/TT-NHNN") is blanked: it is no own number.
    std::string text = without_cited_numbers(cells[i].text, skip >= 0 && static_cast<int>(i) > skip);
    if (i < end) {
      if (!zone.empty()) zone += ' ';
      starts.push_back(zone.size());
      zone += text;
    }
    if (!wide.empty()) wide += ' ';
    wide_starts.push_back(wide.size());
    wide += text;
  }

  std::vector<std::pair<size_t, size_t>> cut;  // spans of the zone that are no part of the issuer
  size_t number_at = zone.size();
  if (Found f = earliest(rules_.group("header.number"), wide); f.rule) {
    std::string n;
    for (char c : named_group(*f.rule, f.m, "number"))
      if (c != ' ') n += c;
    if (!n.empty() && !h.number) h.number = n;
    if (f.begin < zone.size()) {
      cut.emplace_back(f.begin, std::min(f.end, zone.size()));
      number_at = f.begin;
    }
  } else if (Found s = earliest(rules_.group("header.number_separator_lost"), wide); s.rule) {
    // "Số: 2254 NHNN-QLNH": whole digits, the code after them; the lost '/' is put back.
    std::string code;
    for (char c : named_group(*s.rule, s.m, "code"))
      if (c != ' ') code += c;
    if (!h.number) h.number = named_group(*s.rule, s.m, "digits") + "/" + to_upper(code);
    if (s.begin < zone.size()) {
      cut.emplace_back(s.begin, std::min(s.end, zone.size()));
      number_at = s.begin;
    }
  }
  // A blank or garbled number ("Số: /KH-UBND", "Số:À394Ù /CTHN-TTHT") gives no number, but
  // its line still ends the issuer's block: its code is no word of the name.
  if (number_at == zone.size())
    if (Found u = earliest(rules_.group("header.number_unread"), zone); u.rule) {
      cut.emplace_back(u.begin, u.end);
      number_at = u.begin;
    }
  if (Found f = earliest(rules_.group("header.place_date"), wide); f.rule) {
    if (!h.place) h.place = place_in_cell(named_group_piece(*f.rule, f.m, "place"), wide, wide_starts);
    std::string day = scanned_day(named_group(*f.rule, f.m, "day"));
    if (auto y = named_group(*f.rule, f.m, "year"); !y.empty() && !h.year) h.year = std::stoi(y);  // a blank day still dates it
    if (!day.empty() && !h.issued_date)
      h.issued_date = iso_date(std::stoi(named_group(*f.rule, f.m, "year")), std::stoi(named_group(*f.rule, f.m, "month")), std::stoi(day));
    if (f.begin < zone.size()) cut.emplace_back(f.begin, std::min(f.end, zone.size()));
  } else if (Found u = earliest(rules_.group("header.place_date_unread"), wide); u.rule) {
    // A scan garbled the day or month: the line still gives the place and the year, no date.
    if (!h.place) h.place = place_in_cell(named_group_piece(*u.rule, u.m, "place"), wide, wide_starts);
    if (auto y = named_group(*u.rule, u.m, "year"); !y.empty() && !h.year) h.year = std::stoi(y);
    if (u.begin < zone.size()) cut.emplace_back(u.begin, std::min(u.end, zone.size()));
  }
  if (issuer) return;
  for (const Rule* r : rules_.group("header.motto"))
    for_each_match(*r->re, zone, [&](size_t b, size_t e, const std::vector<re2::StringPiece>&) { cut.emplace_back(b, e); });
  std::sort(cut.begin(), cut.end());

  // The issuer stands over the number: read the words before it first, then the whole zone.
  if (number_at < zone.size()) {
    auto before = cut;
    before.emplace_back(number_at, zone.size());
    issuer = issuer_of_block(zone, starts, before);
  }
  if (!issuer) issuer = issuer_of_block(zone, starts, cut);
  if (!issuer) issuer = issuer_of_written_case_block(zone, starts, cut);
}

// A cell with the numbers it cites blanked (as many bytes, so offsets hold): a type word right
// before the label ("CỦA THÔNG TƯ SỐ 18/2024/TT-NHNN") names another document. A cell that
// opens with the type word ("LUẬT SỐ 102-SL/L-004") cites only under the document's own type
// word (`under_type`: a wrapped title line); above it, it is the heading of an old text.
std::string HeaderExtractor::without_cited_numbers(const std::string& text, bool under_type) const {
  std::string out = text;
  for (const Rule* r : rules_.group("header.number_cited")) {
    const int before = r->group_index("before"), cited = r->group_index("cited");
    if (cited < 0) continue;
    for_each_match(*r->re, text, [&](size_t, size_t, const std::vector<re2::StringPiece>& m) {
      const auto& c = m[static_cast<size_t>(cited)];
      const bool has_before = before >= 0 && m[static_cast<size_t>(before)].data() && !m[static_cast<size_t>(before)].empty();
      if (!c.data() || (!has_before && !under_type)) return;
      const size_t b = static_cast<size_t>(c.data() - text.data());
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(b), out.begin() + static_cast<std::ptrdiff_t>(b + c.size()), ' ');
    });
  }
  return out;
}

// A consolidated text (văn bản hợp nhất) repeats the header of the document it consolidates;
// its own number, date and issuer stand in the seal block "XÁC THỰC VĂN BẢN HỢP NHẤT" after
// the last article: the issuing body over "Số: …/VBHN-…", the place and date under the seal.
void HeaderExtractor::read_consolidation_seal(const NormalizedDocument& doc, DocumentHeader& h, std::optional<Issuer>& issuer) const {
  const auto& seal = rules_.group("header.consolidation_seal");
  if (consolidated_type_.empty() || seal.empty()) return;
  int seal_line = 0;
  for (int l = 1; l <= doc.line_count() && !seal_line; ++l)
    if (any_match(seal, doc.source_line(l))) seal_line = l;
  if (!seal_line) return;
  // Over the seal: the issuer's lines in capitals and "Số: …", back to the text of the last article.
  const auto& number_line = rules_.group("header.number_line");
  int first = seal_line;
  for (int l = seal_line - 1, rows = 0; l >= 1 && rows < static_cast<int>(kSealRowsBefore); --l) {
    std::string t = strip_markup(doc.source_line(l));
    if (t.empty()) { first = l; continue; }
    if (has_lower(t) && !any_match(number_line, t)) break;
    first = l;
    ++rows;
  }
  std::vector<Cell> cells = cells_of(doc, first, seal_line + static_cast<int>(kSealLinesAfter));
  size_t seal_cell = 0;
  while (seal_cell < cells.size() && cells[seal_cell].line < seal_line) ++seal_cell;
  DocumentHeader own;
  std::optional<Issuer> body;
  read_block(cells, 0, seal_cell, cells.size(), static_cast<int>(seal_cell), own, body);
  if (!own.number && !own.issued_date) return;
  h.doc_type = consolidated_type_;
  h.number = own.number;
  h.issued_date = own.issued_date;
  h.place = own.place;
  if (body) issuer = body;
}

std::optional<std::string> HeaderExtractor::type_of_number(const std::string& number) const {
  // "21/2025/TT-BGDĐT": the code stands between the year and the first hyphen.
  size_t slash = number.find('/');
  if (slash == std::string::npos || number.size() < slash + 6) return std::nullopt;
  std::string_view year = std::string_view(number).substr(slash + 1, 4);
  if (!std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; }) || number[slash + 5] != '/') return std::nullopt;
  std::string code = number.substr(slash + 6);
  code = code.substr(0, code.find_first_of("-/"));
  for (const auto& [c, name] : number_type_codes_)
    if (c == code) return name;
  return std::nullopt;
}

// "66.2/QD-BTC" of a Quyết định is "66.2/QĐ-BTC": a scan or a font without Đ wrote the type's
// code with D. Only the type code right after the figures (and the year) is touched, and only
// when it is the document's own type's code with D for Đ; anything else stays as written.
std::string HeaderExtractor::with_type_code_d_bar(const std::string& number, const std::string& doc_type) const {
  auto own = std::find_if(type_codes_with_d_bar_.begin(), type_codes_with_d_bar_.end(),
                          [&](const auto& e) { return e.first == doc_type; });
  if (own == type_codes_with_d_bar_.end()) return number;
  std::string written_with_d = own->second;
  for (size_t at; (at = written_with_d.find("Đ")) != std::string::npos;) written_with_d.replace(at, std::string("Đ").size(), "D");
  // Past the figures ("66.2", "12a") and a year ("/2020"), then the separator.
  size_t i = 0;
  while (i < number.size() && ((number[i] >= '0' && number[i] <= '9') || number[i] == '.' || (number[i] >= 'a' && number[i] <= 'z'))) ++i;
  if (i + 5 < number.size() && number[i] == '/' && std::all_of(number.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                                               number.begin() + static_cast<std::ptrdiff_t>(i) + 5,
                                                               [](char c) { return c >= '0' && c <= '9'; }))
    i += 5;
  if (i == 0 || i >= number.size() || (number[i] != '/' && number[i] != '-')) return number;
  const size_t begin = i + 1, end = std::min(number.find_first_of("/-", begin), number.size());
  if (number.compare(begin, end - begin, written_with_d) != 0) return number;
  return number.substr(0, begin) + own->second + number.substr(end);
}

bool HeaderExtractor::past_issuer(const std::string& before) const {
  return !before.empty() && (earliest(rules_.group("header.number"), before).rule ||
                             earliest(rules_.group("header.place_date"), before).rule);
}

DocumentHeader HeaderExtractor::extract(const NormalizedDocument& doc) const {
  DocumentHeader h;
  const auto& noise = rules_.group("layout.noise_line");
  const auto& block_start = rules_.group("layout.block_start");

  std::vector<Cell> cells = cells_of(doc, 1, doc.line_count());
  std::string title_rest;
  int type_line = 0;  // the last line of the type word
  const int type_cell = find_type(cells, h, title_rest, type_line);

  // The zone: the cells before the type word, else up to the first line that opens the body.
  size_t zone_end = 0;
  if (type_cell >= 0) {
    zone_end = static_cast<size_t>(type_cell);
  } else {
    const auto& subject = rules_.group("header.zone_end");
    const auto& body = rules_.group("header.body_start");
    while (zone_end < cells.size() && cells[zone_end].row < kRowsWithoutType && !any_match(subject, cells[zone_end].text) &&
           !any_match(body, cells[zone_end].text))
      ++zone_end;
  }
  const size_t type_row = type_cell >= 0 ? cells[static_cast<size_t>(type_cell)].row : (zone_end ? cells[zone_end - 1].row : 0);
  std::optional<Issuer> issuer;
  size_t wide_end = zone_end;
  while (wide_end < cells.size() && cells[wide_end].row <= type_row + kRowsAfterType) ++wide_end;
  // A letter has no type word: its "V/v ..." subject (one to three lines) may stand between
  // the number and the place and date, which end before "Kính gửi".
  if (type_cell < 0 && zone_end < cells.size() && any_match(rules_.group("header.zone_end"), cells[zone_end].text)) {
    const auto& body = rules_.group("header.body_start");
    size_t body_cell = zone_end;
    while (body_cell < cells.size() && cells[body_cell].row <= type_row + kRowsAfterSubject && !any_match(body, cells[body_cell].text))
      ++body_cell;
    wide_end = std::max(wide_end, body_cell);
  }
  read_block(cells, 0, zone_end, wide_end, type_cell, h, issuer);
  // A PDF page can put the header block under the first lines of the body: a "Số: ..." cell
  // further down opens a second block for what the first did not give.
  if (!h.number)
    for (size_t k = wide_end; k < cells.size(); ++k) {
      if (!any_match(rules_.group("header.number_line"), cells[k].text)) continue;
      size_t b = k, e = k;
      while (b > wide_end && cells[b - 1].row + kRowsAroundNumber >= cells[k].row) --b;
      while (e < cells.size() && cells[e].row <= cells[k].row + kRowsAroundNumber) ++e;
      read_block(cells, b, e, e, -1, h, issuer);
      break;
    }
  if (!issuer && type_cell >= 0) issuer = issuer_of_authority_line(cells, static_cast<size_t>(type_cell) + 1);
  read_consolidation_seal(doc, h, issuer);
  // A law or a National Assembly resolution states no date under the motto; it says when it
  // was passed in its closing sentence.
  if (!h.issued_date)
    if (Found f = earliest(rules_.group("header.passed_date"), doc.text); f.rule)
      h.issued_date = iso_date(std::stoi(named_group(*f.rule, f.m, "year")), std::stoi(named_group(*f.rule, f.m, "month")),
                               std::stoi(named_group(*f.rule, f.m, "day")));
  // A text without its header block repeats its own number over its appendices.
  const std::string own_number_note = read_attachment_own_number(doc, h);

  // Bodies that do not say where they are take it from the place line or the body text; a
  // Party committee's signature says which of its bodies signs.
  Area area;
  bool area_known = false;
  auto doc_area = [&]() -> const Area& {
    if (!area_known) area = document_area(doc, h);
    area_known = true;
    return area;
  };
  if (issuer) {
    std::string name = issuer->name;
    if (!issuer->placed && (issuer->head->takes_area || issuer->head->takes_place_name) && !doc_area().name.empty())
      name += issuer->head->takes_area ? " " + area.level + " " + area.name : " " + area.name;
    h.issuer = name;
    if (issuer->head->party_committee)
      if (auto s = issuer_of_signature(doc, name, doc_area())) h.issuer = s;
  } else {
    h.issuer = issuer_of_signature(doc, "", doc_area());
  }
  if (h.issuer) h.issuer = issuers_.canonical(*h.issuer);
  // A text that lost its issuer block (a crawled decree: "Số: 09/2025/NĐ-CP |") still names a
  // central body by its number's code; a kind of body (UBND, HĐND) needs its place, so it names none.
  if (!h.issuer && h.number)
    if (const SymbolIssuer* si = issuer_of_number(symbol_issuers_, *h.number); si && si->one_body)
      h.issuer = issuers_.canonical(si->issuer);
  // A decree or circular without its issuer block says who enacts it before its articles.
  if (!h.issuer)
    if (Found f = earliest(rules_.group("header.enacting_formula"), doc.text); f.rule) {
      std::string body = named_group(*f.rule, f.m, "ministry");
      if (body.empty()) body = named_group(*f.rule, f.m, "bank");
      if (body.empty()) body = named_group(*f.rule, f.m, "body");
      h.issuer = issuers_.canonical(collapse_whitespace(body));
    }
  // A notice crawled without its header names the body that gives notice in its formula.
  if (!h.issuer)
    if (auto notice = issuer_named_by("header.notice_formula", doc.text))
      if (notice->placed || !(notice->head->takes_area || notice->head->takes_place_name))
        h.issuer = issuers_.canonical(notice->name);
  // An appendix names none of these: its note "(Kèm theo … của <issuer>)" does. A kind of body
  // the note does not place ("của Ủy ban nhân dân tỉnh") takes the area the text names, else none.
  // The note that gave the own number names its issuer as well.
  if (!h.issuer) {
    std::optional<Issuer> note = own_number_note.empty() ? std::nullopt : issuer_named_by("header.attachment_issuer", own_number_note);
    if (!note) note = issuer_of_attachment_note(cells);
    if (note) {
      const bool needs_place = note->head->takes_area || note->head->takes_place_name;
      if (note->placed || !needs_place) {
        h.issuer = issuers_.canonical(note->name);
      } else if (!doc_area().name.empty()) {
        h.issuer = issuers_.canonical(note->head->name + (note->head->takes_area ? " " + area.level + " " : " ") + area.name);
      }
    }
  }

  // Without a type word, a number of the form "số/năm/CODE-issuer" names the type by its code.
  if (!h.doc_type && h.number) h.doc_type = type_of_number(*h.number);
  if (h.number && h.doc_type) h.number = with_type_code_d_bar(*h.number, *h.doc_type);
  // A letter (công văn) has no type word: its "V/v ..." line under the number says what it
  // is, and what it is about (its title).
  if (!h.doc_type && !letter_type_.empty()) {
    const auto& subject = rules_.group("header.letter_subject");
    for (size_t i = 0; i < cells.size() && cells[i].row < kRowsWithoutType; ++i)
      if (any_match(subject, cells[i].text)) {
        h.doc_type = letter_type_;
        if (!h.title) h.title = letter_subject(doc, cells[i]);
        break;
      }
  }

  // title: the trích yếu under the type word, as written, wrapped lines joined.
  if (type_cell >= 0) {
    std::vector<HeaderLine> lines;
    std::vector<bool> gap_before;
    bool gap = false;
    for (int l = type_line + 1; l <= doc.line_count() && static_cast<int>(lines.size()) < kHeaderLines; ++l) {
      std::string_view raw = doc.source_line(l);
      if (any_match(noise, raw)) { gap = true; continue; }
      std::string t = strip_markup(raw);
      if (t.empty()) { gap = true; continue; }
      lines.push_back({l, t, {}});
      gap_before.push_back(gap);
      gap = false;
    }
    std::vector<std::string> parts;
    if (!title_rest.empty()) parts.push_back(title_rest);
    bool caps_title = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      const auto& s = lines[i].text;
      if (parts.empty()) {
        if (lines[i].line - type_line > 6) break;
        parts.push_back(s);
        caps_title = !has_lower(s);
        continue;
      }
      if (gap_before[i] && !doc.double_spaced) break;
      if (any_match(block_start, s)) break;
      size_t k = 0;
      bool lower_start = is_lower_cp(next_code_point(s, k));
      std::string last = to_lower(parts.back());
      bool dangling = std::any_of(dangling_words_.begin(), dangling_words_.end(), [&](const std::string& w) {
        return last.size() >= w.size() && last.compare(last.size() - w.size(), w.size(), w) == 0 &&
               (last.size() == w.size() || last[last.size() - w.size() - 1] == ' ');
      });
      // A line ending in a comma goes on ("CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ").
      const bool open_end = !last.empty() && (last.back() == ',' || last.back() == '-');
      if (caps_title && !dangling && !open_end && is_authority_line(s)) break;
      if (lower_start || dangling || (caps_title && !has_lower(s))) parts.push_back(s);
      else break;
    }
    std::string title;
    for (const auto& p : parts) title += (title.empty() ? "" : " ") + p;
    title = collapse_whitespace(title);
    if (!title.empty()) h.title = title;
  }
  if (h.place) h.place = place_spelled(*h.place, h.issuer);
  return h;
}

}  // namespace vnpolicy
