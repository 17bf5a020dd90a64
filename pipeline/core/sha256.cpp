#include "core/sha256.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define VNPOLICY_SHA_NI 1
#endif

namespace vnpolicy {
namespace {

constexpr std::array<uint32_t, 64> K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

// One round with the working variables named by position; the callers rotate the
// names instead of moving eight values each round. Maj(a,b,c) = Ch(a^b, c, b).
#define SHA256_ROUND(a, b, c, d, e, f, g, h, i)                                            \
  do {                                                                                     \
    uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (g ^ (e & (f ^ g))) + K[i] + w[i]; \
    uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) | (c & (a | b)));   \
    d += t1;                                                                               \
    h = t1 + t2;                                                                           \
  } while (0)

void compress(std::array<uint32_t, 8>& hash, const unsigned char* block) {
  uint32_t w[64];
  for (int i = 0; i < 16; ++i)
    w[i] = (uint32_t(block[4 * i]) << 24) | (uint32_t(block[4 * i + 1]) << 16) | (uint32_t(block[4 * i + 2]) << 8) |
           uint32_t(block[4 * i + 3]);
  for (int i = 16; i < 64; ++i) {
    uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = hash[0], b = hash[1], c = hash[2], d = hash[3], e = hash[4], f = hash[5], g = hash[6], h = hash[7];
  for (int i = 0; i < 64; i += 8) {
    SHA256_ROUND(a, b, c, d, e, f, g, h, i);
    SHA256_ROUND(h, a, b, c, d, e, f, g, i + 1);
    SHA256_ROUND(g, h, a, b, c, d, e, f, i + 2);
    SHA256_ROUND(f, g, h, a, b, c, d, e, i + 3);
    SHA256_ROUND(e, f, g, h, a, b, c, d, i + 4);
    SHA256_ROUND(d, e, f, g, h, a, b, c, i + 5);
    SHA256_ROUND(c, d, e, f, g, h, a, b, i + 6);
    SHA256_ROUND(b, c, d, e, f, g, h, a, i + 7);
  }
  hash[0] += a; hash[1] += b; hash[2] += c; hash[3] += d; hash[4] += e; hash[5] += f; hash[6] += g; hash[7] += h;
}
#undef SHA256_ROUND

#ifdef VNPOLICY_SHA_NI
// The same compression with the x86 SHA extensions (Intel's published sequence): four
// rounds per two sha256rnds2, the schedule by sha256msg1/msg2. Hashing every input file
// is otherwise a few percent of `extract`. Chosen at run time; `compress` stays the
// reference (and runs where the CPU lacks the extensions, e.g. under valgrind).
__attribute__((target("sha,sse4.1"))) void compress_sha_ni(std::array<uint32_t, 8>& hash, const unsigned char* p,
                                                           size_t blocks) {
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(&hash[0])), 0xB1);  // CDAB
  __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(&hash[4])), 0x1B);  // EFGH
  __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);     // ABEF
  state1 = _mm_blend_epi16(state1, tmp, 0xF0);           // CDGH
  for (; blocks > 0; --blocks, p += 64) {
    const __m128i abef = state0, cdgh = state1;
    __m128i w[4];  // w[j % 4] holds message words 4j .. 4j+3
    for (int j = 0; j < 16; ++j) {
      __m128i& m = w[j % 4];
      if (j < 4) {
        m = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * j)), byte_swap);
      } else {  // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], four at a time
        __m128i t = _mm_sha256msg1_epu32(w[j % 4], w[(j + 1) % 4]);
        t = _mm_add_epi32(t, _mm_alignr_epi8(w[(j + 3) % 4], w[(j + 2) % 4], 4));
        m = _mm_sha256msg2_epu32(t, w[(j + 3) % 4]);
      }
      __m128i msg = _mm_add_epi32(m, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&K[4 * j])));
      state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
      state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(msg, 0x0E));
    }
    state0 = _mm_add_epi32(state0, abef);
    state1 = _mm_add_epi32(state1, cdgh);
  }
  tmp = _mm_shuffle_epi32(state0, 0x1B);                 // FEBA
  state1 = _mm_shuffle_epi32(state1, 0xB1);              // DCHG
  state0 = _mm_blend_epi16(tmp, state1, 0xF0);           // DCBA
  state1 = _mm_alignr_epi8(state1, tmp, 8);              // HGFE
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&hash[0]), state0);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&hash[4]), state1);
}

// CPUID, not __builtin_cpu_supports: clang 14 (the fuzz build) has no "sha" feature name.
// SSE4.1 is leaf 1 ECX bit 19; SHA is leaf 7 EBX bit 29.
bool has_sha_ni() {
  static const bool yes = [] {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 19))) return false;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return (b & (1u << 29)) != 0;
  }();
  return yes;
}
#endif

void compress_blocks(std::array<uint32_t, 8>& hash, const unsigned char* p, size_t blocks, Sha256Rounds rounds) {
#ifdef VNPOLICY_SHA_NI
  if (rounds == Sha256Rounds::Fastest && has_sha_ni()) return compress_sha_ni(hash, p, blocks);
#endif
  for (size_t i = 0; i < blocks; ++i) compress(hash, p + 64 * i);
}

}  // namespace

std::string sha256_hex(std::string_view bytes, Sha256Rounds rounds) {
  std::array<uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size(), full = n / 64 * 64;
  compress_blocks(h, p, n / 64, rounds);
  unsigned char tail[128] = {};
  size_t rest = n - full;
  std::memcpy(tail, p + full, rest);
  tail[rest] = 0x80;
  size_t tail_len = rest + 1 + 8 <= 64 ? 64 : 128;
  uint64_t bits = uint64_t(n) * 8;
  for (int i = 0; i < 8; ++i) tail[tail_len - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  compress_blocks(h, tail, tail_len / 64, rounds);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (uint32_t v : h)
    for (int s = 28; s >= 0; s -= 4) out += hex[(v >> s) & 0xF];
  return out;
}

}  // namespace vnpolicy
