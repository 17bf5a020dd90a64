// Documents: the list (`docs`), one document whole (`show`, the web's document page),
// its text by lines, and the catalog's counts (`stats`).
#pragma once
#include "catalog/queries/common.h"
#include "catalog/queries/refs.h"
#include "catalog/queries/targets.h"
#include "catalog/queries/tasks.h"

namespace vnpolicy {

struct ItemCounts {
  int64_t references = 0, cited_by = 0, targets = 0, deadlines = 0, tasks = 0;
};

struct DocumentRow : DocumentRef {
  int64_t bytes = 0;
  OptString place;
  std::string format = "text";  // how the bytes were read
  OptString encoding;
  bool ocr = false;
  std::string ingested_at;
  ItemCounts counts;
};

struct DocumentFilter {
  OptString doc_type;         // whole type, accents and case optional ("ke hoach")
  std::optional<int> year;
  OptString issuer;           // part of the issuer's name, accents and case optional
  size_t limit = 0;           // 0: all
  size_t offset = 0;
};

struct DocumentList : Rows<DocumentRow> {
  int64_t total = 0;  // documents that pass the filter
};

// In catalog order (id).
DocumentList list_documents(Database& db, const DocumentFilter& filter);

struct DocumentVersion {
  std::string sha256;
  int64_t bytes = 0;
  std::string ingested_at, replaced_at;
};

// Everything about one document, items in document order.
struct DocumentDetail {
  DocumentRow document;
  std::vector<std::string> paths;                  // every live path
  std::vector<PageStart> pages;                    // empty for formats without pages
  bool has_text = false;                           // its text is stored (see document_lines)
  std::vector<std::string> warnings;               // how reading it went wrong without stopping
  std::vector<DocumentVersion> versions;           // earlier contents of its path
  std::vector<ReferenceRow> cites;                 // what it cites
  std::vector<ReferenceRow> cited_by;              // what cites it (other documents)
  std::vector<TargetRow> targets;
  std::vector<DeadlineRow> deadlines;
  std::vector<TaskRow> tasks;
};
std::optional<DocumentDetail> document_detail(Database& db, int64_t id);

struct TextLine {
  int line = 0, page = 0;
  std::string text;
};
// Lines first..last (1-based, inclusive) of a document's stored text, with their pages;
// empty when its text is not stored (a record ingested without its file).
std::vector<TextLine> document_lines(Database& db, int64_t id, int first = 1, int last = 1 << 30);

struct CatalogStats {
  int64_t documents = 0, paths = 0, references = 0, linked_references = 0, targets = 0, deadlines = 0, tasks = 0;
  int64_t sentences = 0;  // rows of the full-text index
  int64_t with_text = 0;  // documents whose text is stored
  int schema_version = 0;
};
CatalogStats catalog_stats(Database& db);

}  // namespace vnpolicy
