#include "diff/pairing.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "diff/provision_diff.hpp"
#include "support/fixtures.hpp"

namespace lawdiff::diff {

TEST_CASE("similarity: Dice over character bigrams") {
  CHECK(similarity("", "") == 1.0);
  CHECK(similarity("人工智能", "人工智能") == 1.0);
  CHECK(similarity("人工智能", "数据安全") == 0.0);
  CHECK(similarity("人工智能产业", "人工智能发展") == doctest::Approx(0.6));
}

TEST_CASE("pair_by_content: an inserted paragraph does not shift later pairs") {
  const std::vector<std::string> a = {"市人民政府应当加强数据管理。", "企业应当建立安全制度。"};
  const std::vector<std::string> b = {"市人民政府应当加强数据管理。", "支持建设绿色算力中心。", "企业应当建立健全安全制度。"};
  CHECK(pair_by_content(a, b) == std::vector<IndexPair>{{0, 0}, {-1, 1}, {1, 2}});
  CHECK(pair_by_content(b, a) == std::vector<IndexPair>{{0, 0}, {1, -1}, {2, 1}});
  CHECK(pair_by_content({}, b) == std::vector<IndexPair>{{-1, 0}, {-1, 1}, {-1, 2}});
}

TEST_CASE("pair_by_content: rewritten paragraphs in place stay paired") {
  CHECK(pair_by_content({"甲乙丙", "丁戊己"}, {"子丑寅", "卯辰巳"}) == std::vector<IndexPair>{{0, 0}, {1, 1}});
}

TEST_CASE("diff_provisions: an article against itself is identical, item by item") {
  auto& lib = statute::testing::embedded_library();
  const statute::Act& sz = lib.get("sz");
  const auto k = static_cast<std::size_t>(std::find_if(sz.doc.articles.begin(), sz.doc.articles.end(),
                                                       [](const auto& a) { return a.number == 72; }) -
                                          sz.doc.articles.begin());
  const cite::Provision p = cite::article_provision(sz, k);
  const auto diffs = diff_provisions(&p, &p, {});
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].identical());
  CHECK(diffs[0].a_heading == "《深圳经济特区人工智能产业促进条例》第七十二条");
  // Paragraph 2 has a lead-in and items (一)…(七): one block each.
  CHECK(diffs[0].blocks.size() == 1 + 1 + 7 + 1);
  CHECK(diffs[0].blocks[2].a_id == "sz:72.2.1");
  const auto one_sided = diff_provisions(&p, nullptr, {});
  CHECK_FALSE(one_sided[0].identical());
  CHECK(one_sided[0].blocks[0].edits[0].op == Op::del);
}

}  // namespace lawdiff::diff
