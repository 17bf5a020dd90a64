// The body a document number's codes name: "NQ-CP" -> Chính phủ, "TT-BTC" -> Bộ Tài chính,
// "QH15" -> Quốc hội (lexicon reference_symbol_issuers in rules/references.json).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy {

class RuleSet;

struct SymbolIssuer {
  std::string code, issuer;
  bool with_term = false;  // QH15: the code followed by the term's number
  bool one_body = false;   // the code alone names the body (a ministry), not a kind of body (UBND)
};

std::vector<SymbolIssuer> load_symbol_issuers(const RuleSet& rules);

// The entry of the first code, tried from the last to the first, that the lexicon lists; null if none.
const SymbolIssuer* issuer_of_number(const std::vector<SymbolIssuer>& issuers, std::string_view number);

}  // namespace vnpolicy
