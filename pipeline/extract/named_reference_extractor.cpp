#include "extract/named_reference_extractor.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/dates.h"
#include "core/keys.h"
#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

constexpr size_t kWindow = 900;         // bytes after a kind word that a name and its date may take
constexpr size_t kBeforeWindow = 80;    // bytes before it searched for a bill cue
constexpr size_t kMaxUnknownWords = 16; // words of a name the lexicon does not know
constexpr size_t kMaxAmendingWords = 70;

using Phrase = NamedReferenceExtractor::Phrase;

struct Token {
  size_t begin, end;  // in doc.text
  std::string key;    // folded
  std::string lower;  // lower case, accents kept
  bool capital;       // first letter upper case
  bool all_caps;
  bool digits;        // all digits
  bool hard_before;   // punctuation other than ',', '-', '/', '&' before it
  bool comma_before;
  bool break_before;  // a paragraph break before it
};

std::vector<Token> tokens_in(std::string_view text, size_t from, size_t to, const AccentFolder& folder) {
  std::vector<Token> out;
  size_t i = from;
  bool hard = false, comma = false, brk = false;
  while (i < to) {
    size_t at = i;
    char32_t cp = next_code_point(text, i);
    bool word = is_letter_cp(cp) || (cp >= '0' && cp <= '9');
    if (!word) {
      if (cp == '\n') brk = true;
      else if (cp == ',') comma = true;
      else if (!is_space_cp(cp) && cp != '-' && cp != '/' && cp != '&' && cp != 0x2013) hard = true;
      continue;
    }
    size_t e = i;
    bool digits = cp >= '0' && cp <= '9';
    while (e < to) {
      size_t j = e;
      char32_t c = next_code_point(text, j);
      if (!is_letter_cp(c) && !(c >= '0' && c <= '9')) break;
      digits = digits && c >= '0' && c <= '9';
      e = j;
    }
    std::string_view w = text.substr(at, e - at);
    out.push_back({at, e, folder.fold(w), to_lower(w), is_upper_cp(cp), is_all_caps(w), digits, hard, comma, brk});
    hard = comma = brk = false;
    i = e;
  }
  return out;
}

