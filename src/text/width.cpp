// Terminal display width from ICU's East Asian Width and general category,
// with fast paths for ASCII and the CJK Unified Ideographs block.
#include "text/width.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/utf8.hpp"

namespace lawdiff::text {

int code_point_width(char32_t cp) {
  if (cp >= 0x20 && cp < 0x7F) return 1;
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
  if (cp >= 0x4E00 && cp <= 0x9FFF) return 2;
  const auto c = static_cast<UChar32>(cp);
  const auto gc = u_charType(c);
  if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR) return 0;
  if (cp >= 0x1160 && cp <= 0x11FF) return 0;  // Hangul medial vowels and final consonants join
  const auto ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

int display_width(std::string_view s) {
  int w = 0;
  for (std::size_t i = 0; i < s.size();) w += code_point_width(next_code_point(s, i));
  return w;
}

std::vector<std::string> wrap(std::string_view s, int width) {
  width = std::max(width, 2);  // every code point is at most 2 columns wide
  std::vector<std::string> lines(1);
  int used = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(s, i);
    if (cp == U'\n') {
      lines.emplace_back();
      used = 0;
      continue;
    }
    const int w = code_point_width(cp);
    if (used + w > width) {
      lines.emplace_back();
      used = 0;
    }
    lines.back().append(s.substr(start, i - start));
    used += w;
  }
  return lines;
}

}  // namespace lawdiff::text
