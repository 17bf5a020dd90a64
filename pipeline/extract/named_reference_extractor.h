// Laws, codes and ordinances cited by their names, with or without number, adoption date
// or year: "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015", "Bộ luật Lao động năm
// 2019", "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày ...".
//
// A mention opens with a kind word written with a capital (rules lexicon law_kinds). Its
// name is the longest name of the law lexicon the words spell (accents, case and punctuation
// aside) unless the words run on past it, else the words up to a stop (law_name_stops; an
// amending law's name runs through "của Luật A, Luật B và Luật C" to law_amending_name_stops).
// The laws named inside an amending law's name are part of it, not mentions of their own.
// After the name the law.after rules read its number, date or year. Bills ("dự án Luật",
// "Luật X (sửa đổi)") and the document's own name are not mentions.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/record.h"
#include "extract/reference_extractor.h"
#include "resolve/law_lexicon.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

class NamedReferenceExtractor {
 public:
  // Throws RuleError for a bad law lexicon row.
  explicit NamedReferenceExtractor(const RuleSet& rules);
  // Resolved against the law lexicon at the document's own date; relations as the
  // reference extractor gives them to numbered mentions in the same places.
  std::vector<NamedReference> extract(const SegmentedDocument& doc, const DocumentHeader& header,
                                      const ReferenceExtractor& references) const;
  const LawLexicon& lexicon() const { return laws_; }

  struct Word {
    std::string folded;  // "ve"
    std::string lower;   // "về"
  };
  using Phrase = std::vector<Word>;
  struct Kind {
    std::string kind;  // "Bộ luật"
    Phrase words;
  };
  // Word lists of rules/laws.json.
  struct Lexicons {
    std::vector<Kind> kinds;          // most words first
    std::vector<std::string> anchors; // forms of a kind's last word searched for in the text
    std::vector<Phrase> not_names, not_after, stops, amending_stops, stops_before_number, stops_before_lower,
        stops_after_comma, amending_heads;
  };

 private:
  const RuleSet& rules_;
  LawLexicon laws_;
  Lexicons lex_;
};

}  // namespace vnpolicy
