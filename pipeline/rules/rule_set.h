// Rules as data. Every file in rules/ is JSON (lexicon tables may be TSV beside them, see
// rules/lexicon_table.h):
//
//   { "macros":  { "NUM": "\\d{1,5}" },                 // shared by all files: {{NUM}}
//     "rules": [ { "id": "reference.number.state",      // unique; the id says where it is used
//                  "group": "reference.number",         // extractors ask for groups
//                  "pattern": "..." | ["...", "..."],   // RE2 syntax; a list is concatenated
//                  "case_insensitive": false,
//                  "fields": { ... },                   // data the extractor reads (relation, kind, ...)
//                  "examples": { "match": ["..." | {"text": "...", "groups": {"name": "value"}}],
//                                "no_match": ["..."] } } ],
//     "lexicons": { "agencies": [ ... ] } }             // free-form data tables
//
// and every *.tsv file is a table (rules/table.h): indicators.tsv, agencies.tsv.
//
// Loading compiles every pattern once; a RuleSet is immutable afterwards and can be
// shared by any number of threads. Problems are reported as RuleError with the file
// and line they come from.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/table.h"

namespace vnpolicy {

class RuleError : public std::runtime_error {
 public:
  RuleError(std::string file, int line, const std::string& message);
  const std::string& file() const { return file_; }
  int line() const { return line_; }

 private:
  std::string file_;
  int line_;
};

struct RuleExample {
  std::string text;
  bool should_match = true;
  std::map<std::string, std::string> groups;  // expected named captures of the first match
  int line = 0;                               // where the example is written
};

struct Rule {
  std::string id;
  std::string group;
  std::string file;
  int line = 0;
  std::string pattern;               // after macro expansion
  std::unique_ptr<RE2> re;
  nlohmann::json fields = nlohmann::json::object();
  std::vector<RuleExample> examples;

  // Convenience accessors for `fields`.
  std::string field(std::string_view name, std::string fallback = {}) const;
  int group_index(std::string_view capture_name) const;  // -1 when the pattern has no such group
};

// The rules of one group in file order, with RE2::Sets of their patterns (one for the
// unanchored, one for those anchored at the start): a pass tells which rules can
// match, so callers run the full patterns (with captures) only for those. Most
// paragraphs hold no deadline, no comparator and no skip phrase, and pay one scan
// instead of one per rule.
class RuleGroup {
 public:
  using const_iterator = std::vector<const Rule*>::const_iterator;
  const_iterator begin() const { return rules_.begin(); }
  const_iterator end() const { return rules_.end(); }
  size_t size() const { return rules_.size(); }
  bool empty() const { return rules_.empty(); }
  const Rule* front() const { return rules_.front(); }
  const std::vector<const Rule*>& rules() const { return rules_; }

  // The rules that may match somewhere in `text` (unanchored), in file order: those
  // the sets find, and every rule outside them (patterns anchored only at the end,
  // which RE2 runs fast on their own; all of a set's when its DFA ran out of memory).
  // A caller must pass the exact text it then matches: context outside it changes \b and ^.
  std::vector<const Rule*> matching(std::string_view text) const;
  // The first rule in file order that matches somewhere in `text`, or null.
  const Rule* first_matching(std::string_view text) const;

 private:
  friend class RuleSet;
  void add(const Rule* r) { rules_.push_back(r); }
  void build_sets();  // after every rule is added
  // Some of the group's patterns in one RE2::Set.
  struct PatternSet {
    std::unique_ptr<RE2::Set> set;  // null when fewer than two patterns (or it failed)
    std::vector<int> slot;          // per rule of the group: its index in set, -1 outside
    std::vector<size_t> rule_of_slot;  // the inverse: per pattern of set, its rule's index
    void build(const std::vector<const Rule*>& rules, const std::vector<bool>& member, RE2::Anchor anchor);
  };
  std::vector<int> verdicts(std::string_view text) const;

  std::vector<const Rule*> rules_;
  PatternSet unanchored_, at_start_;
};

struct ExampleFailure {
  std::string file;
  int line = 0;
  std::string rule_id;
  std::string message;
};

class RuleSet {
 public:
  // What a load keeps. A query command that needs a lexicon (indicators, agencies) and
  // no pattern loads LexiconsAndTables: compiling every rule's pattern is most of a
  // command's start-up (~250 ms), a lexicon alone a few milliseconds.
  enum class Parts { All, LexiconsAndTables };
  // Loads every *.json under `dir` (sorted, recursively). Throws RuleError.
  static std::shared_ptr<const RuleSet> load_directory(const std::filesystem::path& dir, Parts parts = Parts::All);
  // Loads the given files (or texts, for tests). `sources` pairs a display name with its
  // text: JSON, or a table when the name ends in ".tsv".
  static std::shared_ptr<const RuleSet> load_texts(const std::vector<std::pair<std::string, std::string>>& sources,
                                                   Parts parts = Parts::All);

  // Rules of a group in file order; empty when none.
  const RuleGroup& group(std::string_view name) const;
  const Rule* find(std::string_view id) const;
  // A lexicon table by name (merged across files when several define it); null when absent.
  const nlohmann::json* lexicon(std::string_view name) const;
  // A table by name (rules/NAME.tsv and NAME.*.tsv); null when absent.
  const Table* table(std::string_view name) const;
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }

  // Runs every rule's examples. Empty result = all pass.
  std::vector<ExampleFailure> check_examples() const;

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
  std::map<std::string, RuleGroup, std::less<>> groups_;
  std::map<std::string, const Rule*, std::less<>> by_id_;
  std::map<std::string, nlohmann::json, std::less<>> lexicons_;
  std::map<std::string, Table, std::less<>> tables_;
};

// Where rules live when no --rules is given: $VNPOLICY_RULES, else rules/ next to the
// binary's parent (build/../rules), else the source tree's rules/.
std::filesystem::path default_rules_dir(const char* argv0);

// Captures of the first match of `rule` in text[from, end), or an empty vector when
// it does not match. m[0] is the whole match.
std::vector<re2::StringPiece> match_once(const Rule& rule, std::string_view text, size_t from = 0,
                                         RE2::Anchor anchor = RE2::UNANCHORED);
// A named capture of a match_once result, "" when the group did not take part.
std::string named_group(const Rule& rule, const std::vector<re2::StringPiece>& m, std::string_view name);

// Runs `re` over `text` and calls fn(match_begin, match_end, groups) for every
// non-overlapping match; groups[i] is the i-th capture (empty view if unset).
template <class Fn>
void for_each_match(const RE2& re, std::string_view text, Fn&& fn) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> m(static_cast<size_t>(n));
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED, m.data(), n)) {
    size_t b = static_cast<size_t>(m[0].data() - text.data()), e = b + m[0].size();
    fn(b, e, m);
    pos = e > b ? e : e + 1;
    // stay on a code point boundary after an empty match
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

}  // namespace vnpolicy
