// OCR damage to the compound cue words of an assignment ("chủ tri, phối hợp với", "phôi hợp"): where the
// damaged form is no Vietnamese word in its place, the matching text reads the cue as written by the
// drafter, so that every rule that spells the cue sees it. Text cut from the source keeps the damage.
#pragma once
#include <string>

#include "normalize/offset_map.h"
#include "rules/rule_set.h"

namespace vnpolicy {

// Applies the repairs of `repairs` (rules group normalize.cue_repair) to `text`, keeping `map`
// (offsets in text -> source) exact around them. Each rule's pattern captures the damaged words as
// `damaged` (its context rules out the places where they are real words: "làm chủ tri thức"); its
// field "repair" gives the cue's words, one for each damaged word, in lower case (a damaged letter in
// upper case stays upper case).
void repair_cue_words(const RuleGroup& repairs, std::string& text, OffsetMap& map);

}  // namespace vnpolicy
