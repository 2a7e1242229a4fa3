// Control-character neutralisation for anything printed to a terminal.
// Malformed UTF-8 bytes become U+FFFD too: a lone 0x9B is CSI to terminals
// that still honour 8-bit C1 controls.
#include "text/sanitize.hpp"

#include "text/utf8.hpp"

namespace lawdiff::text {

namespace {

// Replacement for `cp`, or 0 when it is harmless and kept.
char32_t replacement(char32_t cp) {
  if (cp == U'\n' || cp == U'\t') return 0;
  if (cp < 0x20) return 0x2400 + cp;  // ␀ … ␟
  if (cp == 0x7F) return 0x2421;      // ␡
  if (cp >= 0x80 && cp < 0xA0) return 0xFFFD;
  if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return 0xFFFD;
  return 0;
}

}  // namespace

bool has_controls(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next_code_point(s, i);
    if ((cp == 0xFFFD && i - start != 3) || replacement(cp) != 0) return true;
  }
  return false;
}

std::string neutralize_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t kept = 0;  // s[kept, i) is copied as it is, in one append
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next_code_point(s, i);
    const bool malformed = cp == 0xFFFD && i - start != 3;  // a real U+FFFD takes 3 bytes
    const char32_t r = malformed ? char32_t{0xFFFD} : replacement(cp);
    if (r != 0) {
      out.append(s.substr(kept, start - kept));
      append_utf8(out, r);
      kept = i;
    }
  }
  return out.append(s.substr(kept));
}

}  // namespace lawdiff::text
