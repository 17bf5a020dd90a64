#include "rules/rule_set.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <functional>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>

#include <unistd.h>

#include "rules/lexicon_table.h"

namespace vnpolicy {

// RE2's default 8 MB budget is too small for the DFA of a pattern anchored at the end with two
// bounded spans ("… [^.;]{0,160}? biết [^.;]{0,90} $"): its cache was flushed on nearly every
// line, and that one rule took two thirds of the extraction's time. The budget is a ceiling (a
// rule takes only the states it uses); 32 MB keeps peak memory near where it was. RE2::Set keeps
// the default: a set that runs out falls back to its rules one by one.
constexpr int64_t kRuleMaxMem = int64_t{32} << 20;

RuleError::RuleError(std::string file, int line, const std::string& message)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + message), file_(std::move(file)), line_(line) {}

std::string Rule::field(std::string_view name, std::string fallback) const {
  auto it = fields.find(std::string(name));
  if (it == fields.end() || !it->is_string()) return fallback;
  return it->get<std::string>();
}

int Rule::group_index(std::string_view capture_name) const {
  const auto& names = re->NamedCapturingGroups();
  auto it = names.find(std::string(capture_name));
  return it == names.end() ? -1 : it->second;
}

namespace {

// Runs task(0) .. task(n - 1) on up to every core (RE2 compilation is most of the cost
// of loading the rules, which every command pays once). Rethrows the first exception.
void run_in_parallel(size_t n, const std::function<void(size_t)>& task) {
  const size_t threads = std::min<size_t>(n, std::max(1u, std::min(8u, std::thread::hardware_concurrency())));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) task(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    for (size_t i; (i = next++) < n;) {
      try {
        task(i);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

int line_at(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

// Line of the first occurrence of `needle` (as JSON would write it) at or after `from`.
int line_of_json_string(std::string_view text, const std::string& needle, size_t from = 0) {
  std::string quoted = nlohmann::json(needle).dump();
  size_t at = text.find(quoted, from);
  if (at == std::string_view::npos) at = text.find(needle, from);
  return at == std::string_view::npos ? 0 : line_at(text, at);
}
size_t offset_of_json_string(std::string_view text, const std::string& needle, size_t from = 0) {
  size_t at = text.find(nlohmann::json(needle).dump(), from);
  return at == std::string_view::npos ? from : at;
}

std::string expand_macros(const std::string& pattern, const std::map<std::string, std::string>& macros,
                          const std::string& file, int line, int depth = 0) {
  if (depth > 8) throw RuleError(file, line, "macros nest too deeply (a macro uses itself?)");
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t open = pattern.find("{{", i);
    if (open == std::string::npos) { out += pattern.substr(i); break; }
    size_t close = pattern.find("}}", open + 2);
    if (close == std::string::npos) throw RuleError(file, line, "unclosed '{{' in pattern");
    out += pattern.substr(i, open - i);
    std::string name = pattern.substr(open + 2, close - open - 2);
    auto it = macros.find(name);
    if (it == macros.end()) throw RuleError(file, line, "unknown macro {{" + name + "}}");
    out += "(?:" + expand_macros(it->second, macros, file, line, depth + 1) + ")";
    i = close + 2;
  }
  return out;
}

std::string pattern_text(const nlohmann::json& p, const std::string& file, int line) {
  if (p.is_string()) return p.get<std::string>();
  if (p.is_array()) {
    std::string s;
    for (const auto& part : p) {
      if (!part.is_string()) throw RuleError(file, line, "'pattern' list must hold strings");
      s += part.get<std::string>();
    }
    return s;
  }
  throw RuleError(file, line, "'pattern' must be a string or a list of strings");
}

struct ParsedFile {
  std::string name, text;
  nlohmann::json json;
};

}  // namespace

std::shared_ptr<const RuleSet> RuleSet::load_texts(const std::vector<std::pair<std::string, std::string>>& sources,
                                                   Parts parts) {
  auto set = std::shared_ptr<RuleSet>(new RuleSet());
  std::vector<ParsedFile> files;
  std::map<std::string, std::string> macros;
  std::vector<bool> case_sensitive;  // per rule, in the order of set->rules_
  for (const auto& [name, text] : sources) {
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tsv") == 0) {
      set->tables_[table_name_of(name)].add_file(name, text);
      continue;
    }
    ParsedFile f{name, text, {}};
    try {
      f.json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
      std::string msg = e.what();
      if (auto p = msg.find("parse error"); p != std::string::npos) msg = msg.substr(p);
      throw RuleError(name, line_at(text, e.byte > 0 ? e.byte - 1 : 0), "invalid JSON: " + msg);
    }
    if (!f.json.is_object()) throw RuleError(name, 1, "a rule file must hold a JSON object");
    if (parts == Parts::LexiconsAndTables) f.json.erase("rules");
    if (auto m = f.json.find("macros"); m != f.json.end()) {
      if (!m->is_object()) throw RuleError(name, line_of_json_string(text, "macros"), "'macros' must be an object");
      for (const auto& [k, v] : m->items()) {
        int line = line_of_json_string(text, k);
        if (!v.is_string() && !v.is_array()) throw RuleError(name, line, "macro " + k + " must be a string");
        if (macros.count(k)) throw RuleError(name, line, "macro " + k + " is defined twice");
        macros[k] = pattern_text(v, name, line);
      }
    }
    for (const auto& [k, v] : f.json.items())
      if (k != "macros" && k != "rules" && k != "lexicons" && k != "tables" && k != "description")
        throw RuleError(name, line_of_json_string(text, k), "unknown top-level key '" + k + "'");
    files.push_back(std::move(f));
  }
  for (const auto& f : files) {
    if (auto lx = f.json.find("lexicons"); lx != f.json.end()) {
      if (!lx->is_object()) throw RuleError(f.name, line_of_json_string(f.text, "lexicons"), "'lexicons' must be an object");
      for (const auto& [k, v] : lx->items()) {
        auto& slot = set->lexicons_[k];
        if (slot.is_null()) slot = v;
        else if (slot.is_array() && v.is_array()) slot.insert(slot.end(), v.begin(), v.end());
        else throw RuleError(f.name, line_of_json_string(f.text, k), "lexicon " + k + " defined twice");
      }
    }
    if (auto tb = f.json.find("tables"); tb != f.json.end()) {
      int at = line_of_json_string(f.text, "tables");
      if (!tb->is_object()) throw RuleError(f.name, at, "'tables' must be an object");
      for (const auto& [k, spec] : tb->items()) {
        int line = line_of_json_string(f.text, k, offset_of_json_string(f.text, "tables"));
        if (!spec.is_object() || !spec.contains("file") || !spec["file"].is_string())
          throw RuleError(f.name, line, "table '" + k + "' needs a string 'file'");
        auto t = set->tables_.find(table_name_of(std::filesystem::path(spec["file"].get<std::string>()).filename().string()));
        if (t == set->tables_.end())
          throw RuleError(f.name, line, "table '" + k + "': no file " + spec["file"].get<std::string>() + " beside the rules");
        nlohmann::json rows = table_rows_json(t->second);
        check_table_rows(k, spec, f.name, line, rows);
        if (set->lexicons_.count(k)) throw RuleError(f.name, line, "lexicon " + k + " defined twice");
        set->lexicons_[k] = std::move(rows);
      }
    }
    auto rs = f.json.find("rules");
    if (rs == f.json.end()) continue;
    if (!rs->is_array()) throw RuleError(f.name, line_of_json_string(f.text, "rules"), "'rules' must be a list");
    size_t search_from = 0;
    for (const auto& r : *rs) {
      if (!r.is_object()) throw RuleError(f.name, line_at(f.text, search_from), "a rule must be an object");
      auto rule = std::make_unique<Rule>();
      rule->file = f.name;
      if (!r.contains("id") || !r["id"].is_string())
        throw RuleError(f.name, line_at(f.text, search_from), "rule without a string 'id'");
      rule->id = r["id"].get<std::string>();
      size_t at = offset_of_json_string(f.text, rule->id, search_from);
      search_from = at;
      rule->line = line_at(f.text, at);
      if (set->by_id_.count(rule->id)) throw RuleError(f.name, rule->line, "rule id '" + rule->id + "' is used twice");
      for (const auto& [k, v] : r.items())
        if (k != "id" && k != "group" && k != "pattern" && k != "case_insensitive" && k != "fields" &&
            k != "examples" && k != "description")
          throw RuleError(f.name, rule->line, "rule '" + rule->id + "': unknown key '" + k + "'");
      rule->group = r.value("group", std::string());
      if (rule->group.empty()) throw RuleError(f.name, rule->line, "rule '" + rule->id + "' has no 'group'");
      if (!r.contains("pattern")) throw RuleError(f.name, rule->line, "rule '" + rule->id + "' has no 'pattern'");
      rule->pattern = expand_macros(pattern_text(r["pattern"], f.name, rule->line), macros, f.name, rule->line);
      case_sensitive.push_back(!r.value("case_insensitive", false));  // compiled below, in parallel
      if (r.contains("fields")) {
        if (!r["fields"].is_object()) throw RuleError(f.name, rule->line, "rule '" + rule->id + "': 'fields' must be an object");
        rule->fields = r["fields"];
      }
      if (auto ex = r.find("examples"); ex != r.end()) {
        if (!ex->is_object()) throw RuleError(f.name, rule->line, "rule '" + rule->id + "': 'examples' must be an object");
        for (const char* key : {"match", "no_match"}) {
          auto list = ex->find(key);
          if (list == ex->end()) continue;
          if (!list->is_array()) throw RuleError(f.name, rule->line, std::string("'") + key + "' must be a list");
          for (const auto& e : *list) {
            RuleExample x;
            x.should_match = std::string(key) == "match";
            if (e.is_string()) {
              x.text = e.get<std::string>();
            } else if (e.is_object() && e.contains("text") && e["text"].is_string()) {
              x.text = e["text"].get<std::string>();
              if (auto g = e.find("groups"); g != e.end() && g->is_object())
                for (const auto& [gk, gv] : g->items()) x.groups[gk] = gv.is_string() ? gv.get<std::string>() : gv.dump();
            } else {
              throw RuleError(f.name, rule->line, "rule '" + rule->id + "': an example must be a string or {\"text\": ...}");
            }
            x.line = line_of_json_string(f.text, x.text, at);
            rule->examples.push_back(std::move(x));
          }
        }
      }
      set->by_id_[rule->id] = rule.get();
      set->groups_[rule->group].add(rule.get());
      set->rules_.push_back(std::move(rule));
    }
  }
  run_in_parallel(set->rules_.size(), [&](size_t i) {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_max_mem(kRuleMaxMem);
    opt.set_case_sensitive(case_sensitive[i]);
    set->rules_[i]->re = std::make_unique<RE2>(set->rules_[i]->pattern, opt);
  });
  // Structural errors above come first; then the first bad pattern in file order.
  for (const auto& rule : set->rules_)
    if (!rule->re->ok())
      throw RuleError(rule->file, rule->line, "rule '" + rule->id + "': bad pattern: " + rule->re->error());
  std::vector<RuleGroup*> groups;
  for (auto& [name, g] : set->groups_) groups.push_back(&g);
  run_in_parallel(groups.size(), [&](size_t i) { groups[i]->build_sets(); });
  return set;
}

std::shared_ptr<const RuleSet> RuleSet::load_directory(const std::filesystem::path& dir, Parts parts) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) throw RuleError(dir.string(), 0, "rules directory not found");
  std::vector<std::filesystem::path> paths;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file() && (it->path().extension() == ".json" || it->path().extension() == ".tsv"))
      paths.push_back(it->path());
  // File order, except that a table's own NAME.tsv comes before its NAME.PART.tsv additions.
  std::sort(paths.begin(), paths.end(), [](const std::filesystem::path& a, const std::filesystem::path& b) {
    auto rank = [](const std::filesystem::path& p) {
      std::string f = p.filename().string();
      return std::make_tuple(p.parent_path().string(), table_name_of(f), std::count(f.begin(), f.end(), '.'), f);
    };
    return rank(a) < rank(b);
  });
  std::vector<std::pair<std::string, std::string>> sources;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw RuleError(p.string(), 0, "cannot read rule file");
    std::ostringstream buf;
    buf << in.rdbuf();
    sources.emplace_back(p.string(), std::move(buf).str());
  }
  if (sources.empty()) throw RuleError(dir.string(), 0, "no *.json rule files");
  return load_texts(sources, parts);
}

