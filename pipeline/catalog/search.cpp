#include "catalog/search.h"

#include <set>

#include "catalog/catalog.h"
#include "catalog/fts_tokenizer.h"
#include "core/text.h"

namespace vnpolicy {
namespace {

// How many matches bm25 ranks at most (see search_sentences).
constexpr int kRankedCandidates = 1000;

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

// SQL function vnpolicy_fold(text): AccentFolder::fold, for the --type/--issuer filters.
void fold_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  if (!text) {
    sqlite3_result_null(ctx);
    return;
  }
  const auto* folder = static_cast<const AccentFolder*>(sqlite3_user_data(ctx));
  std::string folded = folder->fold(std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_text(ctx, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
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

std::vector<SearchHit> search_sentences(Database& db, const SearchQuery& q, const AccentFolder& folder) {
  std::vector<SearchHit> hits;
  const std::vector<std::string> typed = query_words(normalize_tone_marks(to_nfc(q.text)));
  if (typed.empty() || q.limit <= 0) return hits;
  std::vector<std::string> exact;
  std::vector<std::string> folded;
  for (const auto& w : typed) {
    exact.push_back(to_lower(w));
    folded.push_back(folder.fold(w));
  }
  register_fold_tokenizer(db, &folder);

  if (sqlite3_create_function_v2(db.handle(), "vnpolicy_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                 const_cast<AccentFolder*>(&folder), fold_function, nullptr, nullptr,
                                 nullptr) != SQLITE_OK)
    throw SqliteError("cannot register vnpolicy_fold");
  // bm25 costs a lookup per matching row, so it ranks at most kRankedCandidates
  // matches: all of them for a selective query, the newest documents' (highest rowid)
  // for a query that matches nearly everything. That keeps a query's time bounded on a
  // country-sized catalog. The index is the outer loop (CROSS JOIN fixes the order).
  const bool filtered = q.doc_type || q.year || q.issuer;
  const std::string per_document = std::to_string(kSentenceRowsPerDocument);
  auto stmt = db.prepare(
      "SELECT rowid, line, text FROM (" +
      std::string(filtered ? "SELECT s.rowid AS rowid, s.line AS line, s.text AS text, bm25(sentence_index) AS score"
                             " FROM sentence_index s CROSS JOIN documents d ON d.id = s.rowid / " + per_document +
                             " WHERE sentence_index MATCH ?1"
                             " AND (?2 IS NULL OR vnpolicy_fold(d.doc_type) = ?2)"
                             " AND (?3 IS NULL OR d.year = ?3)"
                             " AND (?4 IS NULL OR instr(vnpolicy_fold(d.issuer), ?4) > 0)"
                             " ORDER BY s.rowid DESC LIMIT ?6"
                           : "SELECT rowid, line, text, bm25(sentence_index) AS score FROM sentence_index"
                             " WHERE sentence_index MATCH ?1 AND ?2 IS NULL AND ?3 IS NULL AND ?4 IS NULL"
                             " ORDER BY rowid DESC LIMIT ?6") +
      ") ORDER BY score, rowid LIMIT ?5");
  auto document = db.prepare("SELECT path, number FROM documents WHERE id = ?1");
  std::optional<std::string> type, issuer;
  if (q.doc_type) type = collapse_whitespace(folder.fold(*q.doc_type));
  if (q.issuer) issuer = collapse_whitespace(folder.fold(*q.issuer));

  // Sentences with the accents as typed come first, then the accent-insensitive rest.
  std::set<int64_t> seen;
  auto run = [&](const std::string& match, bool exact_accents, int limit) {
    stmt.bind(1, match).bind(2, type).bind(3, q.year).bind(4, issuer).bind(5, limit).bind(6, kRankedCandidates);
    while (stmt.step() && static_cast<int>(hits.size()) < q.limit) {
      if (!seen.insert(stmt.int64(0)).second) continue;
      SearchHit h;
      h.line = static_cast<int>(stmt.int64(1));
      h.sentence = stmt.text(2);
      h.document_id = stmt.int64(0) / kSentenceRowsPerDocument;
      h.exact_accents = exact_accents;
      document.bind(1, h.document_id);
      if (document.step()) {
        h.path = document.text(0);
        h.number = document.opt_text(1);
      }
      document.reset();
      hits.push_back(std::move(h));
    }
    stmt.reset();
  };
  // The index holds each word folded and, colocated, as written (see fts_tokenizer.h).
  if (has_non_ascii(exact)) run(match_all(exact), true, q.limit);
  if (static_cast<int>(hits.size()) < q.limit)
    run(match_all(folded), !has_non_ascii(exact), q.limit + static_cast<int>(seen.size()));
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
