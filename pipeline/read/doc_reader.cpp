// Word 97-2003 (.doc) and RTF (read_rtf lives here too): LibreOffice (headless) converts them to DOCX, which the
// DOCX reader reads, so the fonts of every run survive and .VnTime/VNI text is decoded
// run by run (antiword and catdoc give plain text: a .VnTimeH heading comes out in
// lower case, and mixed TCVN3/VNI files cannot be told apart; see README).
// Without LibreOffice, .doc falls back to antiword (Unicode text, and legacy text
// detected over the whole file).
#include "read/converter.h"
#include "read/format_readers.h"
#include "read/legacy_encoding.h"
#include "read/text_util.h"

namespace vnpolicy {
namespace {

void via_libreoffice(std::string_view bytes, const ReadOptions& options, ReadOutcome& out, const char* ext,
                     const char* format) {
  ConverterLimits limits{options.converter_timeout_seconds, options.max_converter_output};
  std::string in_name = std::string("input.") + ext;
  ConverterResult c = run_converter({"soffice", "--headless", "--norestore", "--nolockcheck", "--nodefault",
                                     "-env:UserInstallation=file://{dir}/profile", "--convert-to", "docx",
                                     "--outdir", "{dir}", "{in}"},
                                    bytes, in_name, "input.docx", limits);
  if (c.error) {
    out.error = "LibreOffice could not convert the " + std::string(format) + " file: " + *c.error;
    return;
  }
  read_docx(c.output, options, out);
  out.source.format = ext;
}

}  // namespace

void read_doc(std::string_view bytes, const ReadOptions& options, ReadOutcome& out) {
  // OLE2 holds Excel and PowerPoint files too: a Word file has a "WordDocument" stream,
  // whose name sits in the directory in UTF-16.
  static constexpr std::string_view kWordStream("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
  if (bytes.find(kWordStream) == std::string_view::npos) {
    static constexpr std::string_view kWorkbook("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
    out.error = bytes.find(kWorkbook) != std::string_view::npos
                    ? "an Excel 97-2003 workbook (XLS), not a Word document"
                    : "an OLE2 compound file without a WordDocument stream: not a Word 97-2003 document";
    return;
  }
  if (program_available("soffice")) {
    via_libreoffice(bytes, options, out, "doc", "Word 97-2003");
    return;
  }
  ConverterLimits limits{options.converter_timeout_seconds, options.max_converter_output};
  ConverterResult c = run_converter({"antiword", "-m", "UTF-8.txt", "-w", "0", "{in}"}, bytes, "input.doc", "", limits);
  if (c.error) {
    out.error = "cannot read the Word 97-2003 file (antiword: " + *c.error + "; LibreOffice is not installed)";
    return;
  }
  out.text = unify_line_ends(drop_control_bytes(c.output).text);
  out.source.encoding = "utf-8";
  if (auto guess = detect_legacy_mojibake(out.text)) {
    out.text = decode_legacy_chars(out.text, guess->encoding);
    out.source.encoding = encoding_name(guess->encoding);
  }
  out.warnings.push_back("read with antiword (LibreOffice is not installed): fonts, so .VnTimeH capitals, are lost");
}

void read_rtf(std::string_view bytes, const ReadOptions& options, ReadOutcome& out) {
  via_libreoffice(bytes, options, out, "rtf", "RTF");
}

}  // namespace vnpolicy
