#include "text/segment.hpp"

#include <doctest/doctest.h>

#include <string>

using lawdiff::text::characters;
using lawdiff::text::is_word;
using lawdiff::text::words;

namespace {

std::string join(const std::vector<std::string_view>& pieces) {
  std::string out;
  for (auto p : pieces) out += p;
  return out;
}

}  // namespace

TEST_CASE("words concatenate back to the input") {
  for (const std::string s : {"第一条 为了促进人工智能产业高质量发展，制定本条例。", "AI chips, 2022年8月30日!",
                              "", " ", "深圳\n经济特区", "bad \xFF byte"}) {
    CAPTURE(s);
    CHECK(join(words(s)) == s);
  }
}

TEST_CASE("words splits Chinese into words") {
  const auto pieces = words("人工智能产业");
  CHECK(pieces.size() > 1);
  CHECK(pieces.size() < 6);  // dictionary words, not single characters
  CHECK(join(pieces) == "人工智能产业");
}

TEST_CASE("words keeps punctuation apart") {
  const auto pieces = words("数据，算法");
  bool found = false;
  for (auto p : pieces) found = found || p == "，";
  CHECK(found);
}

TEST_CASE("characters") {
  const auto cs = characters("a条，");
  REQUIRE(cs.size() == 3);
  CHECK(cs[1] == "条");
}

TEST_CASE("is_word") {
  CHECK(is_word("人工智能"));
  CHECK(is_word("AI"));
  CHECK(is_word("2022"));
  CHECK_FALSE(is_word("，"));
  CHECK_FALSE(is_word(" "));
  CHECK_FALSE(is_word("。"));
}
