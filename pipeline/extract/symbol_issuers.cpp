#include "extract/symbol_issuers.h"

#include <algorithm>

#include "rules/rule_set.h"

namespace vnpolicy {

std::vector<SymbolIssuer> load_symbol_issuers(const RuleSet& rules) {
  std::vector<SymbolIssuer> out;
  if (const auto* lx = rules.lexicon("reference_symbol_issuers"))
    for (const auto& e : *lx)
      out.push_back({e.value("code", ""), e.value("issuer", ""), e.value("with_term", false), e.value("one_body", false)});
  return out;
}

const SymbolIssuer* issuer_of_number(const std::vector<SymbolIssuer>& issuers, std::string_view number) {
  std::vector<std::string_view> codes;
  size_t start = 0;
  for (size_t i = 0; i <= number.size(); ++i)
    if (i == number.size() || number[i] == '/' || number[i] == '-' || number[i] == ' ') {
      if (i > start) codes.push_back(number.substr(start, i - start));
      start = i + 1;
    }
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  for (auto it = codes.rbegin(); it != codes.rend(); ++it)
    for (const auto& si : issuers) {
      if (*it == si.code) return &si;
      if (si.with_term && it->size() > si.code.size() && it->substr(0, si.code.size()) == si.code &&
          std::all_of(it->begin() + static_cast<long>(si.code.size()), it->end(), is_digit))
        return &si;
    }
  return nullptr;
}

}  // namespace vnpolicy
