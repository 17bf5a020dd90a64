// References to other documents: number/symbol, type, date, issuer, relation, year.
//
// A mention is anchored on a number found by the `reference.number` rules; the words
// before it give its type (lexicon `reference_doc_types`, after an optional "số") and
// sometimes its issuer; the words after it its date, a stated year and "của <issuer>".
// Numbers of one list ("136-KH/TU, 137-KH/TU ngày 20/3/2018") share a trailing date and
// issuer. The relation comes from the words right before the mention ("thay thế",
// "sửa đổi, bổ sung", "căn cứ"), else from where it stands: a title under a type
// heading is `implements`, a clause of the opening that starts "Căn cứ" / "Thực hiện"
// gives its relation to every mention nested in it, everything else is `mentions`.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/record.h"
#include "extract/symbol_issuers.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class ReferenceExtractor {
 public:
  explicit ReferenceExtractor(const RuleSet& rules);
  std::vector<Reference> extract(const SegmentedDocument& doc, const DocumentHeader& header) const;
  // The relation of mentions other extractors found (laws cited by name), by the same cues
  // and places as numbered ones; spans are [begin, end) in doc.doc.text, in text order.
  std::vector<std::string> relations(const SegmentedDocument& doc, const DocumentHeader& header,
                                     const std::vector<std::pair<size_t, size_t>>& spans) const;

  struct TypeForm {
    std::vector<std::string> words;  // lower case, or as written for abbreviations ("NQ")
    bool exact_case = false;
    std::optional<std::string> name;  // canonical type; null for the generic "văn bản"
  };
  // The lexicons, read once from the rules.
  struct Lexicons {
    std::vector<TypeForm> type_forms;                     // longest first
    std::vector<std::vector<std::string>> issuer_stops;   // lower-case words
    std::vector<SymbolIssuer> symbol_issuers;
    std::vector<std::string> part_heads;                  // caps: a new document part starts
    std::vector<std::string> type_heads;                  // caps doc types of the header lexicon
    std::vector<std::pair<std::string, std::string>> issuer_caps;  // "CHÍNH PHỦ" -> "Chính phủ"
    // Known issuer names, lower case: after one, a lower-case word ends the name
    // ("của Thủ tướng Chính phủ kiện toàn ..."), except the words that go on naming it.
    std::vector<std::vector<std::string>> issuer_names;
    std::vector<std::string> issuer_name_goes_on;  // "khóa", "tỉnh", "huyện", ...
    std::vector<std::string> unnumbered_codes;     // final codes never followed by digits: "TW", "CP"
  };

 private:
  const RuleSet& rules_;
  Lexicons lex_;
};

}  // namespace vnpolicy
