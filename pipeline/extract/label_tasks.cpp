// TaskExtractor's part of label lines (label_block.h): the tasks a group of labels gives, one per item
// it describes, with the units of its lead, support or executor labels and the time of its time label.
#include <algorithm>
#include <map>

#include "core/text.h"
#include "extract/block_tree.h"
#include "extract/label_block.h"
#include "extract/task_extractor.h"
#include "extract/task_text.h"

namespace vnpolicy {

using namespace task_text;

namespace {

constexpr size_t kProcedureLabels = 2;  // a document that describes procedures, not a plan
constexpr long kTitleWords = 15;        // a heading this long is a piece of work, not a title

}  // namespace

Assignment TaskExtractor::read_label_units(std::string_view value) const {
  // "1. Bộ Tài chính đầu mối …" in a table cell: the item's number is no part of the unit.
  value = trim(value);
  if (Hit m = first_hit(rules_.group("task.cell_item_marker"), value, "text"); m && m.begin == 0 && m.capture != std::string_view::npos)
    value = value.substr(m.capture);
  if (auto a = read_lead_sentence(value); a && !a->lead.empty()) return *a;
  Assignment a;
  std::string_view v = trim_punct(value);
  if (Hit p = first_hit(rules_.group("task.assign_prefix"), v, "unit"); p && p.begin == 0) v = v.substr(p.capture);
  if (!opens_with_unit(v)) return a;
  size_t end = units_end(v, 0);
  a.lead = units(v.substr(0, end));
  a.work = std::string(trim_punct(read_support(trim_punct(v.substr(end)), a.support)));
  return a;
}

std::vector<Assignment> TaskExtractor::read_unit_clauses(std::string_view value) const {
  std::vector<Assignment> out;
  bool pending = false;  // the last clause named units and no work: the next one carries on its list
  size_t start = 0;
  for (size_t i = 0; i <= value.size(); ++i) {
    if (i < value.size() && value[i] != ';') continue;
    std::string_view clause = value.substr(start, i - start);
    Assignment a = read_label_units(clause);
    a.begin = start;
    while (a.begin < i && value[a.begin] == ' ') ++a.begin;
    start = i + 1;
    // "Sở Nội vụ chủ trì; Sở Khoa học và Công nghệ phối hợp": a clause whose only work is its
    // role supports the units before it (task.support_role).
    if (!out.empty() && !a.lead.empty() && rules_.group("task.support_role").first_matching(a.work)) {
      Assignment& b = out.back();
      b.support.insert(b.support.end(), a.lead.begin(), a.lead.end());
      b.support.insert(b.support.end(), a.support.begin(), a.support.end());
      continue;
    }
    if (a.lead.empty()) continue;
    if (pending) {
      Assignment& b = out.back();
      b.lead.insert(b.lead.end(), a.lead.begin(), a.lead.end());
      b.support.insert(b.support.end(), a.support.begin(), a.support.end());
      b.work = a.work;
    } else {
      out.push_back(std::move(a));
    }
    // "Sở X chủ trì, phối hợp với Y;" names its role: the next clause's units are no part of its list.
    pending = out.back().work.empty() && !first_hit(rules_.group("task.lead_cue"), clause, "cue");
  }
  return out;
}

std::vector<Task> TaskExtractor::label_tasks(const SegmentedDocument& doc, const std::vector<Deadline>& deadlines,
                                             std::vector<bool>& consumed, std::map<int, Deadline>& owner_deadline,
                                             std::vector<bool>& sections) const {
  std::vector<Task> out;
  const std::vector<LabelGroup> groups = labels_.groups(doc);
  size_t procedures = 0;
  for (const auto& g : groups)
    for (const auto& l : g.labels) procedures += l.role == LabelRole::Procedure;
  if (procedures >= kProcedureLabels) return out;
  std::vector<bool> owns(doc.blocks.size(), false);
  for (const auto& g : groups)
    if (g.owner >= 0) owns[static_cast<size_t>(g.owner)] = true;

  auto span_of = [&](const LabelLine& l) { return Span{l.begin, LabelBlockReader::value_end(doc, l)}; };
  // The value with its paragraph breaks as spaces, so offsets in it stay offsets in the text;
  // the marker of a sub-item it runs on to ("+ Sở X chủ trì" / "+ Sở Y phối hợp") becomes a ';'
  // that ends the clause before it.
  auto value_of = [&](const LabelLine& l) {
    std::string v(doc.text({l.value.begin, LabelBlockReader::value_end(doc, l)}));
    std::replace(v.begin(), v.end(), '\n', ' ');
    for (int j = l.block + 1; j <= l.last_block; ++j) {
      const Block& c = doc.blocks[static_cast<size_t>(j)];
      if (c.kind != BlockKind::ListItem || c.span.begin < l.value.begin) continue;
      for (size_t o = c.span.begin; o < c.content.begin && o < l.value.end; ++o) v[o - l.value.begin] = o == c.span.begin ? ';' : ' ';
    }
    return v;
  };
  // A clause of a label's value that gives its units work of their own, as a task.
  auto own_task = [&](const LabelLine& l, Assignment& a) {
    Task t;
    t.lead = std::move(a.lead);
    t.support = std::move(a.support);
    t.description = a.work;
    t.line = doc.doc.line_of(l.value.begin + a.begin);
    return t;
  };
  auto append = [](std::vector<std::string>& to, std::vector<std::string> from) {
    for (auto& u : from) to.push_back(std::move(u));
  };

  std::map<int, int> groups_of;  // owner -> how many label groups stand under it
  for (const auto& g : groups) ++groups_of[g.owner];
  // The plain items under the owner of a group that has no work label, beside its label lines: the
  // owner's only group, its labels list items among them, none of them "Name: value" fields, the owner
  // no sentence of its own.
  auto bullets_beside = [&](const LabelGroup& g) {
    std::vector<int> out;
    if (g.owner < 0 || groups_of[g.owner] != 1) return out;
    const Block& first_label = doc.blocks[static_cast<size_t>(g.labels.front().block)];
    if (first_label.parent != g.owner || first_label.kind != BlockKind::ListItem) return out;
    // "1.1. Xây dựng và ban hành Hướng dẫn … ." over "- Bảo đảm thống nhất …": an owner that is a whole
    // sentence is the work; the items under it are its requirements.
    std::string_view owner_text = trim(doc.text(doc.blocks[static_cast<size_t>(g.owner)].content));
    if (!owner_text.empty() && (owner_text.back() == '.' || owner_text.back() == ';')) return out;
    for (size_t j = static_cast<size_t>(g.owner) + 1; j < doc.blocks.size() && descends_from(doc, j, g.owner); ++j) {
      const Block& c = doc.blocks[j];
      if (c.parent != g.owner) continue;
      bool in_label = std::any_of(g.labels.begin(), g.labels.end(), [&](const LabelLine& l) {
        return static_cast<int>(j) >= l.block && static_cast<int>(j) <= l.last_block;
      });
      if (in_label) continue;
      std::string_view t = trim_punct(doc.text(c.content));
      if (c.kind != BlockKind::ListItem || c.marker_kind != first_label.marker_kind || labels_.label_of(t)) return std::vector<int>{};
      size_t colon = t.find(':');
      if (colon != std::string_view::npos && std::count(t.begin(), t.begin() + static_cast<long>(colon), ' ') < 6) return std::vector<int>{};
      if (!t.empty()) out.push_back(static_cast<int>(j));
    }
    // Each item opens with a verb of work ("Tổ chức hội nghị …"); "- Đa dạng, phong phú …" under "5.2. Tổ chức
    // tuyên truyền …" states how the owner's work is done, and the owner is the task.
    for (int j : out)
      if (!opens_with_work_verb(to_lower(trim_punct(doc.text(doc.blocks[static_cast<size_t>(j)].content)))))
        return std::vector<int>{};
    return out;
  };

  for (const LabelGroup& g : groups) {
    if (g.first(LabelRole::Procedure)) continue;
    std::optional<Deadline> deadline;
    if (const LabelLine* t = g.first(LabelRole::Time)) {
      Span s = span_of(*t);
      // An inline time shares its line with the work, which may hold dates of its own.
      deadline = t->inline_label ? deadline_within(doc.doc, deadlines, t->value.begin, t->value.end, /*written_there=*/true) : std::nullopt;
      if (!deadline) deadline = deadline_within(doc.doc, deadlines, s.begin, s.end);
    }
    // "+ Các bộ … gửi kết quả trước ngày 15/12" / "+ Bộ Công an tổng hợp … trước ngày 31/12" under the time
    // label: a dated item that names units is the time of the task those units lead.
    std::vector<std::pair<std::vector<std::string>, Deadline>> dated;
    if (const LabelLine* t = g.first(LabelRole::Time))
      for (int b = t->block + 1; b <= t->last_block; ++b) {
        const Block& c = doc.blocks[static_cast<size_t>(b)];
        if (c.kind != BlockKind::ListItem) continue;
        Assignment a = read_label_units(doc.text(c.content));
        if (a.lead.empty()) continue;
        if (auto d = deadline_within(doc.doc, deadlines, c.content.begin, c.content.end)) dated.emplace_back(std::move(a.lead), *d);
      }
    auto time_of = [&](const std::vector<std::string>& lead) {
      auto lower = [](const std::vector<std::string>& us) {
        std::vector<std::string> out;
        for (const auto& u : us) out.push_back(to_lower(u));
        std::sort(out.begin(), out.end());
        return out;
      };
      for (const auto& [units, d] : dated)
        if (lower(units) == lower(lead)) return std::optional<Deadline>(d);
      return deadline;
    };
    Assignment who;
    std::vector<Task> clauses;  // further subjects in a "Cơ quan thực hiện" value, each its own task
    std::vector<Task> sub_items;  // a lead label's sub-items that carry their own work
    for (const LabelLine& l : g.labels) {
      std::string v = value_of(l);
      std::vector<Assignment> said = read_unit_clauses(v);
      // "- Cơ quan chủ trì:" whose "+" sub-items each give their units work of their own
      // ("+ Sở Nội vụ thực hiện …" / "+ Sở Tài chính hướng dẫn …"): a task for each sub-item.
      bool own_work = l.role == LabelRole::Lead && l.last_block > l.block && said.size() >= 2 &&
                      std::all_of(said.begin(), said.end(), [](const Assignment& a) { return !a.work.empty(); });
      if (own_work) {
        for (Assignment& a : said) {
          sub_items.push_back(own_task(l, a));
        }
      } else if (l.role == LabelRole::Lead) {
        for (Assignment& a : said) {
          append(who.lead, std::move(a.lead));
          append(who.support, std::move(a.support));
        }
      } else if (l.role == LabelRole::Support) {
        append(who.support, units(v));
      } else if (l.role == LabelRole::Executor) {
        // "Sở Nội vụ chủ trì …; Sở Tư pháp và các sở … chủ động …": a task for each clause
        // that gives its units work of their own.
        for (size_t c = 0; c < said.size(); ++c) {
          Assignment& a = said[c];
          if (c == 0 && who.lead.empty()) {
            who.lead = std::move(a.lead);
            append(who.support, std::move(a.support));
          } else if (a.work.empty()) {
            append(who.support, std::move(a.lead));
          } else {
            clauses.push_back(own_task(l, a));
          }
        }
      }
    }
    for (Task& t : sub_items) {
      // The group's support label serves every sub-item.
      t.support.insert(t.support.end(), who.support.begin(), who.support.end());
      clauses.push_back(std::move(t));
    }
    if (who.lead.empty() && !sub_items.empty()) {
      for (const LabelLine& l : g.labels)
        for (int b = l.block; b <= l.last_block; ++b) consumed[static_cast<size_t>(b)] = true;
      if (g.owner >= 0) consumed[static_cast<size_t>(g.owner)] = true;
      for (Task& t : clauses) {
        if (!t.deadline) t.deadline = time_of(t.lead);
        out.push_back(std::move(t));
      }
      continue;
    }
    if (who.lead.empty()) {
      if (deadline && g.owner >= 0) owner_deadline.emplace(g.owner, *deadline);
      // "- Cơ quan phối hợp: …" beside prose items that name their own lead: the label names who
      // supports; read as prose it would make "Cơ quan" a lead.
      for (const LabelLine& l : g.labels)
        if (l.role == LabelRole::Support && !l.inline_label)
          for (int b = l.block; b <= l.last_block; ++b) consumed[static_cast<size_t>(b)] = true;
      continue;
    }
    for (const LabelLine& l : g.labels)
      for (int b = l.block; b <= l.last_block; ++b) consumed[static_cast<size_t>(b)] = true;
    // The section whose items state their work on labels assigns work in its prose too
    // ("II. NỘI DUNG" of a plan in this layout).
    for (int p = g.first(LabelRole::Work) ? g.owner : -1; p >= 0; p = doc.blocks[static_cast<size_t>(p)].parent) {
      MarkerKind k = doc.blocks[static_cast<size_t>(p)].marker_kind;
      if (k != MarkerKind::None && k <= MarkerKind::Roman) {
        sections[static_cast<size_t>(p)] = true;
        break;
      }
    }

    // The items the labels describe: the work label's, else the owner item and the childless
    // items just before it ("1.1. …" "1.2. …" then one "Cơ quan thực hiện" line for both).
    std::vector<Task> items;
    auto item = [&](int line, std::string description, size_t b, size_t e) {
      Task t;
      if (!description.empty()) t.description = std::move(description);
      t.line = line;
      t.deadline = deadline ? deadline : deadline_within(doc.doc, deadlines, b, e);
      items.push_back(std::move(t));
    };
    if (const LabelLine* w = g.first(LabelRole::Work)) {
      const Block& wb = doc.blocks[static_cast<size_t>(w->block)];
      std::string d = collapse_whitespace(value_of(*w));
      size_t end = LabelBlockReader::value_end(doc, *w);
      for (size_t j = static_cast<size_t>(w->block) + 1; j < doc.blocks.size() && descends_from(doc, j, w->block); ++j) {
        if (d.empty()) d = collapse_whitespace(doc.text(doc.blocks[j].content));  // the work is the items below
        consumed[j] = true;
        end = doc.blocks[j].span.end;
      }
      item(wb.line, std::move(d), wb.span.begin, end);
      // A sentence of the work that names its own lead ("…, Sở X chủ trì, phối hợp với Y") is a task too.
      for (int b = w->block; b <= w->last_block; ++b) {
        const auto& ss = doc.blocks[static_cast<size_t>(b)].sentences;
        for (size_t k = b == w->block ? 1 : 0; k < ss.size() && ss[k].begin < w->value.end; ++k)
          if (auto a = read_lead_sentence(doc.text(ss[k])); a && !a->lead.empty()) {
            Task t;
            t.lead = a->lead;
            t.support = a->support;
            if (!a->work.empty()) t.description = a->work;
            t.line = doc.doc.line_of(ss[k].begin);
            clauses.push_back(std::move(t));
          }
      }
    } else if (std::vector<int> bullets = bullets_beside(g); !bullets.empty()) {
      // "1. Tuyên truyền …" / "- Biên soạn …" / "- Tổ chức …" / "- Cơ quan chủ trì: …" / "- Thời gian: …":
      // the labels serve each plain item beside them, above or below; a short heading only titles them, a
      // long one ("6.2. Phối hợp với … chuẩn bị hội nghị …; chủ trì tổ chức …") is work of its own too.
      const Block& o = doc.blocks[static_cast<size_t>(g.owner)];
      consumed[static_cast<size_t>(g.owner)] = true;
      std::string_view owner_text = trim_punct(doc.text(o.content));
      if (std::count(owner_text.begin(), owner_text.end(), ' ') >= kTitleWords && !ends_with_colon(doc.text(o.content)))
        item(o.line, collapse_whitespace(owner_text), o.span.begin, o.span.end);
      for (int j : bullets) {
        const Block& s = doc.blocks[static_cast<size_t>(j)];
        size_t end = s.span.end;
        for (size_t c = static_cast<size_t>(j) + 1; c < doc.blocks.size() && descends_from(doc, c, j); ++c) {
          consumed[c] = true;
          end = doc.blocks[c].span.end;
        }
        consumed[static_cast<size_t>(j)] = true;
        item(s.line, collapse_whitespace(trim_punct(doc.text(s.content))), s.span.begin, end);
      }
    } else if (g.owner >= 0) {
      const Block& o = doc.blocks[static_cast<size_t>(g.owner)];
      std::vector<int> served{g.owner};
      for (int j = g.owner - 1; j > o.parent; --j) {
        const Block& s = doc.blocks[static_cast<size_t>(j)];
        // An item that is itself "Name: value" is a field of a record, not work.
        if (s.parent != o.parent || s.marker_kind != o.marker_kind || owns[static_cast<size_t>(j)] ||
            doc.text(s.content).find(':') != std::string_view::npos)
          break;
        served.insert(served.begin(), j);
      }
      for (int j : served) {
        const Block& s = doc.blocks[static_cast<size_t>(j)];
        consumed[static_cast<size_t>(j)] = true;
        item(s.line, collapse_whitespace(trim_punct(doc.text(s.content))), s.span.begin, s.span.end);
      }
    }
    for (Task& t : items) {
      t.lead = who.lead;
      if (!dated.empty()) t.deadline = time_of(t.lead);
      t.support = who.support;
      out.push_back(std::move(t));
    }
    for (Task& t : clauses) {
      if (!t.deadline) t.deadline = time_of(t.lead);
      out.push_back(std::move(t));
    }
  }
  return out;
}

}  // namespace vnpolicy
