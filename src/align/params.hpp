#pragma once
// The aligner's internal parameters: one setting for every pair of acts,
// chosen by measurement on the dev set (docs/alignment.md). Public callers
// use align::Options; the tuning bench varies these.
#include "align/align.hpp"
#include "align/features.hpp"

namespace lawdiff::align::detail {

class WordVectors;

struct Params {
  // IDF^1.5: on the five dev pairs a sharper IDF with containment and a
  // light hub correction beats plain IDF with a strong one (docs/alignment.md).
  // Corpus IDF mixed in at 0.1 (stop 19): on the dev pairs, left out pair
  // by pair, it beats the two acts' IDF alone; most of the gain a flatter
  // IDF gives too (its controls; docs/alignment.md, "Second readings,
  // corpus IDF, a learned selection").
  FeatureParams features{.idf_power = 1.5f, .corpus = &CorpusFrequencies::builtin(), .corpus_mix = 0.1f};
  // Content score of an article pair: the best of whole↔whole and, lowered
  // by these factors, whole↔paragraph and paragraph↔paragraph cosines.
  double whole_para = 0.9;
  double para_para = 0.8;
  // Item units (项) take part in the lift like paragraphs, their factors
  // further multiplied by this; 0: items are not scored on their own.
  double item = 0.8;
  // Unit similarity mixes cosine with containment (similarity.cpp):
  // (1 − contain) × cosine + contain × containment.
  double contain = 0.15;
  // Soft similarity from dense word vectors (vectors.hpp; bench only, off):
  // unit similarity = (1 − dense) × the above + dense × max(0, cosine of
  // the units' IDF-weighted mean word vectors, centred on the two acts'
  // mean)^dense_power. Null or 0: none.
  const WordVectors* vectors = nullptr;
  double dense = 0.0;
  double dense_power = 1.0;
  // Where the dense term enters: every unit pair (before the lift to
  // articles), or, when set, the whole articles' cosine only: content =
  // (1 − dense) × lifted lexical score + dense × dense cosine(articles)
  // (+ title, before the hub correction either way).
  bool dense_articles = false;
  // Weight of the title term: the share of an article's 【title】 (its
  // drafter's summary) that the other article's text covers.
  double title = 0.12;
  // Citation term (stop 20): a pair's score, before selection, gains xref ×
  // the best score of a pair of the articles its two articles cite, and
  // loses xref / 2 when both cite and nothing they cite pairs
  // (citations.hpp: a penalty article is known by the duty it cites).
  // Chosen on nineteen pairs, and by every left-out pair's search; 0: none.
  double xref = 0.2;
  // Structural prior: the score is multiplied by 1 - prior × |relative
  // position of a − relative position of b|.
  double prior = 0.4;
  // Hubness correction (CSLS, Conneau et al. 2018): an article that is
  // moderately similar to everything (a list of departments' duties, a
  // boilerplate "universities, research institutes and enterprises")
  // should not win every row. The score subtracts `hub` × the mean of the
  // two articles' `hub_k` best content scores.
  double hub = 0.3;
  int hub_k = 3;
  // Selection: a pair is kept when its score clears `partial`, is at least
  // `ratio` × the best score of its A article, and at least `col_ratio` ×
  // the best score of its B article (a B article that gathers several A
  // articles keeps them all; one that is merely mentioned everywhere does
  // not collect weak matches).
  double partial = 0.08;
  double strong = 0.25;
  double ratio = 0.8;
  double col_ratio = 0.5;
  // When set, an A article's best pair is exempt from the column rule, so
  // a B article that gathers several A articles can keep them all.
  bool row_best_exempt = false;
  // When set (the default since the ten-pair round of stop 18), the ratio
  // rules compare a pair only with the pairs of its row
  // (column) whose matching unit overlaps its own: two A articles that
  // match different paragraphs or items of one B article do not compete
  // for it (a B article gathering them keeps both), nor do two B articles
  // matching different parts of one A article (a split keeps its parts).
  // The exemptions, the mutual floor and the labels still use the whole
  // row's and column's bests.
  bool unit_rivals = true;
  // With unit_rivals (stop 20): a pair whose matching unit is the whole of
  // an article of several paragraphs is placed, for rivalry, at the
  // paragraph of that article that carries the match (one whose cosine
  // with the other side's matching unit is `dominance` × every other's),
  // when one does. A revision that moves one paragraph of an article into a
  // new article and rewrites the other into several more keeps them all:
  // the moved paragraph's pair, scored far higher, no longer rivals the
  // others (科学技术普及法 2002 art. 15; docs/alignment.md).
  bool carrier_rivals = true;
  // A B article's best pair scoring at least this is exempt from the row
  // rule, so an A article split over several B articles keeps every part
  // (each part's best A article is the one it came from, though it scores
  // well below that article's best). 1 or more: no exemption.
  double col_best_min = 0.20;
  // A mutual best pair (best of its row and of its column) needs only this
  // score: two articles that prefer each other are counterparts even when
  // reworded past the plain threshold. Used only below `partial`; 1 (the
  // default since the five-pair round): no lower floor.
  double mutual_min = 1.0;
  // Label: strong when the score clears `strong`, or when the pair is a
  // mutual best and clears `strong_mutual`; partial otherwise.
  double strong_mutual = 0.15;
  // Shadow rule (stop 22; similarity.hpp, Shadow): a kept pair that is not
  // its A article's best is dropped when what the A article has beyond that
  // best counterpart (raw TF-IDF less the counterpart's, feature by
  // feature) has a cosine below this with every unit of the pair's B
  // article: all it shares with the A article, the best counterpart shares
  // too (突发事件应对法 2007 art. 38 kept 2024 arts. 22 and 39 beside its
  // counterpart 60). Chosen on nineteen pairs with col_best_min; 0: off.
  double shadow = 0.04;
  // A pair at least this similar is a near-identical counterpart: weaker
  // pairs of either side are dropped (renumbered, unchanged articles).
  double identical = 0.95;
  // A side is reported paragraph-precise when one paragraph's score against
  // the other side is at least `dominance` × every other paragraph's.
  double dominance = 2.0;
};

/// The best scores a pair is judged against (forbidden pairs excluded): its
/// A article's (`row`) and its B article's (`col`), for the exemptions, the
/// mutual floor and the labels; and those the ratio rules compare it with
/// (`row_rival`, `col_rival`): the same, or with Params::unit_rivals the
/// best of the pairs whose matching unit overlaps its own.
struct Bests {
  double row = 0, col = 0, row_rival = 0, col_rival = 0;
};

/// What the selection rules make of a pair with score `v` and bests `b`,
/// before near-identity, pins and curation.
enum class Verdict { strong, partial, below_threshold, below_row, below_column };
Verdict decide(double v, const Bests& b, const Params& p, double partial, double strong);

/// align() with explicit parameters.
Alignment align_with(const statute::Act& a, const statute::Act& b, const Options& options, const Params& params);

}  // namespace lawdiff::align::detail