Phrase phrase_of(const std::string& phrase, const AccentFolder& folder) {
  Phrase out;
  const std::string words = collapse_whitespace(to_lower(normalize_tone_marks(phrase)));
  for (auto w : split(words, ' '))
    if (!w.empty()) out.push_back({folder.fold(w), std::string(w)});
  return out;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

// The words of p at token i, within one clause. Words compare with their accents ("tại" is no
// "tài", "về" no "vệ"), except words written without any (text that lost its diacritics).
bool phrase_at(const std::vector<Token>& t, size_t i, size_t limit, const Phrase& p) {
  if (i + p.size() > limit) return false;
  for (size_t k = 0; k < p.size(); ++k) {
    const Token& w = t[i + k];
    if (k > 0 && (w.hard_before || w.break_before)) return false;
    if (w.lower != p[k].lower && !(w.key == p[k].folded && is_ascii(w.lower))) return false;
  }
  return true;
}

bool any_phrase_at(const std::vector<Token>& t, size_t i, size_t limit, const std::vector<Phrase>& ps) {
  return std::any_of(ps.begin(), ps.end(), [&](const auto& p) { return phrase_at(t, i, limit, p); });
}

bool any_phrase_ending_at(const std::vector<Token>& t, size_t end, const std::vector<Phrase>& ps) {
  return std::any_of(ps.begin(), ps.end(), [&](const auto& p) { return p.size() <= end && phrase_at(t, end - p.size(), end, p); });
}

size_t char_boundary(std::string_view s, size_t i) {
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}

// A mention as found, before resolution.
struct Found {
  NamedReference ref;
  size_t begin = 0, end = 0;
  bool known = false;  // the name is in the law lexicon
};

// Reads the named mentions of one document.
class MentionReader {
 public:
  MentionReader(const NamedReferenceExtractor::Lexicons& lx, const RuleSet& rules, const LawLexicon& laws,
                const SegmentedDocument& doc, const DocumentHeader& header)
      : lx_(lx), rules_(rules), laws_(laws), doc_(doc), text_(doc.doc.text) {
    if (header.doc_type && header.title) own_key_ = law_name_key(*header.doc_type + " " + *header.title, folder_);
  }
  std::vector<Found> run();

 private:
  std::optional<Found> read_at(size_t hit);
  size_t known_end(const std::vector<Token>& t, size_t first, size_t name_at) const;
  size_t words_end(const std::vector<Token>& t, size_t name_at, bool amending) const;
  size_t read_after(Found& f, size_t name_end) const;

  const NamedReferenceExtractor::Lexicons& lx_;
  const RuleSet& rules_;
  const LawLexicon& laws_;
  const SegmentedDocument& doc_;
  const std::string& text_;
  AccentFolder folder_;
  std::string own_key_;
  size_t consumed_ = 0;
};

std::vector<Found> MentionReader::run() {
  std::vector<Found> out;
  // Candidate starts: the last word of a kind ("Luật", "Bộ luật", "Pháp lệnh") in the forms it is
  // written in; the next occurrence of each form is kept so the text is scanned once per form.
  std::vector<size_t> next;
  for (const auto& a : lx_.anchors) next.push_back(text_.find(a));
  for (size_t pos = 0; pos < text_.size();) {
    size_t hit = std::string::npos;
    for (size_t a = 0; a < lx_.anchors.size(); ++a) {
      if (next[a] != std::string::npos && next[a] < pos) next[a] = text_.find(lx_.anchors[a], pos);
      hit = std::min(hit, next[a]);
    }
    if (hit == std::string::npos) break;
    pos = hit + 1;
    if (auto f = read_at(hit)) {
      consumed_ = f->ref.name.empty() ? hit + 1 : f->end;
      pos = std::max(pos, consumed_);
      out.push_back(std::move(*f));
    }
  }
  return out;
}

// Tokens after the name's first word, up to a hard break: the longest that spells a lexicon
// name (a paragraph break, where a wrap split the name, does not end it). 0 when none.
size_t MentionReader::known_end(const std::vector<Token>& t, size_t first, size_t name_at) const {
  std::string key;
  std::vector<size_t> ends;
  for (size_t i = first; i < t.size() && i - first < laws_.max_name_words(); ++i) {
    if (i > name_at && t[i].hard_before) break;
    if (i > first) key += ' ';
    key += t[i].key;
    ends.push_back(key.size());
  }
  for (size_t n = ends.size(); n > name_at - first; --n)
    if (!laws_.named(key.substr(0, ends[n - 1])).empty()) return first + n;
  return 0;
}

// Where the name's words end by the stop lists (law_name_stops and the others).
size_t MentionReader::words_end(const std::vector<Token>& t, size_t name_at, bool amending) const {
  const auto& stops = amending ? lx_.amending_stops : lx_.stops;
  const size_t max_words = amending ? kMaxAmendingWords : kMaxUnknownWords;
  // In an amending law's name the laws it amends are listed ("của Luật A, Luật B và Luật C"),
  // and such a long name is often wrapped: a line break goes on when the next line continues
  // the sentence (a word in lower case) or the list (a kind, or a name after a kind).
  auto kind_at = [&](size_t i) {
    return std::any_of(lx_.kinds.begin(), lx_.kinds.end(), [&](const auto& k) { return phrase_at(t, i, t.size(), k.words); });
  };
  auto kind_ends_at = [&](size_t i) {
    return std::any_of(lx_.kinds.begin(), lx_.kinds.end(),
                       [&](const auto& k) { return k.words.size() <= i && phrase_at(t, i - k.words.size(), i, k.words); });
  };
  size_t e = name_at;
  while (e < t.size() && e - name_at < max_words) {
    const Token& w = t[e];
    if (w.digits) break;
    if (e > name_at) {
      if (w.hard_before) break;
      if (w.break_before && !(amending && (!w.capital || kind_at(e) || kind_ends_at(e)))) break;
      if (any_phrase_at(t, e, t.size(), stops)) break;
      if (w.comma_before && any_phrase_at(t, e, t.size(), lx_.stops_after_comma) && !(amending && kind_at(e))) break;
      if (e + 1 < t.size() && t[e + 1].digits && any_phrase_at(t, e, t.size(), lx_.stops_before_number)) break;
      if (e + 1 < t.size() && !t[e + 1].capital && !t[e + 1].digits && any_phrase_at(t, e, t.size(), lx_.stops_before_lower))
        break;
    }
    ++e;
  }
  return e;
}

// Number, date and year after the name, in any order, each once; returns where the mention ends.
// The words after the name are read to the end of its paragraph, or of the next one when the
// paragraph ends right after the name (a wrap).
size_t MentionReader::read_after(Found& f, size_t name_end) const {
  size_t para_end = text_.find('\n', name_end);
  if (para_end == std::string::npos) para_end = text_.size();
  if (trim(std::string_view(text_).substr(name_end, para_end - name_end)).empty() && para_end < text_.size()) {
    para_end = text_.find('\n', para_end + 1);
    if (para_end == std::string::npos) para_end = text_.size();
  }
  const size_t limit = char_boundary(text_, std::min(para_end, name_end + kWindow));
  size_t end = name_end;
  NamedReference& n = f.ref;
  for (int step = 0; step < 3; ++step) {
    std::string_view a(text_.data() + end, limit - end);
    bool took = false;
    for (const Rule* r : rules_.group("law.after").matching(a)) {
      auto m = match_once(*r, a, 0, RE2::ANCHOR_START);
      if (m.empty()) continue;
      std::string number = named_group(*r, m, "number");
      std::string day = named_group(*r, m, "day"), month = named_group(*r, m, "month"), year = named_group(*r, m, "year");
      const char* last = nullptr;  // the capture that ends the mention
      if (!number.empty()) {
        if (n.number) continue;
        number.erase(std::remove(number.begin(), number.end(), ' '), number.end());
        n.number = number;
        last = "number";
      } else if (!day.empty()) {
        if (n.date || n.year) continue;
        n.date = iso_date(std::stoi(year), std::stoi(month), std::stoi(day));
        if (!n.date) continue;
        n.year = std::stoi(year);
        last = "year";
      } else if (!year.empty()) {
        if (n.date || n.year) continue;
        n.year = std::stoi(year);
        last = "year";
      } else {
        continue;
      }
      int gi = r->group_index(last);
      size_t stop = static_cast<size_t>(m[static_cast<size_t>(gi)].data() - a.data()) + m[static_cast<size_t>(gi)].size();
      std::string_view matched(a.data(), m[0].size());
      if (matched.find('(') != std::string_view::npos && stop < a.size() && a[stop] == ')') ++stop;  // "(năm 2015)"
      end += stop;
      took = true;
      break;
    }
    if (!took) break;
  }
  return end;
}

std::optional<Found> MentionReader::read_at(size_t hit) {
  const size_t from = [&] {  // a word or two before the anchor: the kind's first words
    size_t b = hit > 24 ? hit - 24 : 0;
    if (b == 0) return b;
    size_t sp = text_.find(' ', b);
    return sp < hit ? sp + 1 : hit;
  }();
  const size_t to = char_boundary(text_, std::min(text_.size(), hit + kWindow));
  std::vector<Token> t = tokens_in(text_, from, to, folder_);
  size_t anchor = 0;
  while (anchor < t.size() && t[anchor].end <= hit) ++anchor;
  if (anchor >= t.size() || t[anchor].begin != hit) return std::nullopt;
  const NamedReferenceExtractor::Kind* kind = nullptr;
  size_t first = 0;
  for (const auto& k : lx_.kinds) {
    if (k.words.size() > anchor + 1) continue;
    first = anchor + 1 - k.words.size();
    if (phrase_at(t, first, t.size(), k.words)) {
      kind = &k;
      break;
    }
  }
  if (!kind || !t[first].capital || t[first].begin < consumed_) return std::nullopt;
  // "pháp luật", "kỷ luật", "dự luật" written in capitals.
  if (first > 0 && !t[first].hard_before && !t[first].break_before && any_phrase_ending_at(t, first, lx_.not_after))
    return std::nullopt;
  const size_t name_at = anchor + 1;
  if (name_at >= t.size() || t[name_at].hard_before || t[name_at].digits) return std::nullopt;
  if (any_phrase_at(t, name_at, t.size(), lx_.not_names)) return std::nullopt;
  size_t bb = char_boundary(text_, t[first].begin > kBeforeWindow ? t[first].begin - kBeforeWindow : 0);
  if (rules_.group("law.bill_before").first_matching(std::string_view(text_).substr(bb, t[first].begin - bb)))
    return std::nullopt;

  const bool amending = any_phrase_at(t, name_at, t.size(), lx_.amending_heads);
  const size_t known = known_end(t, first, name_at);
  const size_t words = t[name_at].break_before && !amending ? name_at : words_end(t, name_at, amending);
  // A known name counts unless the words run on past it ("Luật Giáo dục" in "Luật Giáo dục đại
  // học ..." when the lexicon lacks the longer law).
  Found f;
  // Nor when the next word is one no law's name has ("Luật Đất đai trên địa bàn", "Bộ luật Lao
  // động, con chưa đủ ...").
  f.known = known > 0 && (words <= known || (known < t.size() && (t[known].comma_before || !laws_.name_word(t[known].lower))));
  size_t end = f.known ? known : words;
  if (!f.known) {
    // An unknown name is read only from capitalised running text ("Luật Trí tuệ nhân tạo").
    if (end <= name_at || t[first].all_caps || (!t[name_at].capital && !amending)) return std::nullopt;
  }
  NamedReference& n = f.ref;
  n.kind = kind->kind;
  n.name = collapse_whitespace(doc_.doc.source_text(t[first].begin, t[end - 1].end));
  n.name_key = law_name_key(n.name, folder_);
  n.rule_id = f.known ? "law.name.lexicon" : amending ? "law.name.amending" : "law.name.words";
  f.begin = t[first].begin;
  f.end = t[end - 1].end;
  if (n.name_key == own_key_) {  // the document's own name ("LUẬT ĐẤT ĐAI" over a law)
    consumed_ = f.end;
    return std::nullopt;
  }
  if (rules_.group("law.bill_after").first_matching(std::string_view(text_).substr(f.end, to - f.end))) return std::nullopt;
  size_t mention_end = read_after(f, f.end);
  n.line = doc_.doc.line_of(f.begin);
  n.text = collapse_whitespace(doc_.doc.source_text(f.begin, mention_end));
  f.end = mention_end;
  return f;
}

// The date a bare name is read at: the document's date, else the year of its own number
// (both ends of that year must give the same law).
std::vector<std::string> citing_dates(const DocumentHeader& header) {
  if (header.issued_date) return {*header.issued_date};
  if (header.number)
    if (auto y = year_in_number(*header.number)) return {std::to_string(*y) + "-01-01", std::to_string(*y) + "-12-31"};
  return {};
}

void resolve_found(std::vector<Found>& found, const LawLexicon& laws, const DocumentHeader& header) {
  const std::vector<std::string> dates = citing_dates(header);
  // Mentions that name their law fully (number, date or year): a bare name or a date the
  // lexicon does not know in the same document means the same law.
  struct Full { OptString date; std::optional<int> year; std::string number, from; };
  std::map<std::string, std::vector<Full>> full;
  auto resolve_by_lexicon = [&](NamedReference& n) {
    LawResolution r;
    if (n.date || n.year || dates.size() <= 1) {
      r = laws.resolve(n.name_key, n.date, n.year, dates.empty() ? OptString() : OptString(dates[0]));
    } else {  // a year: the law must be the same at both ends
      LawResolution a = laws.resolve(n.name_key, {}, {}, dates.front()), b = laws.resolve(n.name_key, {}, {}, dates.back());
      r = a.number == b.number ? a : LawResolution{{}, {}, "ambiguous in " + dates.front().substr(0, 4) + ": " +
                                                           a.number.value_or("none") + " or " + b.number.value_or("none")};
    }
    n.number = r.number;
    n.resolved_by = r.resolved_by;
    n.resolved_from = r.number ? OptString("lexicon") : std::nullopt;
    n.note = r.note;
  };
  for (auto& f : found) {
    NamedReference& n = f.ref;
    if (n.number) {
      n.resolved_by = "written";
      n.resolved_from = "text";
    } else if (!f.known) {
      n.note = "not in the law lexicon";
    } else if (n.date || n.year) {
      resolve_by_lexicon(n);
    }
    // A number written without date counts when the Căn cứ block writes it: a bare name is
    // then read among every number the document builds on ("Căn cứ Luật Đất đai số
    // 31/2024/QH15" and a remark on "Luật Đất đai năm 2013" leave it to the law in force, not
    // to the only dated mention). In the body such a number is often an old law's, cited once
    // in a transitional or amending clause.
    if (n.number && (n.date || n.year || n.relation == "basis"))
      full[n.name_key].push_back({n.date, n.year, *n.number, *n.resolved_from});
  }
  for (auto& f : found) {
    NamedReference& n = f.ref;
    if (n.number) continue;
    std::set<std::string> numbers;
    std::string from;
    for (const auto& x : full[n.name_key])
      if ((!n.date && !n.year) || (n.date && x.date == n.date) || (!n.date && n.year && x.year == n.year)) {
        numbers.insert(x.number);
        from = x.from;
      }
    if (numbers.size() == 1) {
      n.number = *numbers.begin();
      n.resolved_by = "in-document";
      n.resolved_from = from;
      n.note.reset();
    } else if (f.known && !n.date && !n.year) {
      resolve_by_lexicon(n);
    }
  }
}

}  // namespace

