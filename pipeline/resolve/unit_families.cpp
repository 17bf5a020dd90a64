#include "resolve/unit_families.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"

namespace vnpolicy {
namespace {

// The lexicons have no rules, so no line of their own: errors name the file and the entry.
const char* const kFile = "rules/unit_families.json";

// The scale of a figure's written unit in its base unit ("tỷ đồng" -> 1e9), from the
// value and value_base the catalog keeps; 1 when the value is 0 and says nothing.
double scale_of(const Quantity& q) {
  if (!q.value_base || q.value == 0) return 1;
  return *q.value_base / q.value;
}

}  // namespace

UnitFamilies::UnitFamilies(const RuleSet& rules) {
  const std::string file = kFile;
  if (const auto* lx = rules.lexicon("unit_family_names"))
    for (const auto& e : *lx) {
      if (!e.is_object() || !e.contains("family") || !e.at("family").is_string())
        throw RuleError(file, 0, "unit_family_names: every entry needs 'family': " + e.dump());
      families_.push_back(e.at("family").get<std::string>());
    }
  auto declared = [&](const std::string& family, const nlohmann::json& e) {
    if (std::find(families_.begin(), families_.end(), family) == families_.end())
      throw RuleError(file, 0, "family '" + family + "' is not declared in unit_family_names: " + e.dump());
  };
  if (const auto* lx = rules.lexicon("unit_families"))
    for (const auto& e : *lx) {
      if (!e.is_object() || !e.contains("base") || !e.contains("family"))
        throw RuleError(file, 0, "unit_families: every entry needs 'base' and 'family': " + e.dump());
      declared(e.at("family").get<std::string>(), e);
      UnitClass c;
      c.family = e.at("family").get<std::string>();
      c.as = e.value("as", e.at("base").get<std::string>());
      c.factor = e.value("factor", 1.0);
      c.note = e.value("note", "");
      if (!(c.factor > 0)) throw RuleError(file, 0, "unit_families: factor must be positive: " + e.dump());
      by_base_[e.at("base").get<std::string>()] = c;
    }
  if (const auto* lx = rules.lexicon("unit_synonyms"))
    for (const auto& pair : *lx) {
      if (!pair.is_array() || pair.size() != 2) throw RuleError(file, 0, "unit_synonyms: pairs [written, as] expected: " + pair.dump());
      synonyms_[pair.at(0).get<std::string>()] = pair.at(1).get<std::string>();
    }
  if (const auto* lx = rules.lexicon("unit_per_parts"))
    for (const auto& e : *lx) {
      if (!e.is_object() || !e.contains("written") || !e.at("written").is_array())
        throw RuleError(file, 0, "unit_per_parts: every entry needs a 'written' list: " + e.dump());
      PerPart p{e.value("as", ""), e.value("family", ""), e.value("factor", 1.0)};
      if (!p.family.empty()) declared(p.family, e);
      for (const auto& w : e.at("written")) per_parts_[collapse_whitespace(w.get<std::string>())] = p;
    }
}

std::string UnitFamilies::synonym(std::string_view noun) const {
  std::string n = collapse_whitespace(noun);
  auto it = synonyms_.find(n);
  return it == synonyms_.end() ? n : it->second;
}

UnitClass UnitFamilies::classify(std::string_view unit_base) const {
  std::string base = collapse_whitespace(unit_base);
  if (base.empty()) return {};
  if (auto it = by_base_.find(base); it != by_base_.end()) return it->second;
  std::string same = synonym(base);
  if (auto it = by_base_.find(same); it != by_base_.end()) return it->second;
  size_t slash = base.find('/');
  if (slash != std::string::npos && slash > 0) {
    std::string num = std::string(trim(std::string_view(base).substr(0, slash)));
    std::string per = "/" + collapse_whitespace(std::string_view(base).substr(slash + 1));
    // "/ vạn dân" and "/vạn dân" are one per-unit
    if (per.size() > 1 && per[1] == ' ') per.erase(1, 1);
    if (auto it = per_parts_.find(per); it != per_parts_.end()) {
      if (it->second.family.empty()) {  // "/năm", "/người": the numerator's family
        UnitClass c = classify(num);
        if (c.note.empty()) c.note = "per-unit " + per + " not counted";
        return c;
      }
      return {it->second.family, synonym(num) + it->second.as, it->second.factor, ""};
    }
    return {"ratio", synonym(num) + per, 1, ""};
  }
  return {"count", same, 1, ""};
}

std::string UnitFamilies::dimension(std::string_view unit_base) const {
  UnitClass c = classify(unit_base);
  if (c.family == "count" || c.family == "ratio") return c.family + ":" + c.as;
  return c.family;
}

Conversion UnitFamilies::convert(const Quantity& q, const Quantity& in_units_of) const {
  Conversion out;
  const std::string from_written = q.unit ? collapse_whitespace(*q.unit) : "";
  const std::string to_written = in_units_of.unit ? collapse_whitespace(*in_units_of.unit) : "";
  auto shown = [](const std::string& u) { return u.empty() ? std::string("no unit") : u; };
  if (!q.unit_base || !in_units_of.unit_base || !q.value_base || !in_units_of.value_base) {
    if (from_written == to_written) {
      out.result = Conversion::Result::Same;
      out.value = q.value;
      out.value_max = q.value_max;
    } else {
      out.note = "not comparable: " + shown(from_written) + " vs " + shown(to_written);
    }
    return out;
  }
  UnitClass a = classify(*q.unit_base), b = classify(*in_units_of.unit_base);
  // Two figures already aligned to one per-capita indicator: "52,9 triệu đồng" is per person
  // as much as "116,6 triệu đồng/người/năm" is.
  for (auto [amount, per_person] : {std::pair{&a, &b}, {&b, &a}})
    if (amount->family == "money" && per_person->family == "per-capita" && per_person->as == amount->as + "/người") {
      *per_person = {amount->family, amount->as, per_person->factor, "amount per person"};
      break;
    }
  if (a.family.empty() || a.family != b.family) {
    out.note = "not comparable: " + shown(from_written) + " vs " + shown(to_written);
    return out;
  }
  if (a.as != b.as) {
    bool rate = a.family != "count" && a.family != "ratio";
    out.result = rate ? Conversion::Result::NoRate : Conversion::Result::NotComparable;
    out.note = rate ? "no fixed rate between " + a.as + " and " + b.as : "not comparable: " + a.as + " vs " + b.as;
    return out;
  }
  // Into the group's unit, then into the other's written unit.
  const double to_scale = scale_of(in_units_of) * b.factor;
  const double from_scale = scale_of(q) * a.factor;
  out.value = q.value * from_scale / to_scale;
  if (q.value_max) out.value_max = *q.value_max * from_scale / to_scale;
  bool same_written = from_written == to_written;
  out.result = same_written ? Conversion::Result::Same : Conversion::Result::Converted;
  if (!same_written) {
    bool scaled = std::fabs(from_scale / to_scale - 1) > 1e-12;
    out.note = shown(from_written) + (scaled ? " -> " : " ~ ") + shown(to_written);
    for (const UnitClass* c : {&a, &b})
      if (!c->note.empty() && out.note.find(c->note) == std::string::npos) out.note += " (" + c->note + ")";
  }
  return out;
}

}  // namespace vnpolicy
