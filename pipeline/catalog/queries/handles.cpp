#include "catalog/queries/handles.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "catalog/identity.h"
#include "core/keys.h"
#include "core/text.h"

namespace vnpolicy {
namespace {

// At most this many candidates are listed for an ambiguous handle.
constexpr int kMaxCandidates = 50;

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::vector<int64_t> ids_of(Statement& q) {
  std::vector<int64_t> ids;
  while (q.step()) {
    const int64_t id = q.int64(0);
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  q.reset();
  return ids;
}

std::optional<int64_t> as_id(std::string_view s) {
  if (!all_digits(s) || s.size() > 15 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  return std::stoll(std::string(s));
}

// "01/NQ-CP 2023", "01/NQ-CP/2023" -> ("01/NQ-CP", 2023).
std::optional<std::pair<std::string, int>> split_year(std::string_view h) {
  if (h.size() < 6) return std::nullopt;
  std::string_view year = h.substr(h.size() - 4);
  const char sep = h[h.size() - 5];
  if (!all_digits(year) || !(sep == ' ' || sep == '/' || sep == '-' || sep == ',')) return std::nullopt;
  const int y = std::stoi(std::string(year));
  if (y < 1945 || y > 2100) return std::nullopt;
  return std::pair(std::string(trim(h.substr(0, h.size() - 5))), y);
}

}  // namespace

std::vector<DocumentRef> document_refs(Database& db, const std::vector<int64_t>& ids) {
  std::vector<DocumentRef> out;
  auto q = db.prepare("SELECT " + document_ref_columns("d") + " FROM documents d WHERE d.id = ?1");
  for (int64_t id : ids) {
    q.bind(1, id);
    if (q.step()) out.push_back(*read_document_ref(q, 0));
    q.reset();
  }
  return out;
}

HandleMatch resolve_handle(Database& db, std::string_view typed) {
  const std::string h(trim(typed));
  HandleMatch m;
  auto found = [&](const char* form, const std::vector<int64_t>& ids) {
    if (ids.empty()) return false;
    m.form = form;
    m.matches = document_refs(db, ids);
    return !m.matches.empty();
  };
  if (h.empty()) return m;
  const std::string limit = " LIMIT " + std::to_string(kMaxCandidates);

  // doc:ID is an id and nothing else.
  if (h.rfind("doc:", 0) == 0) {
    if (auto id = as_id(h.substr(4))) found("id", {*id});
    return m;
  }
  if (auto id = as_id(h); id && found("id", {*id})) return m;

  {  // a path, as given or canonical
    auto q = db.prepare("SELECT document_id FROM document_paths WHERE path = ?1 OR path = ?2");
    q.bind(1, h).bind(2, canonical_document_path(h));
    if (found("path", ids_of(q))) return m;
  }
  if (h.size() >= 6 && h.size() <= 64 && std::all_of(h.begin(), h.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
    const std::string prefix = to_lower(h);
    auto q = db.prepare("SELECT id FROM documents WHERE sha256 >= ?1 AND sha256 < ?2 ORDER BY id" + limit);
    q.bind(1, prefix).bind(2, prefix + "~");
    if (found("sha256", ids_of(q))) return m;
  }
  {
    auto q = db.prepare("SELECT document_id FROM document_paths WHERE name = ?1 OR stem = ?1 ORDER BY document_id" + limit);
    q.bind(1, h);
    if (found("file name", ids_of(q))) return m;
  }
  if (std::any_of(h.begin(), h.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    auto q = db.prepare("SELECT id FROM documents WHERE number_key = ?1 AND (?2 IS NULL OR year = ?2) ORDER BY year, id" + limit);
    q.bind(1, typed_number_key(h)).bind(2, nullptr);
    if (found("number", ids_of(q))) return m;
    if (auto split = split_year(h)) {
      q.bind(1, typed_number_key(split->first)).bind(2, split->second);
      if (found("number", ids_of(q))) return m;
    }
  }
  {  // the start of a file name, up to a separator: "002" for "002_3835c3cb13c1955a.txt"
    auto q = db.prepare("SELECT document_id, stem FROM document_paths WHERE stem > ?1 AND stem < ?2 ORDER BY document_id");
    q.bind(1, h).bind(2, h + "\xF4\x8F\xBF\xBF");
    std::vector<int64_t> ids;
    while (q.step() && static_cast<int>(ids.size()) < kMaxCandidates) {
      const std::string stem = q.text(1);
      const unsigned char next = static_cast<unsigned char>(stem[h.size()]);
      if (std::isalnum(next) || next >= 0x80) continue;  // "0021" does not start with the name "002"
      if (std::find(ids.begin(), ids.end(), q.int64(0)) == ids.end()) ids.push_back(q.int64(0));
    }
    found("file name prefix", ids);
  }
  return m;
}

}  // namespace vnpolicy
