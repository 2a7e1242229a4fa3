#pragma once
// Small UTF-8 helpers shared by every module. Input is assumed valid UTF-8
// (decode() guarantees it); malformed bytes are stepped over one at a time.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::text {

namespace detail {
char32_t next_code_point_slow(std::string_view s, std::size_t& i);
}

/// Decodes the code point starting at `s[i]` and advances `i` past it.
/// Inline, with ASCII and well-formed three-byte sequences (all of CJK and
/// its punctuation) decoded here: it runs once per character everywhere.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  if (i < s.size()) {
    const auto c0 = static_cast<unsigned char>(s[i]);
    if (c0 < 0x80) {
      ++i;
      return c0;
    }
    // E1..EF except ED (surrogates) cannot be overlong or out of range.
    if (c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED && s.size() - i >= 3) {
      const auto c1 = static_cast<unsigned char>(s[i + 1]);
      const auto c2 = static_cast<unsigned char>(s[i + 2]);
      if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80) {
        i += 3;
        return (static_cast<char32_t>(c0 & 0x0F) << 12) | (static_cast<char32_t>(c1 & 0x3F) << 6) | (c2 & 0x3F);
      }
    }
  }
  return detail::next_code_point_slow(s, i);
}

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Number of code points in `s`.
inline std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
  return n;
}

/// The code points of `s`, each as its bytes in `s`.
std::vector<std::string_view> code_points(std::string_view s);

/// `s` without leading and trailing white space (ASCII, U+3000, U+00A0,
/// and the invisible U+200B and U+FEFF).
std::string_view trim(std::string_view s);

}  // namespace lawdiff::text