namespace {
// Whether p has a '|' outside every group and class: "^A|B" is then not anchored as a whole.
bool alternates_at_top(const std::string& p) {
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') { ++i; continue; }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == '^') ++i;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;  // "[]…]": a leading ']' is a member
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}
// A set searched anchored at the start would miss the other branches of "^A|B".
bool starts_anchored(const std::string& p) { return !p.empty() && p.front() == '^' && !alternates_at_top(p); }
bool ends_anchored(const std::string& p) {
  size_t backslashes = 0;
  for (size_t i = p.size() - 1; i > 0 && p[i - 1] == '\\'; --i) ++backslashes;
  return !p.empty() && p.back() == '$' && backslashes % 2 == 0;
}
}  // namespace

void RuleGroup::PatternSet::build(const std::vector<const Rule*>& rules, const std::vector<bool>& member,
                                  RE2::Anchor anchor) {
  RE2::Options opt;
  opt.set_log_errors(false);
  auto s = std::make_unique<RE2::Set>(opt, anchor);
  std::vector<int> slots(rules.size(), -1);
  int n = 0;
  for (size_t i = 0; i < rules.size(); ++i) {
    if (!member[i]) continue;
    // Each rule keeps its own case sensitivity inside the shared set.
    const Rule* r = rules[i];
    std::string p = (r->re->options().case_sensitive() ? "(?:" : "(?i:") + r->pattern + ")";
    if (s->Add(p, nullptr) < 0) return;  // no set: its rules run one by one
    slots[i] = n++;
  }
  if (n < 2 || !s->Compile()) return;
  set = std::move(s);
  slot = std::move(slots);
  rule_of_slot.assign(static_cast<size_t>(n), 0);
  for (size_t i = 0; i < slot.size(); ++i)
    if (slot[i] >= 0) rule_of_slot[static_cast<size_t>(slot[i])] = i;
}

