#include "catalog/fts_tokenizer.h"

#include <array>
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

// ASCII bytes: 1 = letter or digit, 0 = separator.
constexpr std::array<bool, 128> kAsciiWord = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return t;
}();

// One instance per table per connection, used by that connection's thread only.
struct FoldTokenizer {
  explicit FoldTokenizer(const AccentFolder* shared)
      : own(shared ? nullptr : std::make_unique<AccentFolder>()), folder(shared ? *shared : *own),
        indexing(folder, true), querying(folder, false) {}
  std::unique_ptr<AccentFolder> own;
  const AccentFolder& folder;
  WordScanner indexing, querying;
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
    WordScanner& w = query ? t.querying : t.indexing;
    for (w.reset(s); w.next();) {
      const int b = static_cast<int>(w.start()), e = static_cast<int>(w.end());
      const std::string& lower = w.lower();
      if (query) {
        if (int rc = token(ctx, 0, lower.data(), static_cast<int>(lower.size()), b, e); rc != SQLITE_OK) return rc;
        continue;
      }
      const std::string& folded = w.folded();
      if (int rc = token(ctx, 0, folded.data(), static_cast<int>(folded.size()), b, e); rc != SQLITE_OK) return rc;
      if (folded != lower)
        if (int rc = token(ctx, FTS5_TOKEN_COLOCATED, lower.data(), static_cast<int>(lower.size()), b, e);
            rc != SQLITE_OK)
          return rc;
    }
  } catch (...) {
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

}  // namespace

WordScanner::WordScanner(const AccentFolder& folder, bool fold) : folder_(folder), fold_(fold) {}
WordScanner::~WordScanner() = default;

const WordScanner::CodePoint& WordScanner::lookup(char32_t cp) {
  if (!memo_) memo_ = std::make_unique<CodePoint[]>(kMemo);
  CodePoint& e = memo_[cp];
  if (e.state != 0) return e;
  if (!in_word(cp)) {
    e.state = 1;
    return e;
  }
  piece_.clear();
  append_utf8(piece_, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  e.lower_len = static_cast<uint8_t>(piece_.copy(e.lower, sizeof e.lower));
  std::string folded;
  folder_.fold_append(piece_, folded);
  if (piece_.size() > sizeof e.lower || folded.size() > sizeof e.folded) {
    e.state = 3;
    return e;
  }
  e.folded_len = static_cast<uint8_t>(folded.copy(e.folded, sizeof e.folded));
  e.state = 2;
  return e;
}

void WordScanner::append_other(char32_t cp) {
  piece_.clear();
  append_utf8(piece_, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  lower_ += piece_;
  if (fold_) folder_.fold_append(piece_, folded_);
}

// A word's lower-case and folded forms are built together in one pass: byte by byte
// for ASCII, from the memo (or u_tolower and the folder) otherwise.
bool WordScanner::next() {
  const std::string_view s = text_;
  size_t start = pos_;
  for (;;) {  // to the next word
    if (start >= s.size()) {
      pos_ = start;
      return false;
    }
    const auto b = static_cast<unsigned char>(s[start]);
    if (b < 0x80) {
      if (kAsciiWord[b]) break;
      ++start;
      continue;
    }
    size_t next = start;
    const char32_t cp = next_code_point(s, next);
    if (cp < kMemo ? lookup(cp).state != 1 : in_word(cp)) break;
    start = next;
  }
  lower_.clear();
  folded_.clear();
  size_t end = start;
  while (end < s.size()) {
    const auto b = static_cast<unsigned char>(s[end]);
    if (b < 0x80) {
      if (!kAsciiWord[b]) break;
      const char c = static_cast<char>(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
      lower_ += c;
      if (fold_) folded_ += c;
      ++end;
      continue;
    }
    size_t next = end;
    const char32_t cp = next_code_point(s, next);
    if (cp < kMemo) {
      const CodePoint& e = lookup(cp);
      if (e.state == 1) break;
      if (e.state == 2) {
        lower_.append(e.lower, e.lower_len);
        if (fold_) folded_.append(e.folded, e.folded_len);
      } else {
        append_other(cp);
      }
    } else {
      if (!in_word(cp)) break;
      append_other(cp);
    }
    end = next;
  }
  start_ = start;
  end_ = pos_ = end;
  return true;
}

bool register_fold_tokenizer(fts5_api* api, const AccentFolder* shared) {
  static fts5_tokenizer methods = {create, destroy, tokenize};
  return api && api->xCreateTokenizer(api, kFoldTokenizer, const_cast<AccentFolder*>(shared), &methods, nullptr) ==
                    SQLITE_OK;
}

}  // namespace vnpolicy
