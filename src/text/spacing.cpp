// Loose spacing (spacing.hpp): one pass over the code points, marking each
// run of horizontal white space by what touches it.
#include "text/spacing.hpp"

#include <unicode/uchar.h>

#include "text/utf8.hpp"
#include "text/width.hpp"

namespace lawdiff::text {
namespace {

bool is_horizontal_space(char32_t cp) {
  return cp != U'\n' && cp != U'\r' && (cp == U'\t' || u_isUWhiteSpace(static_cast<UChar32>(cp)));
}

// What may sit next to loose spacing: a wide character or a line's edge.
bool loosens(char32_t cp) { return cp == U'\n' || cp == U'\r' || code_point_width(cp) == 2; }

}  // namespace

std::string_view space_mode_name(SpaceMode m) {
  switch (m) {
    case SpaceMode::none: return "none";
    case SpaceMode::cjk: return "cjk";
    case SpaceMode::all: return "all";
  }
  return "cjk";
}

std::vector<char> ignored_space_mask(std::string_view s, SpaceMode mode) {
  std::vector<char> mask(s.size(), 0);
  if (mode == SpaceMode::none) return mask;
  char32_t before = U'\n';  // the text's start counts as a line's start
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    const char32_t cp = next_code_point(s, j);
    if (!is_horizontal_space(cp)) {
      before = cp;
      i = j;
      continue;
    }
    const std::size_t run_begin = i;
    std::size_t run_end = j;
    char32_t after = U'\n';  // … and its end a line's end
    while (run_end < s.size()) {
      std::size_t k = run_end;
      const char32_t next = next_code_point(s, k);
      if (!is_horizontal_space(next)) {
        after = next;
        break;
      }
      run_end = k;
    }
    if (mode == SpaceMode::all || loosens(before) || loosens(after)) {
      for (std::size_t k = run_begin; k < run_end; ++k) mask[k] = 1;
    }
    i = run_end;
  }
  return mask;
}

std::string without_ignored_space(std::string_view s, SpaceMode mode) {
  const std::vector<char> mask = ignored_space_mask(s, mode);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!mask[i]) out += s[i];
  }
  return out;
}

}  // namespace lawdiff::text
