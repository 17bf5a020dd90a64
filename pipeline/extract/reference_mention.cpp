// ReferenceExtractor, one mention: the number as written, its type, date and issuer from the
// words around it, and whether it is the document's own number.
#include "extract/reference_reader.h"

#include <algorithm>

#include "core/dates.h"
#include "core/keys.h"

namespace vnpolicy::reference_reading {

std::string DocumentReader::number_as_written(size_t b, size_t e) const {
  // Spaces inside one line stay as written ("119- KH/TU"); a line break inside the
  // symbol ("18-\nKL/TW") is joined. A scan's doubled hyphen ("889/CĐ- -TTg") is one.
  std::string out;
  for (size_t i = b; i < e;) {
    if (text_[i] == '-' && !out.empty() && (out.back() == '-' || (out.back() == ' ' && out.size() > 1 && out[out.size() - 2] == '-'))) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      ++i;
      continue;
    }
    if (text_[i] != ' ' && text_[i] != '\n' && text_[i] != '\t') {
      out += text_[i++];
      continue;
    }
    size_t j = i;
    while (j < e && (text_[j] == ' ' || text_[j] == '\n' || text_[j] == '\t')) ++j;
    if (i > b && j < e && doc_.doc.line_of(i - 1) == doc_.doc.line_of(j)) out += ' ';
    i = j;
  }
  return out;
}

Span DocumentReader::sentence_at(int block, size_t off) const {
  if (block < 0) return {off, off};
  const Block& bl = doc_.blocks[static_cast<size_t>(block)];
  for (const Span& s : bl.sentences)
    if (off >= s.begin && off < s.end) return s;
  return bl.content.empty() ? bl.span : bl.content;
}

// Where the issuer name in s ends, before word i when:
//  - a stop word starts there ("của Chính phủ về nhiệm vụ");
//  - it is a year ("của Ủy ban nhân dân tỉnh giai đoạn 2022- 2025");
//  - the words before are a known issuer and it is lower case ("Thủ tướng Chính phủ kiện toàn"),
//    unless it goes on naming it ("Bộ Chính trị khóa IX", "Ủy ban nhân dân tỉnh");
//  - it is "và" before a lower-case word or a type word ("Chính phủ và các Nghị quyết"),
//    which keeps "Bộ Kế hoạch và Đầu tư" whole.
// nullopt when the name is empty.
std::optional<size_t> DocumentReader::issuer_cut(std::string_view s) const {
  std::vector<Word> ws = words_of(s);
  std::vector<std::string> lower;
  for (const auto& w : ws) lower.push_back(to_lower(w.text));
  auto words_at = [&](size_t i, const std::vector<std::string>& pattern) {
    return i + pattern.size() <= lower.size() && std::equal(pattern.begin(), pattern.end(), lower.begin() + static_cast<long>(i));
  };
  auto goes_on = [&](size_t i) {
    return std::find(lex_.issuer_name_goes_on.begin(), lex_.issuer_name_goes_on.end(), lower[i]) != lex_.issuer_name_goes_on.end();
  };
  auto ends_before = [&](size_t i) {
    const std::string& w = ws[i].text;
    if (std::any_of(lex_.issuer_stops.begin(), lex_.issuer_stops.end(), [&](const auto& stop) { return words_at(i, stop); }))
      return true;
    if (w.size() >= 4 && std::all_of(w.begin(), w.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) return true;
    if (starts_lower(w) && !goes_on(i) &&
        std::any_of(lex_.issuer_names.begin(), lex_.issuer_names.end(), [&](const auto& n) { return n.size() == i && words_at(0, n); }))
      return true;
    return lower[i] == "và" && i + 1 < ws.size() &&
           (starts_lower(ws[i + 1].text) || std::any_of(lex_.type_forms.begin(), lex_.type_forms.end(), [&](const auto& f) {
              return !f.exact_case && words_at(i + 1, f.words);
            }));
  };
  size_t cut = s.size();
  for (size_t i = 1; i < ws.size(); ++i)
    if (ends_before(i)) {
      cut = ws[i].begin;
      break;
    }
  while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',')) --cut;
  if (cut == 0) return std::nullopt;
  return cut;
}

