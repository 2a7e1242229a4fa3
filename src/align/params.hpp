#pragma once
// The aligner's internal parameters: one setting for every pair of acts,
// chosen by measurement on the dev set (docs/alignment.md). Public callers
// use align::Options; the tuning bench varies these.
#include "align/align.hpp"
#include "align/features.hpp"

namespace lawdiff::align::detail {

struct Params {
  FeatureParams features;
  // Content score of an article pair: the best of whole↔whole and, lowered
  // by these factors, whole↔paragraph and paragraph↔paragraph cosines.
  double whole_para = 0.9;
  double para_para = 0.8;
  // Unit similarity mixes cosine with containment (similarity.cpp):
  // (1 − contain) × cosine + contain × containment.
  double contain = 0.15;
  // Weight of the title term: the share of an article's 【title】 (its
  // drafter's summary) that the other article's text covers.
  double title = 0.12;
  // Structural prior: the score is multiplied by 1 - prior × |relative
  // position of a − relative position of b|.
  double prior = 0.25;
  // Hubness correction (CSLS, Conneau et al. 2018): an article that is
  // moderately similar to everything (a list of departments' duties, a
  // boilerplate "universities, research institutes and enterprises")
  // should not win every row. The score subtracts `hub` × the mean of the
  // two articles' `hub_k` best content scores.
  double hub = 0.5;
  int hub_k = 3;
  // Selection: a pair is kept when its score clears `partial`, is at least
  // `ratio` × the best score of its A article, and at least `col_ratio` ×
  // the best score of its B article (a B article that gathers several A
  // articles keeps them all; one that is merely mentioned everywhere does
  // not collect weak matches).
  double partial = 0.07;
  double strong = 0.20;
  double ratio = 0.7;
  double col_ratio = 0.5;
  // When set, an A article's best pair is exempt from the column rule, so
  // a B article that gathers several A articles can keep them all.
  bool row_best_exempt = true;
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
