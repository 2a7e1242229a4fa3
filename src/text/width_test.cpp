#include "text/width.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using lawdiff::text::code_point_width;
using lawdiff::text::display_width;
using lawdiff::text::wrap;

TEST_CASE("code_point_width") {
  CHECK(code_point_width(U'a') == 1);
  CHECK(code_point_width(U'条') == 2);
  CHECK(code_point_width(U'，') == 2);
  CHECK(code_point_width(U'Ａ') == 2);
  CHECK(code_point_width(0x0301) == 0);  // combining acute
  CHECK(code_point_width(0x200B) == 0);  // zero width space
  CHECK(code_point_width(0x1B) == 0);
  CHECK(code_point_width(U'é') == 1);
}

TEST_CASE("display_width") {
  CHECK(display_width("") == 0);
  CHECK(display_width("第65条 AI") == 2 + 2 + 2 + 1 + 2);
}

TEST_CASE("wrap never exceeds the width and never loses text") {
  const std::string samples[] = {
      "第一条 为了促进人工智能产业高质量发展，根据有关法律，结合深圳经济特区实际，制定本条例。",
      "AI 产业 (artificial intelligence) 与 数据要素市场, mixed 中英文 text 123456",
      "短\n两行\n\n空行之后",
      "e\xCC\x81" "个",  // combining mark
      "",
  };
  for (const std::string& s : samples) {
    for (int width = 2; width <= 50; ++width) {
      CAPTURE(s);
      CAPTURE(width);
      const auto lines = wrap(s, width);
      std::string joined;
      for (const std::string& line : lines) {
        CHECK(display_width(line) <= width);
        CHECK(line.find('\n') == std::string::npos);
        joined += line;
      }
      std::string without_newlines = s;
      std::erase(without_newlines, '\n');
      CHECK(joined == without_newlines);
      CHECK(lines.size() >= static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')) + 1);
    }
  }
}

TEST_CASE("wrap breaks at embedded newlines") {
  const auto lines = wrap("ab\n\ncd", 10);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "ab");
  CHECK(lines[1].empty());
  CHECK(lines[2] == "cd");
}

TEST_CASE("wrap moves a wide character that does not fit") {
  const auto lines = wrap("a中文", 4);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "a中");
  CHECK(lines[1] == "文");
}

TEST_CASE("wrap breaks where Chinese and English line breaking allow") {
  const std::string title = "Comparison of 《深圳经济特区人工智能产业促进条例》 (sz) and 《广东省人工智能发展促进条例（征求意见稿）》 (gd)";
  for (int width = 10; width <= 100; ++width) {
    CAPTURE(width);
    for (const std::string& line : wrap(title, width)) {
      for (const std::string_view closing : {"）", "》", "，", "。"}) CHECK_FALSE(line.starts_with(closing));
      CHECK_FALSE(line.starts_with("omparison"));  // an English word is not cut when it fits a line
      CHECK_FALSE(line.starts_with("nd "));
    }
  }
}
