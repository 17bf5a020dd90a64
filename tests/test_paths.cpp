// Where the tests find the checkout and the binary; the only test file compiled with them.
#include <filesystem>

namespace vnpolicy::testing {

std::filesystem::path source_dir() { return VNPOLICY_SOURCE_DIR; }
const char* binary_path() { return VNPOLICY_BINARY; }
const char* fold_extension_path() { return VNPOLICY_FOLD_EXTENSION; }

}  // namespace vnpolicy::testing
