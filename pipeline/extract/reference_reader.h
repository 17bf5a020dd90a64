// The reader of one document's references (ReferenceExtractor's files only): the mention
// record, the per-document reader and the small text helpers its parts share.
// reference_extractor.cpp finds the numbers and links lists and aliases, reference_mention.cpp
// reads the words around one number, reference_relation.cpp says how the document relates to it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "extract/reference_extractor.h"
#include "normalize/unicode.h"
#include "resolve/reference_resolver.h"

namespace vnpolicy::reference_reading {

inline constexpr size_t kBeforeWindow = 200;  // bytes before a number searched for its type and issuer
inline constexpr size_t kAfterWindow = 400;   // bytes after it searched for date and issuer
inline constexpr size_t kCueWindow = 80;      // bytes before a mention searched for a relation cue
inline constexpr size_t kFarCueWindow = 400;  // bytes searched for a cue followed by its object's whole name
inline constexpr size_t kItemStartWindow = 16; // bytes before a mention searched for a list separator
inline constexpr size_t kSentenceMax = 500;   // longer citing sentences are cut around the mention
inline constexpr int kTitleMaxBlocks = 4;     // blocks after a type heading that may still be its title
inline constexpr int kOwnNumberLines = 40;    // a "Số: ..." line this near the top is the header's

enum class Region { Opening, Title, Body };
// How an opening block ends: mid-sentence (a word or ','), at the end of a clause (';'), or
// otherwise (a sentence or a heading ends there).
enum class BlockEnd { MidSentence, Clause, Closed };

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
inline const Rule* first_match(const RuleGroup& rules, std::string_view s, Groups& m) {
  for (const Rule* r : rules.matching(s)) {
    m.assign(static_cast<size_t>(r->re->NumberOfCapturingGroups() + 1), {});
    if (r->re->Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::UNANCHORED, m.data(),
                     static_cast<int>(m.size())))
      return r;
  }
  return nullptr;
}

inline re2::StringPiece group(const Rule& r, const Groups& m, const char* name) {
  int i = r.group_index(name);
  return i >= 0 ? m[static_cast<size_t>(i)] : re2::StringPiece();
}

// Offset of a capture inside the string it was matched on.
inline size_t offset_in(std::string_view s, re2::StringPiece p) { return static_cast<size_t>(p.data() - s.data()); }

struct Word {
  size_t begin, end;
  std::string text;
};

// Words of s (split at spaces; opening brackets and quotes are not part of a word).
inline std::vector<Word> words_of(std::string_view s) {
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

inline bool starts_lower(std::string_view s) {
  size_t i = 0;
  return !s.empty() && is_lower_cp(next_code_point(s, i));
}

// The first word of s is written in capitals ("**KẾ HOẠCH**", not "Kế hoạch").
inline bool first_word_in_caps(std::string_view s) {
  size_t i = 0, letters = 0;
  while (i < s.size()) {
    char32_t c = next_code_point(s, i);
    if (!is_letter_cp(c)) {
      if (letters > 0) break;
      continue;
    }
    if (is_lower_cp(c)) return false;
    ++letters;
  }
  return letters > 0;
}

// upper starts with the word(s) head.
inline bool starts_with_word(std::string_view upper, std::string_view head) {
  return upper.substr(0, head.size()) == head &&
         (upper.size() == head.size() || [&] {
           size_t i = head.size();
           return !is_letter_cp(next_code_point(upper, i));
         }());
}

inline int int_of(re2::StringPiece p) { return std::stoi(std::string(p)); }


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
  bool opens_list_item(size_t prev_end, size_t begin, bool after_item) const;
  bool names_replacing_text(const Mention& m) const;
  bool goes_on_list_block(int list_block, const Mention& m) const;
  void add_alias_uses();
  void compute_regions();
  std::string relation_of(const Mention& m) const;
  std::optional<std::string> clause_relation(const Mention& m) const;
  std::optional<std::string> last_clause_cue(size_t b, size_t e, size_t clause_end, bool opens_clause = true) const;
  bool continues_opening(BlockEnd prev, std::string_view content) const;
  bool ends_with_type_word(std::string_view text) const;
  std::optional<std::string> cue_before(size_t begin, size_t number_begin) const;
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

}  // namespace vnpolicy::reference_reading
