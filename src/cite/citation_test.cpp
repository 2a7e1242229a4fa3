#include "cite/citation.hpp"

#include <doctest/doctest.h>

#include "cite/reference.hpp"
#include "support/fixtures.hpp"

using namespace lawdiff;

namespace {
std::string cited(const char* ref, cite::Style style) {
  return cite::citation(cite::resolve(statute::testing::embedded_library(), ref), style);
}
}  // namespace

TEST_CASE("citation styles, as in DESIGN.md") {
  using cite::Style;
  CHECK(cited("sz:72.2.5", Style::full) == "《深圳经济特区人工智能产业促进条例》第七十二条第二款第（五）项");
  CHECK(cited("sz:72.2.5", Style::short_) == "深圳条例第七十二条第二款第（五）项");
  CHECK(cited("sz:72.2.5", Style::id) == "sz:72.2.5");
  CHECK(cited("sz:72.2.5", Style::en) == "Shenzhen SEZ Regulations on Promoting the AI Industry, art. 72(2)(5)");
}

TEST_CASE("citation: a draft is always cited as a draft") {
  using cite::Style;
  CHECK(cited("gd:7", Style::full) == "《广东省人工智能发展促进条例（征求意见稿）》第七条");
  CHECK(cited("gd:7", Style::short_) == "广东条例（征求意见稿）第七条");
  CHECK(cited("gd:7", Style::en) ==
        "Guangdong Province Regulations on Promoting AI Development (Draft for Comments), art. 7");
}

TEST_CASE("citation: ranges, chapters, whole acts") {
  using cite::Style;
  CHECK(cited("sz:26-28", Style::full) == "《深圳经济特区人工智能产业促进条例》第二十六条至第二十八条");
  CHECK(cited("sz:26-28", Style::en) == "Shenzhen SEZ Regulations on Promoting the AI Industry, arts. 26–28");
  CHECK(cited("sz:ch3", Style::short_) == "深圳条例第三章");
  CHECK(cited("sz:ch3", Style::en) == "Shenzhen SEZ Regulations on Promoting the AI Industry, ch. 3");
  CHECK(cited("gd", Style::full) == "《广东省人工智能发展促进条例（征求意见稿）》");
}

TEST_CASE("citation: parse_style") {
  CHECK(cite::parse_style("short") == cite::Style::short_);
  CHECK_FALSE(cite::parse_style("long").has_value());
}

TEST_CASE("provision text: items and ranges") {
  auto& lib = statute::testing::embedded_library();
  CHECK(cite::provision_text(cite::resolve(lib, "sz:72.2.5")).starts_with("（五）利用算法技术"));
  const std::string range = cite::provision_text(cite::resolve(lib, "sz:26-28"));
  CHECK(range.starts_with("第二十六条 "));
  CHECK(range.find("\n第二十八条 ") != std::string::npos);
  CHECK(cite::provision_text(cite::resolve(lib, "gd:7")).find('\n') != std::string::npos);
}
