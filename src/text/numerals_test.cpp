#include "text/numerals.hpp"

#include <doctest/doctest.h>

#include <string>

using lawdiff::text::is_numeral_char;
using lawdiff::text::parse_number;
using lawdiff::text::to_chinese;

TEST_CASE("parse_number: statute forms") {
  CHECK(parse_number("十") == 10);
  CHECK(parse_number("一十") == 10);
  CHECK(parse_number("十二") == 12);
  CHECK(parse_number("二十") == 20);
  CHECK(parse_number("七十三") == 73);
  CHECK(parse_number("一百零五") == 105);
  CHECK(parse_number("一百二十") == 120);
  CHECK(parse_number("一千零一十") == 1010);
  CHECK(parse_number("两百") == 200);
  CHECK(parse_number("两千") == 2000);
  CHECK(parse_number("三万零二") == 30002);
  CHECK(parse_number("十万") == 100000);
  CHECK(parse_number("九千九百九十九万九千九百九十九") == 99999999);
  CHECK(parse_number("零") == 0);
  CHECK(parse_number("〇") == 0);
  CHECK(parse_number("二〇二二") == 2022);
  CHECK(parse_number("二〇五〇") == 2050);
  CHECK(parse_number("壹佰贰拾叁") == 123);
}

TEST_CASE("parse_number: digits") {
  CHECK(parse_number("65") == 65);
  CHECK(parse_number("０") == 0);
  CHECK(parse_number("６５") == 65);
  CHECK(parse_number("99999999") == 99999999);
  CHECK_FALSE(parse_number("100000000"));
}

TEST_CASE("parse_number: rejects garbage") {
  for (const char* s : {"", "百百", "十十", "百", "十百", "abc", "6十", "十6", "一百五", "一零零百",
                        "第一", "一万万", " 十", "十五零"}) {
    const std::string text = s;
    CAPTURE(text);
    CHECK_FALSE(parse_number(text));
  }
}

TEST_CASE("to_chinese: statute style") {
  CHECK(to_chinese(0) == "零");
  CHECK(to_chinese(7) == "七");
  CHECK(to_chinese(10) == "十");
  CHECK(to_chinese(11) == "十一");
  CHECK(to_chinese(20) == "二十");
  CHECK(to_chinese(105) == "一百零五");
  CHECK(to_chinese(110) == "一百一十");
  CHECK(to_chinese(1000) == "一千");
  CHECK(to_chinese(1010) == "一千零一十");
  CHECK(to_chinese(1001) == "一千零一");
  CHECK(to_chinese(30002) == "三万零二");
  CHECK(to_chinese(10010) == "一万零一十");
  CHECK(to_chinese(100000) == "十万");
  CHECK(to_chinese(12345678) == "一千二百三十四万五千六百七十八");
}

TEST_CASE("to_chinese and parse_number round-trip") {
  for (int n = 0; n <= 9999; ++n) {
    CAPTURE(n);
    REQUIRE(parse_number(to_chinese(n)) == n);
  }
  for (int n : {10000, 10001, 10010, 10100, 11000, 100000, 100001, 1000000, 10000000, 99999999, 20304050}) {
    CAPTURE(n);
    CHECK(parse_number(to_chinese(n)) == n);
  }
}

TEST_CASE("is_numeral_char") {
  CHECK(is_numeral_char(U'十'));
  CHECK(is_numeral_char(U'两'));
  CHECK(is_numeral_char(U'５'));
  CHECK(is_numeral_char(U'7'));
  CHECK_FALSE(is_numeral_char(U'条'));
}
