// Two versions of one law (新旧对照) from ../shared/corpus-sample: every
// article whose text is unchanged must be aligned 1:1 to its counterpart,
// renumbered or not. Skipped when ../shared is absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "align/align.hpp"
#include "support/fixtures.hpp"

namespace lawdiff::align {
namespace {

namespace fs = std::filesystem;

std::string find_sample(const fs::path& shared, const std::string& name) {
  for (const auto& e : fs::recursive_directory_iterator(shared / "corpus-sample"))
    if (e.is_regular_file() && e.path().filename().string() == name) return e.path().string();
  return {};
}

// Checks that each A article with an identical B article (text equal) is
// paired with it and with nothing else, on both sides.
void check_version_pair(const std::string& old_name, const std::string& new_name) {
  const auto shared = statute::testing::shared_dir();
  if (!shared) return;
  const std::string old_path = find_sample(*shared, old_name), new_path = find_sample(*shared, new_name);
  REQUIRE_FALSE(old_path.empty());
  REQUIRE_FALSE(new_path.empty());
  statute::Library lib({});
  const statute::Act& a = lib.get(old_path);
  const statute::Act& b = lib.get(new_path);
  std::map<std::string, std::vector<int>> b_by_text;
  for (std::size_t j = 0; j < b.doc.articles.size(); ++j)
    b_by_text[statute::article_text(b.doc.articles[j])].push_back(static_cast<int>(j));
  const Alignment al = align(a, b);
  int unchanged = 0, renumbered = 0;
  for (std::size_t i = 0; i < a.doc.articles.size(); ++i) {
    const auto it = b_by_text.find(statute::article_text(a.doc.articles[i]));
    if (it == b_by_text.end() || it->second.size() != 1) continue;
    const int j = it->second.front();
    ++unchanged;
    if (a.doc.articles[i].number != b.doc.articles[j].number) ++renumbered;
    std::vector<int> partners_a, partners_b;
    for (const Pair& p : al.pairs) {
      if (p.a.article == static_cast<int>(i)) partners_a.push_back(p.b.article);
      if (p.b.article == j) partners_b.push_back(p.a.article);
    }
    INFO(old_name << " art. " << a.doc.articles[i].number << " = " << new_name << " art. " << b.doc.articles[j].number);
    CHECK(partners_a == std::vector<int>{j});
    CHECK(partners_b == std::vector<int>{static_cast<int>(i)});
  }
  MESSAGE(old_name << " → " << new_name << ": " << unchanged << " unchanged articles, " << renumbered << " renumbered");
  CHECK(unchanged > 3);  // 野生动物保护法 2022 rewrote most articles: 6 are unchanged
}

TEST_CASE("align: 野生动物保护法 2018 → 2022 keeps unchanged articles 1:1") {
  check_version_pair("野生动物保护法(2018-10-26).md", "野生动物保护法(2022-12-30).md");
}

TEST_CASE("align: 未成年人保护法 2020 → 2024 keeps unchanged articles 1:1") {
  check_version_pair("未成年人保护法(2020-10-17).md", "未成年人保护法(2024-04-26).md");
}

}  // namespace
}  // namespace lawdiff::align