void RuleGroup::build_sets() {
  // Unanchored patterns share one set. Patterns anchored at the start share another,
  // searched anchored, which stops where no pattern can go on. Patterns anchored only
  // at the end run alone: RE2 runs those backwards from the end.
  std::vector<bool> unanchored(rules_.size()), at_start(rules_.size());
  for (size_t i = 0; i < rules_.size(); ++i) {
    const std::string& p = rules_[i]->pattern;
    at_start[i] = starts_anchored(p);
    unanchored[i] = !at_start[i] && !ends_anchored(p);
  }
  unanchored_.build(rules_, unanchored, RE2::UNANCHORED);
  at_start_.build(rules_, at_start, RE2::ANCHOR_START);
}

// Per rule: 1 = found by its set, 0 = its set says no, -1 = not decided by a set.
std::vector<int> RuleGroup::verdicts(std::string_view text) const {
  std::vector<int> v(rules_.size(), -1);
  std::vector<int> found;  // reused by both sets: one allocation per call, not four
  for (const PatternSet* ps : {&unanchored_, &at_start_}) {
    if (!ps->set) continue;
    found.clear();
    RE2::Set::ErrorInfo error;
    if (!ps->set->Match(re2::StringPiece(text.data(), text.size()), &found, &error) && error.kind != RE2::Set::kNoError)
      continue;  // could not decide: its rules stay -1
    for (size_t i = 0; i < rules_.size(); ++i)
      if (ps->slot[i] >= 0) v[i] = 0;
    for (int h : found) v[ps->rule_of_slot[static_cast<size_t>(h)]] = 1;
  }
  return v;
}

