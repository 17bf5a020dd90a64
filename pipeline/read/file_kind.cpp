#include "read/file_kind.h"

#include <array>
#include <cctype>

namespace vnpolicy {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool istarts_with(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

// HTML as browsers sniff it (WHATWG MIME sniffing, "text/html" patterns): after white
// space, a BOM, comments and an XML declaration, the first tag is one that only HTML
// starts with. Portal pages often open with server comments and inline scripts, which
// libmagic then calls "JavaScript".
bool looks_like_html(std::string_view s) {
  if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  for (int guard = 0; guard < 64; ++guard) {
    size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    s.remove_prefix(i);
    if (starts_with(s, "<!--")) {
      size_t end = s.find("-->", 4);
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 3);
    } else if (starts_with(s, "<?xml")) {
      size_t end = s.find("?>");
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 2);
    } else {
      break;
    }
  }
  if (istarts_with(s, "<!doctype html")) return true;
  static constexpr std::array<std::string_view, 16> tags = {
      "<html", "<head", "<body", "<script", "<iframe", "<h1", "<div", "<font",
      "<table", "<style", "<title", "<meta", "<p", "<br", "<b", "<a"};
  for (auto tag : tags) {
    if (!istarts_with(s, tag)) continue;
    char next = s.size() > tag.size() ? s[tag.size()] : '\0';
    if (next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '/') return true;
  }
  return false;
}

}  // namespace

SniffResult sniff_file_kind(std::string_view head) {
  if (head.substr(0, 1024).find("%PDF-") != std::string_view::npos) return {FileKind::Pdf, {}};
  if (starts_with(head, "PK\x03\x04") || starts_with(head, std::string_view("PK\x05\x06", 4)))
    return {FileKind::Zip, {}};
  if (starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return {FileKind::Ole2, {}};
  if (starts_with(head, "{\\rtf")) return {FileKind::Rtf, {}};
  if (looks_like_html(head)) return {FileKind::Html, {}};
  struct Magic { std::string_view bytes; const char* what; };
  static const Magic magics[] = {
      {"\x89PNG\r\n\x1A\n", "PNG image"},  {"\xFF\xD8\xFF", "JPEG image"},
      {"GIF87a", "GIF image"},             {"GIF89a", "GIF image"},
      {std::string_view("II*\0", 4), "TIFF image"}, {std::string_view("MM\0*", 4), "TIFF image"},
      {"\x1F\x8B", "gzip archive"},        {"7z\xBC\xAF\x27\x1C", "7-Zip archive"},
      {"Rar!\x1A\x07", "RAR archive"},     {"\x7F" "ELF", "ELF executable"},
      {"BZh", "bzip2 archive"},            {"\xFD" "7zXZ", "xz archive"},
  };
  for (const auto& m : magics)
    if (starts_with(head, m.bytes)) return {FileKind::Unsupported, m.what};
  return {FileKind::Text, {}};
}

const char* format_name(FileKind kind) {
  switch (kind) {
    case FileKind::Pdf: return "pdf";
    case FileKind::Zip: return "docx";
    case FileKind::Ole2: return "doc";
    case FileKind::Rtf: return "rtf";
    case FileKind::Html: return "html";
    case FileKind::Text:
    case FileKind::Unsupported: break;
  }
  return "text";
}

}  // namespace vnpolicy
