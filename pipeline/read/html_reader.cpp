#include "read/format_readers.h"

namespace vnpolicy {

void read_html(std::string_view, const ReadOptions&, ReadOutcome& out) { out.error = "HTML reader not available yet"; }

}  // namespace vnpolicy