std::vector<const Rule*> RuleGroup::matching(std::string_view text) const {
  if (!unanchored_.set && !at_start_.set) return rules_;
  std::vector<int> v = verdicts(text);
  std::vector<const Rule*> out;
  for (size_t i = 0; i < rules_.size(); ++i)
    if (v[i] != 0) out.push_back(rules_[i]);
  return out;
}

const Rule* RuleGroup::first_matching(std::string_view text) const {
  const re2::StringPiece piece(text.data(), text.size());
  std::vector<int> v;
  if (unanchored_.set || at_start_.set) v = verdicts(text);
  for (size_t i = 0; i < rules_.size(); ++i) {
    // A set's answer is exact for a search of the whole text.
    if (!v.empty() && v[i] >= 0) {
      if (v[i] == 1) return rules_[i];
      continue;
    }
    if (RE2::PartialMatch(piece, *rules_[i]->re)) return rules_[i];
  }
  return nullptr;
}

const RuleGroup& RuleSet::group(std::string_view name) const {
  static const RuleGroup none;
  auto it = groups_.find(name);
  return it == groups_.end() ? none : it->second;
}

const Rule* RuleSet::find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

const nlohmann::json* RuleSet::lexicon(std::string_view name) const {
  auto it = lexicons_.find(name);
  return it == lexicons_.end() ? nullptr : &it->second;
}

