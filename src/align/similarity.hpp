#pragma once
// Unit-level similarities (cosine mixed with containment) and the
// article-level scores lifted from them.
#include <vector>

#include "align/align.hpp"
#include "align/features.hpp"
#include "align/params.hpp"

namespace lawdiff::align::detail {

struct Scores {
  FeatureSpace features;
  std::vector<float> unit;     // a-unit × b-unit similarities, row-major
  SimilarityMatrix content;    // article × article content score
  SimilarityMatrix score;      // content with the structural prior applied
  std::vector<int> best_a;     // per article pair: the a unit that carried the content score
  std::vector<int> best_b;     // … and the b unit
  // Per article of a (b): the articles of its act it cites (citations.hpp);
  // empty unless Params::xref is on (the citation term is all that reads them).
  std::vector<std::vector<int>> cites_a;
  std::vector<std::vector<int>> cites_b;
  double unit_cos(int ua, int ub) const { return unit[static_cast<std::size_t>(ua) * features.b.units.size() + ub]; }
};

/// Scores every article of `a` against every article of `b`. Cost: the
/// sparse products of all unit pairs sharing a feature (an inverted index
/// over b's units), then a pass over each article pair's units.
Scores score_acts(const statute::Act& a, const statute::Act& b, const Params& params);

/// The selection step of align_with(): the pairs chosen from scores that
/// score_acts() computed with the same `params` (the tuning bench varies
/// the selection parameters without rescoring). Throws as align() does.
Alignment select_pairs(const statute::Act& a, const statute::Act& b, const Scores& s, const Options& options,
                       const Params& params);

/// The scores selection judges: those of `s` plus the citation term
/// (Params::xref; citation_term), with the pairs `o` forbids set to −1, so
/// no rule can pick them.
SimilarityMatrix selection_scores(const Scores& s, const Options& o, const Params& p);

/// The citation term of articles `i` ↔ `j` over scores `m` (Params::xref):
/// + xref × the best score in `m` of a pair of the articles they cite, and
/// when both cite and that best is below the partial threshold, − xref / 2
/// as well (two penalty articles that sanction unrelated duties). 0 when
/// either cites nothing it could pair through.
double citation_term(const Scores& s, const SimilarityMatrix& m, int i, int j, const Params& p);

/// Every pair's Bests (params.hpp) over `m` (selection_scores of `s`). Cost: one pass over the matrix per side, and
/// per article a scan of the distinct units its pairs matched by.
class PairBests {
 public:
  PairBests(const Scores& s, const SimilarityMatrix& m, const Params& p);
  Bests at(int i, int j) const { return cells_[static_cast<std::size_t>(i) * cols_ + j]; }

 private:
  int cols_ = 0;
  std::vector<Bests> cells_;
};

/// The shadow rule's view of pair (i, j) over scores `m` (Params::shadow):
/// `top`, A article i's best B article in `m` (the first on a tie), and
/// `residual`, the best cosine of what i has beyond `top` (i's raw TF-IDF
/// less top's, feature by feature) with a unit of B article j (whole,
/// paragraph or item). A kept pair other than (i, top) whose residual is
/// below Params::shadow is dropped: all it shares with i, top shares too.
/// (Keeping the pair when the reverse residual — i beyond j, against top —
/// is low as well, as two readings of one article, did worse on the dev
/// pairs: docs/alignment.md, "Shadows".)
struct Shadow {
  int top = 0;
  double residual = 0;
};
Shadow shadow_of(const Scores& s, const SimilarityMatrix& m, int i, int j);

/// Whether the shadow rule drops kept pair (i, j) (Params::shadow).
bool is_shadow(const Scores& s, const SimilarityMatrix& m, int i, int j, const Params& p);

/// Title term of articles `i` of a and `j` of b: the share of each side's
/// 【title】 (IDF-weighted) that the other side's text covers, averaged over
/// the sides that have a title; 0 when neither has one.
double title_score(const FeatureSpace& fs, int i, int j);

/// The structural prior's factor for articles `i` of `na` and `j` of `nb`.
double position_factor(int i, int na, int j, int nb, double prior);

}  // namespace lawdiff::align::detail
