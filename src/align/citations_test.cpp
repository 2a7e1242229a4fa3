// cited_articles() and the citation term it feeds (Params::xref).
#include <doctest/doctest.h>

#include "align/citations.hpp"
#include "align/similarity.hpp"
#include "support/fixtures.hpp"

namespace lawdiff::align::detail {
namespace {

TEST_CASE("citations: each article's citations of other articles of its act") {
  const statute::Act a = statute::testing::act_from_text(
      "a",
      "第一条 为了保护城市绿地，制定本条例。\n"
      "第二条 禁止擅自占用城市绿地。\n"
      "第三条 禁止损坏树木。\n"
      "因建设需要砍伐树木的，应当经批准。违反前款规定的，依法处理。\n"
      "第四条 违反本条例第二条规定的，由主管部门责令改正，处一千元以上五千元以下罚款。\n"
      "第五条 违反第二条至第三条规定，情节严重的，依照本章规定从重处罚；违反本条第一款的，依法追究责任。\n");
  const std::vector<std::vector<int>> c = cited_articles(a);
  REQUIRE(c.size() == 5);
  CHECK(c[0].empty());
  CHECK(c[2].empty());                        // 前款: its own article
  CHECK(c[3] == std::vector<int>{1});         // 本条例第二条
  CHECK(c[4] == std::vector<int>{1, 2});      // 第二条至第三条; 本章 and 本条 name no other article
}

TEST_CASE("citations: the citation term raises penalty pairs whose cited duties pair, lowers those whose do not") {
  Scores s;
  s.score = SimilarityMatrix(3, 3);
  s.score.at(0, 0) = 0.5;   // the duties: a:1 ↔ b:1
  s.score.at(0, 1) = 0.02;  // a:1 ↔ b:2 do not correspond
  s.cites_a = {{}, {}, {0}};  // a:3 sanctions a:1
  s.cites_b = {{}, {}, {0}};  // b:3 sanctions b:1
  Params p;
  p.xref = 0.2;
  CHECK(citation_term(s, s.score, 2, 2, p) == doctest::Approx(0.2 * 0.5));
  s.cites_b = {{}, {}, {1}};  // b:3 sanctions b:2 instead
  CHECK(citation_term(s, s.score, 2, 2, p) == doctest::Approx(0.2 * 0.02 - 0.1));
  CHECK(citation_term(s, s.score, 0, 2, p) == 0);  // a:1 cites nothing
  p.xref = 0;
  CHECK(citation_term(s, s.score, 2, 2, p) == 0);
}

}  // namespace
}  // namespace lawdiff::align::detail
