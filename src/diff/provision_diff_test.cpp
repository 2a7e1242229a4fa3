#include "diff/provision_diff.hpp"

#include <doctest/doctest.h>

#include "support/fixtures.hpp"

namespace lawdiff::diff {
namespace {

using statute::testing::act_from_text;

}  // namespace

TEST_CASE("merged items show as a deleted break in one block") {
  const statute::Act a = act_from_text("a", "第一条 经营者应当遵守下列规定：\n（一）建立管理制度；\n（二）配备专业人员；\n（三）定期报告。\n");
  const statute::Act b = act_from_text("b", "第一条 经营者应当遵守下列规定：\n（一）建立管理制度；（二）配备专业人员；\n（三）定期报告。\n");
  const cite::Provision pa = cite::article_provision(a, 0), pb = cite::article_provision(b, 0);
  const std::vector<ProvisionDiff> d = diff_provisions(&pa, &pb, {});
  REQUIRE(d.size() == 1);
  bool found = false;
  for (const Block& blk : d[0].blocks) {
    if (blk.a_id != "a:1.1.1-2") continue;
    found = true;
    CHECK(blk.b_id == "b:1.1.1");
    CHECK(blk.edits == std::vector<Edit>{{Op::equal, "（一）建立管理制度；"}, {Op::del, "\n"}, {Op::equal, "（二）配备专业人员；"}});
  }
  CHECK(found);
  CHECK_FALSE(d[0].identical());
}

TEST_CASE("articles that differ only by loose spacing are identical, unless white space is exact") {
  const statute::Act a = act_from_text("a", "第一条 本条例自 2022年 11月 1日起施行。\n");
  const statute::Act b = act_from_text("b", "第一条 本条例自2022年11月1日起施行。\n");
  const cite::Provision pa = cite::article_provision(a, 0), pb = cite::article_provision(b, 0);
  CHECK(all_identical(diff_provisions(&pa, &pb, {})));
  CHECK_FALSE(all_identical(diff_provisions(&pa, &pb, {Granularity::word, text::SpaceMode::none})));
}

}  // namespace lawdiff::diff
