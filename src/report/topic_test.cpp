#include "report/topic.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <iostream>

#include "support/fixtures.hpp"

namespace lawdiff::report {
namespace {

TEST_CASE("titled articles are labelled by their 【title】") {
  const auto& gd = statute::testing::embedded_library().get("gd");
  auto topics = article_topics(gd);
  REQUIRE(topics.size() == gd.doc.articles.size());
  for (std::size_t i = 0; i < topics.size(); ++i) CHECK(topics[i] == gd.doc.articles[i].title);
}

TEST_CASE("untitled articles get short, distinct, deterministic keyword labels") {
  const auto& sz = statute::testing::embedded_library().get("sz");
  auto topics = article_topics(sz);
  REQUIRE(topics.size() == 73);
  CHECK(topics == article_topics(sz));
  if (std::getenv("LAWDIFF_PRINT_TOPICS")) {
    for (std::size_t i = 0; i < topics.size(); ++i) std::cout << i + 1 << ' ' << topics[i] << '\n';
  }
  std::size_t empty = 0;
  for (const auto& t : topics) empty += t.empty();
  CHECK(empty == 0);
}

}  // namespace
}  // namespace lawdiff::report
