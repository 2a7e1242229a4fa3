// Feature building: corpus document frequencies (the experiment of
// docs/alignment.md, item 3), white space, item units.
#include <doctest/doctest.h>

#include <cmath>

#include "align/features.hpp"
#include "statute/parser.hpp"

namespace lawdiff::align::detail {
namespace {

TEST_CASE("features: corpus document frequencies count each paragraph once") {
  statute::Act act;
  act.info.id = "t";
  act.doc = statute::parse("第一条 数据数据处理。\n第二条 数据安全。\n第三条 本条例自公布之日起施行。\n", "t");
  const CorpusCounts counts = count_corpus({&act});
  CHECK(counts.docs == 3);
  const CorpusFrequencies c = CorpusFrequencies::from_counts(counts.df, counts.docs);
  CHECK(c.df(true, "数据") == 2);  // twice in article 1, once in article 2
  CHECK(c.df(true, "施行") == 1);
  CHECK(c.df(true, "不在") == 0);
  CHECK(c.df(false, "数据") == counts.df.at("w数据"));
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

TEST_CASE("features: items (项) of an article with two or more are units of their own, outside document frequencies") {
  statute::Act a, b;
  a.info.id = "list";
  b.info.id = "one";
  a.doc = statute::parse("第一条 倡导下列文明行为：\n（一）尊老爱幼，家庭和睦；\n（二）文明上网，不传播虚假信息。\n第二条 本条例自公布之日起施行。\n", "list");
  b.doc = statute::parse("第一条 家庭成员应当尊老爱幼。\n第二条 本条例自公布之日起施行。\n", "one");
  const FeatureSpace fs = build_features(a, b);
  REQUIRE(fs.a.item_count.at(0) == 2);
  CHECK(fs.a.item_count.at(1) == 0);  // no items
  CHECK(fs.b.item_count.at(0) == 0);
  const Unit& first = fs.a.units.at(fs.a.first_item.at(0));
  CHECK(first.article == 0);
  CHECK(first.item == 1);
  CHECK(first.paragraph == 0);  // a one-paragraph article: the item is in its whole
  // Document frequencies count the four articles (paragraph-level units)
  // only: 施行 occurs in two of them, whatever the items say.
  std::size_t f = 0;
  while (f < fs.names.size() && !(fs.names[f] == "施行" && fs.is_bigram[f])) ++f;
  REQUIRE(f < fs.names.size());
  CHECK(fs.idf[f] == doctest::Approx(std::log(1.0 + 4.0 / 2.0)));
}

}  // namespace
}  // namespace lawdiff::align::detail
