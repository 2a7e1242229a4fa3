#include "diff/text_diff.hpp"

#include <doctest/doctest.h>

#include <random>

#include "align/align.hpp"
#include "diff/alignment_pairing.hpp"
#include "support/fixtures.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace lawdiff::diff {
namespace {

std::size_t chars(const std::string& s) { return text::code_point_count(s); }

/// The larger side of the change made of edits[first..last] (one deletion,
/// one insertion, or a deletion then an insertion).
std::size_t change_size(const std::vector<Edit>& e, std::size_t first, std::size_t last) {
  std::size_t del = 0, ins = 0;
  for (std::size_t k = first; k <= last; ++k) (e[k].op == Op::del ? del : ins) += chars(e[k].text);
  return std::max(del, ins);
}

/// Checks the contract: the script spells A and B, runs are merged, and no
/// equality between two changes is as short as both of them (confetti).
void check_script(const std::string& a, const std::string& b, Granularity g) {
  const std::vector<Edit> e = diff_text(a, b, g, text::SpaceMode::none);
  REQUIRE(apply_edits(a, e) == b);
  CHECK(side_text(e, false) == a);
  for (std::size_t i = 0; i < e.size(); ++i) {
    CHECK(!e[i].text.empty());
    if (i > 0) CHECK_FALSE((e[i].op == e[i - 1].op || (e[i].op == Op::del && e[i - 1].op == Op::ins)));
    if (e[i].op == Op::equal && i > 0 && i + 1 < e.size()) {
      const std::size_t len = chars(e[i].text);
      const std::size_t before = i >= 2 && e[i - 2].op == Op::del ? i - 2 : i - 1;
      const std::size_t after = i + 2 < e.size() && e[i + 1].op == Op::del && e[i + 2].op == Op::ins ? i + 2 : i + 1;
      CHECK_FALSE((len <= change_size(e, before, i - 1) && len <= change_size(e, i + 1, after)));
    }
  }
}

/// The contract with white space ignored: the script still spells A and B,
/// and it is all equal exactly when the texts differ only by such space.
void check_spacing(const std::string& a, const std::string& b, Granularity g) {
  const std::vector<Edit> e = diff_text(a, b, g, text::SpaceMode::cjk);
  REQUIRE(apply_edits(a, e) == b);
  CHECK(side_text(e, false) == a);
  for (const Edit& x : e) {
    CHECK(!x.text.empty());
  }
  CHECK(all_equal(e) == (text::without_ignored_space(a) == text::without_ignored_space(b)));
}

std::string random_text(std::mt19937& rng, std::size_t max_len) {
  static const std::vector<std::string> alphabet = {"人", "工", "智", "能", "产", "业", "的", "发", "展", "，", "。",
                                                    "、", "（", "一", "）", "a", "1", " ", "\n", "数据", "应当"};
  std::uniform_int_distribution<std::size_t> len(0, max_len), pick(0, alphabet.size() - 1);
  std::string s;
  for (std::size_t n = len(rng); n > 0; --n) s += alphabet[pick(rng)];
  return s;
}

}  // namespace

TEST_CASE("diff_text: identical, empty and one-sided texts") {
  CHECK(diff_text("", "").empty());
  CHECK(diff_text("促进发展", "促进发展") == std::vector<Edit>{{Op::equal, "促进发展"}});
  CHECK(diff_text("", "新增") == std::vector<Edit>{{Op::ins, "新增"}});
  CHECK(diff_text("删除", "") == std::vector<Edit>{{Op::del, "删除"}});
}

TEST_CASE("diff_text: a word inserted into a sentence is shown as that word") {
  const auto e = diff_text("促进人工智能发展。", "促进人工智能产业发展。");
  CHECK(e == std::vector<Edit>{{Op::equal, "促进人工智能"}, {Op::ins, "产业"}, {Op::equal, "发展。"}});
}

