// SHA-256 of a byte string, as lower-case hex (FIPS 180-4). Used for document identity.
#pragma once
#include <string>
#include <string_view>

namespace vnpolicy {
std::string sha256_hex(std::string_view bytes);
}
