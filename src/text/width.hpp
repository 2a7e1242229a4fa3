#pragma once
// Display width in terminal columns (East Asian Width via ICU).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::text {

/// Columns a code point takes: 2 for East Asian Wide and Fullwidth, 0 for
/// combining marks, zero-width characters and controls, else 1.
int code_point_width(char32_t cp);

/// Columns `s` takes on a terminal (sum of code_point_width).
int display_width(std::string_view s);

/// Splits `s` into lines each at most `width` columns wide (width ≥ 2),
/// breaking where Unicode line breaking (UAX #14, via ICU) allows, so no
/// line starts with closing punctuation (》）。，) and Latin words stay whole;
/// a piece wider than a whole line is cut between code points. Embedded
/// '\n' always breaks. Never loses text: concatenating the pieces (plus the
/// '\n's) gives back `s`.
std::vector<std::string> wrap(std::string_view s, int width);

}  // namespace lawdiff::text
