#include "read/text_util.h"

#include <algorithm>

#include "read/legacy_encoding.h"

namespace vnpolicy {

std::string unify_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  // Copy the runs between CRs whole: most files have none.
  size_t i = 0;
  for (size_t cr = s.find('\r'); cr != std::string_view::npos; cr = s.find('\r', i)) {
    out.append(s.substr(i, cr - i));
    out += '\n';
    i = cr + 1;
    if (i < s.size() && s[i] == '\n') ++i;
  }
  out.append(s.substr(i));
  return out;
}

namespace {
constexpr size_t kMaxPositions = 4096;
bool is_dropped_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
}
}  // namespace

CleanText drop_control_bytes(std::string_view s, size_t base) {
  CleanText c;
  c.base = base;
  auto bad = std::find_if(s.begin(), s.end(), [](char ch) {
    auto u = static_cast<unsigned char>(ch);
    return is_dropped_control(u) || u == '\v';
  });
  if (bad == s.end()) {
    c.text.assign(s);
    return c;
  }
  c.text.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    auto u = static_cast<unsigned char>(s[i]);
    if (u == '\v') {
      c.text += '\n';
    } else if (is_dropped_control(u)) {
      if (c.dropped == 0) c.first_offset = base + i;
      ++c.dropped;
      c.nuls += u == 0;
      if (c.positions.size() < kMaxPositions) c.positions.push_back(i);
    } else {
      c.text += s[i];
    }
  }
  return c;
}

size_t CleanText::original_offset(size_t clean_offset) const {
  // Each removed byte before the point shifts it by one.
  size_t off = clean_offset;
  for (size_t p : positions) {
    if (p > off) break;
    ++off;
  }
  return base + off;
}

std::string CleanText::warning() const {
  std::string where = "byte offset " + std::to_string(first_offset);
  if (dropped == 1) return std::string("dropped 1 ") + (nuls ? "NUL" : "control") + " byte at " + where;
  std::string what = nuls == dropped ? " NUL bytes" : " control bytes";
  if (nuls && nuls != dropped) what += " (" + std::to_string(nuls) + " NUL)";
  return "dropped " + std::to_string(dropped) + what + ", first at " + where;
}

size_t repair_lookalike_letters(std::string& text) {
  // Two-byte UTF-8: C6 A2/A3 (Ƣ ƣ) -> C6 AF/B0 (Ư ư); C3 90/B0 (Ð ð) -> C4 90/91 (Đ đ).
  auto lookalike = [&](size_t i) {
    unsigned char a = static_cast<unsigned char>(text[i]), b = static_cast<unsigned char>(text[i + 1]);
    return (a == 0xC6 && (b == 0xA2 || b == 0xA3)) || (a == 0xC3 && (b == 0x90 || b == 0xB0));
  };
  bool any = false;
  for (size_t i = 0; i + 1 < text.size() && !any; ++i) any = lookalike(i);
  if (!any || !has_vietnamese_only_letter(text)) return 0;
  size_t n = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (!lookalike(i)) continue;
    unsigned char& a = reinterpret_cast<unsigned char&>(text[i]);
    unsigned char& b = reinterpret_cast<unsigned char&>(text[i + 1]);
    if (a == 0xC6) {
      b = b == 0xA2 ? 0xAF : 0xB0;
    } else {
      a = 0xC4;
      b = b == 0x90 ? 0x90 : 0x91;
    }
    ++n;
    ++i;
  }
  return n;
}

}  // namespace vnpolicy
