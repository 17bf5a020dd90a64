#include "views/export/ics_writer.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

#include "core/dates.h"

namespace vnpolicy::views {
namespace {

constexpr size_t kMaxLineOctets = 75;  // excluding the CRLF

std::string ics_date(const CalendarDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

CalendarDate next_day(const CalendarDate& d) {
  if (d.day < days_in_month(d.year, d.month)) return {d.year, d.month, d.day + 1};
  if (d.month < 12) return {d.year, d.month + 1, 1};
  return {d.year + 1, 1, 1};
}

std::string utc_stamp(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default:
        // Other control characters are not allowed in TEXT (§3.3.11): dropped.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
        out += c;
    }
  }
  return out;
}

std::string ics_fold_line(std::string_view line) {
  std::string out;
  size_t used = 0;  // octets on the current physical line
  for (size_t i = 0; i < line.size();) {
    size_t len = 1;  // the whole UTF-8 sequence moves together
    const auto b = static_cast<unsigned char>(line[i]);
    if (b >= 0xF0) len = 4;
    else if (b >= 0xE0) len = 3;
    else if (b >= 0xC0) len = 2;
    len = std::min(len, line.size() - i);
    if (used + len > kMaxLineOctets) {
      out += "\r\n ";
      used = 1;  // the leading space of the continuation counts
    }
    out.append(line, i, len);
    used += len;
    i += len;
  }
  out += "\r\n";
  return out;
}

void write_ics(std::ostream& out, const Calendar& calendar, std::time_t stamp) {
  auto line = [&](std::string_view name, std::string_view value) {
    std::string l(name);
    l += ':';
    l += value;
    out << ics_fold_line(l);
  };
  const std::string dtstamp = utc_stamp(stamp);
  line("BEGIN", "VCALENDAR");
  line("VERSION", "2.0");
  line("PRODID", "-//vnpolicy//deadlines//VI");
  line("CALSCALE", "GREGORIAN");
  line("METHOD", "PUBLISH");
  if (!calendar.name.empty()) line("X-WR-CALNAME", ics_escape_text(calendar.name));
  for (const auto& e : calendar.events) {
    line("BEGIN", "VEVENT");
    line("UID", ics_escape_text(e.uid));
    line("DTSTAMP", dtstamp);
    line("DTSTART;VALUE=DATE", ics_date(e.date));
    // DTEND of an all-day event is the day after its last (exclusive, §3.6.1).
    const CalendarDate last = e.last_day && *e.last_day > e.date ? *e.last_day : e.date;
    line("DTEND;VALUE=DATE", ics_date(next_day(last)));
    line("SUMMARY", ics_escape_text(e.summary));
    if (!e.description.empty()) line("DESCRIPTION", ics_escape_text(e.description));
    if (!e.categories.empty()) line("CATEGORIES", ics_escape_text(e.categories));
    line("TRANSP", "TRANSPARENT");
    line("END", "VEVENT");
  }
  line("END", "VCALENDAR");
}

}  // namespace vnpolicy::views
