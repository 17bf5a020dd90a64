#include "read/format_readers.h"

namespace vnpolicy {

void read_doc(std::string_view, const ReadOptions&, ReadOutcome& out) { out.error = "DOC reader not available yet"; }

}  // namespace vnpolicy
