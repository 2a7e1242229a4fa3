#include "text/breaks.hpp"

#include <doctest/doctest.h>

#include <string>

using lawdiff::text::BreakKind;
using lawdiff::text::icu_breaks;

TEST_CASE("icu_breaks: increasing offsets that end at the text's end, from ICU") {
  for (const BreakKind kind : {BreakKind::word, BreakKind::line}) {
    for (const std::string s : {"人工智能产业，高质量发展。", "AI chips (2022)", "一", "bad \xFF byte"}) {
      CAPTURE(s);
      bool from_icu = false;
      const auto ends = icu_breaks(kind, s, from_icu);
      CHECK(from_icu);
      REQUIRE_FALSE(ends.empty());
      CHECK(ends.back() == s.size());
      for (std::size_t k = 1; k < ends.size(); ++k) CHECK(ends[k - 1] < ends[k]);
    }
    bool from_icu = false;
    CHECK(icu_breaks(kind, "", from_icu).empty());
  }
}

TEST_CASE("icu_breaks: line breaks never fall before closing punctuation or inside a Latin word") {
  const std::string s = "条例（草案）。law text";
  bool from_icu = false;
  const auto ends = icu_breaks(BreakKind::line, s, from_icu);
  for (const auto at : ends) {
    const std::string rest = s.substr(at);
    CHECK_FALSE(rest.starts_with("）"));
    CHECK_FALSE(rest.starts_with("。"));
    CHECK_FALSE(rest.starts_with("aw"));
  }
}
