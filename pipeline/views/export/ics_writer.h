// An iCalendar file (RFC 5545) of all-day events: what a unit subscribes to so that
// its deadlines show in any calendar. Lines end in CRLF and are folded at 75 octets
// (never inside a UTF-8 sequence); TEXT values escape backslash, ';', ',' and newlines.
#pragma once
#include <ctime>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "views/export/table.h"

namespace vnpolicy::views {

struct CalendarEvent {
  std::string uid;           // globally unique and stable across exports
  CalendarDate date;         // the all-day event's day
  std::optional<CalendarDate> last_day;  // a span: its last day (inclusive)
  std::string summary;
  std::string description;   // free text; newlines kept
  std::string categories;    // optional, e.g. the deadline's kind
};

struct Calendar {
  std::string name;          // X-WR-CALNAME, shown by calendar apps
  std::vector<CalendarEvent> events;
};

// A TEXT value escaped (RFC 5545 §3.3.11).
std::string ics_escape_text(std::string_view text);
// One content line, folded (RFC 5545 §3.1), CRLF after each physical line.
std::string ics_fold_line(std::string_view line);

// The calendar; `stamp` (UTC) is every event's DTSTAMP: when the file was made.
void write_ics(std::ostream& out, const Calendar& calendar, std::time_t stamp);

}  // namespace vnpolicy::views
