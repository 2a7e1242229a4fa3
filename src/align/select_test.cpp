// The selection rules (detail::decide) one at a time, on made-up scores.
#include <doctest/doctest.h>

#include "align/params.hpp"

namespace lawdiff::align::detail {
namespace {

Verdict decide_default(double v, double row_best, double col_best) {
  const Params p;
  return decide(v, row_best, col_best, p, p.partial, p.strong);
}

TEST_CASE("select: the threshold is lower for a mutual best pair") {
  const Params p;
  REQUIRE(p.mutual_min < p.partial);
  const double v = (p.mutual_min + p.partial) / 2;
  CHECK(decide_default(v, v, v) == Verdict::partial);                   // best of its row and column
  CHECK(decide_default(v, v, v + 0.01) == Verdict::below_threshold);     // best of its row only
  CHECK(decide_default(p.mutual_min / 2, p.mutual_min / 2, p.mutual_min / 2) == Verdict::below_threshold);
}

TEST_CASE("select: a column's best pair is exempt from the row rule once it clears col_best_min") {
  const Params p;
  const double row_best = 1.0;  // the A article's best part scores far higher
  CHECK(decide_default(p.col_best_min, row_best, p.col_best_min) != Verdict::below_row);
  CHECK(decide_default(p.col_best_min - 0.01, row_best, p.col_best_min - 0.01) == Verdict::below_row);
  CHECK(decide_default(p.col_best_min, row_best, p.col_best_min + 0.1) == Verdict::below_row);  // not the column's best
}

TEST_CASE("select: a row's best pair is exempt from the column rule; labels follow the score") {
  const Params p;
  CHECK(decide_default(0.1, 0.1, 1.0) == Verdict::partial);       // a B article gathering several A articles
  CHECK(decide_default(0.1, 0.11, 1.0) == Verdict::below_column);
  CHECK(decide_default(p.strong, p.strong, 1.0) == Verdict::strong);
  CHECK(decide_default(p.strong_mutual, p.strong_mutual, p.strong_mutual) == Verdict::strong);  // mutual best
  CHECK(decide_default(p.strong_mutual, p.strong_mutual, 1.0) == Verdict::partial);
}

}  // namespace
}  // namespace lawdiff::align::detail
