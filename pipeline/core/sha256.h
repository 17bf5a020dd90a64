// SHA-256 of a byte string, as lower-case hex (FIPS 180-4). Used for document identity.
#pragma once
#include <string>
#include <string_view>

namespace vnpolicy {
// Which compression rounds to run: the fastest this CPU has (the x86 SHA extensions
// when present), or the portable C++ ones. Both give the same digest; tests check each.
enum class Sha256Rounds { Fastest, Portable };
std::string sha256_hex(std::string_view bytes, Sha256Rounds rounds = Sha256Rounds::Fastest);
}
