// figure_groups (db/schema.sql: kept by triggers, built by the 6 -> 7 upgrade) against
// what its definition gives when read off the figures themselves, here in C++: per
// (key, indicator, place, year, kind, activity, code), the count, the first and last ids,
// the last figure's document and that document's first figure in the group.
#pragma once
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>

#include "catalog/catalog.h"

namespace vnpolicy::testing {

// One line per group, sorted: "key|indicator|place|year|kind|activity|code -> n first last doc doc_first".
inline std::string figure_groups_as_text(Database& db, bool from_targets) {
  using O = std::optional<std::string>;
  using Key = std::tuple<std::string, O, O, std::optional<int64_t>, std::string, int64_t, O>;
  struct Group {
    int64_t figures = 0, first = 0, last = 0, doc = 0, doc_first = 0;
  };
  std::map<Key, Group> groups;
  auto key_of = [](const Statement& q) {
    return Key{q.text(0), q.opt_text(1), q.opt_text(2), q.opt_int64(3), q.text(4), q.int64(5), q.opt_text(6)};
  };
  const std::string columns = "indicator_key, indicator, place, year, kind, activity, indicator_code";
  if (from_targets) {
    auto q = db.prepare("SELECT " + columns + ", id, doc_id FROM targets WHERE indicator_key IS NOT NULL ORDER BY id");
    while (q.step()) {
      Group& g = groups[key_of(q)];
      const int64_t id = q.int64(7), doc = q.int64(8);
      if (!g.figures++) g.first = id;
      if (!g.doc || g.doc != doc) g.doc_first = id;  // ids ascend: a new document's first figure
      g.last = id;
      g.doc = doc;
    }
  } else {
    auto q = db.prepare("SELECT " + columns +
                        ", figures, first_id, last_id, last_doc, last_doc_first_id FROM figure_groups");
    while (q.step()) groups[key_of(q)] = {q.int64(7), q.int64(8), q.int64(9), q.int64(10), q.int64(11)};
  }
  std::ostringstream out;
  auto opt = [](const auto& v) {
    std::ostringstream s;
    if (v) s << *v;
    else s << "NULL";
    return s.str();
  };
  for (const auto& [k, g] : groups)
    out << std::get<0>(k) << "|" << opt(std::get<1>(k)) << "|" << opt(std::get<2>(k)) << "|" << opt(std::get<3>(k)) << "|"
        << std::get<4>(k) << "|" << std::get<5>(k) << "|" << opt(std::get<6>(k)) << " -> " << g.figures << " " << g.first
        << " " << g.last << " " << g.doc << " " << g.doc_first << "\n";
  return out.str();
}

// Whether every group has its words in figure_group_index under its id (and nothing else is there).
inline bool figure_group_words_in_step(Database& db) {
  auto q = db.prepare(
      "SELECT (SELECT COUNT(*) FROM figure_group_index) = (SELECT COUNT(*) FROM figure_groups)"
      " AND NOT EXISTS (SELECT 1 FROM figure_groups g LEFT JOIN figure_group_index i ON i.rowid = g.id"
      " WHERE i.words IS NOT coalesce(g.indicator, '') || ' ' || g.indicator_key)");
  return q.step() && q.int64(0) == 1;
}

}  // namespace vnpolicy::testing
