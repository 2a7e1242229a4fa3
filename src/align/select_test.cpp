// The selection rules (detail::decide) one at a time, on made-up scores.
// Each test sets the rule it tests, so it holds whatever the defaults are
// (the defaults turn the mutual floor and the row-best exemption off).
#include <doctest/doctest.h>

#include "align/params.hpp"

namespace lawdiff::align::detail {
namespace {

Verdict decide_with(const Params& p, double v, double row_best, double col_best) {
  return decide(v, {row_best, col_best, row_best, col_best}, p, p.partial, p.strong);
}

TEST_CASE("select: the threshold is lower for a mutual best pair") {
  Params p;
  p.mutual_min = 0.03, p.partial = 0.06;
  const double v = (p.mutual_min + p.partial) / 2;
  CHECK(decide_with(p, v, v, v) == Verdict::partial);                   // best of its row and column
  CHECK(decide_with(p, v, v, v + 0.01) == Verdict::below_threshold);     // best of its row only
  CHECK(decide_with(p, p.mutual_min / 2, p.mutual_min / 2, p.mutual_min / 2) == Verdict::below_threshold);
  p.mutual_min = 1.0;  // off: the plain threshold for every pair
  CHECK(decide_with(p, v, v, v) == Verdict::below_threshold);
}

TEST_CASE("select: a column's best pair is exempt from the row rule once it clears col_best_min") {
  const Params p;
  const double row_best = 1.0;  // the A article's best part scores far higher
  CHECK(decide_with(p, p.col_best_min, row_best, p.col_best_min) != Verdict::below_row);
  CHECK(decide_with(p, p.col_best_min - 0.01, row_best, p.col_best_min - 0.01) == Verdict::below_row);
  CHECK(decide_with(p, p.col_best_min, row_best, p.col_best_min + 0.1) == Verdict::below_row);  // not the column's best
}

TEST_CASE("select: a row's best pair may be exempt from the column rule; labels follow the score") {
  Params p;
  p.row_best_exempt = true, p.partial = 0.06, p.strong = 0.18, p.strong_mutual = 0.15;
  CHECK(decide_with(p, 0.1, 0.1, 1.0) == Verdict::partial);       // a B article gathering several A articles
  CHECK(decide_with(p, 0.1, 0.11, 1.0) == Verdict::below_column);
  CHECK(decide_with(p, p.strong, p.strong, 1.0) == Verdict::strong);
  CHECK(decide_with(p, p.strong_mutual, p.strong_mutual, p.strong_mutual) == Verdict::strong);  // mutual best
  CHECK(decide_with(p, p.strong_mutual, p.strong_mutual, 1.0) == Verdict::partial);
  p.row_best_exempt = false;  // the column rule for every pair
  CHECK(decide_with(p, 0.1, 0.1, 1.0) == Verdict::below_column);
  CHECK(decide_with(p, 0.5, 0.5, 1.0) == Verdict::strong);  // half the column best: kept
}

}  // namespace
}  // namespace lawdiff::align::detail
