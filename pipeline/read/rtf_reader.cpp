#include "read/format_readers.h"

namespace vnpolicy {

void read_rtf(std::string_view, const ReadOptions&, ReadOutcome& out) { out.error = "RTF reader not available yet"; }

}  // namespace vnpolicy
