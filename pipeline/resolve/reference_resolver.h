// Resolution of references within one document: the year of each mention by the rule
// of the format spec, and the short names ("sau đây gọi tắt là ...") a document
// defines for a reference. Pure functions over the mentions in document order.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/record.h"

namespace vnpolicy {

// What a mention says about its year besides its symbol and date.
struct YearEvidence {
  std::optional<int> stated;        // "Nghị quyết số 01/NQ-CP năm 2023"
  std::optional<size_t> alias_of;   // a short name for the reference at this index (earlier)
};

// Sets refs[i].year, in document order: the year in the symbol (39/2021/QH15), else the
// year of its date, else a stated year, else the aliased reference's year, else the year
// of the latest earlier mention with the same number_key, else null. Numbers that restart
// every year (01/NQ-CP) are therefore only ever joined to a year the file itself gives.
// `evidence` is parallel to `refs` (or empty).
void resolve_reference_years(std::vector<Reference>& refs, const std::vector<YearEvidence>& evidence);

// Later uses of an alias in `text`, from offset `from`: whole-word occurrences (no letter,
// digit, '/' or '-' touching either end) that do not overlap a span in `taken`.
std::vector<std::pair<size_t, size_t>> find_alias_uses(std::string_view text, std::string_view alias, size_t from,
                                                       const std::vector<std::pair<size_t, size_t>>& taken);

}  // namespace vnpolicy
