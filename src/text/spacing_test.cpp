#include "text/spacing.hpp"

#include <doctest/doctest.h>

namespace lawdiff::text {

TEST_CASE("loose spacing around Chinese text is ignored by default") {
  CHECK(without_ignored_space("降低 5G、物联网") == "降低5G、物联网");
  CHECK(without_ignored_space("自 2022年 11月 1日起施行") == "自2022年11月1日起施行");
  CHECK(without_ignored_space("　对承担任务的人员 ") == "对承担任务的人员");
  CHECK(without_ignored_space("（2022 年 8月 30日") == "（2022年8月30日");
}

TEST_CASE("spacing between Latin letters or digits counts, unless every space is ignored") {
  CHECK(without_ignored_space("依据 AI Act 第5条") == "依据AI Act第5条");
  CHECK(without_ignored_space("罚款 5 000元") == "罚款5 000元");
  CHECK(without_ignored_space("AI Act", SpaceMode::all) == "AIAct");
  CHECK(without_ignored_space("降低 5G", SpaceMode::none) == "降低 5G");
}

TEST_CASE("line breaks are never ignored, and spaces at a line's edge are") {
  CHECK(without_ignored_space("a \nb") == "a\nb");
  CHECK(without_ignored_space("甲\n乙") == "甲\n乙");
  const std::vector<char> mask = ignored_space_mask("年 1", SpaceMode::cjk);
  CHECK(mask == std::vector<char>{0, 0, 0, 1, 0});
}

}  // namespace lawdiff::text
