// UTF-8 helpers. Malformed input (which decode() never lets through) is
// stepped over one byte at a time and read as U+FFFD, so callers never loop
// forever and never read past the end.
#include "text/utf8.hpp"

namespace lawdiff::text {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

char32_t detail::next_code_point_slow(std::string_view s, std::size_t& i) {
  if (i >= s.size()) return 0;
  const auto c0 = static_cast<unsigned char>(s[i]);
  if (c0 < 0x80) {
    ++i;
    return c0;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    len = 2, cp = c0 & 0x1F, min = 0x80;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    len = 3, cp = c0 & 0x0F, min = 0x800;
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    len = 4, cp = c0 & 0x07, min = 0x10000;
  } else {
    ++i;
    return kReplacement;
  }
  if (i + len > s.size()) {
    ++i;
    return kReplacement;
  }
  for (int k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if (!is_continuation(c)) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// Three-byte characters that count as white space at the ends of a line:
// U+3000 ideographic space, U+200B zero-width space (published Markdown
// has lines of nothing else) and U+FEFF (a stray BOM mid-file).
bool wide_space(std::string_view three) {
  return three == "\xE3\x80\x80" || three == "\xE2\x80\x8B" || three == "\xEF\xBB\xBF";
}

// Length of the white space (ASCII, U+00A0, wide_space) that starts at `s[i]`, or 0.
std::size_t space_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (s.substr(i, 2) == "\xC2\xA0") return 2;
  if (s.size() - i >= 3 && wide_space(s.substr(i, 3))) return 3;
  return 0;
}

// Length of the white space that ends at `s[end - 1]`, or 0.
std::size_t space_before(std::string_view s, std::size_t end) {
  if (end >= 1 && space_at(s, end - 1) == 1) return 1;
  if (end >= 2 && s.substr(end - 2, 2) == "\xC2\xA0") return 2;
  if (end >= 3 && wide_space(s.substr(end - 3, 3))) return 3;
  return 0;
}

}  // namespace

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    const std::size_t n = space_at(s, b);
    if (n == 0) break;
    b += n;
  }
  std::size_t e = s.size();
  while (e > b) {
    const std::size_t n = space_before(s, e);
    if (n == 0) break;
    e -= n;
  }
  return s.substr(b, e - b);
}

std::vector<std::string_view> code_points(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    next_code_point(s, i);
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace lawdiff::text
