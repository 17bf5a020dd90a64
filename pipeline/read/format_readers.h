// The readers behind decode_document, one per kind of file. Each one is given the whole
// file in memory and an outcome whose source (path, sha256, bytes, format) is filled;
// it sets text (UTF-8, LF line ends), and may set source.encoding, source.pages,
// source.ocr and warnings; on failure it sets error to what is wrong (and where).
// None may throw, hang or use memory without bound on hostile input.
#pragma once
#include <string_view>

#include "read/document_reader.h"

namespace vnpolicy {

void read_text(std::string_view bytes, const ReadOptions& options, ReadOutcome& out);   // text_reader.cpp
void read_pdf(std::string_view bytes, const ReadOptions& options, ReadOutcome& out);    // pdf_reader.cpp
void read_docx(std::string_view bytes, const ReadOptions& options, ReadOutcome& out);   // docx_reader.cpp
void read_doc(std::string_view bytes, const ReadOptions& options, ReadOutcome& out);    // doc_reader.cpp
void read_rtf(std::string_view bytes, const ReadOptions& options, ReadOutcome& out);    // rtf_reader.cpp
void read_html(std::string_view bytes, const ReadOptions& options, ReadOutcome& out);   // html_reader.cpp

}  // namespace vnpolicy
