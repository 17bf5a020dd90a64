// Full-text search over the catalog's sentence index (FTS5), insensitive to accents,
// tone placement and đ/d, ranked by bm25's term frequency and sentence length. A query
// typed with accents ranks the sentences that carry exactly those accents first.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/sqlite.h"
#include "normalize/unicode.h"

namespace vnpolicy {

// Filters on documents (search, docs): none set = every document.
struct DocumentsFilter {
  std::optional<std::string> doc_type;  // "Kế hoạch", "ke hoach", ... (accent-insensitive, whole)
  std::optional<int> year;              // the document's year
  std::optional<std::string> issuer;    // part of the issuer's name (accent-insensitive)
};

// The documents that pass a filter with at least one field set, as a bitmap indexed by
// id (empty: none passes). Built from the documents' indexes (year; the distinct types
// and issuers, one seek each), so checking a document costs a bit lookup, not a row.
std::vector<bool> documents_passing(Database& db, const DocumentsFilter& filter, const AccentFolder& folder);

struct SearchQuery {
  std::string text;                   // words, "quoted phrases" and -excluded words, as typed
  std::optional<std::string> doc_type;  // "Kế hoạch", "ke hoach", ... (accent-insensitive, whole)
  std::optional<int> year;            // the document's year
  std::optional<std::string> issuer;  // part of the issuer's name (accent-insensitive)
  int limit = 20;
};

struct SearchHit {
  int64_t document_id = 0;
  std::string path;
  std::optional<std::string> number;
  int line = 0;
  int page = 0;                       // 0: the document has no pages
  std::string sentence;
  bool exact_accents = false;         // matched the accents as typed
};

// The words of a text (runs of letters and digits), in order.
std::vector<std::string> query_words(std::string_view text);

// A query as typed: every word outside quotes and after a '-' is required; a "quoted
// phrase" requires its words in that order, next to each other; -word excludes the
// sentences that hold the word (in any accents). Tone marks are normalised.
struct ParsedQuery {
  std::vector<std::string> words;                 // all required words, phrases' included
  std::vector<std::vector<std::string>> phrases;  // of two or more words
  std::vector<std::string> excluded;
};
ParsedQuery parse_search_query(std::string_view text);

// Hits best first (exact accents first, then by score: bm25 without its inverse
// document frequency, see search.cpp). A query matching more than 1000 sentences
// (or --limit, when larger) is ranked among those of the most recently catalogued
// documents. Filters pick the documents first: the candidates are the newest matches
// in documents that pass. Throws SqliteError when the catalog has no sentence index.
std::vector<SearchHit> search_sentences(Database& db, const SearchQuery& q, const AccentFolder& folder);

// A hit's sentence with what matched in [brackets]: the query's phrases where they
// occur together and its other words, with their accents as typed for a hit that
// matched them exactly; cut like snippet().
std::string snippet_of(const SearchHit& hit, const SearchQuery& query, const AccentFolder& folder,
                       size_t max_words = 24);

// The sentence with the query's words in [brackets], cut to about `max_words` words
// around the first of them ("…" where cut).
std::string snippet(const std::string& sentence, const std::vector<std::string>& words, const AccentFolder& folder,
                    size_t max_words = 24);

}  // namespace vnpolicy
