#include "align/rank.hpp"

#include <algorithm>

#include "align/similarity.hpp"

namespace lawdiff::align {

std::vector<double> similarity_to(const statute::Act& query, const statute::Act& pool) {
  std::vector<double> out(pool.doc.articles.size(), 0.0);
  if (query.doc.articles.empty() || pool.doc.articles.empty()) return out;
  const detail::Scores s = detail::score_acts(query, pool, detail::Params{});
  for (std::size_t j = 0; j < out.size(); ++j) out[j] = std::clamp(s.content.at(0, static_cast<int>(j)), 0.0, 1.0);
  return out;
}

}  // namespace lawdiff::align
