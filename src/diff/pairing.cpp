#include "diff/pairing.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "text/segment.hpp"

namespace lawdiff::diff {
namespace {

using Grams = std::unordered_map<std::string_view, int>;

// Character bigrams of `s` (views into `s`), or its single character.
Grams bigrams(const std::string& s) {
  std::vector<std::string_view> cs = text::characters(s);
  Grams g;
  if (cs.size() == 1) ++g[cs[0]];
  for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
    ++g[std::string_view(cs[i].data(), cs[i].size() + cs[i + 1].size())];
  }
  return g;
}

int total(const Grams& g) {
  int n = 0;
  for (const auto& [k, c] : g) n += c;
  return n;
}

double dice(const Grams& x, const Grams& y) {
  const int n = total(x) + total(y);
  if (n == 0) return 1.0;
  int common = 0;
  for (const auto& [k, c] : x) {
    if (auto it = y.find(k); it != y.end()) common += std::min(c, it->second);
  }
  return 2.0 * common / n;
}

}  // namespace

double similarity(const std::string& a, const std::string& b) { return dice(bigrams(a), bigrams(b)); }

std::vector<IndexPair> pair_by_content(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                       double threshold) {
  const std::size_t n = a.size(), m = b.size();
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
