#pragma once
// The aligner's internal parameters: one setting for every pair of acts,
// chosen by measurement on the dev set (docs/alignment.md). Public callers
// use align::Options; the tuning bench varies these.
#include "align/align.hpp"

namespace lawdiff::align::detail {

struct Params {
  // Content score of an article pair: the best of whole↔whole and, lowered
  // by these factors, whole↔paragraph and paragraph↔paragraph cosines.
  double whole_para = 0.9;
  double para_para = 0.8;
  // Structural prior: the score is multiplied by 1 - prior × |relative
  // position of a − relative position of b|.
  double prior = 0.25;
  // Selection: a pair is kept when its score clears `partial` and is at
  // least `ratio` × the best score of its A article or of its B article.
  double partial = 0.12;
  double strong = 0.30;
  double ratio = 0.6;
  // A pair at least this similar is a near-identical counterpart: weaker
  // pairs of either side are dropped (renumbered, unchanged articles).
  double identical = 0.95;
  // A side is reported paragraph-precise when one paragraph's score against
  // the other side is at least `dominance` × every other paragraph's.
  double dominance = 2.0;
};

/// align() with explicit parameters.
Alignment align_with(const statute::Act& a, const statute::Act& b, const Options& options, const Params& params);

}  // namespace lawdiff::align::detail
