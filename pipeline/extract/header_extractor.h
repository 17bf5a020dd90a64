// The document's own header: doc_type, number, issuer, issued_date, place, title.
//
// Nghị định 30/2020/NĐ-CP sets the form: the issuer top left (parent body over the issuing
// body), the motto top right, "Số: …/…" under the issuer, place and date under the motto, then
// the type word and the trích yếu. Converted files flatten that two-column table in many ways
// (one cell per line, "|" or tabs between cells, a name or the date split over lines, the
// motto glued to the issuer), so the header lines before the type word are cut into cells and
// read as one run of text: the number and the date are found on it, the motto and those spans
// are cut out, and the capitals left name the issuer (IssuerParser). Without an issuer there,
// the authority line under the title ("ỦY BAN THƯỜNG VỤ QUỐC HỘI") or the signature
// ("TM. ỦY BAN NHÂN DÂN") names it. A field the file does not state stays null.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/record.h"
#include "extract/issuer_parser.h"
#include "extract/symbol_issuers.h"
#include "normalize/normalized_document.h"
#include "rules/rule_set.h"

namespace vnpolicy {

class HeaderExtractor {
 public:
  explicit HeaderExtractor(const RuleSet& rules);
  DocumentHeader extract(const NormalizedDocument& doc) const;

  struct Cell {
    int line = 0;        // 1-based line of the file
    size_t row = 0;      // index of the header line it is on
    std::string text;    // markup removed, whitespace collapsed
    std::string upper;   // tone-normalised upper case
  };

 private:
  static constexpr size_t kRowsWithoutType = 20;  // header rows read when no type word heads the text
  struct Named { std::string caps, name; };
  struct Area { std::string level, name; int count = 0; };
  struct Issuer {
    std::string name;
    const IssuerParser::Head* head = nullptr;
    bool placed = false;  // the name says where the body is
  };

  std::vector<Cell> cells_of(const NormalizedDocument& doc, int first_line, int last_line) const;
  int find_type(const std::vector<Cell>& cells, DocumentHeader& h, std::string& title_rest, int& type_line) const;
  // The type and title on the first line of a text without a header block.
  bool opens_text_with_type_and_title(const std::vector<Cell>& cells, DocumentHeader& h, std::string& title_rest) const;
  // The issuer of a header written in sentence or title case, read from the cells before the
  // first motto, number or date span of the zone.
  std::optional<Issuer> issuer_of_written_case_block(const std::string& zone, const std::vector<size_t>& starts,
                                                     const std::vector<std::pair<size_t, size_t>>& cut) const;
  const Named* header_type_line(const std::vector<Cell>& cells, size_t i, const std::string& before) const;
  std::optional<Issuer> issuer_of_block(const std::string& zone, const std::vector<size_t>& starts,
                                             const std::vector<std::pair<size_t, size_t>>& cut) const;
  bool is_authority_line(const std::string& text) const;
  std::optional<Issuer> issuer_of_authority_line(const std::vector<Cell>& cells, size_t from) const;
  // A place a scan misspelled ("Ha Nội", "Binh Dương") as a central city or the issuer's area spells it.
  std::string place_spelled(const std::string& place, const std::optional<std::string>& issuer) const;
  std::optional<std::string> issuer_of_signature(const NormalizedDocument& doc, const std::string& header_issuer,
                                                 const Area& area) const;
  Area document_area(const NormalizedDocument& doc, const DocumentHeader& h) const;
  void read_consolidation_seal(const NormalizedDocument& doc, DocumentHeader& h, std::optional<Issuer>& issuer) const;
  std::optional<std::string> type_of_number(const std::string& number) const;
  std::string with_type_code_d_bar(const std::string& number, const std::string& doc_type) const;
  bool past_issuer(const std::string& cells_before) const;
  std::string without_cited_numbers(const std::string& text, bool under_type) const;
  std::optional<Issuer> issuer_of_attachment_note(const std::vector<Cell>& cells) const;
  std::optional<Issuer> issuer_named_by(const char* group, const std::string& text) const;
  std::optional<std::string> letter_subject(const NormalizedDocument& doc, const Cell& cell) const;
  // The note that gave the own number, its lines joined; empty when none did.
  std::string read_attachment_own_number(const NormalizedDocument& doc, DocumentHeader& h) const;
  void read_block(const std::vector<Cell>& cells, size_t begin, size_t end, size_t wide_end, int skip,
                  DocumentHeader& h, std::optional<Issuer>& issuer) const;

  const RuleSet& rules_;
  IssuerParser issuers_;
  std::vector<SymbolIssuer> symbol_issuers_;  // the body a number's code names
  std::vector<Named> doc_types_;
  std::vector<std::string> doc_types_folded_;  // doc_types_' caps without diacritics, lower case
  std::vector<std::string> dangling_words_;
  std::vector<std::string> central_cities_;  // places whose area level is "thành phố"
  std::vector<std::string> central_city_names_;  // the same as spelled
  std::string letter_type_;                  // the type of a letter with "V/v" and no type word
  std::string consolidated_type_;            // the type of a text with a consolidation seal
  std::vector<std::pair<std::string, std::string>> number_type_codes_;  // "TT" -> "Thông tư"
  std::vector<std::pair<std::string, std::string>> type_codes_with_d_bar_;  // "Quyết định" -> "QĐ"
};

}  // namespace vnpolicy
