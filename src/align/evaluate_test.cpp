// Reference files in both formats, and the scores they give.
#include <doctest/doctest.h>

#include "align/evaluate.hpp"
#include "base/error.hpp"
#include "support/fixtures.hpp"

namespace lawdiff::align {
namespace {

using statute::testing::embedded_library;

TEST_CASE("evaluate: the a/b/strength format, with either header and rows without a counterpart") {
  const auto g = parse_gold("sz\tgd\tstrength\tnote\n1\t1\tstrong\t立法目的\n4\t\t\n\t5\t\n\n", "ref");
  REQUIRE(g.size() == 3);
  CHECK(g[0].a == "1");
  CHECK(g[0].strength == "strong");
  CHECK(g[1].b.empty());
  CHECK(g[2].a.empty());
  CHECK(g[2].b == "5");
  CHECK(parse_gold("a\tb\tstrength\n2\t3\tpartial\n", "ref").size() == 1);
}

TEST_CASE("evaluate: the old_article/new_article/relation format maps relations to strengths") {
  const auto g = parse_gold("old_article\tnew_article\trelation\tnote\n"
                            "1\t1\tsame\t\n2\t3\tsplit\t\n2\t4\tpartial\tx\n5\t\tdeleted\t\n\t9\tadded\t\n", "v");
  REQUIRE(g.size() == 5);
  CHECK(g[0].strength == "strong");
  CHECK(g[0].relation == "same");
  CHECK(g[1].strength == "strong");
  CHECK(g[2].strength == "partial");
  CHECK(g[3].strength.empty());
  CHECK(g[3].relation == "deleted");
  CHECK(g[4].a.empty());
  CHECK(g[4].relation == "added");
}

TEST_CASE("evaluate: malformed references fail with the line and the reason") {
  CHECK_THROWS_WITH_AS(parse_gold("x\ty\n", "r.tsv"),
                       "r.tsv:1: expected a header a<TAB>b<TAB>strength or old_article<TAB>new_article<TAB>relation", Error);
  CHECK_THROWS_WITH_AS(parse_gold("a\tb\tstrength\n1\t2\tmaybe\n", "r.tsv"), "r.tsv:2: strength must be 'strong' or 'partial'", Error);
  CHECK_THROWS_WITH_AS(parse_gold("old_article\tnew_article\trelation\n1\t2\tmoved\n", "v.tsv"),
                       "v.tsv:2: relation must be same, modified, split, merged, partial, deleted or added", Error);
  CHECK_THROWS_WITH_AS(parse_gold("old_article\tnew_article\trelation\n1\t2\tdeleted\n", "v.tsv"),
                       "v.tsv:2: a 'deleted' row names only the old article", Error);
  CHECK_THROWS_WITH_AS(parse_gold("old_article\tnew_article\trelation\n\t2\tsplit\n", "v.tsv"),
                       "v.tsv:2: a 'split' row names both articles", Error);
}

TEST_CASE("evaluate: a pair onto a B article the reference calls added is a false positive") {
  const auto& sz = embedded_library().get("sz");
  const auto& gd = embedded_library().get("gd");
  const auto gold = parse_gold("old_article\tnew_article\trelation\n1\t1\tmodified\n2\t\tdeleted\n\t3\tadded\n\t4\tadded\n", "v");
  Alignment al;
  al.pairs = {{{0, 0}, {0, 0}, 0.9, Strength::strong, false, Relation::modified}, {{0, 0}, {2, 0}, 0.3, Strength::partial, false, Relation::partial}};
  const Evaluation e = evaluate(al, sz, gd, gold);
  CHECK(e.predicted == 2);
  CHECK(e.correct == 1);
  CHECK(e.false_positives == std::vector<std::string>{"1=3"});
  CHECK(e.recall == 1.0);
  CHECK(e.no_counterpart_accuracy == 1.0);
  CHECK(e.only_b == 2);
  CHECK(e.only_b_ok == 1);
}

}  // namespace
}  // namespace lawdiff::align
