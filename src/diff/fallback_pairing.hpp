#pragma once
// TEMPORARY stand-in for the aligner (align::align), used by `lawdiff diff
// ACT_A ACT_B` until the align module lands; the lead swaps the one call in
// cli/cmd_diff.cpp for the aligner's result at merge.
#include "diff/act_walk.hpp"

namespace lawdiff::diff {

/// Articles paired in order by content (pair_by_content over article texts):
/// for two versions of one law this pairs same-numbered articles that were
/// kept or amended, and does not shift every later pair when an article is
/// inserted or removed.
ActPairing fallback_pairing(const statute::Act& a, const statute::Act& b);

}  // namespace lawdiff::diff
