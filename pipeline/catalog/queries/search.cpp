#include "catalog/queries/search.h"

#include <algorithm>
#include <map>
#include <set>

#include "catalog/catalog.h"
#include "catalog/fts_tokenizer.h"
#include "catalog/queries/common.h"
#include "core/text.h"

namespace vnpolicy {
namespace {

// How many matches are ranked at most (see search_sentences).
constexpr int kRankedCandidates = 1000;
// bm25's term-frequency saturation and length normalisation.
constexpr double kK1 = 1.2, kB = 0.75;

bool is_word_cp(char32_t cp) { return is_letter_cp(cp) || (cp >= '0' && cp <= '9'); }

// `"w1" "w2" ...`: every word, anywhere in the sentence. Words are runs of letters and
// digits, so quoting them leaves no FTS5 syntax from user text.
std::string match_all(const std::vector<std::string>& words) {
  std::string q;
  for (const auto& w : words) q += (q.empty() ? "\"" : " \"") + w + "\"";
  return q;
}

bool has_non_ascii(const std::vector<std::string>& words) {
  for (const auto& w : words)
    for (unsigned char c : w)
      if (c >= 0x80) return true;
  return false;
}

bool has_index(Database& db, const char* name) {
  auto q = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1");
  q.bind(1, name);
  return q.step();
}

// The distinct non-null values of documents.<column>, from its index (one seek per
// value). `column` is one of our fixed column names, never user text.
std::vector<std::string> distinct_values(Database& db, const std::string& column) {
  std::vector<std::string> values;
  auto first = db.prepare("SELECT min(" + column + ") FROM documents");
  if (!first.step() || first.is_null(0)) return values;
  values.push_back(first.text(0));
  auto next = db.prepare("SELECT " + column + " FROM documents WHERE " + column + " > ?1 ORDER BY " + column +
                         " LIMIT 1");
  for (;;) {
    next.bind(1, values.back());
    if (!next.step()) break;
    values.push_back(next.text(0));
    next.reset();
  }
  return values;
}

// Aggregate vnpolicy_mark(COUNTS, id): ++COUNTS[id] for each row, COUNTS being a
// std::vector<uint8_t> bound with bind_pointer as kMarkType.
constexpr const char* kMarkType = "vnpolicy_mark_counts";
void mark_step(sqlite3_context*, int, sqlite3_value** argv) {
  auto* counts = static_cast<std::vector<uint8_t>*>(sqlite3_value_pointer(argv[0], kMarkType));
  const int64_t id = sqlite3_value_int64(argv[1]);
  if (counts && id >= 0 && static_cast<size_t>(id) < counts->size()) ++(*counts)[static_cast<size_t>(id)];
}
void mark_final(sqlite3_context* ctx) { sqlite3_result_null(ctx); }

// SQLite refuses to (re)define a function while a statement of the connection is
// active; then it is still defined from an earlier call.
void define_function(Database& db, const char* name, void (*fn)(sqlite3_context*, int, sqlite3_value**),
                     void (*step)(sqlite3_context*, int, sqlite3_value**), void (*final)(sqlite3_context*)) {
  int rc = sqlite3_create_function_v2(db.handle(), name, 2, SQLITE_UTF8, nullptr, fn, step, final, nullptr);
  if (rc != SQLITE_OK && (rc & 0xFF) != SQLITE_BUSY) throw SqliteError(std::string("cannot register ") + name);
}

}  // namespace

std::vector<bool> documents_passing(Database& db, const DocumentsFilter& q, const AccentFolder& folder) {
  define_function(db, "vnpolicy_mark", nullptr, mark_step, mark_final);
  size_t size = 0;
  {
    auto top = db.prepare("SELECT max(id) FROM documents");
    if (!top.step() || top.is_null(0)) return {};
    size = static_cast<size_t>(top.int64(0)) + 1;
  }
  std::vector<uint8_t> passed(size, 0);
  int filters = 0;
  // The ids are counted by the aggregate vnpolicy_mark: one step per statement, not per id.
  auto mark = [&](Statement& ids) {
    ids.bind_pointer(2, &passed, kMarkType);
    ids.run();
  };
  if (q.year) {
    ++filters;
    auto ids = db.prepare("SELECT vnpolicy_mark(?2, id) FROM documents WHERE year = ?1");
    ids.bind(1, *q.year);
    mark(ids);
  }
  // Type: the whole folded name; issuer: part of it. Folded once per distinct value.
  auto by_value = [&](const std::string& column, const char* index, const std::string& wanted, bool whole) {
    ++filters;
    auto passes = [&](const std::string& v) {
      const std::string folded = folder.fold(v);
      return whole ? folded == wanted : folded.find(wanted) != std::string::npos;
    };
    if (!has_index(db, index)) {  // a catalog made before the index: one scan
      std::map<std::string, bool> memo;
      auto all = db.prepare("SELECT id, " + column + " FROM documents WHERE " + column + " IS NOT NULL");
      while (all.step()) {
        const std::string v = all.text(1);
        auto it = memo.find(v);
        if (it == memo.end()) it = memo.emplace(v, passes(v)).first;
        const int64_t id = all.int64(0);
        if (it->second && id >= 0 && static_cast<size_t>(id) < size) ++passed[static_cast<size_t>(id)];
      }
      return;
    }
    auto ids = db.prepare("SELECT vnpolicy_mark(?2, id) FROM documents WHERE " + column + " = ?1");
    for (const auto& v : distinct_values(db, column)) {
      if (!passes(v)) continue;
      ids.bind(1, v);
      mark(ids);
    }
  };
  if (q.doc_type) by_value("doc_type", "documents_type", collapse_whitespace(folder.fold(*q.doc_type)), true);
  if (q.issuer) by_value("issuer", "documents_issuer", collapse_whitespace(folder.fold(*q.issuer)), false);
  std::vector<bool> allowed(size, false);
  bool any = false;
  for (size_t i = 0; i < size; ++i)
    if (passed[i] == filters) any = allowed[i] = true;
  if (!any) return {};
  return allowed;
}

namespace {

// SQL function vnpolicy_allowed(DOCUMENTS, rowid): whether the sentence's document is
// in DOCUMENTS, a std::vector<bool> bound with bind_pointer as kAllowedType.
constexpr const char* kAllowedType = "vnpolicy_allowed_documents";
void allowed_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* allowed = static_cast<const std::vector<bool>*>(sqlite3_value_pointer(argv[0], kAllowedType));
  const int64_t doc = sqlite3_value_int64(argv[1]) / kSentenceRowsPerDocument;
  sqlite3_result_int(ctx, allowed && doc >= 0 && static_cast<size_t>(doc) < allowed->size() &&
                              (*allowed)[static_cast<size_t>(doc)]);
}

struct Candidate {
  int64_t rowid = 0;
  int length = 0;  // words in the sentence, as the index counted them
  int line = 0;
  std::string text;
  double score = 0;
};

// The first varint of an FTS5 docsize record: the number of tokens of the first
// column (`text`), colocated synonyms not counted.
int first_varint(const unsigned char* p, int n) {
  uint64_t v = 0;
  for (int i = 0; i < n && i < 9; ++i) {
    if (i == 8) return static_cast<int>((v << 8) | p[i]);
    v = (v << 7) | (p[i] & 0x7F);
    if (!(p[i] & 0x80)) break;
  }
  return static_cast<int>(std::min<uint64_t>(v, 1u << 30));
}

// bm25 over the candidates, which all hold every query word: term frequency
// saturated by k1, sentence length normalised by b against the candidates' mean
// length. bm25's inverse document frequency is left out: it weighs words that every
// candidate has anyway, and computing it reads each word's whole posting list (all of
// a common word's sentences), the cost that grows with the catalog.
double bm25(const std::vector<int>& tf, int length, double mean_length) {
  const double norm = kK1 * (1 - kB + kB * length / mean_length);
  double s = 0;
  for (int f : tf) s += f * (kK1 + 1) / (f + norm);
  return s;
}

// A word counts where the index would match it: its folded or its as-written form
// equals the query word.
std::vector<int> term_frequencies(const std::string& text, const std::vector<std::string>& words,
                                  WordScanner& scanner) {
  std::vector<int> tf(words.size(), 0);
  for (scanner.reset(text); scanner.next();)
    for (size_t i = 0; i < words.size(); ++i)
      if (scanner.folded() == words[i] || scanner.lower() == words[i]) ++tf[i];
  return tf;
}

}  // namespace

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

