#include "text/normalize.hpp"

#include <doctest/doctest.h>

#include "text/utf8.hpp"

using namespace lawdiff::text;

TEST_CASE("normalize_newlines") {
  CHECK(normalize_newlines("a\r\nb\rc\n") == "a\nb\nc\n");
  CHECK(normalize_newlines("\r\r\n") == "\n\n");
  CHECK(normalize_newlines("") == "");
}

TEST_CASE("fold") {
  CHECK(fold_char(U'６') == U'6');
  CHECK(fold_char(U'（') == U'(');
  CHECK(fold_char(0x3000) == U' ');
  CHECK(fold_char(U'条') == U'条');
  CHECK(fold("第６５条\xE3\x80\x80（一）") == "第65条 (一)");
  CHECK(fold("a\xC2\xA0" "b") == "a b");
}

TEST_CASE("fold_compact") {
  CHECK(fold_compact("2022年 8月 30日") == "2022年8月30日");
  CHECK(fold_compact("第 ６５ 条") == "第65条");
}

TEST_CASE("utf8 helpers") {
  std::size_t i = 0;
  CHECK(next_code_point("条", i) == U'条');
  CHECK(i == 3);
  i = 0;
  CHECK(next_code_point("\xFF" "a", i) == 0xFFFD);
  CHECK(i == 1);
  std::string out;
  append_utf8(out, U'😀');
  CHECK(out == "\xF0\x9F\x98\x80");
  CHECK(code_point_count("a条😀") == 3);
  CHECK(trim("\xE3\x80\x80 第一条\xC2\xA0\n") == "第一条");
  CHECK(trim("   ") == "");
  CHECK(trim("\xE2\x80\x8B") == "");
  CHECK(trim("\xEF\xBB\xBF第一条\xE2\x80\x8B") == "第一条");
}

TEST_CASE("fold_letters drops spacing and punctuation, keeps letters, digits and symbols") {
  CHECK(fold_letters("第一条　为了规范，制定本法。") == "第一条为了规范制定本法");
  CHECK(fold_letters("“国家安全”（一）；\n2022年 8月") == "国家安全一2022年8月");
  CHECK(fold_letters("ＡＩ，a+b") == "AIa+b");
  CHECK(fold_letters("应当") != fold_letters("可以"));
}
