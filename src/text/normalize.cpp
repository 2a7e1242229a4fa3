// Newline normalisation and the character folds used for matching. Byte
// loops with an ASCII fast path: the whole corpus goes through them.
#include "text/normalize.hpp"

#include <unicode/uchar.h>

#include "text/utf8.hpp"

namespace lawdiff::text {

std::string normalize_newlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  for (std::size_t cr; (cr = s.find('\r', i)) != std::string_view::npos;) {
    out.append(s.substr(i, cr - i));
    out += '\n';
    i = cr + (cr + 1 < s.size() && s[cr + 1] == '\n' ? 2 : 1);
  }
  out.append(s.substr(i));
  return out;
}

char32_t fold_char(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  if (cp == 0x3000 || cp == 0x00A0) return U' ';
  return cp;
}

namespace {

// Only code points whose UTF-8 starts with C2 (U+00A0), E3 (U+3000) or EF
// (U+FF01–U+FF5E) can fold; every other byte is copied in bulk.
bool may_fold(unsigned char c) { return c == 0xC2 || c == 0xE3 || c == 0xEF; }

}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size();) {
    if (!may_fold(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next_code_point(s, i);
    const char32_t folded = fold_char(cp);
    if (folded == cp) continue;
    out.append(s.substr(run, start - run));
    append_utf8(out, folded);
    run = i;
  }
  out.append(s.substr(run));
  return out;
}

// Tabs count as spaces here too: PDF extractions use them as stray padding.
std::string fold_compact(std::string_view s) {
  std::string out = fold(s);
  std::erase_if(out, [](char c) { return c == ' ' || c == '\t'; });
  return out;
}

std::string fold_letters(std::string_view s) {
  const std::string folded = fold(s);
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    const char32_t cp = next_code_point(folded, i);
    const auto c = static_cast<UChar32>(cp);
    if (u_isUWhiteSpace(c) || u_ispunct(c) || u_iscntrl(c)) continue;
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace lawdiff::text
