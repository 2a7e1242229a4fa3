// Terminal display width from ICU's East Asian Width and general category,
// with fast paths for ASCII and the CJK Unified Ideographs block; wrapping
// at ICU's line-break opportunities (UAX #14).
#include "text/width.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/breaks.hpp"
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

namespace {

// Appends `piece` to `lines`, starting a new line whenever the next code
// point would pass `width` (for a piece longer than a whole line).
void append_by_code_point(std::vector<std::string>& lines, int& used, std::string_view piece, int width) {
  for (std::size_t i = 0; i < piece.size();) {
    const std::size_t start = i;
    const int w = code_point_width(next_code_point(piece, i));
    if (used + w > width && used > 0) {
      lines.emplace_back();
      used = 0;
    }
    lines.back().append(piece.substr(start, i - start));
    used += w;
  }
}

}  // namespace

std::vector<std::string> wrap(std::string_view s, int width) {
  width = std::max(width, 2);  // every code point is at most 2 columns wide
  std::vector<std::string> lines(1);
  int used = 0;
  std::size_t begin = 0;
  while (begin <= s.size()) {
    std::size_t end = s.find('\n', begin);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view hard = s.substr(begin, end - begin);
    // Break only where UAX #14 allows: never before 》）。，, never inside a
    // Latin word; a piece wider than a whole line is cut by code point.
    std::size_t from = 0;
    bool from_icu = false;
    for (const std::size_t to : icu_breaks(BreakKind::line, hard, from_icu)) {
      const std::string_view piece = hard.substr(from, to - from);
      const int w = display_width(piece);
      if (used + w > width && used > 0) {
        lines.emplace_back();
        used = 0;
      }
      if (w <= width) {
        lines.back().append(piece);
        used += w;
      } else {
        append_by_code_point(lines, used, piece, width);
      }
      from = to;
    }
    if (end == s.size()) break;
    lines.emplace_back();  // the embedded newline
    used = 0;
    begin = end + 1;
  }
  return lines;
}

}  // namespace lawdiff::text
