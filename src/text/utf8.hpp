#pragma once
// Small UTF-8 helpers shared by every module. Input is assumed valid UTF-8
// (decode() guarantees it); malformed bytes are stepped over one at a time.
#include <cstddef>
#include <string>
#include <string_view>

namespace lawdiff::text {

/// Decodes the code point starting at `s[i]` and advances `i` past it.
char32_t next_code_point(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Number of code points in `s`.
std::size_t code_point_count(std::string_view s);

/// `s` without leading and trailing white space (ASCII, U+3000, U+00A0,
/// and the invisible U+200B and U+FEFF).
std::string_view trim(std::string_view s);

}  // namespace lawdiff::text