TEST_CASE("diff_text: a changed word is replaced whole, not letter by letter") {
  const auto e = diff_text("市人民政府应当加强数据管理。", "省人民政府应当加强算法治理。");
  REQUIRE(apply_edits("市人民政府应当加强数据管理。", e) == "省人民政府应当加强算法治理。");
  for (const Edit& x : e) {
    if (x.op != Op::equal) CHECK(chars(x.text) >= 1);
  }
  CHECK(e.back() == Edit{Op::equal, "。"});
}

TEST_CASE("diff_text: an inserted clause snaps to the punctuation") {
  const auto e = diff_text("甲，丙。", "甲，乙，丙。");
  CHECK(e == std::vector<Edit>{{Op::equal, "甲，"}, {Op::ins, "乙，"}, {Op::equal, "丙。"}});
}

TEST_CASE("diff_text: by character keeps the script exact") {
  const auto e = diff_text("数据安全", "数据安全保护", Granularity::character);
  CHECK(e == std::vector<Edit>{{Op::equal, "数据安全"}, {Op::ins, "保护"}});
}

TEST_CASE("white space next to Chinese characters is no change") {
  const auto e = diff_text("降低 5G、物联网", "降低5G、物联网");
  CHECK(all_equal(e));
  CHECK(e == std::vector<Edit>{{Op::equal, "降低"}, {Op::del, " ", true}, {Op::equal, "5G、物联网"}});
  CHECK(all_equal(diff_text("本条例自 2022年 11月 1日起施行。", "本条例自 2022年11月1日起施行。")));
  CHECK(all_equal(diff_text("人工 智能", "人工智能")));
  CHECK_FALSE(all_equal(diff_text("AI Act", "AIAct")));
  CHECK(all_equal(diff_text("AI Act", "AIAct", Granularity::word, text::SpaceMode::all)));
  CHECK_FALSE(all_equal(diff_text("降低 5G", "降低5G", Granularity::word, text::SpaceMode::none)));
}

TEST_CASE("a real change gives up the ignored white space at its ends") {
  const auto e = diff_text("应当降低 5G门槛", "应当提高5G门槛");
  REQUIRE(apply_edits("应当降低 5G门槛", e) == "应当提高5G门槛");
  CHECK(e == std::vector<Edit>{{Op::equal, "应当"}, {Op::del, "降低"}, {Op::ins, "提高"}, {Op::del, " ", true},
                               {Op::equal, "5G门槛"}});
}

TEST_CASE("apply_edits rejects a script that does not fit") {
  CHECK_THROWS_AS(apply_edits("abc", {{Op::equal, "abd"}}), std::invalid_argument);
  CHECK_THROWS_AS(apply_edits("abc", {{Op::equal, "ab"}}), std::invalid_argument);
}

TEST_CASE("property: the script turns A into B, for random strings") {
  std::mt19937 rng(20240601);
  for (int n = 0; n < 400; ++n) {
    const std::string a = random_text(rng, 40), b = random_text(rng, 40);
    check_script(a, b, Granularity::word);
    check_script(a, b, Granularity::character);
    check_spacing(a, b, Granularity::word);
    check_spacing(a, text::without_ignored_space(a), Granularity::word);
    // Near-identical pairs: B is A with one random piece spliced in.
    const auto pieces = text::characters(a);
    const std::size_t half = pieces.empty() ? 0 : static_cast<std::size_t>(pieces[pieces.size() / 2].data() - a.data());
    const std::string c = a.substr(0, half) + random_text(rng, 4) + a.substr(half);
    if (text::code_point_count(c) > 0) check_script(a, c, Granularity::word);
  }
}

TEST_CASE("property: the script turns A into B, for every aligned pair of the seed acts") {
  auto& lib = statute::testing::embedded_library();
  const statute::Act& sz = lib.get("sz");
  const statute::Act& gd = lib.get("gd");
  const ActPairing pairing = to_act_pairing(sz, gd, align::align(sz, gd));
  REQUIRE(pairing.pairs.size() >= 10);
  for (const ProvisionPair& p : pairing.pairs) {
    const std::string a = statute::article_text(*p.a), b = statute::article_text(*p.b);
    check_script(a, b, Granularity::word);
    check_script(a, b, Granularity::character);
  }
}

}  // namespace lawdiff::diff
