// What the walk over a document's prose knows besides the text: how the document's kind and title
// make its prose assign work (ProseStance, read once), and which section the walk is in
// (ProseSections, updated at each block). Private to the task extractor's .cpp files.
#pragma once
#include <map>
#include <optional>
#include <vector>

#include "extract/task_extractor.h"
#include "extract/task_text.h"

namespace vnpolicy {

struct TaskExtractor::ProseStance {
  // Headings of the organising section ("Tổ chức thực hiện"); a document without one assigns work in
  // its tasks-and-measures section (task.organizing_fallback).
  const RuleGroup* section_rules = nullptr;
  // Instructions from its lead-in on: a directive, letter or notice, or a document with no organising section.
  bool body_of_instructions = false;
  // A notice of conclusions, dispatch or directive: units told to act throughout its body.
  bool instructs = false;
  // A letter or other directive kind (task_directive_doc_types): its numbered points address units.
  bool directive_kind = false;
  // A resolution's kind (task_policy_doc_types) ...
  bool policy_type = false;
  // ... deciding a policy or an investment: its articles tell units their work after "QUYẾT NGHỊ:".
  bool decides_policy = false;
  // ... issuing rules or rates: its articles of scope and procedure state norms, also for named units.
  bool issues_rules = false;
  // A resolution issuing rules, or a decision whose title is a regulation ("Quy định khung giá …", "Ban hành Quy
  // chế …"): the parties it regulates ("Chủ đầu tư, chủ sở hữu …") are bound by it, not assigned work.
  bool sets_rules = false;
  // A People's Council resolution issuing rules (task_council_issuers): the agencies its articles name are given
  // their work there too, as in a resolution deciding a policy ("Sở Tài chính thẩm định hồ sơ, tham mưu …").
  bool council_rules = false;
  // Its operative articles assign work in clauses, as a body of instructions does (either of the two above).
  bool operative_assigns() const { return decides_policy || council_rules; }
  // A law, decree or circular: duties and powers, not assignments.
  bool states_norms = false;
  // Its untitled articles after the first carry out the one that decides (task_bare_article_doc_types).
  bool bare_articles_implement = false;
};

struct TaskExtractor::ProseSections {
  explicit ProseSections(size_t blocks) : organizing(blocks, false), measures(blocks, false) {}
  std::vector<bool> organizing;  // in the organising section (or where a lead-in made the body one)
  std::vector<bool> measures;    // in a resolution's "Nhiệm vụ, giải pháp" section
  bool bare_articles_implement = false;  // still before a regulation the document issues
  bool operative = false;     // past "QUYẾT NGHỊ:" or at an article
  bool norm_article = false;  // in an article that states norms ("Điều 2. Đối tượng áp dụng")
  bool powers_article = false;  // in a normative text's article of standing duties and powers ("Nhiệm vụ, quyền hạn của Bộ X")
  bool seen_article = false;
  bool in_regulation = false;  // in a regulation the document issues after its own articles ("QUY ĐỊNH")
  bool outside_body = false;   // after the signature, before an attached plan or appendix
  bool closing = false;        // after "Trên đây là Kế hoạch …": no unit heading hands work on any more
  int lead_in_parent = -2;     // the level below a directive's "… yêu cầu:" (-2: none seen)
  int lead_in_outer = -2;      // the level of the addressee list the lead-in follows (-2: none)
  int unit_parts_parent = -2;  // the level of a lead-in that asks named units for the work below it
};

// The walk over a document's blocks, one at a time: what each block hands to the blocks under it, and the
// tasks read so far.
struct TaskExtractor::ProseWalk {
  ProseWalk(const SegmentedDocument& d, const std::vector<Deadline>& dl, const ProseStance& st)
      : doc(d), deadlines(dl), stance(st), sec(d.blocks.size()), consumed(d.blocks.size(), false),
        handed(d.blocks.size()), continued(d.blocks.size()) {}
  // Block i has list items right under it.
  bool has_items(size_t i) const {
    return i + 1 < doc.blocks.size() && doc.blocks[i + 1].parent == static_cast<int>(i) &&
           doc.blocks[i + 1].kind == BlockKind::ListItem;
  }

  // A heading, or a paragraph read as one.
  bool heading(size_t i) const { return doc.blocks[i].kind == BlockKind::Heading || doc.blocks[i].heading_like; }
  // A heading, or a list item with items under it ("- Bộ Tài chính" over "+" items): it may name the units of its items.
  bool unit_head(size_t i) const { return heading(i) || (doc.blocks[i].kind == BlockKind::ListItem && has_items(i)); }
  size_t sentence_count(size_t i) const { return doc.blocks[i].sentences.empty() ? 1 : doc.blocks[i].sentences.size(); }
  // Where a lead-in paragraph's units go: to the items it governs in a body of instructions, else to its siblings.
  int hand_on_level(size_t i) const {
    const int level = stance.instructs ? task_text::items_level(doc, i) : -2;
    return level != -2 ? level : doc.blocks[i].parent;
  }

  const SegmentedDocument& doc;
  const std::vector<Deadline>& deadlines;
  const ProseStance& stance;
  ProseSections sec;
  std::vector<bool> consumed;  // read already: flattened rows, label lines, wrapped headings
  std::map<int, Deadline> owner_deadline;  // an item's "Thời gian thực hiện" line, for the tasks in it
  std::vector<std::optional<Assignment>> handed;  // block -> the units it hands to the items under it
  // An organising item whose first sentence is its unit's work ("2. Các tỉnh ủy, thành ủy chỉ đạo …"):
  // a paragraph under it that opens with a verb ("Bố trí kinh phí …") is more of that unit's work.
  std::vector<std::optional<Assignment>> continued;
  std::map<int, Assignment> handed_on;  // parent block -> what a lead-in paragraph under it hands on
  std::map<int, Assignment> list_lead_ins;  // parent block -> the units a list lead-in under it named
  std::vector<Task> out;
};

// What one sentence of prose assigns, as the walk read it.
struct TaskExtractor::SentenceReading {
  Assignment a;
  std::string_view sentence;  // the sentence, after a topic that names no one ("1. Về hỗ trợ …: Giao …")
  bool own = false;        // read from the sentence itself, not only the units handed down to it
  bool leads = false;      // units named before "chủ trì"
  bool lead_cue = false;   // the work is what a unit "chủ trì"
  bool from_policy_clause = false;  // read as a clause of a resolution that decides a policy
  bool subject_lead_in = false;     // "2. UBND các tỉnh … tập trung … các nhiệm vụ trọng tâm sau:"
};

}  // namespace vnpolicy
