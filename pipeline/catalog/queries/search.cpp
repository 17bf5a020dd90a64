// Full-text search: the sentences that hold a query's words, ranked (see search.h).
#include "catalog/queries/search.h"

#include <algorithm>
#include <set>

#include "catalog/catalog.h"
#include "catalog/fts_tokenizer.h"
#include "catalog/queries/common.h"
#include "catalog/queries/search_parts.h"

namespace vnpolicy {
namespace {

using search_parts::define_function;
using search_parts::has_non_ascii;
using search_parts::is_word_cp;

// How many matches are ranked at most (see search_sentences).
constexpr int kRankedCandidates = 1000;
// bm25's term-frequency saturation and length normalisation.
constexpr double kK1 = 1.2, kB = 0.75;

// `"w1" "w2" ...`: every word, anywhere in the sentence. Words are runs of letters and
// digits, so quoting them leaves no FTS5 syntax from user text.
std::string match_all(const std::vector<std::string>& words) {
  std::string q;
  for (const auto& w : words) q += (q.empty() ? "\"" : " \"") + w + "\"";
  return q;
}

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
      // A query typed without accents counts as exact, but its phrases must still be
      // compared folded: "che phu rung" is found in "che phủ rừng".
      const bool typed_accents = exact_accents && has_non_ascii(exact);
      const auto phrases = phrases_as(typed_accents);
      std::erase_if(candidates, [&](Candidate& c) {
        read_text(c);
        return !has_phrases(c.text, phrases, typed_accents, scanner);
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

}  // namespace vnpolicy