std::optional<std::string> DocumentReader::issuer_from_text(size_t b, size_t e) const {
  std::string issuer = doc_.doc.source_text(b, e);
  while (!issuer.empty() && (issuer.back() == ',' || issuer.back() == ' ')) issuer.pop_back();
  if (issuer.empty()) return std::nullopt;
  if (is_all_caps(issuer)) {  // "CỦA CHÍNH PHỦ" in a caps heading
    std::string key = normalize_tone_marks(issuer);
    for (const auto& [caps, name] : lex_.issuer_caps)
      if (key == caps) return name;
  }
  return issuer;
}

// The body a symbol names ("NQ-CP" -> Chính phủ, "-NQ/TW" -> Trung ương, "UBND-KSTT" ->
// Ủy ban nhân dân): codes are tried from the last to the first.
std::optional<std::string> DocumentReader::issuer_from_symbol(const std::string& number) const {
  if (const SymbolIssuer* si = issuer_of_number(lex_.symbol_issuers, number)) return si->issuer;
  return std::nullopt;
}

// Reads the words around the number text_[nb, ne) into m. False when it is no reference.
bool DocumentReader::read_mention(size_t nb, size_t ne, const std::string& rule_id, Mention& m) const {
  m.number_begin = nb;
  m.number_end = ne;
  m.block = doc_.block_at(nb);
  m.sentence = sentence_at(m.block, nb);
  // The windows may cross a paragraph break: only separators may stand between a number and
  // its type or date, and a paragraph rarely ends on a bare number unless a wrap split it
  // ("Nghị quyết số 06-NQ/TW, ngày" / "24/01/2022 của ..."; a heading over two lines).
  m.ref.number = number_as_written(nb, ne - footnote_digits(nb, ne));
  m.ref.number_key = reference_number_key(m.ref.number);
  m.ref.rule_id = rule_id;
  m.begin = nb;
  m.end = ne;
  Groups g;

  // Before: "[type] [số]" or "type <issuer words> số".
  const size_t wb = nb > kBeforeWindow ? nb - kBeforeWindow : 0;
  std::string_view before(text_.data() + wb, nb - wb);
  if (first_match(rules_.group("reference.not_a_document"), before, g)) return false;
  size_t core_end = before.size();
  bool has_so = false;
  if (const Rule* r = first_match(rules_.group("reference.number_word"), before, g)) {
    has_so = true;
    core_end = offset_in(before, group(*r, g, "so"));
    m.begin = wb + core_end;
  }
  std::string_view core = before.substr(0, core_end);
  std::vector<Word> ws = words_of(core);
  std::vector<std::string> lower;
  for (const auto& w : ws) lower.push_back(to_lower(w.text));
  auto form_at = [&](size_t end_word) -> const ReferenceExtractor::TypeForm* {  // a form ending at word end_word-1
    for (const auto& f : lex_.type_forms) {
      if (f.words.size() > end_word) continue;
      size_t first = end_word - f.words.size();
      bool same = true;
      for (size_t k = 0; k < f.words.size() && same; ++k)
        same = (f.exact_case ? ws[first + k].text : lower[first + k]) == f.words[k];
      if (same) return &f;
    }
    return nullptr;
  };
  const ReferenceExtractor::TypeForm* type = nullptr;
  size_t type_word = 0, type_end_word = ws.size();
  if (!ws.empty()) type = form_at(ws.size());
  if (!type && has_so) {
    // "Kết luận liên ngành Tư pháp Trung ương số 23/KL-LNTPTW": up to 8 words back, within a clause.
    for (size_t end_word = ws.size(); end_word > 0 && ws.size() - end_word < 8 && !type; --end_word) {
      const std::string& w = ws[end_word - 1].text;
      if (w.find_first_of(",;:.()") != std::string::npos) break;
      type = form_at(end_word - 1);
      if (type) type_end_word = end_word - 1;
    }
  }
  if (type) {
    type_word = type_end_word - type->words.size();
    m.typed = true;
    m.ref.doc_type = type->name;
    m.begin = wb + ws[type_word].begin;
    if (type_end_word < ws.size()) {  // words between type and "số" name the issuer
      size_t ib = ws[type_end_word].begin, ie = ws.back().end;
      std::string_view between = core.substr(ib, ie - ib);
      if (between.rfind("của ", 0) == 0) ib += 4;
      bool named = std::any_of(ws.begin() + static_cast<long>(type_end_word), ws.end(), [](const Word& w) {
        size_t k = 0;
        return is_upper_cp(next_code_point(w.text, k));
      });
      if (named) m.ref.issuer = issuer_from_text(wb + ib, wb + ie);
      m.own_issuer = m.ref.issuer.has_value();
    }
  }

  // After: date, stated year, "của <issuer>", date again.
  const size_t ae = std::min(text_.size(), ne + kAfterWindow);
  size_t pos = ne;
  auto after = [&] { return std::string_view(text_.data() + pos, ae > pos ? ae - pos : 0); };
  auto read_date = [&] {
    std::string_view a = after();
    if (const Rule* r = first_match(rules_.group("reference.date"), a, g)) {
      // "20/11/20225": a mistyped year is no date (the rule cannot say "no digit after").
      re2::StringPiece year = group(*r, g, "year");
      const size_t year_end = offset_in(a, year) + year.size();
      if (year_end < a.size() && a[year_end] >= '0' && a[year_end] <= '9') return false;
      m.ref.date = iso_date(int_of(year), int_of(group(*r, g, "month")), int_of(group(*r, g, "day")));
      if (m.ref.date) {
        m.own_date = true;
        pos += offset_in(a, g[0]) + g[0].size();
        return true;
      }
    }
    return false;
  };
  read_date();
  if (!m.own_date) {
    std::string_view a = after();
    if (const Rule* r = first_match(rules_.group("reference.year_phrase"), a, g)) {
      re2::StringPiece y = group(*r, g, "year");
      m.evidence.stated = int_of(y);
      pos += offset_in(a, y) + y.size();
    }
  }
  if (!m.own_issuer) {
    std::string_view a = after();
    if (const Rule* r = first_match(rules_.group("reference.issuer_after"), a, g)) {
      re2::StringPiece is = group(*r, g, "issuer"), term = group(*r, g, "term");
      size_t ib = offset_in(a, is);
      if (auto cut = issuer_cut(std::string_view(is.data(), is.size()))) {
        size_t ie = ib + *cut;
        if (*cut >= trim(std::string_view(is.data(), is.size())).size() && term.data()) ie = offset_in(a, term) + term.size();
        m.ref.issuer = issuer_from_text(pos + ib, pos + ie);
        m.own_issuer = m.ref.issuer.has_value();
        pos += ie;
        if (!m.own_date) read_date();
      }
    }
  }
  m.end = pos;

  // Before the type: "theo chỉ đạo của UBND tỉnh tại văn bản số ...".
  if (!m.own_issuer && m.begin > wb) {
    std::string_view pre(text_.data() + wb, m.begin - wb);
    if (const Rule* r = first_match(rules_.group("reference.issuer_before"), pre, g)) {
      re2::StringPiece is = group(*r, g, "issuer");
      size_t ib = wb + offset_in(pre, is);
      m.ref.issuer = issuer_from_text(ib, ib + is.size());
      m.own_issuer = m.ref.issuer.has_value();
    }
  }

  // "Ngày 28/10/2025, Chủ tịch UBND Thành phố đã ban hành Công văn số 3280/UBND-VX": a sentence
  // that opens on a date and then issues the document gives that document its date.
  if (!m.own_date && !m.evidence.stated && m.sentence.begin < m.begin) {
    std::string_view opening(text_.data() + m.sentence.begin, m.begin - m.sentence.begin);
    if (const Rule* r = first_match(rules_.group("reference.date_before"), opening, g)) {
      m.ref.date = iso_date(int_of(group(*r, g, "year")), int_of(group(*r, g, "month")), int_of(group(*r, g, "day")));
      m.own_date = m.ref.date.has_value();
    }
  }

  // The words right before the mention: "thay thế", "sửa đổi, bổ sung", "căn cứ".
  m.cue = cue_before(m.begin, m.number_begin);
  return !is_own_number(m);
}

