#include "views/export/deadline_calendar.h"

#include <cstdint>
#include <cstdio>
#include <map>

#include "core/text.h"
#include "views/rows.h"

namespace vnpolicy::views {
namespace {

std::string units(const TaskRow& t, const char* role) {
  std::string s;
  for (const auto& a : t.agencies)
    if (a.role == role) s += (s.empty() ? "" : "; ") + a.name;
  return s;
}

// The first `max` characters' worth of words, "…" when cut (summaries show on one line).
std::string short_text(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = s.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) cut = max;
  return s.substr(0, code_point_boundary(s, cut)) + "…";
}

// FNV-1a of the text, in hex: tells apart two deadlines on one line.
std::string text_hash(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf, 8);
}

}  // namespace

Calendar deadlines_calendar(const std::vector<DeadlineRow>& deadlines, const std::vector<TaskRow>& tasks,
                            std::string name) {
  std::multimap<int64_t, const TaskRow*> by_document;
  for (const auto& t : tasks) by_document.emplace(t.at.document_id, &t);
  Calendar cal;
  cal.name = std::move(name);
  for (const auto& d : deadlines) {
    if (!d.end) continue;
    const auto day = parse_iso_date(*d.end);
    if (!day) continue;
    CalendarEvent e;
    // Stable across exports (a calendar app updates the event instead of adding one):
    // the document's id survives re-ingest and moves; row ids do not.
    e.uid = "deadline-" + std::to_string(d.at.document_id) + "-l" + std::to_string(d.at.line) + "-" + *d.end + "-" +
            text_hash(d.text) + "@vnpolicy";
    e.date = *day;
    e.categories = d.kind;
    const std::string source = document_label(d.at) + ", dòng " + line_label(d.at);
    std::string description;
    if (const TaskRow* t = deadline_owner(d, by_document)) {
      const std::string what = t->description.value_or(d.text);
      const std::string lead = units(*t, "lead");
      e.summary = short_text(what, 100);
      description += "Nhiệm vụ: " + what + "\n";
      if (!lead.empty()) description += "Chủ trì: " + lead + "\n";
      if (const std::string support = units(*t, "support"); !support.empty()) description += "Phối hợp: " + support + "\n";
    } else {
      e.summary = "Thời hạn: " + short_text(d.text, 100) + " (" + document_label(d.at) + ")";
    }
    description += "Thời hạn: " + d.text + "\n";
    description += "Nguồn: " + source + "\nTệp: " + d.at.path;
    e.description = std::move(description);
    cal.events.push_back(std::move(e));
  }
  return cal;
}

}  // namespace vnpolicy::views
