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

}  // namespace
}  // namespace lawdiff::align::detail
