#include "extract/reference_extractor.h"

#include <algorithm>

#include "core/dates.h"
#include "core/keys.h"
#include "core/text.h"
#include "extract/reference_reader.h"
#include "normalize/unicode.h"
#include "resolve/reference_resolver.h"

namespace vnpolicy {

using namespace reference_reading;  // this file is part of the reference reader

ReferenceExtractor::ReferenceExtractor(const RuleSet& rules) : rules_(rules) {
  if (const auto* lx = rules.lexicon("reference_doc_types"))
    for (const auto& e : *lx) {
      std::optional<std::string> name;
      if (e.contains("name") && e["name"].is_string()) name = e["name"].get<std::string>();
      for (const auto& f : e.value("forms", nlohmann::json::array())) {
        std::string form = normalize_tone_marks(f.get<std::string>());
        TypeForm t;
        t.exact_case = is_all_caps(form);
        for (const auto& w : words_of(t.exact_case ? form : to_lower(form))) t.words.push_back(w.text);
        t.name = name;
        lex_.type_forms.push_back(std::move(t));
      }
    }
  std::stable_sort(lex_.type_forms.begin(), lex_.type_forms.end(),
                   [](const TypeForm& a, const TypeForm& b) { return a.words.size() > b.words.size(); });
  if (const auto* lx = rules.lexicon("reference_issuer_stops"))
    for (const auto& s : *lx) {
      std::vector<std::string> ws;
      for (const auto& w : words_of(to_lower(normalize_tone_marks(s.get<std::string>())))) ws.push_back(w.text);
      lex_.issuer_stops.push_back(std::move(ws));
    }
  lex_.symbol_issuers = load_symbol_issuers(rules);
  if (const auto* lx = rules.lexicon("reference_part_heads"))
    for (const auto& e : *lx) lex_.part_heads.push_back(normalize_tone_marks(e.value("caps", "")));
  if (const auto* lx = rules.lexicon("doc_types"))
    for (const auto& e : *lx) lex_.type_heads.push_back(normalize_tone_marks(e.value("caps", "")));
  for (auto* heads : {&lex_.part_heads, &lex_.type_heads})
    std::stable_sort(heads->begin(), heads->end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  auto add_name = [&](const std::string& name) {
    std::vector<std::string> ws;
    for (const auto& w : words_of(to_lower(normalize_tone_marks(name)))) ws.push_back(w.text);
    if (!ws.empty()) lex_.issuer_names.push_back(std::move(ws));
  };
  if (const auto* lx = rules.lexicon("issuer_heads"))
    for (const auto& e : *lx) {
      lex_.issuer_caps.emplace_back(normalize_tone_marks(e.value("caps", "")), e.value("name", ""));
      if (!e.value("takes_area", false) && !e.value("takes_place_name", false) && e.value("body_of", "").empty())
        add_name(e.value("name", ""));
    }
  for (const auto& si : lex_.symbol_issuers) {
    add_name(si.issuer);
    if (!si.with_term) lex_.unnumbered_codes.push_back(si.code);
  }
  if (const auto* lx = rules.lexicon("reference_unnumbered_codes"))
    for (const auto& c : *lx) lex_.unnumbered_codes.push_back(c.get<std::string>());
  if (const auto* lx = rules.lexicon("reference_issuer_continuations"))
    for (const auto& w : *lx) lex_.issuer_name_goes_on.push_back(to_lower(normalize_tone_marks(w.get<std::string>())));
}

namespace reference_reading {

void DocumentReader::find_numbers() {
  struct Found { size_t b, e; const Rule* rule; };
  std::vector<Found> found;
  for (const Rule* r : rules_.group("reference.number")) {
    int gi = r->group_index("number");
    for_each_match(*r->re, text_, [&](size_t, size_t, const Groups& m) {
      if (gi < 0 || !m[static_cast<size_t>(gi)].data()) return;
      size_t b = offset_in(text_, m[static_cast<size_t>(gi)]);
      found.push_back({b, b + m[static_cast<size_t>(gi)].size(), r});
    });
  }
  // Where rules overlap, the earliest, then the longest match is the number.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.b != b.b ? a.b < b.b : a.e > b.e; });
  size_t last_end = 0;
  for (const Found& f : found) {
    if (f.b < last_end) continue;
    last_end = f.e;
    Mention m;
    if (read_mention(f.b, f.e, f.rule->id, m)) mentions_.push_back(std::move(m));
  }
}

void DocumentReader::link_lists() {
  const auto& sep = rules_.group("reference.list_separator");
  Groups g;
  for (size_t i = 1; i < mentions_.size(); ++i) {
    Mention& prev = mentions_[i - 1];
    Mention& cur = mentions_[i];
    if (prev.block != cur.block || cur.begin < prev.end) continue;
    std::string_view gap(text_.data() + prev.end, cur.begin - prev.end);
    if (!first_match(sep, gap, g)) continue;
    cur.list_with_previous = true;
    if (!cur.typed && prev.ref.doc_type) cur.ref.doc_type = prev.ref.doc_type;
  }
  // A trailing date or issuer belongs to the numbers before it that have none; a date
  // does not reach back past an issuer ("93/NQ-CP của Chính phủ, Kế hoạch số 466-KH/TU
  // ngày 12/5/2025" dates the plan only).
  for (size_t i = mentions_.size(); i-- > 1;) {
    if (!mentions_[i].list_with_previous) continue;
    Mention& prev = mentions_[i - 1];
    const Mention& cur = mentions_[i];
    if (!prev.own_date && !prev.own_issuer && cur.ref.date) prev.ref.date = cur.ref.date;
    if (!prev.own_issuer && cur.ref.issuer) prev.ref.issuer = cur.ref.issuer;
  }
  // A relation cue governs the list it heads: later numbers of the same type in its sentence;
  // a replacing cue also every item of the list whatever its type ("thay thế Nghị định số …; Thông tư số …",
  // "thay thế các văn bản sau: Quyết định số …, Chỉ thị số … và …"), items on lines of their
  // own included. A number inside an item's description ("… hướng dẫn thực hiện Quyết định
  // số …") is no item; its own cue neither takes the list over in the same sentence.
  const Mention* head = nullptr;
  int last_block = -1;
  bool prev_in_list = false;  // the mention before is the list's head or one of its items
  for (size_t i = 0; i < mentions_.size(); ++i) {
    Mention& cur = mentions_[i];
    const bool same_sentence = head && cur.block == head->block && cur.sentence.begin == head->sentence.begin;
    const bool after_item = prev_in_list;
    prev_in_list = false;
    if (cur.cue) {
      if (!same_sentence) {
        head = &cur;
        last_block = cur.block;
        prev_in_list = true;
      }
      continue;
    }
    if (!head) continue;
    const Mention& prev = mentions_[i - 1];
    if (cur.list_with_previous && prev.cue) {
      cur.cue = prev.cue;
      last_block = cur.block;
      prev_in_list = after_item;
      continue;
    }
    const bool with_prev = cur.block == prev.block && cur.sentence.begin == prev.sentence.begin;
    if (prev.cue && with_prev && cur.ref.doc_type && cur.ref.doc_type == prev.ref.doc_type) {
      cur.cue = prev.cue;
      prev_in_list = after_item;
      continue;
    }
    // Only a replacing cue heads items of other types: after "được sửa đổi, bổ sung bởi Luật số …"
    // the next items are more amending texts, not amended ones.
    if (*head->cue != "replaces" || names_replacing_text(*head)) continue;
    if ((same_sentence && opens_list_item(prev.end, cur.begin, after_item)) || goes_on_list_block(last_block, cur)) {
      cur.cue = head->cue;
      last_block = cur.block;
      prev_in_list = true;
    }
  }
}

// Whether a replacing cue before m is part of another document's name ("… ban hành Nghị quyết
// thay thế Nghị quyết số …", reference.replacing_title) rather than a text's own enacting words.
bool DocumentReader::names_replacing_text(const Mention& m) const {
  const size_t b = m.begin > kCueWindow ? m.begin - kCueWindow : 0;
  Groups g;
  return first_match(rules_.group("reference.replacing_title"), std::string_view(text_.data() + b, m.begin - b), g) != nullptr;
}

// Whether the words right before a mention open an item of a list (reference.list_item_start),
// looking no further back than the previous mention; ',' and "và" only after an item.
bool DocumentReader::opens_list_item(size_t prev_end, size_t begin, bool after_item) const {
  if (prev_end > begin) return false;
  const size_t b = std::max(prev_end, begin > kItemStartWindow ? begin - kItemStartWindow : 0);
  Groups g;
  const Rule* r = first_match(rules_.group("reference.list_item_start"), std::string_view(text_.data() + b, begin - b), g);
  return r && (after_item || r->field("after_item") != "true");
}

// Whether a mention opens the block right after a list's last block, and that block broke off
// on a list separator ("thay thế các văn bản sau:" / "a) Quyết định số …;" / "b) Chỉ thị số …").
bool DocumentReader::goes_on_list_block(int list_block, const Mention& m) const {
  if (list_block < 0 || m.block != list_block + 1) return false;
  const Block& prev = doc_.blocks[static_cast<size_t>(list_block)];
  const Block& own = doc_.blocks[static_cast<size_t>(m.block)];
  const Span& pc = prev.content.empty() ? prev.span : prev.content;
  const Span& oc = own.content.empty() ? own.span : own.content;
  if (m.begin < oc.begin || m.begin - oc.begin > kItemStartWindow) return false;
  std::string probe(trim(doc_.text(pc)));
  probe += ' ';
  probe += text_.substr(oc.begin, m.begin - oc.begin);
  Groups g;
  return first_match(rules_.group("reference.list_item_start"), probe, g) != nullptr;
}

void DocumentReader::add_alias_uses() {
  std::vector<std::pair<size_t, size_t>> taken;
  for (const auto& m : mentions_) taken.emplace_back(m.begin, m.end);
  std::vector<Mention> added;
  for (const Rule* r : rules_.group("reference.alias")) {
    int gi = r->group_index("alias");
    if (gi < 0) continue;
    for_each_match(*r->re, text_, [&](size_t b, size_t e, const Groups& g) {
      re2::StringPiece a = g[static_cast<size_t>(gi)];
      size_t ab = offset_in(text_, a), ae = ab + a.size();
      // The alias names the last reference before the bracket.
      const Mention* target = nullptr;
      for (const auto& m : mentions_)
        if (m.begin < b) target = &m;
      if (!target) return;
      size_t target_index = static_cast<size_t>(target - mentions_.data());
      bool alias_has_number = false;
      for (auto& m : mentions_)
        if (m.number_begin >= ab && m.number_end <= ae) {
          alias_has_number = true;
          if (m.ref.number_key == target->ref.number_key) {
            m.evidence.alias_of = target_index;
            if (!m.ref.doc_type) m.ref.doc_type = target->ref.doc_type;
          }
        }
      std::string_view alias = trim(std::string_view(a.data(), a.size()));
      if (alias_has_number || alias.find_first_of("0123456789") == std::string_view::npos) return;
      // A short name without the symbol ("Nghị quyết 11"): its later uses are this reference.
      for (auto [ub, ue] : find_alias_uses(text_, alias, e, taken)) {
        Mention use = *target;
        use.begin = use.number_begin = ub;
        use.end = use.number_end = ue;
        use.block = doc_.block_at(ub);
        use.sentence = sentence_at(use.block, ub);
        use.ref.rule_id = r->id;
        use.ref.relation = "mentions";
        use.evidence = {};
        use.evidence.alias_of = target_index;
        use.cue.reset();
        use.list_with_previous = false;
        added.push_back(std::move(use));
      }
    });
  }
  // Alias indices point into mentions_ as it was; appended uses keep them valid.
  for (auto& m : added) mentions_.push_back(std::move(m));
}

std::vector<Reference> DocumentReader::run() {
  find_numbers();
  link_lists();
  add_alias_uses();
  compute_regions();
  std::vector<size_t> order(mentions_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return mentions_[a].begin < mentions_[b].begin; });
  std::vector<size_t> rank(order.size());
  for (size_t k = 0; k < order.size(); ++k) rank[order[k]] = k;

  std::vector<Reference> refs;
  std::vector<YearEvidence> evidence;
  for (size_t idx : order) {
    Mention& m = mentions_[idx];
    m.ref.relation = relation_of(m);
    m.ref.line = doc_.doc.line_of(m.begin);
    m.ref.text = doc_.doc.source_text(m.begin, m.end);
    m.ref.sentence = citing_sentence(m);
    if (!m.ref.issuer) m.ref.issuer = issuer_from_symbol(m.ref.number);
    YearEvidence ev = m.evidence;
    if (ev.alias_of) ev.alias_of = rank[*ev.alias_of];
    refs.push_back(m.ref);
    evidence.push_back(ev);
  }
  resolve_reference_years(refs, evidence);
  return refs;
}

std::vector<std::string> DocumentReader::relations(const std::vector<std::pair<size_t, size_t>>& spans) {
  compute_regions();
  std::vector<std::string> out;
  Groups g;
  for (auto [b, e] : spans) {
    Mention m;
    m.begin = m.number_begin = b;
    m.end = m.number_end = e;
    m.block = doc_.block_at(b);
    m.sentence = sentence_at(m.block, b);
    m.cue = cue_before(b, b);
    out.push_back(relation_of(m));
  }
  return out;
}

}  // namespace reference_reading

std::vector<std::string> ReferenceExtractor::relations(const SegmentedDocument& doc, const DocumentHeader& header,
                                                       const std::vector<std::pair<size_t, size_t>>& spans) const {
  return DocumentReader(rules_, lex_, doc, header).relations(spans);
}

std::vector<Reference> ReferenceExtractor::extract(const SegmentedDocument& doc, const DocumentHeader& header) const {
  return DocumentReader(rules_, lex_, doc, header).run();
}

}  // namespace vnpolicy
