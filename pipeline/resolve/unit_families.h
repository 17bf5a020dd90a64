// Units that compare (rules/unit_families.json): every figure's base unit belongs to a
// family (percent, money, area, people, mass, ratio, count ...) and, inside it, to a
// group of units that convert by fixed factors ("as": % and %/năm and điểm % are read
// as %, m2 as ha, lượt khách as người). A diff or a series converts within a group and
// says so; two groups of one family (đồng and USD) have no fixed rate; two families do
// not compare. Immutable after construction; safe to share.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace vnpolicy {

struct UnitClass {
  std::string family;  // "percent", "money", "ratio", "count" ...; "" for a figure without a unit
  std::string as;      // the group's unit: "%", "đồng", "giường/10.000 dân", "doanh nghiệp"
  double factor = 1;   // value_base * factor = the value in `as`
  std::string note;    // why a unit is read as another ("a yearly rate, compared with % as it stands")
};

// A figure's number in its units, as the catalog keeps it.
struct Quantity {
  double value = 0;
  std::optional<double> value_max;
  std::optional<std::string> unit;       // as written ("tỷ đồng")
  std::optional<double> value_base;      // value in unit_base (x 1e9 for tỷ đồng)
  std::optional<std::string> unit_base;  // "đồng"
};

// One quantity expressed in the unit of another.
struct Conversion {
  enum class Result { Same, Converted, NoRate, NotComparable } result = Result::NotComparable;
  double value = 0;                 // the quantity in the other's written unit (when comparable)
  std::optional<double> value_max;
  std::string note;                 // "nghìn tỷ đồng -> tỷ đồng", "lượt khách ~ lượt người", "not comparable: ha vs %"
  bool comparable() const { return result == Result::Same || result == Result::Converted; }
};

class UnitFamilies {
 public:
  // Throws RuleError for an entry that lacks a field or names an undeclared family.
  explicit UnitFamilies(const RuleSet& rules);
  // The declared families (unit_family_names), in file order.
  const std::vector<std::string>& families() const { return families_; }

  // The family of a base unit ("đồng", "%/năm", "bác sỹ/1 vạn dân", "doanh nghiệp").
  UnitClass classify(std::string_view unit_base) const;
  // "family:as" when the family's groups convert into one another only through a rate
  // (money), else the family, with one group per counted noun ("count:xã"): figures
  // with the same dimension belong on one row of a diff.
  std::string dimension(std::string_view unit_base) const;
  // `q` in the written unit of `in_units_of`.
  Conversion convert(const Quantity& q, const Quantity& in_units_of) const;

 private:
  struct PerPart {
    std::string as, family;
    double factor = 1;
  };
  std::string synonym(std::string_view noun) const;

  std::vector<std::string> families_;
  std::map<std::string, UnitClass, std::less<>> by_base_;
  std::map<std::string, std::string, std::less<>> synonyms_;
  std::map<std::string, PerPart, std::less<>> per_parts_;
};

}  // namespace vnpolicy
