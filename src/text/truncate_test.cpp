#include "text/truncate.hpp"

#include <doctest/doctest.h>

#include <string>

#include "text/utf8_validate.hpp"

using lawdiff::text::grapheme_prefix;
using lawdiff::text::grapheme_suffix;
using lawdiff::text::shorten;
using lawdiff::text::shorten_to_width;

TEST_CASE("grapheme_prefix counts clusters and columns, never splitting one") {
  CHECK(grapheme_prefix("扩建", 1) == 3);
  CHECK(grapheme_prefix("扩建", 5) == 6);
  CHECK(grapheme_prefix("扩建", 0) == 0);
  CHECK(grapheme_prefix("扩建ab", 9, 3) == 3);  // 建 would make 4 columns
  CHECK(grapheme_prefix("扩建ab", 9, 5) == 7);
  CHECK(grapheme_prefix("扩建ab", 9, 6) == 8);
  const std::string e_acute = "e\xCC\x81";  // e + combining acute: one cluster
  CHECK(grapheme_prefix(e_acute + "x", 1) == 3);
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9";  // 👨‍👩
  CHECK(grapheme_prefix(family + "x", 1) == family.size());
  CHECK(grapheme_prefix("\r\n", 1) == 2);
}

TEST_CASE("grapheme_suffix starts at a cluster boundary") {
  CHECK(grapheme_suffix("扩建", 1) == 3);
  CHECK(grapheme_suffix("扩建", 0) == 6);
  CHECK(grapheme_suffix("扩建", 9) == 0);
  CHECK(grapheme_suffix("xe\xCC\x81", 1) == 1);
}

TEST_CASE("shorten ends in an ellipsis only when it cut") {
  CHECK(shorten("新建、改建", 5) == "新建、改建");
  CHECK(shorten("新建、改建、扩建", 5) == "新建、改…");
  CHECK(shorten("新建", 0).empty());
  CHECK(shorten_to_width("新建、改建", 10) == "新建、改建");
  CHECK(shorten_to_width("新建、改建", 7) == "新建、…");
  CHECK(shorten_to_width("新建、改建", 0) == "新建、改建");
}

TEST_CASE("cuts stay valid UTF-8 on ill-formed input") {
  const std::string bad = "扩\xE5\xBB" "建\xFF" "x";
  for (std::size_t n = 0; n < 8; ++n) {
    const std::size_t end = grapheme_prefix(bad, n);
    CHECK(end <= bad.size());
    const std::size_t start = grapheme_suffix(bad, n);
    CHECK(start <= bad.size());
    CHECK(lawdiff::text::first_invalid_utf8(shorten("扩建、改建" + std::string(n, 'a'), n)) == std::string_view::npos);
  }
}
