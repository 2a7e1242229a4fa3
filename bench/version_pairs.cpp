// version_pairs: every pair of consecutive versions of one law under
// ../shared (files named TITLE(YYYY-MM-DD).md), aligned with the defaults;
// counts the articles whose text is unchanged and how many of them are
// aligned 1:1 to their counterpart (src/align/version_pairs_test.cpp checks
// two such pairs; this checks them all). It only reads.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <map>

#include "align/align.hpp"
#include "base/error.hpp"
#include "support/fixtures.hpp"

using namespace lawdiff;
namespace fs = std::filesystem;

namespace {

// Unchanged articles of a → b (text equal, unique in b), and how many are aligned 1:1.
std::pair<int, int> check(const statute::Act& a, const statute::Act& b) {
  std::map<std::string, std::vector<int>> b_by_text;
  for (std::size_t j = 0; j < b.doc.articles.size(); ++j)
    b_by_text[statute::article_text(b.doc.articles[j])].push_back(static_cast<int>(j));
  const align::Alignment al = align::align(a, b);
  std::vector<std::vector<int>> of_a(a.doc.articles.size()), of_b(b.doc.articles.size());
  for (const align::Pair& p : al.pairs) of_a[p.a.article].push_back(p.b.article), of_b[p.b.article].push_back(p.a.article);
  int unchanged = 0, ok = 0;
  for (std::size_t i = 0; i < a.doc.articles.size(); ++i) {
    const auto it = b_by_text.find(statute::article_text(a.doc.articles[i]));
    if (it == b_by_text.end() || it->second.size() != 1) continue;
    const int j = it->second.front();
    ++unchanged;
    if (of_a[i] == std::vector<int>{j} && of_b[j] == std::vector<int>{static_cast<int>(i)}) ++ok;
  }
  return {unchanged, ok};
}

}  // namespace

int main() try {
  const auto shared = statute::testing::shared_dir();
  if (!shared) {
    std::cerr << "version_pairs: ../shared is absent\n";
    return 2;
  }
  statute::Library lib({});
  int pairs = 0, unchanged = 0, ok = 0;
  for (const auto& [title, by_date] : statute::testing::version_files(*shared)) {
    for (auto it = by_date.begin(); std::next(it) != by_date.end(); ++it) {
      try {
        const auto [u, k] = check(lib.get(it->second), lib.get(std::next(it)->second));
        ++pairs, unchanged += u, ok += k;
        if (k != u) fmt::print("{}{} → {}: {} of {} unchanged articles aligned 1:1\n", title, it->first, std::next(it)->first, k, u);
      } catch (const Error& e) {
        fmt::print("{}: skipped: {}\n", title, e.what());
      }
    }
  }
  fmt::print("{} version pairs: {} of {} unchanged articles aligned 1:1\n", pairs, ok, unchanged);
  return ok == unchanged ? 0 : 1;
} catch (const Error& e) {
  std::cerr << "version_pairs: " << e.what() << "\n";
  return 2;
}