const Table* RuleSet::table(std::string_view name) const {
  auto it = tables_.find(name);
  return it == tables_.end() ? nullptr : &it->second;
}

std::vector<ExampleFailure> RuleSet::check_examples() const {
  std::vector<ExampleFailure> failures;
  for (const auto& r : rules_) {
    for (const auto& x : r->examples) {
      const int n = r->re->NumberOfCapturingGroups() + 1;
      std::vector<re2::StringPiece> m(static_cast<size_t>(n));
      bool found = r->re->Match(x.text, 0, x.text.size(), RE2::UNANCHORED, m.data(), n);
      if (found != x.should_match) {
        failures.push_back({r->file, x.line, r->id,
                            std::string(x.should_match ? "should match but does not: " : "must not match but does: ") +
                                x.text + (found ? "  (matched \"" + std::string(m[0]) + "\")" : "")});
        continue;
      }
      for (const auto& [g, want] : x.groups) {
        int idx = r->group_index(g);
        if (idx < 0) {
          failures.push_back({r->file, x.line, r->id, "example names unknown group '" + g + "'"});
          continue;
        }
        std::string got(m[static_cast<size_t>(idx)].data() ? std::string(m[static_cast<size_t>(idx)]) : "");
        if (got != want)
          failures.push_back({r->file, x.line, r->id,
                              "group '" + g + "' is \"" + got + "\", expected \"" + want + "\" in: " + x.text});
      }
    }
  }
  return failures;
}

std::vector<re2::StringPiece> match_once(const Rule& rule, std::string_view text, size_t from, RE2::Anchor anchor) {
  std::vector<re2::StringPiece> m(static_cast<size_t>(rule.re->NumberOfCapturingGroups() + 1));
  if (from > text.size() ||
      !rule.re->Match(re2::StringPiece(text.data(), text.size()), from, text.size(), anchor, m.data(),
                      static_cast<int>(m.size())))
    m.clear();
  return m;
}

std::string named_group(const Rule& rule, const std::vector<re2::StringPiece>& m, std::string_view name) {
  int i = rule.group_index(name);
  if (i < 0 || static_cast<size_t>(i) >= m.size() || !m[static_cast<size_t>(i)].data()) return {};
  return std::string(m[static_cast<size_t>(i)]);
}

std::filesystem::path default_rules_dir(const char* argv0) {
  if (const char* env = std::getenv("VNPOLICY_RULES"); env && *env) return env;
  std::error_code ec;
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  std::filesystem::path exe = n > 0 ? std::filesystem::path(std::string(buf, static_cast<size_t>(n)))
                                    : std::filesystem::path(argv0 ? argv0 : "");
  for (auto dir = exe.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    auto candidate = dir / "rules";
    if (std::filesystem::is_directory(candidate, ec) && std::filesystem::exists(candidate / "layout.json", ec))
      return candidate;
    if (dir == dir.parent_path()) break;
  }
  return VNPOLICY_DEFAULT_RULES_DIR;
}

}  // namespace vnpolicy
