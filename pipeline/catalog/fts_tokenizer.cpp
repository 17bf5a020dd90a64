#include "catalog/fts_tokenizer.h"

#include <memory>
#include <string>

#include <unicode/uchar.h>

#include "core/text.h"
#include "normalize/unicode.h"

namespace vnpolicy {
namespace {

// Letters, digits and combining marks make words, as for FTS5's unicode61.
bool in_word(char32_t cp) {
  return is_letter_cp(cp) || u_isdigit(static_cast<UChar32>(cp)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

// One instance per table per connection, used by that connection's thread only.
struct FoldTokenizer {
  explicit FoldTokenizer(const AccentFolder* shared)
      : own(shared ? nullptr : std::make_unique<AccentFolder>()), folder(shared ? *shared : *own) {}
  std::unique_ptr<AccentFolder> own;
  const AccentFolder& folder;
  std::string lower;  // scratch
};

int create(void* shared, const char**, int, Fts5Tokenizer** out) {
  try {
    *out = reinterpret_cast<Fts5Tokenizer*>(new FoldTokenizer(static_cast<const AccentFolder*>(shared)));
    return SQLITE_OK;
  } catch (...) {
    return SQLITE_NOMEM;
  }
}
void destroy(Fts5Tokenizer* t) { delete reinterpret_cast<FoldTokenizer*>(t); }

int tokenize(Fts5Tokenizer* handle, void* ctx, int flags, const char* text, int n_text,
             int (*token)(void*, int, const char*, int, int, int)) {
  auto& t = *reinterpret_cast<FoldTokenizer*>(handle);
  const std::string_view s(text, n_text > 0 ? static_cast<size_t>(n_text) : 0);
  const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  try {
    for (size_t i = 0; i < s.size();) {
      size_t start = i;
      if (!in_word(next_code_point(s, i))) continue;
      size_t end = i;
      for (size_t k = i; k < s.size() && in_word(next_code_point(s, k));) end = k;
      i = end;
      t.lower.clear();
      for (size_t k = start; k < end;) append_utf8(t.lower, u_tolower(static_cast<UChar32>(next_code_point(s, k))));
      const int b = static_cast<int>(start), e = static_cast<int>(end);
      if (query) {
        if (int rc = token(ctx, 0, t.lower.data(), static_cast<int>(t.lower.size()), b, e); rc != SQLITE_OK) return rc;
        continue;
      }
      std::string folded = t.folder.fold(t.lower);
      if (int rc = token(ctx, 0, folded.data(), static_cast<int>(folded.size()), b, e); rc != SQLITE_OK) return rc;
      if (folded != t.lower)
        if (int rc = token(ctx, FTS5_TOKEN_COLOCATED, t.lower.data(), static_cast<int>(t.lower.size()), b, e);
            rc != SQLITE_OK)
          return rc;
    }
  } catch (...) {
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

fts5_api* fts5_of(Database& db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

void register_fold_tokenizer(Database& db, const AccentFolder* shared) {
  fts5_api* api = fts5_of(db);
  if (!api) throw SqliteError("this SQLite has no FTS5");
  static fts5_tokenizer methods = {create, destroy, tokenize};
  if (api->xCreateTokenizer(api, kFoldTokenizer, const_cast<AccentFolder*>(shared), &methods, nullptr) != SQLITE_OK)
    throw SqliteError("cannot register the FTS5 tokenizer vnpolicy_fold");
}

}  // namespace vnpolicy
