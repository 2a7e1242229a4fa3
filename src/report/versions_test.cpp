// The 新旧对照 figures (versions.cpp) on two small in-memory versions: a
// split article, one renumbered only, one renumbered and modified, one
// deleted and one added.
#include <doctest/doctest.h>

#include "report/comparison.hpp"
#include "statute/parser.hpp"

namespace lawdiff::report {
namespace {

statute::Act make_act(const char* id, const char* title, const char* date, const char* text) {
  statute::Act act;
  act.info.id = id;
  act.info.title = title;
  act.info.version_date = date;
  act.doc = statute::parse(text, id);
  return act;
}

const char* kOld =
    "第一条　为了规范数据服务活动，制定本条例。\n"
    "第二条　本条例适用于本市行政区域内的数据服务活动。\n"
    "第三条　数据服务提供者应当建立数据安全管理制度，落实安全保护责任，并定期开展数据安全风险评估，及时处置发现的安全隐患。\n"
    "第四条　市人民政府数据主管部门负责本条例的组织实施，区人民政府确定的部门负责本辖区内的数据服务监督管理工作。\n"
    "第五条　每年三月底前，经营单位向市统计机构报送上一年度的经营统计报表。\n"
    "第六条　违反本条例规定的，由主管部门责令改正，处一万元以上五万元以下罚款。\n";
const char* kNew =
    "第一条　为了规范数据服务活动，保护个人信息权益，制定本条例。\n"
    "第二条　本条例适用于本市行政区域内的数据服务活动。\n"
    "第三条　数据服务提供者应当建立数据安全管理制度，落实安全保护责任。\n"
    "第四条　数据服务提供者应当定期开展数据安全风险评估，及时处置发现的安全隐患。\n"
    "第五条　市场主体开展数据交易，可以通过依法设立的交易场所进行。\n"
    "第六条　市人民政府数据主管部门负责本条例的组织实施，区人民政府确定的部门负责本辖区内的数据服务监督管理工作。\n"
    "第七条　违反本条例规定的，由主管部门责令改正，处二万元以上十万元以下罚款。\n";

int sum(const RelationCounts& n) { return n.same + n.modified + n.split + n.merged + n.partial + n.unmatched; }

TEST_CASE("versions: relations per article, renumbering and rows in the new act's order") {
  const statute::Act a = make_act("v2019", "数据服务条例", "2019-03-01", kOld);
  const statute::Act b = make_act("v2023", "数据服务条例（2023年修订）", "2023-06-01", kNew);
  const Comparison c = compare_acts(a, b);
  REQUIRE(c.versions);
  CHECK_FALSE(c.v.swapped);
  CHECK(sum(c.v.old_counts) == 6);  // every article counted once
  CHECK(sum(c.v.new_counts) == 7);
  CHECK(c.v.old_counts.split == 1);
  CHECK(c.v.new_counts.split == 2);
  CHECK(c.v.old_counts.same == 2);
  CHECK(c.v.old_counts.unmatched == 1);
  CHECK(c.v.new_counts.unmatched == 1);
  REQUIRE(c.v.renumbered.size() == 2);
  CHECK(c.v.renumbered[0].from == 3);
  CHECK(c.v.renumbered[0].to == std::vector<int>{5});
  CHECK(c.v.renumbered[0].text_unchanged);
  CHECK(c.v.renumbered[1].from == 5);
  CHECK_FALSE(c.v.renumbered[1].text_unchanged);
  // 第一条, 第三条 → 第三条, 第三条 → 第四条, added 第五条, deleted 第五条,
  // 第六条 → 第七条, then the renumbered-only row; 第二条 and 第四条 omitted.
  std::vector<RowKind> kinds;
  for (const VersionRow& r : c.v.rows) kinds.push_back(r.kind);
  CHECK(kinds == std::vector<RowKind>{RowKind::pair, RowKind::pair, RowKind::pair, RowKind::added, RowKind::deleted,
                                      RowKind::pair, RowKind::renumbered_only});
  CHECK(c.v.omitted_pairs == 2);
  CHECK(c.v.unchanged_pairs == 2);
}

TEST_CASE("versions: the older version goes left; --all keeps every pair; other acts are not versions") {
  const statute::Act a = make_act("v2019", "数据服务条例", "2019-03-01", kOld);
  const statute::Act b = make_act("v2023", "数据服务条例", "2023-06-01", kNew);
  const Comparison swapped = compare_acts(b, a);
  CHECK(swapped.v.swapped);
  CHECK(swapped.a->info.id == "v2019");
  const Comparison all = compare_acts(a, b, {false, true});
  CHECK(all.v.omitted_pairs == 0);
  CHECK(all.v.shown_pairs == static_cast<int>(all.alignment.pairs.size()));
  const statute::Act other = make_act("other", "数据交易条例", "", kNew);
  CHECK_FALSE(compare_acts(a, other).versions);
  CHECK(compare_acts(a, other, {true, false}).versions);
  CHECK_FALSE(compare_acts(a, a).versions);  // an act with itself is not two versions
}

}  // namespace
}  // namespace lawdiff::report
