#include "text/sanitize.hpp"

#include <doctest/doctest.h>

using lawdiff::text::neutralize_controls;

TEST_CASE("neutralize_controls removes escape sequences") {
  const std::string out = neutralize_controls("a\x1B[31mred\x07");
  CHECK(out.find('\x1B') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out == "a\u241B[31mred\u2407");
}

TEST_CASE("neutralize_controls keeps text, newlines and tabs") {
  CHECK(neutralize_controls("第一条\t内容\n") == "第一条\t内容\n");
  CHECK(neutralize_controls("x\x7Fy") == "x\u2421y");
  CHECK(neutralize_controls("\r") == "\u240D");
}

TEST_CASE("neutralize_controls replaces C1, bidi overrides and bad bytes") {
  CHECK(neutralize_controls("\xC2\x9B" "2J") == "\uFFFD2J");
  CHECK(neutralize_controls("a\u202Eb\u2066c") == "a\uFFFDb\uFFFDc");
  CHECK(neutralize_controls("\x9B") == "\uFFFD");
}

TEST_CASE("has_controls says whether neutralize_controls changes the text") {
  for (const char* s : {"", "第一条 甲。\n\t乙", "a\x1b[31m", "\x07", "\x7f", "\xc2\x9b", "\xe2\x80\xae", "\xff", "\r"}) {
    CHECK(lawdiff::text::has_controls(s) == (lawdiff::text::neutralize_controls(s) != s));
  }
}
