// Laws and codes of the Quốc hội (rules/laws.tsv, declared in rules/laws.json) and how a
// law cited by its name resolves to its number:
//   - name and adoption date ("Luật Đầu tư ngày 17 tháng 6 năm 2020") decide;
//   - name and year ("Bộ luật Lao động năm 2019") decide when one law of the name has that year;
//   - a name alone resolves only to the law of that name in force on the citing document's
//     date (Luật Đất đai in 2020 is 45/2013/QH13, in 2025 31/2024/QH15); between a new law's
//     adoption and its taking effect the name may mean either, and stays unresolved;
//   - anything else, an ambiguous name above all, stays unresolved with a note saying why.
// Names compare by law_name_key: accents, case and punctuation do not matter.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/record.h"
#include "normalize/unicode.h"
#include "rules/rule_set.h"

namespace vnpolicy {

struct Law {
  std::string number;      // "76/2015/QH13"
  std::string kind;        // Luật | Bộ luật | Luật sửa đổi, bổ sung | Pháp lệnh
  std::string name;        // "Luật Tổ chức Chính phủ"
  std::string name_key;    // law_name_key(name)
  // Other titles the law is cited by (an amending law's list of laws written shorter or
  // longer than its official title) and their keys: a name resolves through them too.
  std::vector<std::string> also_named, alias_keys;
  OptString adopted;       // ISO date the Quốc hội passed it; null when only its year is known
  int year = 0;            // year of the number (= adoption year)
  OptString effective;     // ISO date it took effect, null when unknown
  std::vector<std::string> replaces;
  std::string source;      // where its facts were read (lexicon) or "catalog"
  std::string file;        // where the row is written, for messages
  int line = 0;
};

struct LawResolution {
  OptString number;
  OptString resolved_by;   // name+date | name+year | in-force
  OptString note;          // why it is unresolved
};

// "Luật Phòng, chống ma túy" -> "luat phong chong ma tuy". `folder` belongs to the caller's thread.
std::string law_name_key(std::string_view name, const AccentFolder& folder);

// Resolves a name among `candidates` (laws of that name key). `citing_date` is the citing
// document's issue date (ISO) or null.
LawResolution resolve_law(const std::vector<const Law*>& candidates, const OptString& date, std::optional<int> year,
                          const OptString& citing_date);

// What a catalog knows of one law name and adoption date: the numbers documents write
// beside that name and date, and the numbers of catalogued laws of that name and date.
struct LawEvidence {
  std::vector<std::string> written_numbers;
  std::vector<std::string> catalogued_numbers;
  bool empty() const { return written_numbers.empty() && catalogued_numbers.empty(); }
};

// Resolution from the catalog: the name and date resolve when all the evidence gives one
// number (numbers compared by reference_number_key; a number of another year than the date
// is no evidence); numbers that disagree leave the name
// unresolved with a note naming them. Only name and date decide here: the catalog knows
// some laws of a name, never surely all, so a year or the law in force is not read from it.
LawResolution resolve_law_by_evidence(const LawEvidence& evidence, const std::string& date);

class LawLexicon {
 public:
  // Reads lexicon "laws" of the rules (empty when absent). Throws RuleError(file, line) for
  // a row that contradicts itself (number year vs adoption date, effective before adopted,
  // kind vs name, the same name and date twice).
  explicit LawLexicon(const RuleSet& rules);
  explicit LawLexicon(std::vector<Law> laws);

  const std::vector<Law>& laws() const { return laws_; }
  // The laws in force on `date` (ISO): surely taken effect, and neither followed by a law of
  // the same name nor replaced (its number in a `replaces` list) by a law surely in force.
  bool in_force(const Law& law, const std::string& date) const;
  std::vector<const Law*> named(const std::string& name_key) const;
  const Law* by_number(std::string_view number) const;
  // The most words a name has (name_key words): how far a name can reach.
  size_t max_name_words() const { return max_words_; }
  // Whether some law's name has this word (lower case, accents kept) after its kind.
  bool name_word(const std::string& lower) const { return name_words_.count(lower) > 0; }
  LawResolution resolve(const std::string& name_key, const OptString& date, std::optional<int> year,
                        const OptString& citing_date) const {
    return resolve_law(named(name_key), date, year, citing_date);
  }

 private:
  void index();
  std::vector<Law> laws_;
  std::unordered_map<std::string, std::vector<size_t>> by_key_;
  std::unordered_map<std::string, size_t> by_number_;
  size_t max_words_ = 0;
  std::unordered_set<std::string> name_words_;
};

}  // namespace vnpolicy
