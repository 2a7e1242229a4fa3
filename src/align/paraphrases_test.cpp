#include "align/paraphrases.hpp"

#include <doctest/doctest.h>


namespace lawdiff::align::detail {
namespace {

TEST_CASE("paraphrases: the TSV skips comments, blank lines and lines without a tab") {
  const auto pairs = Paraphrases::parse("# model\n公民\t个人\t5\t9\n\nno tab here\r\n数据中心\t算力中心\r\n");
  CHECK(pairs == std::vector<Paraphrases::PhrasePair>{{"公民", "个人"}, {"数据中心", "算力中心"}});
  CHECK(Paraphrases::parse("公民\t个人\t5\t9\n必须\t应当\t1\t3\n", 2) == std::vector<Paraphrases::PhrasePair>{{"公民", "个人"}});
  CHECK(Paraphrases::parse("帐簿\t账簿\t1\t33\t0.917\n应当\t依法\t1\t1\t0.001\n", 1, 0.2) ==
        std::vector<Paraphrases::PhrasePair>{{"帐簿", "账簿"}});
}

TEST_CASE("paraphrases: both phrases of a pair share its feature; pairs that fold to one phrase are dropped") {
  const Paraphrases model({{"公民", "个人"}, {"公民", "自然人"}, {"高校", "高等学校"}});
  CHECK(model.pairs().size() == 2);  // 高校 folds to 高等学校 (synonyms.cpp)
  REQUIRE(model.features_of("个人") != nullptr);
  CHECK(*model.features_of("个人") == std::vector<std::string>{"≈公民|个人"});
  CHECK(model.features_of("公民")->size() == 2);
  CHECK(model.features_of("组织") == nullptr);
  CHECK(model.may_start(U'公'));
  CHECK_FALSE(model.may_start(U'组'));
}

TEST_CASE("paraphrases: the embedded model parses") {
  const Paraphrases& model = Paraphrases::builtin();
  for (const auto& [from, to] : model.pairs()) CHECK(from != to);
}

}  // namespace
}  // namespace lawdiff::align::detail
