#include "align/vectors.hpp"

#include <doctest/doctest.h>

#include "base/error.hpp"

using lawdiff::align::detail::WordVectors;

TEST_CASE("word vectors survive the file format, quantised to int8") {
  const WordVectors v(WordVectors::serialize({"数据", "算力"}, {1.0f, -0.5f, 0.25f, 0.0f, 0.0f, 0.0f}, 3));
  CHECK(v.size() == 2);
  CHECK(v.dims() == 3);
  CHECK(v.find("算力") == 1);
  CHECK(v.find("个人") == -1);
  const auto a = v.vector(0);
  CHECK(a[0] == doctest::Approx(1.0f).epsilon(0.01));
  CHECK(a[1] == doctest::Approx(-0.5f).epsilon(0.01));
  CHECK(a[2] == doctest::Approx(0.25f).epsilon(0.02));
  CHECK(v.vector(1) == std::vector<float>{0, 0, 0});
}

TEST_CASE("a file that is not a vector model is refused") {
  CHECK_THROWS_AS(WordVectors("LDVEC001"), lawdiff::Error);
  CHECK_THROWS_AS(WordVectors(std::string(40, 'x')), lawdiff::Error);
  std::string cut = WordVectors::serialize({"数据"}, {1.0f, 2.0f}, 2);
  cut.pop_back();
  CHECK_THROWS_AS(WordVectors(std::move(cut)), lawdiff::Error);
}

#include <random>

#include "align/params.hpp"
#include "align/similarity.hpp"
#include "support/fixtures.hpp"

TEST_CASE("the dense similarity term: weight 0 changes nothing, an article is its own best match") {
  using namespace lawdiff::align::detail;
  const auto& sz = lawdiff::statute::testing::embedded_library().get("sz");
  const FeatureSpace fs = build_features(sz, sz);
  std::vector<std::string> words;
  for (std::size_t f = 0; f < fs.names.size(); ++f)
    if (!fs.is_bigram[f]) words.push_back(fs.names[f]);
  std::mt19937 rng(3);
  std::normal_distribution<float> gauss;
  std::vector<float> v(words.size() * 16);
  for (float& x : v) x = gauss(rng);
  const WordVectors model(WordVectors::serialize(words, v, 16));

  Params plain, off;
  off.vectors = &model;  // weight 0
  const Scores a = score_acts(sz, sz, plain), b = score_acts(sz, sz, off);
  CHECK(a.unit == b.unit);

  Params dense;
  dense.vectors = &model, dense.dense = 1.0, dense.title = 0;
  const Scores d = score_acts(sz, sz, dense);
  for (int i = 0; i < d.content.rows(); ++i) {
    CHECK(d.content.at(i, i) == doctest::Approx(1.0).epsilon(1e-3));
    for (int j = 0; j < d.content.cols(); ++j) CHECK(d.content.at(i, j) <= d.content.at(i, i) + 1e-4);
  }
}
