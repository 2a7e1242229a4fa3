#pragma once
// Fast UTF-8 validation (an internal helper of decode(), usable elsewhere).
#include <cstddef>
#include <string>
#include <string_view>

namespace lawdiff::text {

/// Offset of the first byte of `s` that does not start or continue a
/// well-formed UTF-8 sequence (overlongs, surrogates and code points past
/// U+10FFFF are ill-formed; so is a sequence cut off by the end), or npos
/// when `s` is valid. Skips ASCII eight bytes at a time: well over 1 GB/s.
std::size_t first_invalid_utf8(std::string_view s);

/// `s` with each ill-formed byte replaced by U+FFFD: for text that did not
/// come through decode() (file names) on its way out.
std::string scrub_utf8(std::string_view s);

struct Utf8Tally {
  std::size_t multibyte = 0;  // well-formed sequences of 2 to 4 bytes
  std::size_t invalid = 0;    // bytes that are not part of one
};

/// Counts well-formed multi-byte sequences and ill-formed bytes in `s`,
/// resynchronising one byte after each ill-formed one. Evidence for charset
/// detection; linear, but slower than first_invalid_utf8().
Utf8Tally tally_utf8(std::string_view s);

}  // namespace lawdiff::text
