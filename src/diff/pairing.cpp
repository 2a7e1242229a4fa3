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

/// Dice similarity of every a[i] with every b[j], from an inverted index of
/// bigrams: only texts that share a bigram are ever compared, so the cost is
/// the sum over bigrams of (texts of A with it) × (texts of B with it).
std::vector<std::vector<double>> similarity_matrix(const std::vector<std::string>& a,
                                                   const std::vector<std::string>& b) {
  struct Posting {
    std::uint64_t gram;
    bool in_b;
    std::uint32_t doc, count;
    bool operator<(const Posting& o) const { return gram < o.gram || (gram == o.gram && in_b < o.in_b); }
  };
  std::vector<Posting> postings;
  std::vector<std::size_t> size_a(a.size()), size_b(b.size());
  auto add = [&](const std::vector<std::string>& texts, bool in_b, std::vector<std::size_t>& sizes) {
    for (std::size_t d = 0; d < texts.size(); ++d) {
      const Grams g = bigrams(texts[d]);
      sizes[d] = g.size();
      for (std::size_t i = 0; i < g.size();) {
        std::size_t j = i;
        while (j < g.size() && g[j] == g[i]) ++j;
        postings.push_back({g[i], in_b, static_cast<std::uint32_t>(d), static_cast<std::uint32_t>(j - i)});
        i = j;
      }
    }
  };
  add(a, false, size_a);
  add(b, true, size_b);
  std::sort(postings.begin(), postings.end());
  std::vector<std::vector<double>> common(a.size(), std::vector<double>(b.size(), 0.0));
  for (std::size_t i = 0; i < postings.size();) {
    std::size_t mid = i, end = i;
    while (end < postings.size() && postings[end].gram == postings[i].gram) ++end;
    while (mid < end && !postings[mid].in_b) ++mid;
    for (std::size_t x = i; x < mid; ++x) {
      for (std::size_t y = mid; y < end; ++y) common[postings[x].doc][postings[y].doc] += std::min(postings[x].count, postings[y].count);
    }
    i = end;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      const std::size_t n = size_a[i] + size_b[j];
      common[i][j] = n == 0 ? 1.0 : 2.0 * common[i][j] / static_cast<double>(n);
    }
  }
  return common;
}

}  // namespace

double similarity(const std::string& a, const std::string& b) { return dice(bigrams(a), bigrams(b)); }

std::vector<IndexPair> pair_by_content(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                       double threshold) {
  const std::size_t n = a.size(), m = b.size();
  if (n == 1 && m == 1) return {{0, 0}};  // paired whatever their similarity (same position, equal lengths)
  const std::vector<std::vector<double>> sim = similarity_matrix(a, b);
  // gain[i][j]: what pairing a[i] with b[j] adds; pairs below threshold
  // are worth nothing, except same positions in equal-length lists.
  auto gain = [&](std::size_t i, std::size_t j) {
    if (sim[i][j] >= threshold) return sim[i][j];
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
