// Small text helpers shared by the parts of the task extractor (prose, label lines, tables).
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/record.h"
#include "normalize/normalized_document.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {
class TaskExtractor;
struct Assignment;
}

namespace vnpolicy::task_text {

// "Chủ đầu tư có trách nhiệm gửi …; Kiểm toán nhà nước có trách nhiệm gửi …": where in a unit's work a
// clause after "; " opens with a named unit (capitalised) of its own followed by a duty (task.duty_cue,
// task.directive_work): that clause is a task of its own. npos when there is none.
size_t later_subject_clause(const TaskExtractor& tasks, const RuleSet& rules, std::string_view work);

// A clause read as a body of instructions reads it (read_clause_assignment), kept only when every unit it
// leads is an agency the lexicon names outright; otherwise as `instructs` says ("Cơ quan có thẩm quyền có
// trách nhiệm …" states a norm).
std::optional<Assignment> named_clause_assignment(const TaskExtractor& tasks, std::string_view sentence, bool instructs);

// "(2) Bộ Y tế hoàn thành …" under "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ": an item whose subject is an
// agency named outright (known to the lexicon), other than the units it would inherit, is that agency's task, not
// theirs. Not what was done ("đã …"), nor whom it answers to; nullopt otherwise.
std::optional<Assignment> own_subject_item(const TaskExtractor& tasks, const RuleSet& rules, std::string_view item,
                                           const std::vector<std::string>& inherited_lead);

// Trims white space and the list punctuation around a unit list or a work phrase.
std::string_view trim_punct(std::string_view s);
bool starts_lower(std::string_view s);
// Words that open with a capital: "Cục Thuế …" names an agency; a bare "Công ty" (one) names no one in particular.
size_t capitalised_words(std::string_view s);
// A heading or item with a marker of its own ("3.", "a)", "-"), not a caps title alone.
bool marked_heading(const Block& b);
// True when s ends in ':' (markup stars aside): the lines below carry on.
bool ends_with_colon(std::string_view s);
// "(1) Tích cực …", "(ii) Bộ Công Thương …" -> the rest: the item's number in brackets (Arabic, or a
// lower-case Roman numeral) is no part of its work; s otherwise.
std::string_view without_bracket_number(std::string_view s);
// "Giao Đảng ủy X: (i) Chỉ đạo …; (ii) Chỉ đạo …; (iii) Tổng hợp …": the items numbered inline after the work's
// first marker, which ends `before` ("(i)", "a)", "(1)", "1)"), each after a ';' and numbered in sequence of the
// same kind; the work of each item, without its marker and the ';'. Empty when the work is no such list.
std::vector<std::string_view> inline_items(std::string_view before, std::string_view work);
// "a)", "2.", "1.2.", "II": an item's number standing alone, with no words after it.
bool marker_only(std::string_view w);

// The level of the list items a lead-in paragraph ending in ':' governs: its own, or, when the segmenter
// hung the paragraph under the last item of a list before it, the level of that list ("a) …" /
// "Yêu cầu các Bộ, … sau:" / "a) …"); -2 when no item follows.
int items_level(const SegmentedDocument& doc, size_t i);
// "…, đề nghị Chính phủ … thực hiện các nhiệm vụ và giải pháp chủ yếu sau đây:" over "2.1. Đẩy mạnh hoàn thiện
// thể chế" / paragraphs: numbered titles of parts with text of their own follow, not items of work. The
// lead-in is then the units' task; the titles and their paragraphs name no one.
bool parts_follow(const SegmentedDocument& doc, size_t i);

// Earliest match of any rule of a group in text: {begin, end, start of capture or npos}.
struct Hit {
  size_t begin = std::string_view::npos, end = 0, capture = std::string_view::npos;
  explicit operator bool() const { return begin != std::string_view::npos; }
};
Hit first_hit(const RuleGroup& rules, std::string_view text, const char* capture);

// The first of the document's deadlines on the lines of text[b, e); with `written_there`, only one
// whose words stand in text[b, e) (an inline label's own value, not a date elsewhere on its line).
std::optional<Deadline> deadline_within(const NormalizedDocument& doc, const std::vector<Deadline>& deadlines,
                                        size_t b, size_t e, bool written_there = false);

}  // namespace vnpolicy::task_text
