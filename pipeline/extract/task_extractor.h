// Assigned work: lead (chủ trì) and support (phối hợp) units, description, deadline.
// Four sources: rows of assignment tables; items described by label lines ("Cơ quan chủ
// trì: …", label_block.h); sentences in which a unit "chủ trì" the work; items of the
// organising section ("Tổ chức thực hiện") that open with the unit assigned. A unit heading
// ending in ':' (or a bare unit name) hands its unit to each item below it.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/record.h"
#include "extract/assignment_table.h"
#include "extract/label_block.h"
#include "resolve/agency_lexicon.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace vnpolicy {

// Who does what, as read from one sentence or heading.
struct Assignment {
  std::vector<std::string> lead, support;
  std::string work;        // the text after the units
  bool hands_down = false; // ends with ':' (or is a bare unit): the items below carry the work
  bool support_from_items = false;  // "Chủ trì, phối hợp" + items: each item names the supporting units
  size_t begin = 0;        // where the clause starts in the text it was read from
};

class TaskExtractor {
 public:
  explicit TaskExtractor(const RuleSet& rules);
  // `deadlines` are the document's deadlines, already extracted: a task carries the one
  // on its row or sentence.
  std::vector<Task> extract(const SegmentedDocument& doc, const DocumentHeader& header,
                            const std::vector<Deadline>& deadlines) const;

  // "<unit> chủ trì, phối hợp với <units> <work>" in text (tone-normalised matching text);
  // nullopt when the sentence has no lead cue. An empty lead means the unit is implicit.
  std::optional<Assignment> read_lead_sentence(std::string_view text) const;
  // "<units> <work>" with the units first (an organising-section item); nullopt otherwise.
  std::optional<Assignment> read_subject_sentence(std::string_view text) const;
  // The subject of a heading or an item's first sentence: read_subject_sentence, with a name completed
  // up to the duty cue that announces items ("Quỹ đầu tư phát triển tỉnh có trách nhiệm:"), and with
  // `topic_heading` (a marked organising heading over items) the units of "Đối với <units>:".
  std::optional<Assignment> read_heading_subject(std::string_view s, bool topic_heading) const;
  // An assignment inside a paragraph of prose, read where no other reading took the sentence:
  // after a topic or condition that opens the sentence ("Đối với …, giao Bảo hiểm xã hội Việt Nam
  // tổ chức …", "…, yêu cầu Bộ Tài chính khẩn trương …"), or a unit subject whose words make it an
  // instruction ("Bộ Nội vụ theo chức năng, nhiệm vụ được giao khẩn trương …"); nullopt otherwise.
  // With `instructions` (a conclusion notice, dispatch, directive) kinds of units told to act ("Yêu cầu
  // các địa phương …") and a unit subject followed by a duty ("Các cơ quan cập nhật ngay …") count too.
  std::optional<Assignment> read_clause_assignment(std::string_view sentence, bool instructions = false) const;
  // A sentence ending "… các nhiệm vụ, giải pháp … sau:" that names who is to do them (the units a
  // request is addressed to, or the units opening one of its clauses): they lead each numbered item
  // below it (task_lead_in.cpp); nullopt otherwise. The returned work is empty. Units that are only
  // the subject of a clause are read when `clause_subjects` (a body of instructions, not a plan).
  std::optional<Assignment> read_list_lead_in(std::string_view sentence, bool clause_subjects) const;
  const AgencyLexicon& agencies() const { return agencies_; }
  // A name the lexicon knows, with qualifiers after it or "các" before its level ("Ủy ban nhân dân các huyện").
  bool known_unit(std::string_view u) const { return known_with_qualifiers(u); }

