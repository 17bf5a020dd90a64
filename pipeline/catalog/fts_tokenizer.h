// The FTS5 tokenizer of the sentence index, "vnpolicy_fold": every word is indexed
// folded (lower case, no accents, đ -> d: AccentFolder) and, when that differs, also
// as written in lower case, as a colocated synonym. So "che phu rung" (folded words)
// finds every spelling, and "chè phủ rừng" (the words as written) finds exactly those
// accents, from one indexed column. Queries are tokenised as given (lower case only):
// the caller chooses folded or exact words.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <sqlite3.h>

namespace vnpolicy {

inline constexpr const char* kFoldTokenizer = "vnpolicy_fold";

class AccentFolder;
class Database;

// Registers the tokenizer on a connection (each connection that reads or writes the
// sentence index needs it). Throws SqliteError when FTS5 is unavailable. With
// `shared`, the tokenizer uses that folder (which must outlive the connection's use
// and belong to the connection's thread) instead of building its own.
void register_fold_tokenizer(Database& db, const AccentFolder* shared = nullptr);
// The same through FTS5's API pointer, as the loadable extension does (no SQLite call
// of its own, see fts_extension.cpp); false when FTS5 refuses it.
bool register_fold_tokenizer(fts5_api* api, const AccentFolder* shared = nullptr);

// The words of a text exactly as the tokenizer cuts them (runs of letters, digits and
// combining marks), each in lower case and, unless `fold` is false, folded:
//   WordScanner w(folder);
//   for (w.reset(text); w.next();) use(w.lower(), w.folded(), w.start(), w.end());
// ASCII runs cost no ICU call; other code points below U+2000 (Vietnamese included)
// are classified, lower-cased and folded once per scanner and then read from a table;
// the scratch strings are reused (no allocation per word).
class WordScanner {
 public:
  explicit WordScanner(const AccentFolder& folder, bool fold = true);
  ~WordScanner();
  void reset(std::string_view text) {
    text_ = text;
    pos_ = 0;
  }
  bool next();
  const std::string& lower() const { return lower_; }
  const std::string& folded() const { return folded_; }  // empty when not folding
  size_t start() const { return start_; }                 // byte offsets in the text
  size_t end() const { return end_; }

 private:
  const AccentFolder& folder_;
  bool fold_;
  // What a code point below kMemo does in a word, computed on first sight.
  static constexpr char32_t kMemo = 0x2000;
  struct CodePoint {
    uint8_t state = 0;  // 0 not yet seen, 1 not in a word, 2 in a word, 3 in a word, folded too long
    uint8_t lower_len = 0, folded_len = 0;
    char lower[3], folded[4];
  };
  const CodePoint& lookup(char32_t cp);
  void append_other(char32_t cp);  // lower and folded forms of a code point, no memo

  std::string_view text_;
  size_t pos_ = 0, start_ = 0, end_ = 0;
  std::string lower_, folded_, piece_;
  std::unique_ptr<CodePoint[]> memo_;  // kMemo entries, made on the first non-ASCII word
};

}  // namespace vnpolicy
