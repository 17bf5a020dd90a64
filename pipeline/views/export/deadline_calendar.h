// The catalog's deadlines as a calendar a unit subscribes to: `vnpolicy deadlines
// --format ics` and the web app's /deadlines.ics answer with it.
#pragma once
#include <string>
#include <vector>

#include "catalog/queries/tasks.h"
#include "views/export/ics_writer.h"

namespace vnpolicy::views {

// One all-day event per deadline with an end date, on that day. Its summary is the
// task the deadline belongs to (else the deadline's own words); its description holds
// the task, its lead and supporting units, the deadline as written and the source
// (document, line, file). `tasks` are those of the deadlines' documents: a task owns a
// deadline when it starts on the deadline's line, or carries the same deadline text
// and end. Deadlines without an end date cannot be placed and are left out.
Calendar deadlines_calendar(const std::vector<DeadlineRow>& deadlines, const std::vector<TaskRow>& tasks,
                            std::string name);

}  // namespace vnpolicy::views
