#include "diff/replacements.hpp"

#include <doctest/doctest.h>

#include "diff/text_diff.hpp"

namespace lawdiff::diff {
namespace {

TEST_CASE("replacements: a deletion followed by an insertion of short word runs") {
  const std::vector<Edit> e = {{Op::equal, "支持"}, {Op::del, "公民"}, {Op::ins, "个人"}, {Op::equal, "和组织参与"}};
  CHECK(replacements(e) == std::vector<Replacement>{{"公民", "个人"}});
}

TEST_CASE("replacements: pure insertions, punctuation, long runs and numerals are not paraphrases") {
  const std::vector<Edit> e = {{Op::ins, "国家"},        {Op::equal, "支持"},  {Op::del, "企业，"},
                               {Op::ins, "组织"},        {Op::equal, "依照"},  {Op::del, "第十条"},
                               {Op::ins, "第十二条"},    {Op::equal, "处"},    {Op::del, "十万"},
                               {Op::ins, "二十万"},      {Op::equal, "元"},    {Op::del, "一二三四五六七"},
                               {Op::ins, "甲乙丙丁戊己庚"}, {Op::equal, "。"},   {Op::del, "本法"},
                               {Op::ins, "A法"}};
  CHECK(replacements(e).empty());
}

TEST_CASE("replacements: read off a real word diff") {
  const auto r = replacements(diff_text("国家支持公民和组织依法参与网络安全工作。", "国家支持个人和组织依法参与网络安全工作。"));
  REQUIRE(r.size() == 1);
  CHECK(r[0] == Replacement{"公民", "个人"});
}

}  // namespace
}  // namespace lawdiff::diff
