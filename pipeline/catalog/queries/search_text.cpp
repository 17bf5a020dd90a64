// The text side of search: a query's words and phrases as typed, and snippets of the
// sentences found with what matched in [brackets].
#include <optional>
#include <set>

#include "catalog/fts_tokenizer.h"
#include "catalog/queries/search.h"
#include "catalog/queries/search_parts.h"

namespace vnpolicy {

using search_parts::has_non_ascii;
using search_parts::is_word_cp;

std::vector<std::string> query_words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = next_code_point(text, i);
    if (is_word_cp(cp)) {
      current.append(text.substr(start, i - start));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

ParsedQuery parse_search_query(std::string_view typed) {
  ParsedQuery p;
  const std::string text = normalize_tone_marks(to_nfc(typed));
  std::vector<std::string> phrase;
  std::string word;
  bool quoted = false, exclude = false;
  auto end_word = [&] {
    if (word.empty()) return;
    if (quoted) phrase.push_back(word);
    if (exclude && !quoted) p.excluded.push_back(std::move(word));
    else p.words.push_back(std::move(word));
    word.clear();
    exclude = false;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (is_word_cp(cp)) {
      word.append(text, start, i - start);
      continue;
    }
    end_word();
    if (cp == '"') {
      if (quoted && phrase.size() > 1) p.phrases.push_back(phrase);
      phrase.clear();
      quoted = !quoted;
    } else if (cp == '-' && !quoted && (start == 0 || text[start - 1] == ' ')) {
      exclude = true;  // "-word"; a hyphen inside "kinh tế - xã hội" is punctuation
      continue;
    }
    exclude = false;
  }
  end_word();
  if (quoted && phrase.size() > 1) p.phrases.push_back(phrase);  // an unclosed quote ends the query
  return p;
}

namespace {

// At most max_words pieces, the first hit a third of the way in; "…" marks what was cut.
std::string window_around(const std::vector<std::string>& pieces, std::optional<size_t> first, size_t max_words) {
  size_t begin = first && *first > max_words / 3 ? *first - max_words / 3 : 0;
  size_t stop = std::min(pieces.size(), begin + max_words);
  std::string out = begin > 0 ? "…" : "";
  for (size_t i = begin; i < stop; ++i) out += (i > begin ? " " : "") + pieces[i];
  if (stop < pieces.size()) out += " …";
  return out;
}

}  // namespace

std::string snippet(const std::string& sentence, const std::vector<std::string>& words, const AccentFolder& folder,
                    size_t max_words) {
  std::set<std::string> wanted;
  for (const auto& w : words) wanted.insert(folder.fold(w));
  // Space-separated pieces, each with its matching words (not their punctuation) marked.
  std::vector<std::string> pieces;
  std::optional<size_t> first;
  const std::string text = collapse_whitespace(sentence);
  for (std::string_view piece : split(text, ' ')) {
    std::string marked;
    bool hit = false;
    for (size_t i = 0; i < piece.size();) {
      size_t start = i;
      char32_t cp = next_code_point(piece, i);
      if (!is_word_cp(cp)) {
        marked.append(piece.substr(start, i - start));
        continue;
      }
      size_t end = i;
      for (size_t k = i; k < piece.size() && is_word_cp(next_code_point(piece, k));) end = k;
      std::string_view word = piece.substr(start, end - start);
      bool match = wanted.count(folder.fold(word)) > 0;
      hit = hit || match;
      if (match) marked += '[';
      marked.append(word);
      if (match) marked += ']';
      i = end;
    }
    if (hit && !first) first = pieces.size();
    pieces.push_back(std::move(marked));
  }
  return window_around(pieces, first, max_words);
}

std::string snippet_of(const SearchHit& hit, const SearchQuery& query, const AccentFolder& folder, size_t max_words) {
  const ParsedQuery parsed = parse_search_query(query.text);
  const bool exact = hit.exact_accents && has_non_ascii(parsed.words);
  auto form = [&](const std::string& w) { return exact ? to_lower(w) : folder.fold(w); };
  std::set<std::string> single;  // required words outside phrases
  {
    std::multiset<std::string> in_phrases;
    for (const auto& phrase : parsed.phrases)
      for (const auto& w : phrase) in_phrases.insert(form(w));
    for (const auto& w : parsed.words) {
      auto it = in_phrases.find(form(w));
      if (it != in_phrases.end()) in_phrases.erase(it);
      else single.insert(form(w));
    }
  }
  const std::string text = collapse_whitespace(hit.sentence);
  struct Word {
    size_t start, end;
    std::string key;
    bool marked = false;
  };
  std::vector<Word> words;
  WordScanner scanner(folder);
  for (scanner.reset(text); scanner.next();)
    words.push_back({scanner.start(), scanner.end(), exact ? scanner.lower() : scanner.folded()});
  for (auto& w : words) w.marked = single.count(w.key) > 0;
  for (const auto& phrase : parsed.phrases) {
    std::vector<std::string> keys;
    for (const auto& w : phrase) keys.push_back(form(w));
    for (size_t i = 0; i + keys.size() <= words.size(); ++i) {
      bool at = true;
      for (size_t k = 0; k < keys.size() && at; ++k) at = words[i + k].key == keys[k];
      if (at)
        for (size_t k = 0; k < keys.size(); ++k) words[i + k].marked = true;
    }
  }
  // Space-separated pieces with their marked words in brackets.
  std::vector<std::string> pieces;
  std::optional<size_t> first;
  size_t w = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string piece;
    size_t at = start;
    for (; w < words.size() && words[w].start < end; ++w) {
      piece.append(text, at, words[w].start - at);
      if (words[w].marked) {
        piece += "[" + text.substr(words[w].start, words[w].end - words[w].start) + "]";
        if (!first) first = pieces.size();
      } else {
        piece.append(text, words[w].start, words[w].end - words[w].start);
      }
      at = words[w].end;
    }
    piece.append(text, at, end - at);
    if (!piece.empty()) pieces.push_back(std::move(piece));
    start = end + 1;
  }
  return window_around(pieces, first, max_words);
}

}  // namespace vnpolicy
