// vnpolicy tasks [--agency NAME] [--role lead|support] [--due-before DATE] [--open-at DATE] [--doc DOC]
//   : assigned tasks in the catalog, with document, line, role and deadline.
// vnpolicy agencies : each canonical agency with the tasks it leads and supports, and its variants.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "cli/common.h"
#include "resolve/agency_lexicon.h"

namespace vnpolicy::cli {
namespace {

struct TaskAgency {
  std::string role, name, canonical;
};

struct StoredTask {
  int64_t id = 0, doc_id = 0;
  std::string path;
  int64_t line = 0;
  OptString description, deadline_text, deadline_end, deadline_kind;
  std::vector<TaskAgency> agencies;
};

bool is_iso_date(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

std::vector<StoredTask> load_tasks(Database& db) {
  std::vector<StoredTask> tasks;
  std::map<int64_t, size_t> index;
  auto q = db.prepare(
      "SELECT t.id, t.doc_id, d.path, t.line, t.description, t.deadline_text, t.deadline_end, t.deadline_kind "
      "FROM tasks t JOIN documents d ON d.id = t.doc_id ORDER BY d.path, t.seq");
  while (q.step()) {
    StoredTask t;
    t.id = q.int64(0);
    t.doc_id = q.int64(1);
    t.path = q.text(2);
    t.line = q.int64(3);
    t.description = q.opt_text(4);
    t.deadline_text = q.opt_text(5);
    t.deadline_end = q.opt_text(6);
    t.deadline_kind = q.opt_text(7);
    index[t.id] = tasks.size();
    tasks.push_back(std::move(t));
  }
  auto a = db.prepare("SELECT task_id, role, name, canonical FROM task_agencies ORDER BY task_id, role, position");
  while (a.step())
    if (auto it = index.find(a.int64(0)); it != index.end())
      tasks[it->second].agencies.push_back({a.text(1), a.text(2), a.opt_text(3).value_or(a.text(2))});
  return tasks;
}

std::vector<std::string> names_in(const StoredTask& t, const std::string& role) {
  std::vector<std::string> out;
  for (const auto& a : t.agencies)
    if (a.role == role) out.push_back(a.name);
  return out;
}

}  // namespace

void add_tasks_commands(CLI::App& app, CommandContext& ctx) {
  struct Options {
    std::string db, format = "table", agency, role, due_before, open_at, doc;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("tasks", "List assigned tasks: document, line, role, units and deadline");
  add_db_option(*cmd, o->db);
  add_format_option(*cmd, o->format);
  cmd->add_option("--agency", o->agency, "Only tasks of this agency (any written form; accents and case ignored)");
  cmd->add_option("--role", o->role, "With --agency: only where it leads or supports")->check(CLI::IsMember({"lead", "support"}));
  cmd->add_option("--due-before", o->due_before, "Only tasks whose deadline ends on or before DATE (YYYY-MM-DD)");
  cmd->add_option("--open-at", o->open_at, "Only tasks whose deadline had passed at DATE (YYYY-MM-DD)");
  cmd->add_option("--doc", o->doc, "Only tasks of this document (path, file name, sha256 prefix or number)");
  cmd->callback([&ctx, o] {
    for (const std::string* d : {&o->due_before, &o->open_at})
      if (!d->empty() && !is_iso_date(*d)) {
        std::cerr << "vnpolicy: tasks: not a date (YYYY-MM-DD): " << *d << "\n";
        ctx.exit_code = kExitUsage;
        return;
      }
    auto rules = load_rules(ctx);
    if (!rules) { ctx.exit_code = kExitUsage; return; }
    auto catalog = open_catalog(o->db, ctx);
    if (!catalog) return;
    const AgencyLexicon lexicon(*rules);
    std::set<int64_t> docs;
    if (!o->doc.empty()) {
      for (int64_t id : find_documents(catalog->db(), o->doc)) docs.insert(id);
      if (docs.empty()) {
        std::cerr << "vnpolicy: tasks: no document matches " << o->doc << "\n";
        ctx.exit_code = kExitFileFailed;
        return;
      }
    }
    // The query is matched by its canonical name, then by accent-free words of the names.
    const std::string wanted = o->agency.empty() ? "" : lexicon.search_key(lexicon.canonical(o->agency));
    const std::string wanted_words = o->agency.empty() ? "" : lexicon.search_key(o->agency);
    Output out({"document", "line", "role", "lead", "support", "deadline", "due", "description"});
    for (const auto& t : load_tasks(catalog->db())) {
      if (!docs.empty() && !docs.count(t.doc_id)) continue;
      if (!o->due_before.empty() && !(t.deadline_end && *t.deadline_end <= o->due_before)) continue;
      if (!o->open_at.empty() && !(t.deadline_end && *t.deadline_end < o->open_at)) continue;
      std::string role = "lead";
      if (!wanted.empty()) {
        role.clear();
        for (const auto& a : t.agencies) {
          if (!o->role.empty() && a.role != o->role) continue;
          std::string canonical = lexicon.search_key(a.canonical), written = lexicon.search_key(a.name);
          if (canonical == wanted || canonical.find(wanted_words) != std::string::npos ||
              written.find(wanted_words) != std::string::npos) {
            role = a.role;
            break;
          }
        }
        if (role.empty()) continue;
      }
      nlohmann::json deadline = t.deadline_text ? nlohmann::json(*t.deadline_text) : nlohmann::json();
      nlohmann::json due = t.deadline_end ? nlohmann::json(*t.deadline_end) : nlohmann::json();
      out.add({t.path, t.line, role, names_in(t, "lead"), names_in(t, "support"), deadline, due,
               t.description ? nlohmann::json(*t.description) : nlohmann::json()});
    }
    out.print(std::cout, o->format);
  });

  struct AgencyOptions {
    std::string db, format = "table";
  };
  auto ao = std::make_shared<AgencyOptions>();
  auto* agencies = app.add_subcommand("agencies", "Each canonical agency: tasks it leads and supports, names seen");
  add_db_option(*agencies, ao->db);
  add_format_option(*agencies, ao->format);
  agencies->callback([&ctx, ao] {
    auto catalog = open_catalog(ao->db, ctx);
    if (!catalog) return;
    struct Count {
      std::set<int64_t> lead, support;
      std::set<std::string> variants;
    };
    std::map<std::string, Count> by_agency;
    for (const auto& t : load_tasks(catalog->db()))
      for (const auto& a : t.agencies) {
        Count& c = by_agency[a.canonical];
        (a.role == "lead" ? c.lead : c.support).insert(t.id);
        c.variants.insert(a.name);
      }
    std::vector<std::pair<std::string, const Count*>> rows;
    for (const auto& [name, c] : by_agency) rows.emplace_back(name, &c);
    std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
      return x.second->lead.size() + x.second->support.size() > y.second->lead.size() + y.second->support.size();
    });
    Output out({"agency", "leads", "supports", "variants"});
    for (const auto& [name, c] : rows)
      out.add({name, static_cast<int64_t>(c->lead.size()), static_cast<int64_t>(c->support.size()),
               std::vector<std::string>(c->variants.begin(), c->variants.end())});
    out.print(std::cout, ao->format);
  });
}

}  // namespace vnpolicy::cli
