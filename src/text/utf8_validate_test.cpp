#include "text/utf8_validate.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

#include "text/utf8.hpp"

using lawdiff::text::first_invalid_utf8;
using lawdiff::text::next_code_point;

namespace {

// Reference: next_code_point() reads a malformed byte as U+FFFD and steps
// one byte; a well-formed U+FFFD takes three.
std::size_t reference(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    if (next_code_point(s, i) == 0xFFFD && i - start != 3) return start;
  }
  return std::string_view::npos;
}

}  // namespace

TEST_CASE("first_invalid_utf8 agrees with the reference on random text") {
  const std::string pieces[] = {"中", "华", "，", "a", " ", "\n", "é", "😀", "\xE0\xA0\x80", "\xED\x9F\xBF",
                                "\xEF\xBF\xBD", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF",
                                "\x80", "\xE4\xB8", "\xFF", "\xF0\x9F\x98"};
  std::mt19937 rng(42);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::uniform_int_distribution<int> length(0, 40);
  std::uniform_int_distribution<int> good(0, 3);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += good(rng) ? pieces[pick(rng) % 4] : pieces[pick(rng)];
    CAPTURE(s);
    REQUIRE(first_invalid_utf8(s) == reference(s));
  }
}

TEST_CASE("first_invalid_utf8 edge cases") {
  CHECK(first_invalid_utf8("plain ascii text, longer than eight") == std::string_view::npos);
  CHECK(first_invalid_utf8("\xE0\x80\xAF") == 0);
  CHECK(first_invalid_utf8("a\xED\xA0\x80") == 1);
  CHECK(first_invalid_utf8("ab\xF4\x90\x80\x80") == 2);
  CHECK(first_invalid_utf8("\xF0\x9F\x98\x80") == std::string_view::npos);
  CHECK(first_invalid_utf8("中华人民共和国中华人民共和国\xB5") == 42);
  CHECK(first_invalid_utf8("中华人民\xED\xA0\x80共和国") == 12);
}

TEST_CASE("scrub_utf8 replaces ill-formed bytes with U+FFFD") {
  CHECK(lawdiff::text::scrub_utf8("法规") == "法规");
  CHECK(lawdiff::text::scrub_utf8("a\xff" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(lawdiff::text::scrub_utf8("\xe6\xb3") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(lawdiff::text::first_invalid_utf8(lawdiff::text::scrub_utf8("x\xc0\xafy\xf5")) == std::string_view::npos);
}
