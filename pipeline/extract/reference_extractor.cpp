#include "extract/reference_extractor.h"

#include <algorithm>

#include "core/dates.h"
#include "core/keys.h"
#include "core/text.h"
#include "normalize/unicode.h"
#include "resolve/reference_resolver.h"

namespace vnpolicy {
namespace {

constexpr size_t kBeforeWindow = 200;  // bytes before a number searched for its type and issuer
constexpr size_t kAfterWindow = 400;   // bytes after it searched for date and issuer
constexpr size_t kCueWindow = 80;      // bytes before a mention searched for a relation cue
constexpr size_t kSentenceMax = 500;   // longer citing sentences are cut around the mention
constexpr int kTitleMaxBlocks = 4;     // blocks after a type heading that may still be its title
constexpr int kOwnNumberLines = 40;    // a "Số: ..." line this near the top is the header's

enum class Region { Opening, Title, Body };

struct Mention {
  size_t begin = 0, end = 0;  // the whole mention in doc.text
  size_t number_begin = 0, number_end = 0;
  Reference ref;
  YearEvidence evidence;
  bool typed = false;
  bool own_date = false, own_issuer = false;
  bool list_with_previous = false;
  int block = -1;
  Span sentence;
  std::optional<std::string> cue;  // relation from the words right before it
};

using Groups = std::vector<re2::StringPiece>;

// First rule of `rules` matching `s`; fills `m` with its captures.
const Rule* first_match(const RuleGroup& rules, std::string_view s, Groups& m) {
  for (const Rule* r : rules.matching(s)) {
    m.assign(static_cast<size_t>(r->re->NumberOfCapturingGroups() + 1), {});
    if (r->re->Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::UNANCHORED, m.data(),
                     static_cast<int>(m.size())))
      return r;
  }
  return nullptr;
}

re2::StringPiece group(const Rule& r, const Groups& m, const char* name) {
  int i = r.group_index(name);
  return i >= 0 ? m[static_cast<size_t>(i)] : re2::StringPiece();
}

// Offset of a capture inside the string it was matched on.
size_t offset_in(std::string_view s, re2::StringPiece p) { return static_cast<size_t>(p.data() - s.data()); }

struct Word {
  size_t begin, end;
  std::string text;
};

// Words of s (split at spaces; opening brackets and quotes are not part of a word).
std::vector<Word> words_of(std::string_view s) {
  auto opening = [&](size_t i) {
    return s[i] == '(' || s[i] == '"' || s.compare(i, 3, "“") == 0;
  };
  std::vector<Word> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || opening(i))) i += s.compare(i, 3, "“") == 0 ? 3 : 1;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\n' && s[i] != '\t') ++i;
    if (i > b) out.push_back({b, i, std::string(s.substr(b, i - b))});
  }
  return out;
}

bool starts_lower(std::string_view s) {
  size_t i = 0;
  return !s.empty() && is_lower_cp(next_code_point(s, i));
}

// upper starts with the word(s) head.
bool starts_with_word(std::string_view upper, std::string_view head) {
  return upper.substr(0, head.size()) == head &&
         (upper.size() == head.size() || [&] {
           size_t i = head.size();
           return !is_letter_cp(next_code_point(upper, i));
         }());
}

int int_of(re2::StringPiece p) { return std::stoi(std::string(p)); }

}  // namespace

