// Agencies: canonical names and their written variants (rules/agencies.json), and the
// word classes that say where a written list of units splits into units.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace vnpolicy {

class AgencyLexicon {
 public:
  explicit AgencyLexicon(const RuleSet& rules);

  // Abbreviations written out: "Sở KH&ĐT" -> "Sở Kế hoạch và Đầu tư", "UBND tỉnh" -> "Ủy ban nhân dân tỉnh".
  std::string expand(std::string_view name) const;
  // The lexicon's canonical name for a unit as written (abbreviations, case, tone marks and a
  // leading title such as "Giám đốc" do not matter); a name the lexicon lacks is returned
  // written out with its first letter capitalised.
  std::string canonical(std::string_view name) const;
  // Accent- and case-free key of a name, for matching a query ("so ke hoach" ~ "Sở Kế hoạch ...").
  std::string search_key(std::string_view name) const;

  // True when the lexicon lists the name (as canonical or variant).
  bool known(std::string_view name) const;
  // True when `text` (from its start) opens with a unit head word: "Sở", "các cơ quan", "UBND".
  bool starts_with_head(std::string_view text) const;
  // Splits a written list of units on commas and "và" where each part is a unit:
  // "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh" -> 2 units, while
  // "các sở, ban, ngành tỉnh" and "Sở Văn hóa, Thể thao và Du lịch" stay one.
  std::vector<std::string> split_units(std::string_view list) const;

  // What one comma-separated piece of a list is: a unit of its own ("Sở Y tế", "các cơ quan
  // báo chí"), a bare category word that continues a list ("ban", "ngành tỉnh"), an area word
  // ("thành phố") or other words.
  enum class Part { Unit, Category, Area, Other };
  Part classify(std::string_view part) const;
  // True for "đại biểu Hội đồng nhân dân tỉnh": a kind of member (agency_member_words) of the body
  // whose name follows, a unit of its own in a list ("Tổ đại biểu … và đại biểu …").
  bool names_members(std::string_view part) const;
  // True for a proper unit ("Bộ Y tế", "Giám đốc Sở Y tế"), false for a category list ("các sở, ngành").
  bool is_named(std::string_view unit) const;

 private:
  // True when a piece of a list (lower key) is a kind word followed by the list's scope:
  // "ngành thuộc ủy ban nhân dân thành phố".
  bool scopes_list(std::string_view lower) const;
  // True when a unit is only kind words: "Sở, ban", "các sở, ngành".
  bool is_kind_list(std::string_view unit) const;
  // True when a piece of a list (lower key) is a party committee kind and its scope only:
  // "thành ủy", "đảng ủy trực thuộc trung ương" (agency_committee_words).
  bool is_committee_kind(std::string_view lower) const;
  // True when a unit (lower key) is a body inside each unit of a kind, with its head's title:
  // "chủ tịch hội đồng thành viên" (agency_inner_bodies).
  bool is_inner_body(std::string_view lower) const;

  std::vector<std::pair<std::string, std::string>> abbreviations_;  // longest first
  std::map<std::string, std::string> canonical_by_key_;             // fold_case_and_tones(expanded) -> canonical
  std::vector<std::string> heads_, titles_, categories_, qualifiers_, areas_;  // lower case, longest first
  std::vector<std::string> levels_;  // "cấp": "cấp tỉnh, cấp xã" names one unit at two levels
  std::vector<std::string> scope_words_;  // "thuộc", "của": a list of kinds given its scope
  std::vector<std::string> members_;      // "đại biểu": a member of the body named after it
  std::vector<std::string> committees_;   // "tỉnh ủy", "đảng ủy": kinds of party committee
  std::vector<std::string> inner_bodies_; // "hội đồng thành viên": a body inside each unit of a kind
  std::vector<std::string> own_office_heads_;  // "Văn phòng": a ministry's office, named by its head alone
};

}  // namespace vnpolicy
