#include "read/document_reader.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/sha256.h"
#include "read/file_kind.h"
#include "read/format_readers.h"
#include "read/text_util.h"

namespace vnpolicy {
namespace {

ReadOutcome failed(const std::filesystem::path& path, std::string error) {
  ReadOutcome r;
  r.source.path = path.string();
  r.error = std::move(error);
  return r;
}

// Extensions whose files a folder walk always takes; the reader still decides by content.
bool has_reader_extension(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  static const char* const known[] = {".txt", ".text", ".pdf", ".docx", ".docm", ".doc", ".dot",
                                      ".rtf", ".htm",  ".html", ".xhtml"};
  return std::any_of(std::begin(known), std::end(known), [&](const char* k) { return ext == k; });
}

// Word and LibreOffice leave "~$name.docx" and ".~lock.name.docx#" beside open files.
bool is_office_lock_file(const std::filesystem::path& p) {
  std::string name = p.filename().string();
  return name.rfind("~$", 0) == 0 || name.rfind(".~lock.", 0) == 0;
}

// A SQLite database or its journal, WAL or shared-memory file (a catalog kept in the folder
// being ingested). Never opened: closing any descriptor of such a file drops every POSIX
// lock this process holds on it, the catalog connection's included, and another process
// may then reset the shared memory under the writer (SIGBUS, seen in the ingest test).
bool is_sqlite_file(const std::filesystem::path& p) {
  std::string name = p.filename().string();
  for (std::string_view end : {".sqlite", ".sqlite3", ".db", "-wal", "-shm", "-journal"})
    if (name.size() >= end.size() && name.compare(name.size() - end.size(), end.size(), end) == 0) return true;
  return false;
}

std::string read_head(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return head;
}

}  // namespace

ReadOutcome decode_document(std::string path, std::string_view bytes, const ReadOptions& options) {
  ReadOutcome r;
  r.source.path = std::move(path);
  r.source.sha256 = sha256_hex(bytes);
  r.source.bytes = bytes.size();
  SniffResult kind = sniff_file_kind(bytes.substr(0, kSniffBytes));
  r.source.format = format_name(kind.kind);
  switch (kind.kind) {
    case FileKind::Text: read_text(bytes, options, r); break;
    case FileKind::Pdf: read_pdf(bytes, options, r); break;
    case FileKind::Zip: read_docx(bytes, options, r); break;
    case FileKind::Ole2: read_doc(bytes, options, r); break;
    case FileKind::Rtf: read_rtf(bytes, options, r); break;
    case FileKind::Html: read_html(bytes, options, r); break;
    case FileKind::Unsupported: r.error = "unsupported kind of file: " + kind.what; break;
  }
  if (r.error) {
    r.text.clear();
  } else if (size_t n = repair_lookalike_letters(r.text)) {
    r.warnings.push_back(std::to_string(n) + " look-alike letters (ƣ, Ð) read as ư, Đ: the file's fonts map them wrongly");
  }
  return r;
}

ReadOutcome read_document(const std::filesystem::path& path, const ReadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return failed(path, "is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return failed(path, std::filesystem::exists(path, ec) ? "cannot open file (permission denied?)" : "no such file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return failed(path, "read error");
  std::string bytes = std::move(buf).str();
  return decode_document(path.string(), bytes, options);
}

std::vector<std::filesystem::path> catalog_sidecars(const std::filesystem::path& db) {
  std::vector<std::filesystem::path> out{db};
  for (const char* suffix : {"-wal", "-shm", "-journal"}) out.emplace_back(db.string() + suffix);
  return out;
}

ExcludedFiles::ExcludedFiles(const std::vector<std::filesystem::path>& files) {
  for (const auto& f : files) {
    std::error_code ec;
    canonical_.push_back(std::filesystem::weakly_canonical(f, ec));
  }
}

bool ExcludedFiles::contains(const std::filesystem::path& file) const {
  if (canonical_.empty()) return false;
  std::error_code ec;
  auto c = std::filesystem::weakly_canonical(file, ec);
  return std::find(canonical_.begin(), canonical_.end(), c) != canonical_.end();
}

InputWalk walk_inputs(const std::vector<std::string>& args, const ExcludedFiles& exclude) {
  InputWalk walk;
  for (const auto& a : args) {
    std::filesystem::path p(a);
    std::error_code ec;
    if (!std::filesystem::is_directory(p, ec)) {
      walk.files.push_back(p);
      continue;
    }
    std::vector<std::filesystem::path> found;
    std::vector<SkippedFile> skipped;
    for (auto it = std::filesystem::recursive_directory_iterator(
             p, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      const auto& f = it->path();
      if (exclude.contains(f)) continue;
      if (auto reason = walk_skip_reason(f)) skipped.push_back({f, *reason});
      else found.push_back(f);
    }
    std::sort(found.begin(), found.end());
    std::sort(skipped.begin(), skipped.end(), [](const auto& x, const auto& y) { return x.path < y.path; });
    walk.files.insert(walk.files.end(), found.begin(), found.end());
    walk.skipped.insert(walk.skipped.end(), skipped.begin(), skipped.end());
  }
  return walk;
}

std::optional<std::string> walk_skip_reason(const std::filesystem::path& f) {
  if (is_office_lock_file(f)) return "office lock file";
  if (is_sqlite_file(f)) return "SQLite file";
  if (has_reader_extension(f)) return std::nullopt;
  // A name that says nothing: take the file when its content is a kind we read other
  // than plain text (a text file named .json or .csv is not a document).
  FileKind kind = sniff_file_kind(read_head(f)).kind;
  if (kind == FileKind::Text || kind == FileKind::Unsupported) return "unsupported kind";
  return std::nullopt;
}

std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args) {
  return walk_inputs(args).files;
}

std::string describe_skipped(const std::vector<SkippedFile>& skipped, size_t max_names) {
  std::map<std::string, std::vector<std::string>> by_reason;
  for (const auto& s : skipped) by_reason[s.reason].push_back(s.path.filename().string());
  std::string out;
  for (const auto& [reason, names] : by_reason) {
    if (!out.empty()) out += "; ";
    out += "skipped " + std::to_string(names.size()) + (names.size() == 1 ? " file " : " files ");
    out += reason == "unsupported kind" ? "of unsupported kind: " : "(" + reason + "): ";
    for (size_t i = 0; i < names.size() && i < max_names; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > max_names) out += ", …";
  }
  return out;
}

}  // namespace vnpolicy
