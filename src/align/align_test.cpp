// The aligner on the seed acts: the reference score floor, the API's
// contracts (ids, pins, forbids, unmatched provisions).
#include <doctest/doctest.h>

#include <algorithm>

#include "align/align.hpp"
#include "align/evaluate.hpp"
#include "align/params.hpp"
#include "align/similarity.hpp"
#include "base/error.hpp"
#include "statute/parser.hpp"
#include "support/fixtures.hpp"

namespace lawdiff::align {
namespace {

using statute::testing::embedded_library;

bool has_pair(const Alignment& al, int a, int b) {
  return std::any_of(al.pairs.begin(), al.pairs.end(),
                     [&](const Pair& p) { return p.a.article == a && p.b.article == b; });
}

TEST_CASE("align: Shenzhen × Guangdong against the dev reference (arts. 1–36) stays above its floor") {
  const auto& sz = embedded_library().get("sz");
  const auto& gd = embedded_library().get("gd");
  const std::string path = std::string(LAWDIFF_EVAL_DIR) + "/align-shenzhen-guangdong-dev.tsv";
  const auto gold = parse_gold(statute::testing::read_file(path), path);
  REQUIRE(gold.size() > 30);
  const Evaluation e = evaluate(align(sz, gd), sz, gd, gold);
  MESSAGE("P=" << e.precision << " R=" << e.recall << " F1=" << e.f1 << " NC=" << e.no_counterpart_accuracy);
  // The targets: F1 ≥ 0.85 and no-counterpart accuracy ≥ 0.8. The
  // method reaches F1 0.894 (docs/alignment.md).
  CHECK(e.f1 >= 0.85);
  CHECK(e.no_counterpart_accuracy >= 0.8);
}

TEST_CASE("align: the evaluation counts how many correct pairs carry the reference's label") {
  const auto& sz = embedded_library().get("sz");
  const auto& gd = embedded_library().get("gd");
  const std::vector<GoldPair> gold = {{"1", "1", "strong", ""}, {"3", "2", "partial", ""}, {"16", "11", "partial", ""}, {"4", "", "", ""}};
  Alignment al;
  al.pairs = {{{0, 0}, {0, 0}, 0.9, Strength::strong, false, Relation::modified},     // agrees
              {{2, 0}, {1, 1}, 0.3, Strength::strong, false, Relation::modified},     // the reference says partial
              {{15, 0}, {10, 1}, 0.1, Strength::partial, false, Relation::partial},  // agrees, paragraph-level
              {{15, 0}, {10, 2}, 0.1, Strength::partial, false, Relation::partial}}; // same article pair
  const Evaluation e = evaluate(al, sz, gd, gold);
  CHECK(e.correct == 3);
  CHECK(e.labels_agree == 2);
  CHECK(e.label_agreement == doctest::Approx(2.0 / 3));
}

TEST_CASE("align: pairs are ordered, ids well formed, unmatched lists consistent") {
  const auto& sz = embedded_library().get("sz");
  const auto& gd = embedded_library().get("gd");
  const Alignment al = align(sz, gd);
  CHECK(al.similarity.rows() == 73);
  CHECK(al.similarity.cols() == 34);
  CHECK(has_pair(al, 0, 0));    // 立法目的
  CHECK(has_pair(al, 9, 5));    // sz:10 包容审慎 ↔ gd:6
  CHECK(has_pair(al, 72, 33));  // 施行日期
  for (const int i : al.unmatched_a)
    CHECK_FALSE(std::any_of(al.pairs.begin(), al.pairs.end(), [&](const Pair& p) { return p.a.article == i; }));
  CHECK(std::is_sorted(al.pairs.begin(), al.pairs.end(),
                       [](const Pair& x, const Pair& y) { return x.a.article < y.a.article; }));
  CHECK(std::find(al.unmatched_a.begin(), al.unmatched_a.end(), 3) != al.unmatched_a.end());  // sz:4 原则
}

TEST_CASE("align: a single-paragraph article matching one paragraph of a long one is paragraph-precise") {
  const auto& sz = embedded_library().get("sz");
  const auto& gd = embedded_library().get("gd");
  const Alignment al = align(sz, gd);
  const auto it = std::find_if(al.pairs.begin(), al.pairs.end(), [](const Pair& p) { return p.a.article == 8; });
  REQUIRE(it != al.pairs.end());
  CHECK(provision_id(sz, it->a) == "sz:9");
  CHECK(provision_id(gd, it->b) == "gd:4.8");
}

TEST_CASE("align: pins and forbids override the computed alignment") {
  const auto& sz = embedded_library().get("sz");
  const auto& gd = embedded_library().get("gd");
  Options o;
  o.pins.push_back(parse_constraint(sz, gd, "sz:34=gd:7.3"));
  o.forbids.push_back(parse_constraint(sz, gd, "1=1"));
  const Alignment al = align(sz, gd, o);
  CHECK_FALSE(has_pair(al, 0, 0));
  const auto it = std::find_if(al.pairs.begin(), al.pairs.end(), [](const Pair& p) { return p.pinned; });
  REQUIRE(it != al.pairs.end());
  CHECK(provision_id(gd, it->b) == "gd:7.3");
  CHECK(it->score == 1.0);
}

TEST_CASE("align: provision ids parse in the short forms and fail clearly") {
  const auto& sz = embedded_library().get("sz");
  const auto& gd = embedded_library().get("gd");
  CHECK(parse_provision(gd, "gd:4.8", "x") == Provision{3, 8});
  CHECK(parse_provision(sz, "26", "x") == Provision{25, 0});
  CHECK(parse_provision(sz, "ｓｚ：２６", "x") == Provision{25, 0});
  CHECK_THROWS_WITH_AS(parse_provision(sz, "sz:74", "x"), "x: 'sz:74': no such article (sz has articles 1–73)", Error);
  CHECK_THROWS_WITH_AS(parse_provision(gd, "gd:4.10", "x"), "x: 'gd:4.10': article 4 has 9 paragraph(s)", Error);
  CHECK_THROWS_WITH_AS(parse_provision(gd, "sz:4", "x"), "x: 'sz:4' names act 'sz', expected 'gd'", Error);
  CHECK_THROWS_AS(parse_provision(gd, "gd:4.", "x"), Error);
  CHECK_THROWS_AS(parse_constraint(sz, gd, "26"), Error);
  CHECK_THROWS_AS(parse_constraint(sz, gd, "1=2=3"), Error);
}

TEST_CASE("align: explain names the shared terms and the decision") {
  const auto& sz = embedded_library().get("sz");
  const auto& gd = embedded_library().get("gd");
  const Explanation e = explain(sz, gd, {9, 0}, {5, 0});
  CHECK(e.aligned);
  REQUIRE_FALSE(e.terms.empty());
  CHECK(e.terms.front().contribution > 0);
  CHECK(e.decision.rfind("aligned", 0) == 0);
}

TEST_CASE("align: explain names the item that carried a score, as a provision id does") {
  // b:2's second paragraph lists duties; a:1 is about its second item.
  const statute::Act a = statute::testing::act_from_text(
      "a", "第一条 携犬出户的，应当由成年人束犬链牵引，并及时清除犬只粪便。\n");
  const statute::Act b = statute::testing::act_from_text(
      "b",
      "第一条 为了促进文明行为，制定本条例。\n"
      "第二条 本条例适用于本市。\n"
      "公民应当遵守下列规范：\n"
      "（一）不随地吐痰；\n"
      "（二）携犬出户应当束犬链，及时清除犬只粪便；\n"
      "（三）不在公共场所大声喧哗。\n");
  const Explanation e = explain(a, b, {0, 0}, {1, 0});
  CHECK(e.best_a == Provision{0, 0});
  CHECK(e.best_a_item == 0);
  CHECK(e.best_b == Provision{1, 2});
  CHECK(e.best_b_item == 2);
}

TEST_CASE("align: an act against itself pairs each article with itself, even mirrored ones") {
  // Articles 2 and 4 differ in one character (进口 / 出口): near-identical to
  // each other, identical only to themselves.
  statute::Act act;
  act.info.id = "mirror";
  act.doc = statute::parse(
      "第一条 为了规范技术进出口管理，制定本条例。\n"
      "第二条 有对外贸易法第十六条规定情形之一的技术，禁止或者限制进口。国务院有关部门制定、调整并公布禁止或者限制进口的技术目录。\n"
      "第三条 国家对技术进出口实行统一的管理制度。\n"
      "第四条 有对外贸易法第十六条规定情形之一的技术，禁止或者限制出口。国务院有关部门制定、调整并公布禁止或者限制出口的技术目录。\n",
      "mirror");
  // Selection rules loosened so that only near-identity can keep 2 ↔ 4 out
  // (their content score is about 0.76, here above the threshold).
  detail::Params params;
  params.partial = -1;
  params.ratio = 0;
  params.col_ratio = 0;
  params.identical = 0.7;
  const Alignment al = detail::align_with(act, act, {}, params);
  REQUIRE(al.pairs.size() == 4);
  for (const Pair& p : al.pairs) CHECK(p.a.article == p.b.article);
  CHECK(align(act, act).pairs.size() == 4);
}

TEST_CASE("align: two articles matching different paragraphs of one article are not rivals (unit rivals)") {
  // B's article 2 gathers A's articles 2 and 3, one paragraph each; A's
  // article 3 is reworded, so its score is well below A 2's. Compared with
  // the whole column it falls to the column rule; compared with the pairs
  // that match its own paragraph, it has no rival.
  statute::Act a;
  a.info.id = "a";
  a.doc = statute::parse(
      "第一条 为了促进数据中心和算力设施建设，制定本条例。\n"
      "第二条 数据中心应当建设绿色低碳的算力设施，采用先进节能技术，降低能源消耗，提高能源利用效率。\n"
      "第三条 市人民政府应当编制公共数据目录，按照目录向社会开放公共数据。\n"
      "第四条 本条例自公布之日起施行。\n",
      "a");
  statute::Act b;
  b.info.id = "b";
  b.doc = statute::parse(
      "第一条 为了促进数据中心和算力设施建设，制定本办法。\n"
      "第二条 数据中心应当建设绿色低碳的算力设施，采用先进节能技术，降低能源消耗，提高能源利用效率。\n"
      "公共数据应当依照目录有序开放，便于社会公众获取和利用。\n"
      "第三条 本办法自发布之日起施行。\n",
      "b");
  detail::Params p;
  p.unit_rivals = true;
  const Alignment with = detail::align_with(a, b, {}, p);
  p.unit_rivals = false;
  const Alignment without = detail::align_with(a, b, {}, p);
  CHECK(has_pair(with, 1, 1));
  CHECK(has_pair(with, 2, 1));
  CHECK(has_pair(without, 1, 1));
  CHECK_FALSE(has_pair(without, 2, 1));
}

TEST_CASE("align: a split keeps the parts of a paragraph the other part's pair does not carry (carrier rivals)") {
  // A revision moves A 2's second paragraph, word for word, to B 2 and
  // rewrites its first paragraph into B 3 and B 4. The pairs of B 3 and
  // B 4 match A 2 as a whole, which overlaps everything, so they rival
  // the far higher B 2 pair; placed at the paragraph that carries them
  // (2.1), they do not.
  statute::Act a;
  a.info.id = "a";
  a.doc = statute::parse(
      "第一条 为了普及科学技术知识，制定本法。\n"
      "第二条 科学研究机构、高等院校应当组织科学技术人员开展科普活动，有条件的向公众开放实验室、陈列室。\n"
      "科学技术工作者和教师应当发挥自身优势和专长，积极参与和支持科普活动。\n"
      "第三条 本法自公布之日起施行。\n",
      "a");
  statute::Act b;
  b.info.id = "b";
  b.doc = statute::parse(
      "第一条 为了普及科学技术知识，制定本法。\n"
      "第二条 科学技术工作者和教师应当发挥自身优势和专长，积极参与和支持科普活动。\n"
      "第三条 高等学校应当支持和组织科学技术人员、教师开展科普活动，设置专职科普岗位。\n"
      "第四条 科学研究机构有条件的应当向公众开放实验室、陈列室和其他场地。\n"
      "第五条 本法自公布之日起施行。\n",
      "b");
  detail::Params p;
  p.col_best_min = 1.0;  // no column-best exemption: the rivalry alone decides
  p.carrier_rivals = true;
  const Alignment with = detail::align_with(a, b, {}, p);
  p.carrier_rivals = false;
  const Alignment without = detail::align_with(a, b, {}, p);
  CHECK(has_pair(with, 1, 1));
  CHECK(has_pair(with, 1, 2));
  CHECK(has_pair(with, 1, 3));
  CHECK(has_pair(without, 1, 1));
  CHECK_FALSE((has_pair(without, 1, 2) && has_pair(without, 1, 3)));
}

TEST_CASE("align: a second pair whose match is all in the A article's best counterpart is a shadow") {
  // B 2 restates A 2 and adds to it; B 3 shares a clause with A 2 that B 2
  // has too, and nothing of what A 2 has beyond B 2. B 3's pair passes the
  // ratio rules (the column-best exemption, as 突发事件应对法 2007 art. 38
  // ↔ 2024 arts. 22, 39 did) but is a shadow of A 2 ↔ B 2. B 4 carries what
  // A 2 has beyond B 2 (its third clause), so its pair is no shadow.
  const statute::Act a = statute::testing::act_from_text(
      "a",
      "第一条 为了防范间谍行为，制定本法。\n"
      "第二条 国家安全机关调查间谍行为，经设区的市级以上国家安全机关负责人批准，可以查封、扣押、冻结用于间谍行为的工具和资金。"
      "被查封的场所应当张贴封条。\n"
      "第三条 本法自公布之日起施行。\n");
  const statute::Act b = statute::testing::act_from_text(
      "b",
      "第一条 为了防范间谍行为，制定本法。\n"
      "第二条 国家安全机关调查间谍行为，经设区的市级以上国家安全机关负责人批准，可以依法查封、扣押、冻结用于间谍行为的工具、资金和物资，"
      "并及时通知当事人。\n"
      "第三条 国家安全机关调查间谍行为，经设区的市级以上国家安全机关负责人批准，可以查询涉嫌人员的财产信息。\n"
      "第四条 被查封的场所应当张贴封条，任何人不得擅自撕毁。\n"
      "第五条 本法自公布之日起施行。\n");
  detail::Params p;
  p.col_best_min = 0.0;  // every column's best pair is exempt from the row rule: the shadow rule alone decides
  p.shadow = 0.0;
  const Alignment without = detail::align_with(a, b, {}, p);
  p.shadow = 0.04;
  const Alignment with = detail::align_with(a, b, {}, p);
  CHECK(has_pair(without, 1, 1));
  CHECK(has_pair(without, 1, 2));
  CHECK(has_pair(with, 1, 1));
  CHECK_FALSE(has_pair(with, 1, 2));
  CHECK(has_pair(with, 1, 3));
  // --explain says why (at the defaults, which drop it too).
  const Explanation e = explain(a, b, {1, 0}, {2, 0}, {});
  CHECK_FALSE(e.aligned);
  CHECK(e.decision.find("shadow") != std::string::npos);
}

TEST_CASE("align: acts with no articles give an empty alignment") {
  const auto& sz = embedded_library().get("sz");
  statute::Act empty;
  empty.info.id = "empty";
  const Alignment al = align(sz, empty);
  CHECK(al.pairs.empty());
  CHECK(al.unmatched_a.size() == 73);
  CHECK(al.unmatched_b.empty());
}

TEST_CASE("align: the title term is the share of a title the other article's text covers") {
  const auto& sz = embedded_library().get("sz");  // untitled
  const auto& gd = embedded_library().get("gd");  // titled: 第七条【算力】
  const detail::FeatureSpace fs = detail::build_features(sz, gd);
  REQUIRE(gd.doc.articles[6].title == "算力");
  CHECK(detail::title_score(fs, 33, 6) == doctest::Approx(1.0));  // sz:34 建设人工智能算力基础设施
  CHECK(detail::title_score(fs, 0, 6) == doctest::Approx(0.0));   // sz:1 立法目的
  const detail::FeatureSpace same = detail::build_features(sz, sz);
  CHECK(detail::title_score(same, 33, 33) == 0.0);  // neither side titled
}

}  // namespace
}  // namespace lawdiff::align
