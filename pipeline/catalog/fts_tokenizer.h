// The FTS5 tokenizer of the sentence index, "vnpolicy_fold": every word is indexed
// folded (lower case, no accents, đ -> d: AccentFolder) and, when that differs, also
// as written in lower case, as a colocated synonym. So "che phu rung" (folded words)
// finds every spelling, and "chè phủ rừng" (the words as written) finds exactly those
// accents, from one indexed column. Queries are tokenised as given (lower case only):
// the caller chooses folded or exact words.
#pragma once
#include <string>
#include <string_view>

#include "catalog/sqlite.h"

namespace vnpolicy {

inline constexpr const char* kFoldTokenizer = "vnpolicy_fold";

class AccentFolder;

// Registers the tokenizer on a connection (each connection that reads or writes the
// sentence index needs it). Throws SqliteError when FTS5 is unavailable. With
// `shared`, the tokenizer uses that folder (which must outlive the connection's use
// and belong to the connection's thread) instead of building its own.
void register_fold_tokenizer(Database& db, const AccentFolder* shared = nullptr);

// The words of a text exactly as the tokenizer cuts them (runs of letters, digits and
// combining marks), each in lower case and, unless `fold` is false, folded:
//   WordScanner w(folder);
//   for (w.reset(text); w.next();) use(w.lower(), w.folded(), w.start(), w.end());
// ASCII runs cost no ICU call; the scratch strings are reused (no allocation per word).
class WordScanner {
 public:
  explicit WordScanner(const AccentFolder& folder, bool fold = true) : folder_(folder), fold_(fold) {}
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
  std::string_view text_;
  size_t pos_ = 0, start_ = 0, end_ = 0;
  std::string lower_, folded_, piece_;
};

}  // namespace vnpolicy
