#include "cite/search.hpp"

#include <doctest/doctest.h>

#include "text/regex.hpp"
#include "support/fixtures.hpp"

using namespace lawdiff;

TEST_CASE("search: literal hits with their provision and context") {
  const auto& sz = statute::testing::embedded_library().get("sz");
  const auto hits = cite::search(sz, "民法典", nullptr, 4);
  REQUIRE(hits.size() == 1);
  CHECK(cite::provision_id(hits[0].where) == "sz:72.3");
  CHECK(hits[0].before == "民共和国");
  CHECK(hits[0].match == "民法典");
  CHECK(hits[0].after == "》以及国");
}

TEST_CASE("search: regular expressions and items") {
  const auto& sz = statute::testing::embedded_library().get("sz");
  text::Regex re("深度合成\\S{2}");
  const auto hits = cite::search(sz, {}, &re, 2);
  REQUIRE(!hits.empty());
  CHECK(cite::provision_id(hits[0].where) == "sz:72.2.6");
  CHECK(hits[0].match == "深度合成技术");
  CHECK(cite::search(sz, "没有这样的词", nullptr, 2).empty());
}
