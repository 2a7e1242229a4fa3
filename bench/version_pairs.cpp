// version_pairs: every pair of consecutive versions of one law under
// ../shared (files named TITLE(YYYY-MM-DD).md), aligned with the defaults;
// counts the articles whose text is unchanged and how many of them are
// aligned 1:1 to their counterpart (src/align/version_pairs_test.cpp checks
// two such pairs; this checks them all), and the lightly amended ones: an
// old and a new article that keep at least 80% of the longer one's
// characters in common (their diff's equal runs), each the other's only
// such article, neither with an unchanged counterpart — the light amendments a 新旧对照 must pair, found without
// the aligner. It only reads.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "align/align.hpp"
#include "base/error.hpp"
#include "diff/text_diff.hpp"
#include "support/fixtures.hpp"
#include "text/utf8.hpp"

using namespace lawdiff;
namespace fs = std::filesystem;

namespace {

struct Counts {
  int unchanged = 0, unchanged_ok = 0;  // unchanged articles; aligned 1:1
  int light = 0, light_found = 0, light_ok = 0;  // lightly amended; paired; paired 1:1
  std::vector<std::string> light_misses, light_extra;  // not paired; paired, with other pairs too
};

// The share of the longer text that the two texts keep in common, when
// at least `floor`; else 0. The code-point multisets bound it from above
// first, so only near pairs are diffed.
double kept_share(const std::u32string& sa, const std::u32string& sb, std::string_view a, std::string_view b,
                  double floor) {
  const double longer = static_cast<double>(std::max(sa.size(), sb.size()));
  if (longer == 0 || static_cast<double>(std::min(sa.size(), sb.size())) < floor * longer) return 0;
  std::size_t common = 0;
  for (std::size_t x = 0, y = 0; x < sa.size() && y < sb.size();) {
    if (sa[x] == sb[y]) ++common, ++x, ++y;
    else if (sa[x] < sb[y]) ++x;
    else ++y;
  }
  if (static_cast<double>(common) < floor * longer) return 0;
  std::size_t kept = 0;
  for (const diff::Edit& e : diff::diff_text(a, b, diff::Granularity::character, text::SpaceMode::none))
    if (e.op == diff::Op::equal) kept += text::code_point_count(e.text);
  const double share = static_cast<double>(kept) / longer;
  return share >= floor ? share : 0;
}

std::u32string sorted_code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(text::next_code_point(s, i));
  std::sort(out.begin(), out.end());
  return out;
}

Counts check(const statute::Act& a, const statute::Act& b) {
  std::map<std::string, std::vector<int>> b_by_text;
  for (std::size_t j = 0; j < b.doc.articles.size(); ++j)
    b_by_text[statute::article_text(b.doc.articles[j])].push_back(static_cast<int>(j));
  const align::Alignment al = align::align(a, b);
  std::vector<std::vector<int>> of_a(a.doc.articles.size()), of_b(b.doc.articles.size());
  for (const align::Pair& p : al.pairs) of_a[p.a.article].push_back(p.b.article), of_b[p.b.article].push_back(p.a.article);
  auto one_to_one = [&](int i, int j) { return of_a[i] == std::vector<int>{j} && of_b[j] == std::vector<int>{i}; };
  Counts c;
  for (std::size_t i = 0; i < a.doc.articles.size(); ++i) {
    const auto it = b_by_text.find(statute::article_text(a.doc.articles[i]));
    if (it == b_by_text.end() || it->second.size() != 1) continue;
    ++c.unchanged;
    if (one_to_one(static_cast<int>(i), it->second.front())) ++c.unchanged_ok;
  }
  // Lightly amended: near pairs among the articles whose text changed.
  const int na = static_cast<int>(a.doc.articles.size()), nb = static_cast<int>(b.doc.articles.size());
  std::vector<std::string> ta(na), tb(nb);
  std::vector<std::u32string> ca(na), cb(nb);
  for (int i = 0; i < na; ++i) ta[i] = statute::article_text(a.doc.articles[i]), ca[i] = sorted_code_points(ta[i]);
  for (int j = 0; j < nb; ++j) tb[j] = statute::article_text(b.doc.articles[j]), cb[j] = sorted_code_points(tb[j]);
  // Articles with an unchanged counterpart are left out: their near pairs
  // are mirrored provisions (在国内结婚… / 在国外结婚…), not amendments.
  std::set<std::string_view> a_texts(ta.begin(), ta.end()), b_texts(tb.begin(), tb.end());
  std::vector<std::vector<int>> near_a(na), near_b(nb);
  for (int i = 0; i < na; ++i) {
    if (b_texts.contains(ta[i])) continue;
    for (int j = 0; j < nb; ++j)
      if (!a_texts.contains(tb[j]) && kept_share(ca[i], cb[j], ta[i], tb[j], 0.8) > 0)
        near_a[i].push_back(j), near_b[j].push_back(i);
  }
  for (int i = 0; i < na; ++i) {
    if (near_a[i].size() != 1 || near_b[near_a[i].front()].size() != 1) continue;
    const int j = near_a[i].front();
    ++c.light;
    const bool found = std::find(of_a[i].begin(), of_a[i].end(), j) != of_a[i].end();
    c.light_found += found;
    c.light_ok += one_to_one(i, j);
    const std::string name = fmt::format("{} → {}", a.doc.articles[i].number, b.doc.articles[j].number);
    if (!found) c.light_misses.push_back(name);
    else if (!one_to_one(i, j)) c.light_extra.push_back(name);
  }
  return c;
}

}  // namespace

int main() try {
  const auto shared = statute::testing::shared_dir();
  if (!shared) {
    std::cerr << "version_pairs: ../shared is absent\n";
    return 2;
  }
  statute::Library lib({});
  int pairs = 0;
  Counts all;
  for (const auto& [title, by_date] : statute::testing::version_files(*shared)) {
    for (auto it = by_date.begin(); std::next(it) != by_date.end(); ++it) {
      try {
        const Counts c = check(lib.get(it->second), lib.get(std::next(it)->second));
        ++pairs;
        all.unchanged += c.unchanged, all.unchanged_ok += c.unchanged_ok;
        all.light += c.light, all.light_found += c.light_found, all.light_ok += c.light_ok;
        if (c.unchanged_ok != c.unchanged)
          fmt::print("{}{} → {}: {} of {} unchanged articles aligned 1:1\n", title, it->first, std::next(it)->first,
                     c.unchanged_ok, c.unchanged);
        for (const std::string& m : c.light_misses)
          fmt::print("{}{} → {}: lightly amended {} not paired\n", title, it->first, std::next(it)->first, m);
        for (const std::string& m : c.light_extra)
          fmt::print("{}{} → {}: lightly amended {} paired, not 1:1\n", title, it->first, std::next(it)->first, m);
      } catch (const Error& e) {
        fmt::print("{}: skipped: {}\n", title, e.what());
      }
    }
  }
  fmt::print("{} version pairs: {} of {} unchanged articles aligned 1:1\n", pairs, all.unchanged_ok, all.unchanged);
  fmt::print("lightly amended articles (80% kept, each the other's only one): {} of {} paired, {} of them 1:1\n",
             all.light_found, all.light, all.light_ok);
  return all.unchanged_ok == all.unchanged ? 0 : 1;
} catch (const Error& e) {
  std::cerr << "version_pairs: " << e.what() << "\n";
  return 2;
}
