// Relations of aligned pairs, on hand-made pair lists over two small acts.
#include <doctest/doctest.h>

#include "align/relations.hpp"
#include "support/fixtures.hpp"

namespace lawdiff::align {
namespace {

using statute::testing::act_from_text;

Pair strong(int a, int b) { return {{a, 0}, {b, 0}, 0.5, Strength::strong, false, Relation::modified}; }

TEST_CASE("relations: same, modified, split, merged and partial") {
  const statute::Act a = act_from_text("a",
                                  "第一条 为了规范测试，制定本条例。\n"
                                  "第二条 测试机构应当建立制度，校准设备。\n"
                                  "第三条 报告应当审核。\n"
                                  "第四条 报告应当签发。\n"
                                  "第五条 本条例自公布之日起施行。\n");
  const statute::Act b = act_from_text("b",
                                  "第一条 为了规范测试, 制定本条例.\n"
                                  "第二条 测试机构应当建立制度。\n"
                                  "第三条 测试机构应当校准设备。\n"
                                  "第四条 报告应当审核并签发。\n"
                                  "第五条 本条例自发布之日起施行。\n");
  std::vector<Pair> pairs = {strong(0, 0), strong(1, 1), strong(1, 2), strong(2, 3), strong(3, 3), strong(4, 4)};
  pairs.push_back({{4, 0}, {3, 0}, 0.1, Strength::partial, false, Relation::modified});
  detail::assign_relations(a, b, pairs);
  CHECK(pairs[0].relation == Relation::same);  // only punctuation and spacing differ
  CHECK(pairs[1].relation == Relation::split);
  CHECK(pairs[2].relation == Relation::split);
  CHECK(pairs[3].relation == Relation::merged);
  CHECK(pairs[4].relation == Relation::merged);
  CHECK(pairs[5].relation == Relation::modified);  // 公布 → 发布
  CHECK(pairs[6].relation == Relation::partial);   // and it does not make 5 split or 4 merged further
  CHECK(to_string(Relation::merged) == "merged");
}

TEST_CASE("relations: a partial pair that is one side's only pair is a part of the other") {
  const statute::Act a = act_from_text("a",
                                  "第一条 测试机构应当建立制度，校准设备。\n"
                                  "第二条 报告应当审核。\n"
                                  "第三条 报告应当签发。\n");
  const statute::Act b = act_from_text("b",
                                  "第一条 测试机构应当建立管理制度。\n"
                                  "第二条 检测设备应当定期校准，并保存记录。\n"
                                  "第三条 报告应当经审核后签发。\n");
  auto partial = [](int x, int y) { return Pair{{x, 0}, {y, 0}, 0.1, Strength::partial, false, Relation::modified}; };
  // b:2 has no link but a:1, however weak: it is the other half of a:1's split.
  std::vector<Pair> pairs = {strong(0, 0), partial(0, 1), strong(1, 2), partial(2, 2)};
  detail::assign_relations(a, b, pairs);
  CHECK(pairs[0].relation == Relation::split);
  CHECK(pairs[1].relation == Relation::split);
  // a:3's one link is b:3: it went into it (merged with a:2).
  CHECK(pairs[2].relation == Relation::merged);
  CHECK(pairs[3].relation == Relation::merged);
  // A weak pair whose two articles have other pairs stays a minor share.
  pairs = {strong(0, 0), strong(1, 1), partial(0, 1), strong(0, 2), strong(2, 2)};
  detail::assign_relations(a, b, pairs);
  CHECK(pairs[2].relation == Relation::partial);
  // One weak pair alone is the article, reworded.
  pairs = {partial(1, 2)};
  detail::assign_relations(a, b, pairs);
  CHECK(pairs[0].relation == Relation::modified);
}

}  // namespace
}  // namespace lawdiff::align
