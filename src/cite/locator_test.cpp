#include "cite/locator.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace lawdiff::cite;

TEST_CASE("natural locator: stops where the locator ends") {
  Locator loc;
  const std::string s = "第二十条第二款规定的情形";
  CHECK(parse_natural_locator(s, loc) == std::string("第二十条第二款").size());
  CHECK(loc.article.number == 20);
  CHECK(loc.paragraph == 2);
}

TEST_CASE("natural locator: inserted articles, ranges, tails, lists") {
  Locator loc;
  CHECK(parse_natural_locator("第一百二十条之一", loc) > 0);
  CHECK(loc.article.number == 120);
  CHECK(loc.article.suffix == 1);
  CHECK(parse_natural_locator("第五条之规定", loc) == std::string("第五条").size());
  CHECK(loc.article.suffix == 0);
  CHECK(parse_natural_locator("第二款第（三）项", loc) > 0);
  CHECK(loc.article.number == 0);
  CHECK(loc.paragraph == 2);
  CHECK(loc.item == 3);
  CHECK(parse_natural_locator("第五条、第六条", loc) == std::string("第五条").size());
  CHECK(loc.last.number == 0);
  CHECK(parse_natural_locator("第三条第一款第（二）项第3目", loc) > 0);
  CHECK(loc.subitem == 3);
  CHECK(parse_natural_locator("第一次会议", loc) == 0);
}

TEST_CASE("short locator") {
  Locator loc;
  CHECK(parse_short_locator("120-1.2", loc));
  CHECK(loc.article.suffix == 1);
  CHECK(loc.paragraph == 2);
  CHECK_FALSE(loc.dash_pair);
  CHECK(parse_short_locator("26-28", loc));
  CHECK(loc.dash_pair);
  CHECK_FALSE(parse_short_locator("1.2.3.4.5", loc));
  CHECK_FALSE(parse_short_locator("-3", loc));
}

TEST_CASE("chapters and their sections, in both spellings") {
  Locator loc;
  CHECK(parse_natural_locator("第二章第一节", loc) == std::string_view("第二章第一节").size());
  CHECK(loc.chapter == 2);
  CHECK(loc.section == 1);
  CHECK(parse_natural_locator("第二章", loc) > 0);
  CHECK(loc.section == 0);
  CHECK(parse_short_locator("ch2s1", loc));
  CHECK(loc.chapter == 2);
  CHECK(loc.section == 1);
  CHECK(parse_short_locator("CH十S二", loc));
  CHECK(loc.chapter == 10);
  CHECK(loc.section == 2);
  CHECK_FALSE(parse_short_locator("ch2s", loc));
  CHECK_FALSE(parse_short_locator("ch2s0", loc));
  CHECK_FALSE(parse_short_locator("chs1", loc));
}

TEST_CASE("parts (编), their chapters and sections, in both spellings") {
  Locator loc;
  CHECK(parse_natural_locator("第二编第三章第一节", loc) == std::string_view("第二编第三章第一节").size());
  CHECK(loc.part == 2);
  CHECK(loc.chapter == 3);
  CHECK(loc.section == 1);
  CHECK(parse_natural_locator("第二编", loc) > 0);
  CHECK(loc.part == 2);
  CHECK(loc.chapter == 0);
  CHECK(parse_short_locator("p2", loc));
  CHECK(loc.part == 2);
  CHECK(loc.division());
  CHECK_FALSE(loc.whole_act());
  CHECK(parse_short_locator("p2ch3s1", loc));
  CHECK(loc.part == 2);
  CHECK(loc.chapter == 3);
  CHECK(loc.section == 1);
  CHECK_FALSE(parse_short_locator("p2x", loc));
  CHECK_FALSE(parse_short_locator("p", loc));
  CHECK_FALSE(parse_short_locator("p2.3", loc));
}
