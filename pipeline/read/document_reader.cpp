#include "read/document_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/sha256.h"
#include "core/text.h"
#include "read/pdf_reader.h"

namespace vnpolicy {
namespace {

std::string unify_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  // Copy the runs between CRs whole: most files have none.
  size_t i = 0;
  for (size_t cr = s.find('\r'); cr != std::string_view::npos; cr = s.find('\r', i)) {
    out.append(s.substr(i, cr - i));
    out += '\n';
    i = cr + 1;
    if (i < s.size() && s[i] == '\n') ++i;
  }
  out.append(s.substr(i));
  return out;
}

// UTF-16 to UTF-8; returns the byte offset (in the original file) of a bad unit, if any.
std::optional<size_t> utf16_to_utf8(std::string_view b, size_t start, bool big_endian, std::string& out) {
  auto unit = [&](size_t i) -> char32_t {
    auto x = static_cast<unsigned char>(b[i]), y = static_cast<unsigned char>(b[i + 1]);
    return big_endian ? (char32_t(x) << 8 | y) : (char32_t(y) << 8 | x);
  };
  if ((b.size() - start) % 2) return b.size() - 1;
  for (size_t i = start; i + 1 < b.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 >= b.size()) return i;
      char32_t lo = unit(i + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) return i;
      append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      return i;
    } else if (u == 0) {
      return i;
    } else {
      append_utf8(out, u);
    }
  }
  return std::nullopt;
}

}  // namespace

ReadOutcome decode_document(std::string path, std::string_view bytes, const ReadOptions& options) {
  ReadOutcome r;
  r.source.path = std::move(path);
  r.source.sha256 = sha256_hex(bytes);
  r.source.bytes = bytes.size();
  if (bytes.substr(0, std::min<size_t>(bytes.size(), 1024)).find("%PDF-") != std::string_view::npos) {
    read_pdf(bytes, options, r);
    return r;
  }
  auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    std::string utf8;
    if (auto bad = utf16_to_utf8(bytes, 2, starts("\xFE\xFF"), utf8)) {
      r.error = "invalid UTF-16 at byte offset " + std::to_string(*bad);
      return r;
    }
    r.text = unify_line_ends(utf8);
    r.source.encoding = starts("\xFE\xFF") ? "utf-16be" : "utf-16le";
    return r;
  }
  size_t start = starts("\xEF\xBB\xBF") ? 3 : 0;
  auto body = bytes.substr(start);
  if (auto nul = body.find('\0'); nul != std::string_view::npos) {
    r.error = "binary file: NUL byte at byte offset " + std::to_string(nul + start);
    return r;
  }
  if (auto bad = find_invalid_utf8(body); bad != std::string_view::npos) {
    r.error = "invalid UTF-8 at byte offset " + std::to_string(bad + start);
    return r;
  }
  r.text = unify_line_ends(body);
  r.source.encoding = "utf-8";
  return r;
}

ReadOutcome read_document(const std::filesystem::path& path, const ReadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    ReadOutcome r;
    r.source.path = path.string();
    r.error = "is a directory";
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ReadOutcome r;
    r.source.path = path.string();
    r.error = std::filesystem::exists(path, ec) ? "cannot open file (permission denied?)" : "no such file";
    return r;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    ReadOutcome r;
    r.source.path = path.string();
    r.error = "read error";
    return r;
  }
  std::string bytes = std::move(buf).str();
  return decode_document(path.string(), bytes, options);
}

std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args) {
  std::vector<std::filesystem::path> out;
  for (const auto& a : args) {
    std::filesystem::path p(a);
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::filesystem::path> found;
      for (auto it = std::filesystem::recursive_directory_iterator(
               p, std::filesystem::directory_options::skip_permission_denied, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && (it->path().extension() == ".txt" || it->path().extension() == ".pdf")) found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace vnpolicy