 private:
  struct ProseStance;    // task_prose.h
  struct ProseSections;  // task_prose.h
  struct ProseWalk;      // task_prose.h
  struct SentenceReading;  // task_prose.h
  // How the document's kind, title and sections make its prose assign work.
  ProseStance prose_stance(const SegmentedDocument& doc, const DocumentHeader& header) const;
  // Updates the section the walk is in at block i; false when the block is no prose to read
  // (after the body, a table row, a footnote, a normative text's article of standing powers).
  bool enter_block(const SegmentedDocument& doc, size_t i, const ProseStance& stance, ProseSections& sections) const;
  // Reads the prose of block i: the units it hands down, the tasks its sentences assign (into walk.out).
  void read_prose_block(ProseWalk& walk, size_t i) const;
  // The units block i's sentences work for when they name none: handed down by a heading, a lead-in or an item
  // above it (task_extractor.cpp); nullptr when none.
  const Assignment* inherited_assignment(ProseWalk& walk, size_t i) const;
  // What sentence k of block i assigns, tried reading by reading (task_readings.cpp); nullopt when it assigns
  // nothing, or only hands its units to the items under it (recorded in the walk).
  std::optional<SentenceReading> read_sentence(ProseWalk& walk, size_t i, size_t k, std::string_view sentence,
                                               const Assignment* inherited) const;
  // The units a heading or an item's first sentence in the organising section (or a unit heading anywhere)
  // names, with the work after them: a known agency's name, an assigning or addressed heading over items
  // (task_readings.cpp); `lead_in` is set when it only leads in the items below. nullopt otherwise.
  std::optional<Assignment> read_heading_reading(ProseWalk& walk, size_t i, std::string_view sentence, bool& lead_in) const;
  // Whether a reading is a task of its own (task_readings.cpp): not a closing formula, a figure, a role or a
  // regulated party's duty, nor a lead-in whose items carry the work (it then hands its units on in the walk).
  bool keeps_task(ProseWalk& walk, size_t i, size_t k, SentenceReading& r, const Assignment* inherited) const;
  // Whether a lead-in over items only announces them; support it names goes to `handed`.
  bool only_announces_items(const Assignment& a, Assignment& handed) const;
  // Adds the task of reading r of sentence k (two when a later clause has a subject of its own) with its
  // time limit; `borrowed_by` is the block's first task when it took its limit from a later sentence.
  void add_task(ProseWalk& walk, size_t i, size_t k, const std::vector<Span>& sentences, SentenceReading& r,
                const Assignment* inherited, std::optional<size_t>& borrowed_by) const;
  // Sets t's time limit: written in sentence k (any sentence of the item for its first), in the sentence after it
  // that gives only the time, or on the item or label group above. A later sentence that is a task of its own
  // takes back a limit the block's first task borrowed from it. True when t is the first task and borrowed its
  // limit from a later sentence.
  bool place_deadline(ProseWalk& walk, size_t i, size_t k, const std::vector<Span>& sentences, Task& t,
                      const std::optional<size_t>& borrowed_by) const;
  // A unit heading wrapped over two blocks ("*2.1. Sở" / "Tài chính*", a name cut after a comma or an open
  // bracket), read as one: the units it hands to the items below; nullopt otherwise.
  std::optional<Assignment> wrapped_unit_heading(const SegmentedDocument& doc, size_t i, bool organizing) const;
  // A sentence of a letter's body whose subject is the kinds of units it addresses ("Các cơ quan, đơn vị,
  // địa phương xây dựng Báo cáo …, gửi về Sở Nội vụ trước ngày …"): the letter tells them what to do. Not
  // what they did ("đã …"), guidance under a condition ("Các cơ quan khi lập kế hoạch cần …"), nor a closing
  // request with no work of its own ("Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.").
  // Also the sender's request to named agencies ("Bộ Nội vụ trân trọng đề nghị Ban X, Bộ Y chỉ đạo …"): those
  // asked lead. The caller checks the block is an unmarked paragraph of a letter's body; nullopt otherwise.
  std::optional<Assignment> letter_body_sentence(std::string_view sentence) const;
  // A name the lexicon knows, then only words that qualify it ("Ủy ban nhân dân các xã"), a plural over a
  // known kind ("Ủy ban nhân dân các tỉnh, …"), or the head of a known agency ("Bộ trưởng Bộ Tài chính",
  // with an office the same person holds after a dash: task_office_titles).
  bool known_with_qualifiers(std::string_view whole) const;
  // A subject that names a unit outright: known, a plural kind, or a short proper name ("Cục Thuế"),
  // not a bare kind cut from a list.
  bool names_a_unit(const std::string& u) const;
  // Offset in text where the list of units starting at `from` ends: the first work verb,
  // or a clause break.
  size_t units_end(std::string_view text, size_t from) const;
  std::vector<std::string> units(std::string_view text) const;
  // "Bộ trưởng các Bộ: Quốc phòng, Công an" -> one unit per member; empty when no member list.
  std::vector<std::string> member_units(std::string_view list) const;
  bool continues_list(std::string_view before) const;
  // True when word (any case) is a plural marker ("các", "những": lexicon task_plural_markers),
  // which makes the word after it a kind of unit, not a verb.
  bool is_plural_marker(std::string_view word) const;
  bool opens_with_plural(std::string_view text) const;
  // True when the units a request or assignment is addressed to are named: agencies the lexicon
  // knows, plurals ("các đồng chí bộ trưởng") or capitalised names, then heads of the same kind.
  bool addresses_units(const std::vector<std::string>& lead) const;
  // True when text opens with a unit ("Sở …", "các cơ quan …") and not with a phrase that
  // only looks like one ("Trường hợp …": lexicon task_not_unit_openers).
  bool opens_with_unit(std::string_view text) const;
  // Reads "phối hợp với <units>" at the start of rest into support; returns what follows.
  std::string_view read_support(std::string_view rest, std::vector<std::string>& support) const;
  // Reads "<units> phối hợp <work>" at the start of rest (after "<lead> chủ trì,") into support;
  // returns the work, or rest when it names no such units.
  std::string_view support_before_cue(std::string_view rest, std::vector<std::string>& support) const;
  std::vector<std::string> support_in_later_clause(std::string_view work) const;
  // A verb the lexicon does not know lets a unit run on ("Bộ Ngoại giao ký kết thỏa thuận quốc
  // tế"): where in u the longest known name ends when two or more lower-case words follow it that
  // do not qualify it ("các Bộ, ngành liên quan", "Sở Công Thương tỉnh Khánh Hòa"); npos otherwise.
  size_t run_on_start(std::string_view u) const;
  // True when text ends in an area word ("… các xã, phường", "… các tỉnh, thành phố").
  bool ends_in_area(std::string_view text) const;
  // True when the verb at t[verb_at] opens a clause on a noun inside the unit that starts at `from`
  // ("cơ quan chủ quản các dự án đang triển khai thi công tiếp tục …"): an aspect word
  // (task_relative_aspect_words) before it, a plural noun before that, and the unit's own verb after
  // its object, in the same clause.
  bool relative_clause(std::string_view t, size_t from, size_t verb_at, size_t verb_len, std::string_view prev_word) const;
  // "Nhà đầu tư (Tập đoàn X)": when the one unit led is a role without a name of its own, the named
  // unit in the brackets after it (`after` opens with '(') leads instead.
  void take_named_aside(std::vector<std::string>& lead, std::string_view after) const;
  // Whether lower-case text opens with a verb of work (task_work_verbs), whole ("tổ chức", "tổ chức,").
  bool opens_with_work_verb(std::string_view lower) const;
  // Items numbered inline in one sentence ("(i) …; (ii) …"), each a task: `t` keeps the first, the rest
  // are returned (empty when the work is no such list).
  std::vector<Task> inline_item_tasks(const NormalizedDocument& doc, const std::vector<Deadline>& deadlines,
                                      std::string_view sentence, const std::string& work, Task& t) const;
  std::vector<Task> flat_table_tasks(const SegmentedDocument& doc, const std::vector<Deadline>& deadlines,
                                     std::vector<bool>& consumed) const;
  std::vector<Task> table_tasks(const SegmentedDocument& doc, const std::vector<Deadline>& deadlines) const;
  // Items described by label lines. Marks the blocks it read in `consumed`, and in `sections`
  // the section headings whose items it read (their prose assigns work too); a group of labels
  // that names no unit leaves its time limit in `owner_deadline` for the item it stands under.
  std::vector<Task> label_tasks(const SegmentedDocument& doc, const std::vector<Deadline>& deadlines,
                                std::vector<bool>& consumed, std::map<int, Deadline>& owner_deadline,
                                std::vector<bool>& sections) const;
  // Lead and support named by one clause of a label value or a table cell: "Sở X chủ trì,
  // phối hợp với Y" or a bare list of units.
  Assignment read_label_units(std::string_view value) const;
  // The clauses of a value split on ';', each with its units ("Sở X chủ trì …; Sở Y và các sở
  // … chủ động …"); a clause of units only joins the next one ("Sở A; Sở B thúc đẩy …").
  std::vector<Assignment> read_unit_clauses(std::string_view value) const;

