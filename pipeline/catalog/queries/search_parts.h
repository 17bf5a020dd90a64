// What the search's files share: search.cpp (ranking), search_text.cpp (query words,
// parsing, snippets) and documents_filter.cpp (documents passing a filter).
#pragma once
#include <sqlite3.h>

#include <string>
#include <vector>

#include "catalog/sqlite.h"
#include "core/text.h"

namespace vnpolicy::search_parts {

inline bool is_word_cp(char32_t cp) { return is_letter_cp(cp) || (cp >= '0' && cp <= '9'); }

inline bool has_non_ascii(const std::vector<std::string>& words) {
  for (const auto& w : words)
    for (unsigned char c : w)
      if (c >= 0x80) return true;
  return false;
}

// SQLite refuses to (re)define a function while a statement of the connection is
// active; then it is still defined from an earlier call.
inline void define_function(Database& db, const char* name, void (*fn)(sqlite3_context*, int, sqlite3_value**),
                            void (*step)(sqlite3_context*, int, sqlite3_value**), void (*final)(sqlite3_context*)) {
  int rc = sqlite3_create_function_v2(db.handle(), name, 2, SQLITE_UTF8, nullptr, fn, step, final, nullptr);
  if (rc != SQLITE_OK && (rc & 0xFF) != SQLITE_BUSY) throw SqliteError(std::string("cannot register ") + name);
}

}  // namespace vnpolicy::search_parts
