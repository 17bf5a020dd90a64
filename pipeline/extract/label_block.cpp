#include "extract/label_block.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "extract/block_tree.h"
#include "extract/task_text.h"

namespace vnpolicy {

using namespace task_text;

namespace {

std::optional<LabelRole> role_named(std::string_view n) {
  if (n == "work") return LabelRole::Work;
  if (n == "executor") return LabelRole::Executor;
  if (n == "lead") return LabelRole::Lead;
  if (n == "support") return LabelRole::Support;
  if (n == "time") return LabelRole::Time;
  if (n == "product") return LabelRole::Product;
  if (n == "procedure") return LabelRole::Procedure;
  return std::nullopt;
}

bool ends_sentence(std::string_view s) {
  s = trim(s);
  return !s.empty() && std::string_view(".;!?").find(s.back()) != std::string_view::npos;
}

}  // namespace

const LabelLine* LabelGroup::first(LabelRole r) const {
  for (const auto& l : labels)
    if (l.role == r) return &l;
  return nullptr;
}

bool LabelGroup::names_units() const {
  return first(LabelRole::Lead) || first(LabelRole::Executor);
}

LabelBlockReader::LabelBlockReader(const RuleSet& rules) : rules_(rules.group("task.label")) {}

std::optional<std::pair<LabelRole, size_t>> LabelBlockReader::label_of(std::string_view content) const {
  for (const Rule* r : rules_.matching(content)) {
    std::vector<re2::StringPiece> m = match_once(*r, content, 0, RE2::ANCHOR_START);
    if (m.empty()) continue;
    auto role = role_named(r->field("role"));
    if (!role) continue;
    return std::make_pair(*role, static_cast<size_t>(m[0].data() - content.data()) + m[0].size());
  }
  return std::nullopt;
}

size_t LabelBlockReader::value_end(const SegmentedDocument&, const LabelLine& l) { return l.value.end; }

std::vector<LabelLine> LabelBlockReader::labels_in(const SegmentedDocument& doc, size_t i) const {
  const Block& b = doc.blocks[i];
  std::string_view content = doc.text(b.content);
  std::vector<LabelLine> out;
  auto label_at = [&](size_t at, bool is_inline) {
    auto found = label_of(content.substr(at));
    if (!found) return false;
    LabelLine l;
    l.block = l.last_block = static_cast<int>(i);
    l.role = found->first;
    l.begin = is_inline ? b.content.begin + at : b.span.begin;
    l.value = {b.content.begin + at + found->second, b.content.end};
    l.inline_label = is_inline;
    out.push_back(l);
    return true;
  };
  label_at(0, false);
  // Inline labels: after a separator, past the spaces after it.
  bool names_units = false;
  const size_t opened = out.size();
  for (size_t k = 1; k < content.size(); ++k) {
    char c = content[k - 1];
    bool separator = c == ';' || c == '|' || c == '\t' || c == '(' || (c == '.' && content[k] == ' ');
    if (!separator) continue;
    size_t at = k;
    while (at < content.size() && (content[at] == ' ' || content[at] == '\t')) ++at;
    if (at == content.size() || !label_at(at, true)) continue;
    // The label before this one ends at the separator.
    if (out.size() >= 2) out[out.size() - 2].value.end = b.content.begin + k - 1;
    names_units = names_units || out.back().role == LabelRole::Lead || out.back().role == LabelRole::Executor;
    k = at;
  }
  if (out.size() > opened && !names_units) {
    // Inline labels that name no one are a sentence's words ("… Thời gian thực hiện: 02 giờ"): the
    // block keeps only the label it opens with, to the end of its content.
    out.resize(opened);
    if (!out.empty()) out.back().value.end = b.content.end;
  } else if (out.size() > opened && opened == 0) {
    // The text before the first inline label is the work of the item.
    LabelLine w;
    w.block = w.last_block = static_cast<int>(i);
    w.role = LabelRole::Work;
    w.begin = b.span.begin;
    w.value = {b.content.begin, out.front().begin};
    out.insert(out.begin(), w);
  }
  for (LabelLine& l : out) {
    while (l.value.begin < l.value.end && doc.doc.text[l.value.begin] == ' ') ++l.value.begin;
    // "Xây dựng đề án (Cơ quan chủ trì: …; Thời gian: Quý II/2026)": the separators are no part of a value.
    if (out.size() > 1)
      while (l.value.end > l.value.begin && std::string_view(" \t|();").find(doc.doc.text[l.value.end - 1]) != std::string_view::npos)
        --l.value.end;
  }
  return out;
}

std::vector<LabelGroup> LabelBlockReader::groups(const SegmentedDocument& doc) const {
  const size_t n = doc.blocks.size();
  std::vector<std::vector<LabelLine>> label(n);
  for (size_t i = 0; i < n; ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind == BlockKind::TableRow || b.kind == BlockKind::Footnote) continue;
    label[i] = labels_in(doc, i);
    if (label[i].empty() || label[i].back().inline_label) continue;
    LabelLine& l = label[i].back();
    // A value wrapped onto unmarked paragraphs below ("Cơ quan chủ trì: Sở Khoa học" / "và Công nghệ").
    std::string_view last = doc.text(l.value);
    for (size_t j = i + 1; j < n && !ends_sentence(last); ++j) {
      const Block& c = doc.blocks[j];
      if (c.kind != BlockKind::Paragraph || c.parent != static_cast<int>(i) || label_of(doc.text(c.content))) break;
      l.last_block = static_cast<int>(j);
      l.value.end = c.content.end;
      last = doc.text(c.content);
    }
    // "- Cơ quan thực hiện:" with "+ Sở X chủ trì …" / "+ Sở Y phối hợp" below: the items are the value;
    // so are the dated items under "- Thời gian thực hiện:" ("+ Các bộ … gửi kết quả trước ngày 15/12").
    bool names_who = l.role == LabelRole::Lead || l.role == LabelRole::Executor || l.role == LabelRole::Support;
    if ((names_who || l.role == LabelRole::Time) && l.value.begin >= l.value.end)
      for (size_t j = i + 1; j < n && descends_from(doc, j, static_cast<int>(i)); ++j) {
        const Block& c = doc.blocks[j];
        if (c.parent == static_cast<int>(i) && (c.kind != BlockKind::ListItem || label_of(doc.text(c.content)))) break;
        l.last_block = static_cast<int>(j);
        l.value.end = c.content.end;
      }
  }
  // The owner: the nearest enclosing block that is not itself a label ("b) Cơ quan thực
  // hiện:" above "- Đơn vị chủ trì: …" is part of the same item).
  auto owner_of = [&](int b) {
    int p = doc.blocks[static_cast<size_t>(b)].parent;
    while (p >= 0 && !label[static_cast<size_t>(p)].empty()) p = doc.blocks[static_cast<size_t>(p)].parent;
    return p;
  };
  std::vector<LabelGroup> out;
  std::map<int, size_t> open;  // owner -> its group in `out`
  for (size_t i = 0; i < n; ++i)
    for (const LabelLine& l : label[i]) {
      int owner = owner_of(static_cast<int>(i));
      auto it = open.find(owner);
      bool new_item = it == open.end();
      if (!new_item && (l.role == LabelRole::Work || l.role == LabelRole::Lead || l.role == LabelRole::Executor)) {
        const LabelGroup& g = out[it->second];
        new_item = g.first(l.role) || (l.role != LabelRole::Work && g.names_units() &&
                                        !(l.role == LabelRole::Lead && g.first(LabelRole::Executor)));
      }
      if (new_item) {
        out.push_back({owner, {}});
        open[owner] = out.size() - 1;
        it = open.find(owner);
      }
      out[it->second].labels.push_back(l);
    }
  return out;
}

}  // namespace vnpolicy
