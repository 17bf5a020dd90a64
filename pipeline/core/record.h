// The extraction record (format vnpolicy.extract/1, see ../shared/spec/extract-format.md).
// Plain data: every stage after `extract` reads and writes these structs, and the
// JSON form is the interchange between `extract`, `ingest --jsonl` and the scorer.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace vnpolicy {

inline constexpr const char* kRecordFormat = "vnpolicy.extract/1";

using OptString = std::optional<std::string>;

// Where a page of the source starts in the extracted text (PDF, scans); a line's page
// is the last entry whose first_line is at or before it. Empty for formats without pages.
struct PageStart {
  int page = 1;                          // 1-based page of the source file
  int first_line = 1;                    // 1-based line of the extracted text
  std::optional<double> ocr_confidence;  // mean word confidence 0-100 when the page was OCR'd
};

struct SourceInfo {
  std::string path;
  std::string sha256;  // hex of the file's bytes
  uint64_t bytes = 0;
  // Added fields: how the bytes were read.
  std::string format = "text";  // text | pdf | docx | doc | html | rtf (by content, not extension)
  OptString encoding;           // utf-8 | utf-16le | utf-16be | tcvn3 | vni | viscii | cp1258 (text formats)
  bool ocr = false;             // some page's text came from OCR: a user should check it
  std::vector<PageStart> pages;
};

struct DocumentHeader {
  OptString doc_type;     // "Kế hoạch", title case
  OptString number;       // own số/ký hiệu
  OptString issuer;
  OptString issued_date;  // ISO
  // Added field: the year of the header's date line, also when its day is left blank
  // ("ngày    tháng 02 năm 2023") and issued_date is therefore unknown.
  std::optional<int> year;
  OptString place;
  OptString title;        // trích yếu
};

struct Reference {
  std::string number;           // as written (NFC, trimmed)
  std::optional<int> year;
  OptString doc_type;
  OptString date;               // ISO
  OptString issuer;
  std::string relation = "mentions";  // implements | basis | replaces | amends | mentions
  int line = 0;
  std::string text;
  // Added fields (allowed by the spec):
  std::string number_key;       // normalised for matching: upper case, no spaces, no "số"
  std::string rule_id;          // which rule found it
  std::string sentence;         // the citing sentence (original text, cut around long ones)
};

// A law, code or ordinance cited by its name ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm
// 2024", "Bộ luật Lao động năm 2019"), and the number it stands for. Kept apart from
// `references`, whose items are numbers the text writes (what the scorer grades).
struct NamedReference {
  std::string name;              // as written, NFC, whitespace collapsed ("Luật Tổ chức chính quyền địa phương")
  std::string name_key;          // accents, case and punctuation dropped: "luat to chuc chinh quyen dia phuong"
  std::string kind;              // Luật | Bộ luật | Pháp lệnh (the words that open the name)
  OptString date;                // ISO date written with the name (the adoption date), or null
  std::optional<int> year;       // the year written ("năm 2019") or the date's, or null
  OptString number;              // written beside the name, or resolved; null when unresolved
  OptString resolved_by;         // written | name+date | name+year | in-force; null when unresolved
  OptString resolved_from;       // text | lexicon | catalog
  OptString note;                // why it stays unresolved ("2 laws of this name ...", "not in the law lexicon")
  std::string relation = "mentions";  // as for references: basis | amends | replaces | implements | mentions
  int line = 0;
  std::string text;
  std::string rule_id;
};

struct Target {
  OptString indicator;
  double value = 0;
  std::optional<double> value_max;
  OptString unit;               // as written
  std::string comparator = "eq";
  std::string kind = "target";  // target | actual
  std::optional<int> year;
  int line = 0;
  std::string text;
  // Added fields:
  OptString indicator_key;      // catalogue key (official code or folded name), else the folded phrase
  OptString indicator_code;     // official statistical code (Luật 01/2021/QH15), or null
  bool activity = false;        // counts meetings, trainings, documents, inspections: not an indicator
  std::optional<double> value_base;  // value * unit scale (for comparing)
  OptString unit_base;          // normalised unit ("đồng", "tấn", "%")
  std::string rule_id;
};

struct Deadline {
  std::string text;
  OptString start;
  OptString end;
  std::string kind;             // date | month | quarter | year | period | recurring | conditional
  int line = 0;
};

struct Task {
  OptString description;
  std::vector<std::string> lead;
  std::vector<std::string> support;
  std::optional<Deadline> deadline;
  int line = 0;
  // Added fields: canonical agency names from the lexicon, parallel to lead/support.
  std::vector<std::string> lead_canonical;
  std::vector<std::string> support_canonical;
};

struct Record {
  SourceInfo source;
  OptString error;  // set when the file could not be read as text
  std::vector<std::string> warnings;  // read problems that did not stop it ("dropped 1 NUL byte at offset 17")
  DocumentHeader document;
  std::vector<Reference> references;
  std::vector<NamedReference> named_references;
  std::vector<Target> targets;
  std::vector<Deadline> deadlines;
  std::vector<Task> tasks;
};

// The page of a line of the extracted text, or 0 when the source has no pages.
int page_of_line(const SourceInfo& source, int line);

nlohmann::json to_json(const Record& record);
// Parses a record printed by to_json (or made elsewhere); throws std::runtime_error
// naming the offending field when required fields are missing or mistyped.
Record record_from_json(const nlohmann::json& j);

}  // namespace vnpolicy
