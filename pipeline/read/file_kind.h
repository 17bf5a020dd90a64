// What a file is, from its first bytes (never from its name): the reader that takes it.
#pragma once
#include <string>
#include <string_view>

namespace vnpolicy {

enum class FileKind {
  Text,     // anything not recognised below; the text reader decides (UTF-8/16, legacy, binary)
  Pdf,      // "%PDF-" within the first 1 KiB
  Zip,      // "PK\3\4": OOXML (DOCX) when it holds word/document.xml
  Ole2,     // D0 CF 11 E0 A1 B1 1A E1: Word 97-2003 .doc (or another Office binary)
  Rtf,      // "{\rtf"
  Html,     // markup sniffed after leading white space, comments and an XML declaration
  Unsupported,  // a known binary kind no reader takes (images, archives, executables)
};

struct SniffResult {
  FileKind kind = FileKind::Text;
  std::string what;  // for Unsupported: "PNG image", "gzip archive", ...
};

// Looks at the first bytes of a file (give at least kSniffBytes when the file is longer).
SniffResult sniff_file_kind(std::string_view head);
inline constexpr size_t kSniffBytes = 8192;

// The `source.format` name of a kind: text | pdf | docx | doc | rtf | html.
const char* format_name(FileKind kind);

}  // namespace vnpolicy
