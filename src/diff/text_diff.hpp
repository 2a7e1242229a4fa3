#pragma once
// The token diff: texts split into ICU words (or code points), an edit
// script from dtl (Wu's O(NP) algorithm), then a clean-up so the result
// reads like a human redline (see cleanup.hpp).
#include <string_view>
#include <vector>

#include "diff/edit.hpp"
#include "text/spacing.hpp"

namespace lawdiff::diff {

/// The readable edit script turning `a` into `b`. Runs alternate between
/// equal and changed text; within a change the deletion comes first.
/// apply_edits(a, diff_text(a, b, g)) == b for every input. Changes of the
/// white space `spaces` ignores are flagged Edit::ignored (a real change
/// gives up such white space at its ends); two texts that differ only so
/// are diffed by code point, so every change is flagged and all_equal().
std::vector<Edit> diff_text(std::string_view a, std::string_view b, Granularity g = Granularity::word,
                            text::SpaceMode spaces = text::SpaceMode::cjk);

}  // namespace lawdiff::diff