NamedReferenceExtractor::NamedReferenceExtractor(const RuleSet& rules) : rules_(rules), laws_(rules) {
  AccentFolder folder;
  if (const auto* lx = rules.lexicon("law_kinds"))
    for (const auto& e : *lx) {
      lex_.kinds.push_back({e.value("kind", ""), phrase_of(e.value("words", ""), folder)});
      for (const auto& a : e.value("anchors", nlohmann::json::array()))
        if (std::find(lex_.anchors.begin(), lex_.anchors.end(), a.get<std::string>()) == lex_.anchors.end())
          lex_.anchors.push_back(a.get<std::string>());
    }
  std::stable_sort(lex_.kinds.begin(), lex_.kinds.end(), [](const Kind& a, const Kind& b) { return a.words.size() > b.words.size(); });
  auto phrases = [&](const char* name, std::vector<Phrase>& out) {
    if (const auto* lx = rules.lexicon(name))
      for (const auto& e : *lx) out.push_back(phrase_of(e.get<std::string>(), folder));
  };
  phrases("law_not_names", lex_.not_names);
  phrases("law_not_after", lex_.not_after);
  phrases("law_name_stops", lex_.stops);
  phrases("law_amending_name_stops", lex_.amending_stops);
  phrases("law_stops_before_number", lex_.stops_before_number);
  phrases("law_stops_before_lower", lex_.stops_before_lower);
  phrases("law_stops_after_comma", lex_.stops_after_comma);
  phrases("law_amending_heads", lex_.amending_heads);
}

std::vector<NamedReference> NamedReferenceExtractor::extract(const SegmentedDocument& doc, const DocumentHeader& header,
                                                             const ReferenceExtractor& references) const {
  std::vector<Found> found = MentionReader(lex_, rules_, laws_, doc, header).run();
  std::vector<std::pair<size_t, size_t>> spans;
  for (const auto& f : found) spans.emplace_back(f.begin, f.end);
  std::vector<std::string> relations = references.relations(doc, header, spans);
  for (size_t i = 0; i < found.size() && i < relations.size(); ++i) found[i].ref.relation = relations[i];
  resolve_found(found, laws_, header);
  std::vector<NamedReference> out;
  for (auto& f : found) out.push_back(std::move(f.ref));
  return out;
}

}  // namespace vnpolicy
