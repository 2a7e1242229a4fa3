#include "report/coverage.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "report/comparison.hpp"
#include "report/text_fit.hpp"
#include "statute/parser.hpp"
#include "support/fixtures.hpp"
#include "text/width.hpp"

namespace lawdiff::report {
namespace {

const statute::Act& act(const char* id) { return statute::testing::embedded_library().get(id); }

TEST_CASE("coverage statuses follow the pairs' strengths, and the chapters add up") {
  const auto& sz = act("sz");
  const auto& gd = act("gd");
  const align::Alignment al = align::align(sz, gd);
  const Coverage cov = compute_coverage(sz, gd, al);
  REQUIRE(cov.articles.size() == sz.doc.articles.size());
  for (const auto& row : cov.articles) {
    bool strong = false;
    for (const auto& c : row.counterparts) strong |= c.pair.strength == align::Strength::strong;
    Status want = row.counterparts.empty() ? Status::none : strong ? Status::covered : Status::partial;
    CHECK(row.status == want);
  }
  ChapterCoverage sum{"", "", 0, 0, 0, 0};
  for (const auto& c : cov.chapters) {
    CHECK(c.articles == c.covered + c.partial + c.none);
    sum.articles += c.articles;
    sum.none += c.none;
  }
  CHECK(sum.articles == 73);
  CHECK(sum.none == cov.total().none);
  CHECK(cov.chapters.size() == 7);
  CHECK(cov.only_b.size() == al.unmatched_b.size());
  CHECK(cov.pairs == static_cast<int>(al.pairs.size()));
}

TEST_CASE("compare: acts that differ only by loose spacing are identical, unless white space is exact") {
  statute::Act a, b;
  a.info.id = "spaced";
  b.info.id = "compact";
  a.doc = statute::parse("第一条 降低 5G门槛。\n第二条 本条例自 2022年 11月 1日起施行。\n", "spaced");
  b.doc = statute::parse("第一条 降低5G门槛。\n第二条 本条例自2022年11月1日起施行。\n", "compact");
  const Comparison c = compare_acts(a, b);
  CHECK(c.identical);
  CHECK(c.identical_pairs == 2);
  const Comparison exact = compare_acts(a, b, {false, false, {diff::Granularity::word, text::SpaceMode::none}});
  CHECK_FALSE(exact.identical);
  CHECK(exact.identical_pairs == 0);
}

TEST_CASE("compare: an act against itself is identical, sz against gd is not") {
  CHECK(compare_acts(act("gd"), act("gd")).identical);
  CHECK(compare_acts(act("sz"), act("sz")).identical);
  const Comparison c = compare_acts(act("sz"), act("gd"));
  CHECK_FALSE(c.identical);
  CHECK(c.diffs.size() == c.alignment.pairs.size());
  CHECK(c.only_a.size() == c.alignment.unmatched_a.size());
}

TEST_CASE("fit_to_width keeps every table line within the width") {
  render::Table t{{"id", "topic", "text"}, {{"sz:1", "深圳经济特区", std::string(300, 'x')}, {"sz:2", "设备、感知", "短"}}};
  for (int width : {20, 40, 80}) {
    std::ostringstream out;
    render::write_text_table(out, fit_to_width(t, width));
    std::istringstream lines(out.str());
    for (std::string line; std::getline(lines, line);) CHECK(text::display_width(line) <= width);
  }
}

}  // namespace
}  // namespace lawdiff::report
