#pragma once
// Keeps text from input files from driving the terminal.
#include <string>
#include <string_view>

namespace lawdiff::text {

/// Replaces C0 and C1 control characters (ESC, BEL, CSI, …) and DEL with
/// their visible Unicode Control Pictures (U+2400 block) or U+FFFD; keeps
/// '\n' and '\t'. Bidi overrides (U+202A–U+202E, U+2066–U+2069) become U+FFFD.
std::string neutralize_controls(std::string_view s);

/// True when neutralize_controls(s) would change `s` (one linear scan, no
/// copy: for hot paths that copy text as it is when they can).
bool has_controls(std::string_view s);

}  // namespace lawdiff::text
