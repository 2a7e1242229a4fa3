// Corpus document frequencies (the experiment of docs/alignment.md, item 3).
#include <doctest/doctest.h>

#include "align/features.hpp"
#include "statute/parser.hpp"

namespace lawdiff::align::detail {
namespace {

TEST_CASE("features: corpus document frequencies count each paragraph once") {
  statute::Act act;
  act.info.id = "t";
  act.doc = statute::parse("第一条 数据数据处理。\n第二条 数据安全。\n第三条 本条例自公布之日起施行。\n", "t");
  const CorpusFrequencies c = count_corpus({&act});
  CHECK(c.docs == 3);
  REQUIRE(c.df.count("b数据") == 1);
  CHECK(c.df.at("b数据") == 2);  // twice in article 1, once in article 2
  CHECK(c.df.count("b施行") == 1);
  CHECK(c.df.count("b不在") == 0);
}

TEST_CASE("features: loose spacing is no difference, so such a pair has the same vector (similarity 1)") {
  statute::Act a, b;
  a.info.id = "spaced";
  b.info.id = "compact";
  a.doc = statute::parse("第一条 发展人工 智能产业，降低 5G门槛。\n", "spaced");
  b.doc = statute::parse("第一条 发展人工智能产业，降低5G门槛。\n", "compact");
  const FeatureSpace fs = build_features(a, b);
  CHECK(fs.a.units.at(0).vec == fs.b.units.at(0).vec);
}

}  // namespace
}  // namespace lawdiff::align::detail
