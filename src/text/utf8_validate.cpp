// UTF-8 validation after the Unicode standard's table 3-7 of well-formed
// byte sequences, with an 8-byte ASCII fast path.
#include "text/utf8_validate.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace lawdiff::text {

namespace {

bool in(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

// Length of the well-formed sequence starting at `p[0]` (n bytes left), or 0.
std::size_t sequence_length(const unsigned char* p, std::size_t n) {
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  if (in(c, 0xC2, 0xDF)) return n >= 2 && in(p[1], 0x80, 0xBF) ? 2 : 0;
  if (in(c, 0xE0, 0xEF)) {
    const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;  // no overlongs
    const unsigned char hi = c == 0xED ? 0x9F : 0xBF;  // no surrogates
    return n >= 3 && in(p[1], lo, hi) && in(p[2], 0x80, 0xBF) ? 3 : 0;
  }
  if (in(c, 0xF0, 0xF4)) {
    const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;  // no overlongs
    const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;  // nothing past U+10FFFF
    return n >= 4 && in(p[1], lo, hi) && in(p[2], 0x80, 0xBF) && in(p[3], 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

}  // namespace

namespace {

// Sequence length by lead byte when its continuation bytes need only the
// 10xxxxxx check; 0 for leads that need more (E0, ED, F0, F4) or are invalid.
constexpr auto kFastLength = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = 1;
  for (int c = 0xC2; c <= 0xDF; ++c) t[c] = 2;
  for (int c = 0xE1; c <= 0xEF; ++c) t[c] = c == 0xED ? 0 : 3;
  for (int c = 0xF1; c <= 0xF3; ++c) t[c] = 4;
  return t;
}();

// Top-two-bit masks of the three bytes after the lead, and what a sequence
// of each length needs there (10xxxxxx).
constexpr std::uint32_t kMask[5] = {0, 0, 0xC0, 0xC0C0, 0xC0C0C0};
constexpr std::uint32_t kWant[5] = {0, 0, 0x80, 0x8080, 0x808080};

// True when the 12 bytes at `p` are four well-formed 3-byte sequences with
// leads other than E0 and ED (which need range checks): the shape of running
// Chinese text. Fixed stride, so no load-to-load dependency from one
// character to the next (the byte-stepping loop manages ~0.7 GB/s on CJK).
bool four_cjk(const unsigned char* p) {
  if constexpr (std::endian::native != std::endian::little) return false;
  std::uint64_t a;
  std::uint32_t b;
  std::memcpy(&a, p, 8);
  std::memcpy(&b, p + 8, 4);
  // Bytes 0–11 are L C C L C C L C | C L C C; L = 1110xxxx, C = 10xxxxxx.
  const bool shape = (a & 0xC0F0C0C0F0C0C0F0ULL) == 0x80E08080E08080E0ULL && (b & 0xC0C0F0C0U) == 0x8080E080U;
  const auto plain = [](unsigned char lead) { return lead != 0xE0 && lead != 0xED; };
  // Bitwise on purpose (no branches); as ints, so no compiler reads it as a
  // mistyped &&.
  return (static_cast<int>(shape) & static_cast<int>(plain(p[0])) & static_cast<int>(plain(p[3])) &
          static_cast<int>(plain(p[6])) & static_cast<int>(plain(p[9]))) != 0;
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i + 4 <= n) {
    while (i + 12 <= n && four_cjk(p + i)) i += 12;
    if (i + 4 > n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      std::uint64_t chunk;  // then skip eight ASCII bytes at a time
      while (i + 8 <= n && (std::memcpy(&chunk, p + i, 8), (chunk & 0x8080808080808080ULL) == 0)) i += 8;
      continue;
    }
    const unsigned len = kFastLength[c];
    const std::uint32_t next = p[i + 1] | (p[i + 2] << 8) | (static_cast<std::uint32_t>(p[i + 3]) << 16);
    if (len != 0 && (next & kMask[len]) == kWant[len]) {
      i += len;
      continue;
    }
    const std::size_t slow = sequence_length(p + i, n - i);
    if (slow == 0) return i;
    i += slow;
  }
  while (i < n) {
    const std::size_t len = sequence_length(p + i, n - i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

Utf8Tally tally_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  Utf8Tally t;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = sequence_length(p + i, s.size() - i);
    if (len == 0) {
      ++t.invalid;
      ++i;
      continue;
    }
    if (len > 1) ++t.multibyte;
    i += len;
  }
  return t;
}

std::string scrub_utf8(std::string_view s) {
  std::string out;
  while (!s.empty()) {
    const std::size_t bad = first_invalid_utf8(s);
    if (bad == std::string_view::npos) break;
    out.append(s.substr(0, bad)).append("\xEF\xBF\xBD");
    s.remove_prefix(bad + 1);
  }
  return out.append(s);
}

}  // namespace lawdiff::text