// "66-NQ/TW1", "140/NQ-CP2": a footnote marker glued to a final code that never carries a
// number of its own (lexicons reference_symbol_issuers without a term, reference_unnumbered_codes).
size_t DocumentReader::footnote_digits(size_t nb, size_t ne) const {
  size_t d = ne;
  while (d > nb && ne - d < 3 && text_[d - 1] >= '0' && text_[d - 1] <= '9') --d;
  if (d == ne || ne - d > 2) return 0;
  size_t c = d;
  while (c > nb && text_[c - 1] != '/' && text_[c - 1] != '-' && text_[c - 1] != ' ') --c;
  if (c == nb || c == d) return 0;
  const std::string code = text_.substr(c, d - c);
  return std::find(lex_.unnumbered_codes.begin(), lex_.unnumbered_codes.end(), code) != lex_.unnumbered_codes.end() ? ne - d : 0;
}

// "Số: 97/2025/QĐ-UBND" on a line of the header: the document's own number, whatever the
// header extractor made of it.
bool DocumentReader::on_own_number_line(size_t nb) const {
  const NormalizedDocument& d = doc_.doc;
  const size_t src = d.to_source.to_input(nb);
  const int line = d.line_of_source(src);
  if (line < 1 || line > kOwnNumberLines) return false;
  const size_t ls = d.line_starts[static_cast<size_t>(line - 1)];
  std::string_view prefix(d.source.data() + ls, src > ls ? src - ls : 0);
  return rules_.group("reference.own_number_line").first_matching(prefix) != nullptr;
}

