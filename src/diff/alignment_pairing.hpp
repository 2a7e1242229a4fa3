#pragma once
// The adapter from the aligner's result to the differ's input.
#include "align/align.hpp"
#include "diff/act_walk.hpp"

namespace lawdiff::diff {

/// `alignment` (indices into the acts' articles) as a ActPairing
/// (article pointers): every pair in order, unmatched articles as only_a /
/// only_b, each pair with its relation. Throws std::out_of_range when an index does not fit its act.
ActPairing to_act_pairing(const statute::Act& a, const statute::Act& b, const align::Alignment& alignment);

/// The pairing of one aligned pair, with no unmatched articles: what
/// diff::diff_acts needs to diff that pair alone.
ActPairing single_pair(const statute::Act& a, const statute::Act& b, const align::Pair& pair);

}  // namespace lawdiff::diff
