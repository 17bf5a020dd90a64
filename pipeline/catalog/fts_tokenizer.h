// The FTS5 tokenizer of the sentence index, "vnpolicy_fold": every word is indexed
// folded (lower case, no accents, đ -> d: AccentFolder) and, when that differs, also
// as written in lower case, as a colocated synonym. So "che phu rung" (folded words)
// finds every spelling, and "chè phủ rừng" (the words as written) finds exactly those
// accents, from one indexed column. Queries are tokenised as given (lower case only):
// the caller chooses folded or exact words.
#pragma once
#include "catalog/sqlite.h"

namespace vnpolicy {

inline constexpr const char* kFoldTokenizer = "vnpolicy_fold";

class AccentFolder;

// Registers the tokenizer on a connection (each connection that reads or writes the
// sentence index needs it). Throws SqliteError when FTS5 is unavailable. With
// `shared`, the tokenizer uses that folder (which must outlive the connection's use
// and belong to the connection's thread) instead of building its own: an ICU
// transliterator costs tens of milliseconds, which a one-shot `search` notices.
void register_fold_tokenizer(Database& db, const AccentFolder* shared = nullptr);

}  // namespace vnpolicy