bool DocumentReader::is_own_number(const Mention& m) const {
  // A title line may open with "SỐ 09/2022/NQ-HĐND" too: a header line's number is the own
  // one unless the header read another own number.
  if (on_own_number_line(m.number_begin) &&
      (!header_.number || reference_number_key(*header_.number) == m.ref.number_key))
    return true;
  if (!header_.number) return false;
  std::optional<int> own = year_in_number(*header_.number);
  const std::string own_key = reference_number_key(*header_.number);
  if (own_key != m.ref.number_key) {
    // An appendix's note may repeat the own number without its year ("Thông tư số 55/TT-BCT
    // ngày 28 tháng 11 năm 2025" under 55/2025/TT-BCT): the same number dated in the own year.
    if (!own || !m.ref.date) return false;
    const std::string year_part = "/" + std::to_string(*own);
    std::string without_year = own_key;
    const size_t y = without_year.find(year_part);
    if (y == std::string::npos || without_year.erase(y, year_part.size()) != m.ref.number_key) return false;
    return std::stoi(m.ref.date->substr(0, 4)) == *own;
  }
  if (!own && header_.issued_date) own = std::stoi(header_.issued_date->substr(0, 4));
  std::optional<int> cited = year_in_number(m.ref.number);
  if (!cited && m.ref.date) cited = std::stoi(m.ref.date->substr(0, 4));
  if (!cited) cited = m.evidence.stated;
  return !own || !cited || *own == *cited;  // a same number of another year is another document
}

}  // namespace vnpolicy::reference_reading
