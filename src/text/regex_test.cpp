#include "text/regex.hpp"

#include <doctest/doctest.h>

#include "base/error.hpp"

using lawdiff::text::Regex;

TEST_CASE("regex: matches come back as UTF-8 byte offsets") {
  Regex r("第[一二三四五六七八九十]+条");
  const std::string s = "依照本条例第三十三条和第五条";
  auto m = r.find_all(s);
  REQUIRE(m.size() == 2);
  CHECK(s.substr(m[0].begin, m[0].end - m[0].begin) == "第三十三条");
  CHECK(s.substr(m[1].begin, m[1].end - m[1].begin) == "第五条");
}

TEST_CASE("regex: case-insensitive and empty matches") {
  CHECK(Regex("ai", true).find_all("AI and ai").size() == 2);
  CHECK(Regex("x*").find_all("abc").empty());
}

TEST_CASE("regex: a bad pattern is a clear error") {
  CHECK_THROWS_WITH_AS(Regex("第(条"), doctest::Contains("bad regular expression"), lawdiff::Error);
}
