#include "diff/pairing.hpp"

#include <algorithm>
#include <string_view>
#include <cstdint>

#include "text/utf8.hpp"

namespace lawdiff::diff {
namespace {

// Character bigrams as sorted packed code-point pairs (duplicates kept, so
// the Dice coefficient counts a multiset): a two-pointer merge is several
// times faster than hashing strings, and pairing compares every pair.
using Grams = std::vector<std::uint64_t>;

Grams bigrams(const std::string& s) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < s.size();) cps.push_back(text::next_code_point(s, i));
  Grams g;
  if (cps.size() == 1) g.push_back(cps[0]);
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) g.push_back((std::uint64_t{cps[i]} << 32) | cps[i + 1]);
  std::sort(g.begin(), g.end());
  return g;
}

double dice(const Grams& x, const Grams& y) {
  const std::size_t n = x.size() + y.size();
  if (n == 0) return 1.0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) {
      ++i;
    } else if (y[j] < x[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(n);
}

}  // namespace

double similarity(const std::string& a, const std::string& b) { return dice(bigrams(a), bigrams(b)); }

std::vector<IndexPair> pair_by_content(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                       double threshold) {
  const std::size_t n = a.size(), m = b.size();
  if (n == 1 && m == 1) return {{0, 0}};  // paired whatever their similarity (same position, equal lengths)
  std::vector<Grams> ga, gb;
  for (const auto& s : a) ga.push_back(bigrams(s));
  for (const auto& s : b) gb.push_back(bigrams(s));
  // gain[i][j]: what pairing a[i] with b[j] adds; pairs below threshold
  // are worth nothing, except same positions in equal-length lists.
  auto gain = [&](std::size_t i, std::size_t j) {
    const double s = dice(ga[i], gb[j]);
    if (s >= threshold) return s;
    return n == m && i == j ? 1e-6 : -1.0;
  };
  // best[i][j]: the best total for a[i..] and b[j..].
  std::vector<std::vector<double>> best(n + 1, std::vector<double>(m + 1, 0.0));
  std::vector<std::vector<double>> g(n, std::vector<double>(m));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      g[i][j] = gain(i, j);
      const double take = g[i][j] >= 0 ? g[i][j] + best[i + 1][j + 1] : -1.0;
      best[i][j] = std::max({take, best[i + 1][j], best[i][j + 1]});
    }
  }
  std::vector<IndexPair> out;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && g[i][j] >= 0 && best[i][j] == g[i][j] + best[i + 1][j + 1]) {
      out.push_back({static_cast<int>(i++), static_cast<int>(j++)});
    } else if (i < n && (j == m || best[i][j] == best[i + 1][j])) {
      out.push_back({static_cast<int>(i++), -1});
    } else {
      out.push_back({-1, static_cast<int>(j++)});
    }
  }
  return out;
}

}  // namespace lawdiff::diff