// Whether the words of `text` hold each phrase in order, next to each other; words are
// compared folded, or in lower case with their accents when `exact`.
bool has_phrases(const std::string& text, const std::vector<std::vector<std::string>>& phrases, bool exact,
                 WordScanner& scanner) {
  std::vector<std::string> words;
  for (scanner.reset(text); scanner.next();) words.push_back(exact ? scanner.lower() : scanner.folded());
  for (const auto& phrase : phrases) {
    auto it = std::search(words.begin(), words.end(), phrase.begin(), phrase.end());
    if (it == words.end()) return false;
  }
  return true;
}

}  // namespace

std::vector<SearchHit> search_sentences(Database& db, const SearchQuery& q, const AccentFolder& folder) {
  std::vector<SearchHit> hits;
  const ParsedQuery parsed = parse_search_query(q.text);
  const std::vector<std::string>& typed = parsed.words;
  if (typed.empty() || q.limit <= 0) return hits;
  std::vector<std::string> exact;
  std::vector<std::string> folded;
  for (const auto& w : typed) {
    exact.push_back(to_lower(w));
    folded.push_back(folder.fold(w));
  }
  // Excluded words, in every accent: their folded form is indexed for each spelling.
  std::string excluded;
  for (const auto& w : parsed.excluded) excluded += " NOT \"" + folder.fold(w) + "\"";
  auto phrases_as = [&](bool exact_accents) {
    std::vector<std::vector<std::string>> out;
    for (const auto& phrase : parsed.phrases) {
      out.emplace_back();
      for (const auto& w : phrase) out.back().push_back(exact_accents ? to_lower(w) : folder.fold(w));
    }
    return out;
  };
  register_fold_tokenizer(db, &folder);
  // One read transaction for all the statements below: one snapshot, and one WAL
  // read lock instead of one per statement (each hit is looked up by its own).
  struct ReadTransaction {
    Database& db;
    bool own;
    explicit ReadTransaction(Database& d) : db(d), own(!d.in_transaction()) {
      if (own) db.exec("BEGIN");
    }
    ~ReadTransaction() {
      if (own) try { db.exec("COMMIT"); } catch (...) {}
    }
  } read(db);

  // Filters first: the set of documents that pass (none -> no hit).
  const bool filtered = q.doc_type || q.year || q.issuer;
  std::vector<bool> allowed;
  if (filtered) {
    define_function(db, "vnpolicy_allowed", allowed_function, nullptr, nullptr);
    allowed = documents_passing(db, {q.doc_type, q.year, q.issuer}, folder);
    if (allowed.empty()) return hits;
  }
  // At most `ranked` matches are ranked: all of them for a selective query, those of
  // the newest documents (highest rowid) for a query that matches nearly everything,
  // so that a query's time is bounded on a country-sized catalog.
  const int ranked = std::max(kRankedCandidates, q.limit);
  // The newest matches (in documents that pass the filters) with their lengths, from
  // FTS5's docsize table (a few bytes per sentence): ranking reads the text of only
  // the sentences that can make the cut. The index is the outer loop and gives the
  // order (CROSS JOIN fixes it); the filter is a bit test before the docsize lookup.
  auto matches = db.prepare(
      "SELECT s.rowid, d.sz FROM sentence_index s CROSS JOIN sentence_index_docsize d ON d.id = s.rowid"
      " WHERE sentence_index MATCH ?1" +
      std::string(filtered ? " AND vnpolicy_allowed(?3, s.rowid)" : "") + " ORDER BY s.rowid DESC LIMIT ?2");
  auto sentence = db.prepare("SELECT text, line FROM sentence_index WHERE rowid = ?1");
  auto document = db.prepare("SELECT path, number, " + page_of_line_sql("id", "?2") + " FROM documents WHERE id = ?1");
  WordScanner scanner(folder);

  // Sentences with the accents as typed come first, then the accent-insensitive rest.
  std::set<int64_t> seen;
  auto run = [&](const std::vector<std::string>& words, bool exact_accents) {
    const int wanted = q.limit - static_cast<int>(hits.size());
    std::vector<Candidate> candidates;
    matches.bind(1, match_all(words) + excluded).bind(2, ranked + static_cast<int64_t>(seen.size()));
    if (filtered) matches.bind_pointer(3, &allowed, kAllowedType);
    while (matches.step()) {
      const int64_t rowid = matches.int64(0);
      if (seen.count(rowid)) continue;
      const std::string_view sz = matches.blob(1);
      candidates.push_back(
          {rowid, std::max(1, first_varint(reinterpret_cast<const unsigned char*>(sz.data()), static_cast<int>(sz.size()))),
           0, {}, 0});
    }
    matches.reset();
    auto read_text = [&](Candidate& c) {
      if (!c.text.empty()) return;
      sentence.bind(1, c.rowid);
      if (sentence.step()) {
        c.text = sentence.text(0);
        c.line = static_cast<int>(sentence.int64(1));
      }
      sentence.reset();
    };
    if (!parsed.phrases.empty()) {  // the index holds no positions: phrases are checked on the text
      const auto phrases = phrases_as(exact_accents);
      std::erase_if(candidates, [&](Candidate& c) {
        read_text(c);
        return !has_phrases(c.text, phrases, exact_accents, scanner);
      });
    }
    if (candidates.empty()) return;
    double total = 0;
    for (const auto& c : candidates) total += c.length;
    const double mean = total / static_cast<double>(candidates.size());
    auto better = [](const Candidate& a, const Candidate& b) {
      return a.score != b.score ? a.score > b.score : a.rowid < b.rowid;
    };
    // Every candidate holds each word at least once: with term frequencies of 1 its
    // score depends on its length only, and a sentence scores at least that. The
    // best of those bounds (a few times the hits wanted) have their text read and are
    // scored with their real term frequencies.
    const std::vector<int> once(words.size(), 1);
    for (auto& c : candidates) c.score = bm25(once, c.length, mean);
    const size_t rescored = std::min(candidates.size(), static_cast<size_t>(std::max(4 * wanted, 64)));
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(rescored), candidates.end(),
                      better);
    candidates.resize(rescored);
    for (auto& c : candidates) {
      read_text(c);
      c.score = bm25(term_frequencies(c.text, words, scanner), c.length, mean);
    }
    std::sort(candidates.begin(), candidates.end(), better);
    for (auto& c : candidates) {
      if (static_cast<int>(hits.size()) >= q.limit) break;
      seen.insert(c.rowid);
      SearchHit h;
      h.line = c.line;
      h.sentence = std::move(c.text);
      h.document_id = c.rowid / kSentenceRowsPerDocument;
      h.exact_accents = exact_accents;
      document.bind(1, h.document_id).bind(2, h.line);
      if (document.step()) {
        h.path = document.text(0);
        h.number = document.opt_text(1);
        h.page = static_cast<int>(document.opt_int64(2).value_or(0));
      }
      document.reset();
      hits.push_back(std::move(h));
    }
  };
  // The index holds each word folded and, colocated, as written (see fts_tokenizer.h).
  if (has_non_ascii(exact)) run(exact, true);
  if (static_cast<int>(hits.size()) < q.limit) run(folded, !has_non_ascii(exact));
  return hits;
}

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
  size_t begin = first && *first > max_words / 3 ? *first - max_words / 3 : 0;
  size_t end = std::min(pieces.size(), begin + max_words);
  std::string out = begin > 0 ? "…" : "";
  for (size_t i = begin; i < end; ++i) out += (i > begin ? " " : "") + pieces[i];
  if (end < pieces.size()) out += " …";
  return out;
}

}  // namespace vnpolicy

namespace vnpolicy {

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
  size_t begin = first && *first > max_words / 3 ? *first - max_words / 3 : 0;
  size_t stop = std::min(pieces.size(), begin + max_words);
  std::string out = begin > 0 ? "…" : "";
  for (size_t i = begin; i < stop; ++i) out += (i > begin ? " " : "") + pieces[i];
  if (stop < pieces.size()) out += " …";
  return out;
}

}  // namespace vnpolicy