ReferenceExtractor::ReferenceExtractor(const RuleSet& rules) : rules_(rules) {
  if (const auto* lx = rules.lexicon("reference_doc_types"))
    for (const auto& e : *lx) {
      std::optional<std::string> name;
      if (e.contains("name") && e["name"].is_string()) name = e["name"].get<std::string>();
      for (const auto& f : e.value("forms", nlohmann::json::array())) {
        std::string form = normalize_tone_marks(f.get<std::string>());
        TypeForm t;
        t.exact_case = is_all_caps(form);
        for (const auto& w : words_of(t.exact_case ? form : to_lower(form))) t.words.push_back(w.text);
        t.name = name;
        lex_.type_forms.push_back(std::move(t));
      }
    }
  std::stable_sort(lex_.type_forms.begin(), lex_.type_forms.end(),
                   [](const TypeForm& a, const TypeForm& b) { return a.words.size() > b.words.size(); });
  if (const auto* lx = rules.lexicon("reference_issuer_stops"))
    for (const auto& s : *lx) {
      std::vector<std::string> ws;
      for (const auto& w : words_of(to_lower(normalize_tone_marks(s.get<std::string>())))) ws.push_back(w.text);
      lex_.issuer_stops.push_back(std::move(ws));
    }
  lex_.symbol_issuers = load_symbol_issuers(rules);
  if (const auto* lx = rules.lexicon("reference_part_heads"))
    for (const auto& e : *lx) lex_.part_heads.push_back(normalize_tone_marks(e.value("caps", "")));
  if (const auto* lx = rules.lexicon("doc_types"))
    for (const auto& e : *lx) lex_.type_heads.push_back(normalize_tone_marks(e.value("caps", "")));
  for (auto* heads : {&lex_.part_heads, &lex_.type_heads})
    std::stable_sort(heads->begin(), heads->end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  auto add_name = [&](const std::string& name) {
    std::vector<std::string> ws;
    for (const auto& w : words_of(to_lower(normalize_tone_marks(name)))) ws.push_back(w.text);
    if (!ws.empty()) lex_.issuer_names.push_back(std::move(ws));
  };
  if (const auto* lx = rules.lexicon("issuer_heads"))
    for (const auto& e : *lx) {
      lex_.issuer_caps.emplace_back(normalize_tone_marks(e.value("caps", "")), e.value("name", ""));
      if (!e.value("takes_area", false) && !e.value("takes_place_name", false) && e.value("body_of", "").empty())
        add_name(e.value("name", ""));
    }
  for (const auto& si : lex_.symbol_issuers) {
    add_name(si.issuer);
    if (!si.with_term) lex_.unnumbered_codes.push_back(si.code);
  }
  if (const auto* lx = rules.lexicon("reference_unnumbered_codes"))
    for (const auto& c : *lx) lex_.unnumbered_codes.push_back(c.get<std::string>());
  if (const auto* lx = rules.lexicon("reference_issuer_continuations"))
    for (const auto& w : *lx) lex_.issuer_name_goes_on.push_back(to_lower(normalize_tone_marks(w.get<std::string>())));
}

namespace {

// Everything the extractor needs while it reads one document.
class DocumentReader {
 public:
  DocumentReader(const RuleSet& rules, const ReferenceExtractor::Lexicons& lex, const SegmentedDocument& doc,
                 const DocumentHeader& header)
      : rules_(rules), lex_(lex), doc_(doc), text_(doc.doc.text), header_(header) {}

  std::vector<Reference> run();
  std::vector<std::string> relations(const std::vector<std::pair<size_t, size_t>>& spans);

 private:
  void find_numbers();
  bool read_mention(size_t nb, size_t ne, const std::string& rule_id, Mention& m) const;
  std::string number_as_written(size_t b, size_t e) const;
  std::optional<std::string> issuer_from_text(size_t b, size_t e) const;
  std::optional<std::string> issuer_from_symbol(const std::string& number) const;
  std::optional<size_t> issuer_cut(std::string_view s) const;
  void link_lists();
  void add_alias_uses();
  void compute_regions();
  std::string relation_of(const Mention& m) const;
  std::optional<std::string> clause_relation(const Mention& m) const;
  bool is_own_number(const Mention& m) const;
  bool on_own_number_line(size_t nb) const;
  size_t footnote_digits(size_t nb, size_t ne) const;
  Span sentence_at(int block, size_t off) const;
  std::string citing_sentence(const Mention& m) const;

  const RuleSet& rules_;
  const ReferenceExtractor::Lexicons& lex_;
  const SegmentedDocument& doc_;
  const std::string& text_;
  const DocumentHeader& header_;
  std::vector<Mention> mentions_;
  std::vector<Region> regions_;  // per block
};

std::string DocumentReader::number_as_written(size_t b, size_t e) const {
  // Spaces inside one line stay as written ("119- KH/TU"); a line break inside the
  // symbol ("18-\nKL/TW") is joined.
  std::string out;
  for (size_t i = b; i < e;) {
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

  // The words right before the mention: "thay thế", "sửa đổi, bổ sung", "căn cứ".
  const size_t cb = m.begin > kCueWindow ? m.begin - kCueWindow : 0;
  if (const Rule* r = first_match(rules_.group("reference.relation_cue"), std::string_view(text_.data() + cb, m.begin - cb), g))
    m.cue = r->field("relation", "mentions");
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
  if (!header_.number || reference_number_key(*header_.number) != m.ref.number_key) return false;
  std::optional<int> own = year_in_number(*header_.number);
  if (!own && header_.issued_date) own = std::stoi(header_.issued_date->substr(0, 4));
  std::optional<int> cited = year_in_number(m.ref.number);
  if (!cited && m.ref.date) cited = std::stoi(m.ref.date->substr(0, 4));
  if (!cited) cited = m.evidence.stated;
  return !own || !cited || *own == *cited;  // a same number of another year is another document
}

void DocumentReader::find_numbers() {
  struct Found { size_t b, e; const Rule* rule; };
  std::vector<Found> found;
  for (const Rule* r : rules_.group("reference.number")) {
    int gi = r->group_index("number");
    for_each_match(*r->re, text_, [&](size_t, size_t, const Groups& m) {
      if (gi < 0 || !m[static_cast<size_t>(gi)].data()) return;
      size_t b = offset_in(text_, m[static_cast<size_t>(gi)]);
      found.push_back({b, b + m[static_cast<size_t>(gi)].size(), r});
    });
  }
  // Where rules overlap, the earliest, then the longest match is the number.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.b != b.b ? a.b < b.b : a.e > b.e; });
  size_t last_end = 0;
  for (const Found& f : found) {
    if (f.b < last_end) continue;
    last_end = f.e;
    Mention m;
    if (read_mention(f.b, f.e, f.rule->id, m)) mentions_.push_back(std::move(m));
  }
}

void DocumentReader::link_lists() {
  const auto& sep = rules_.group("reference.list_separator");
  Groups g;
  for (size_t i = 1; i < mentions_.size(); ++i) {
    Mention& prev = mentions_[i - 1];
    Mention& cur = mentions_[i];
    if (prev.block != cur.block || cur.begin < prev.end) continue;
    std::string_view gap(text_.data() + prev.end, cur.begin - prev.end);
    if (!first_match(sep, gap, g)) continue;
    cur.list_with_previous = true;
    if (!cur.typed && prev.ref.doc_type) cur.ref.doc_type = prev.ref.doc_type;
  }
  // A trailing date or issuer belongs to the numbers before it that have none; a date
  // does not reach back past an issuer ("93/NQ-CP của Chính phủ, Kế hoạch số 466-KH/TU
  // ngày 12/5/2025" dates the plan only).
  for (size_t i = mentions_.size(); i-- > 1;) {
    if (!mentions_[i].list_with_previous) continue;
    Mention& prev = mentions_[i - 1];
    const Mention& cur = mentions_[i];
    if (!prev.own_date && !prev.own_issuer && cur.ref.date) prev.ref.date = cur.ref.date;
    if (!prev.own_issuer && cur.ref.issuer) prev.ref.issuer = cur.ref.issuer;
  }
  // A relation cue governs the list it heads and later numbers of the same type in its sentence
  // ("sửa đổi, bổ sung Quy định số 07-QĐ/TU ..., Quy định số 16-QĐ/TU ...; Quy định số 15-QĐ/TU").
  for (size_t i = 1; i < mentions_.size(); ++i) {
    Mention& cur = mentions_[i];
    const Mention& prev = mentions_[i - 1];
    if (cur.cue || !prev.cue) continue;
    bool same_sentence = cur.block == prev.block && cur.sentence.begin == prev.sentence.begin;
    if (cur.list_with_previous || (same_sentence && cur.ref.doc_type && cur.ref.doc_type == prev.ref.doc_type))
      cur.cue = prev.cue;
  }
}

void DocumentReader::add_alias_uses() {
  std::vector<std::pair<size_t, size_t>> taken;
  for (const auto& m : mentions_) taken.emplace_back(m.begin, m.end);
  std::vector<Mention> added;
  for (const Rule* r : rules_.group("reference.alias")) {
    int gi = r->group_index("alias");
    if (gi < 0) continue;
    for_each_match(*r->re, text_, [&](size_t b, size_t e, const Groups& g) {
      re2::StringPiece a = g[static_cast<size_t>(gi)];
      size_t ab = offset_in(text_, a), ae = ab + a.size();
      // The alias names the last reference before the bracket.
      const Mention* target = nullptr;
      for (const auto& m : mentions_)
        if (m.begin < b) target = &m;
      if (!target) return;
      size_t target_index = static_cast<size_t>(target - mentions_.data());
      bool alias_has_number = false;
      for (auto& m : mentions_)
        if (m.number_begin >= ab && m.number_end <= ae) {
          alias_has_number = true;
          if (m.ref.number_key == target->ref.number_key) {
            m.evidence.alias_of = target_index;
            if (!m.ref.doc_type) m.ref.doc_type = target->ref.doc_type;
          }
        }
      std::string_view alias = trim(std::string_view(a.data(), a.size()));
      if (alias_has_number || alias.find_first_of("0123456789") == std::string_view::npos) return;
      // A short name without the symbol ("Nghị quyết 11"): its later uses are this reference.
      for (auto [ub, ue] : find_alias_uses(text_, alias, e, taken)) {
        Mention use = *target;
        use.begin = use.number_begin = ub;
        use.end = use.number_end = ue;
        use.block = doc_.block_at(ub);
        use.sentence = sentence_at(use.block, ub);
        use.ref.rule_id = r->id;
        use.ref.relation = "mentions";
        use.evidence = {};
        use.evidence.alias_of = target_index;
        use.cue.reset();
        use.list_with_previous = false;
        added.push_back(std::move(use));
      }
    });
  }
  // Alias indices point into mentions_ as it was; appended uses keep them valid.
  for (auto& m : added) mentions_.push_back(std::move(m));
}

void DocumentReader::compute_regions() {
  // A type heading ("KẾ HOẠCH", "PHỤ LỤC", ...) opens a document part: its title, then an
  // opening of "Căn cứ" / "Thực hiện" paragraphs, which ends at the first numbered heading,
  // list item or table row, or at the first paragraph without a cue after one with a cue.
  // A letter's "V/v ..." line (reference.title_line) is a title too.
  regions_.assign(doc_.blocks.size(), Region::Opening);
  const auto& cues = rules_.group("reference.clause_cue");
  Groups g;
  bool opening = true, seen_cue = false;
  int title_left = 0;
  for (size_t i = 0; i < doc_.blocks.size(); ++i) {
    const Block& b = doc_.blocks[i];
    std::string_view content = trim(doc_.text(b.content.empty() ? b.span : b.content));
    std::string upper = to_upper(content.substr(0, std::min<size_t>(content.size(), 120)));
    bool head = false, inline_title = false;
    if (b.kind != BlockKind::TableRow && (b.marker_kind == MarkerKind::None || b.marker_kind == MarkerKind::Caps)) {
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
    if (!cue && seen_cue) { opening = false; regions_[i] = Region::Body; continue; }
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

std::vector<Reference> DocumentReader::run() {
  find_numbers();
  link_lists();
  add_alias_uses();
  compute_regions();
  std::vector<size_t> order(mentions_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return mentions_[a].begin < mentions_[b].begin; });
  std::vector<size_t> rank(order.size());
  for (size_t k = 0; k < order.size(); ++k) rank[order[k]] = k;

  std::vector<Reference> refs;
  std::vector<YearEvidence> evidence;
  for (size_t idx : order) {
    Mention& m = mentions_[idx];
    m.ref.relation = relation_of(m);
    m.ref.line = doc_.doc.line_of(m.begin);
    m.ref.text = doc_.doc.source_text(m.begin, m.end);
    m.ref.sentence = citing_sentence(m);
    if (!m.ref.issuer) m.ref.issuer = issuer_from_symbol(m.ref.number);
    YearEvidence ev = m.evidence;
    if (ev.alias_of) ev.alias_of = rank[*ev.alias_of];
    refs.push_back(m.ref);
    evidence.push_back(ev);
  }
  resolve_reference_years(refs, evidence);
  return refs;
}

std::vector<std::string> DocumentReader::relations(const std::vector<std::pair<size_t, size_t>>& spans) {
  compute_regions();
  std::vector<std::string> out;
  Groups g;
  for (auto [b, e] : spans) {
    Mention m;
    m.begin = m.number_begin = b;
    m.end = m.number_end = e;
    m.block = doc_.block_at(b);
    m.sentence = sentence_at(m.block, b);
    const size_t cb = b > kCueWindow ? b - kCueWindow : 0;
    if (const Rule* r = first_match(rules_.group("reference.relation_cue"), std::string_view(text_.data() + cb, b - cb), g))
      m.cue = r->field("relation", "mentions");
    out.push_back(relation_of(m));
  }
  return out;
}

}  // namespace

std::vector<std::string> ReferenceExtractor::relations(const SegmentedDocument& doc, const DocumentHeader& header,
                                                       const std::vector<std::pair<size_t, size_t>>& spans) const {
  return DocumentReader(rules_, lex_, doc, header).relations(spans);
}

std::vector<Reference> ReferenceExtractor::extract(const SegmentedDocument& doc, const DocumentHeader& header) const {
  return DocumentReader(rules_, lex_, doc, header).run();
}

}  // namespace vnpolicy
