#include "read/format_readers.h"

namespace vnpolicy {

void read_docx(std::string_view, const ReadOptions&, ReadOutcome& out) { out.error = "DOCX reader not available yet"; }

}  // namespace vnpolicy