  const RuleSet& rules_;
  AgencyLexicon agencies_;
  AssignmentTableReader tables_;
  LabelBlockReader labels_;
  std::vector<std::string> verbs_;  // lower case, longest first
  std::set<std::string> false_compounds_;  // "ngoại giao": a verb that is the end of a noun
  std::vector<std::string> not_unit_openers_;  // lower case
  std::vector<std::string> unit_heads_;  // agency_heads, lower case: "tổ chức chính trị - xã hội" opens a unit
  std::vector<std::string> plural_markers_;  // task_plural_markers, lower case
  std::vector<std::string> bare_article_types_;  // task_bare_article_doc_types: an untitled article after the first implements
  std::vector<std::string> norm_types_;       // task_norm_doc_types: laws, decrees, circulars state duties, not assignments
  std::vector<std::string> scope_duty_words_;  // task_scope_duty_words: a scope of duties ("theo chức năng, nhiệm vụ được giao")
  std::vector<std::string> scope_goes_on_words_;  // task_scope_goes_on_words: "và", "của" carry a scope on
  std::vector<std::string> directive_types_;  // task_directive_doc_types: bodies of instructions, no plan sections
  std::vector<std::string> instruction_types_;  // task_instruction_doc_types: notices, dispatches, directives (not letters)
  std::vector<std::string> policy_types_;  // task_policy_doc_types: resolutions that may decide a policy
  std::vector<std::string> lead_modals_;  // task_lead_modal_words: "sẽ", "cần" before "chủ trì"
  std::vector<std::string> office_titles_;  // task_office_titles, lower case: offices held beside a headship
  std::set<std::string> name_qualifiers_;    // "liên quan", "tỉnh": words that go on a unit's name
  std::vector<std::string> relative_aspects_;  // task_relative_aspect_words: "đang", "đã"
  std::vector<std::string> support_only_work_;  // task_support_only_work: "… chủ trì, phối hợp:" leaves support to the items
  std::vector<std::string> domain_words_;    // task_unit_domain_words: "về", "trong" open a unit's field
  // task_joined_unit_pairs, lower case: two parts of a list that name one unit, and the link written between them.
  struct JoinedPair {
    std::string first, second, link;
  };
  std::vector<JoinedPair> joined_pairs_;
  // task_level_written_as: a city's agency named by its level ("thành phố", lower case) as a province's ("tỉnh").
  std::vector<std::pair<std::string, std::string>> levels_written_as_;
};

}  // namespace vnpolicy
