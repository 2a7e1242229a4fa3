#include "diff/break_groups.hpp"

#include <doctest/doctest.h>

namespace lawdiff::diff {

TEST_CASE("a merged paragraph is one group: its break is deleted, not its text") {
  const std::vector<std::string> a{"赋予团队决定权和经费使用权。", "对承担任务的人员，采取灵活的薪酬制度。"};
  const std::vector<std::string> b{"赋予团队决定权和经费使用权。对承担任务的人员，采取灵活的薪酬制度。"};
  const auto groups = group_breaks(pair_by_content(a, b), a, b, Granularity::word, text::SpaceMode::cjk);
  CHECK(groups == std::vector<PieceGroup>{{0, 2, 0, 1}});
  CHECK(joined_pieces(a, 0, 2) == a[0] + "\n" + a[1]);
  // … and a split one the other way round.
  CHECK(group_breaks(pair_by_content(b, a), b, a, Granularity::word, text::SpaceMode::cjk) ==
        std::vector<PieceGroup>{{0, 1, 0, 2}});
}

TEST_CASE("an inserted or rewritten paragraph stays as pairing made it") {
  const std::vector<std::string> a{"第一款内容不变。", "第三款内容不变。"};
  const std::vector<std::string> b{"第一款内容不变。", "新增一款，规定全新的事项。", "第三款内容不变。"};
  CHECK(group_breaks(pair_by_content(a, b), a, b, Granularity::word, text::SpaceMode::cjk) ==
        std::vector<PieceGroup>{{0, 1, 0, 1}, {0, 0, 1, 1}, {1, 1, 2, 1}});
}

TEST_CASE("changed_size counts deleted and inserted code points, not ignored spacing") {
  CHECK(changed_size({{Op::equal, "甲"}, {Op::del, "乙丙"}, {Op::ins, "丁"}, {Op::del, " ", true}}) == 3);
}

}  // namespace lawdiff::diff
