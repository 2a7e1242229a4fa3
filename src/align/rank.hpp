#pragma once
// The aligner's similarity, for ranking: how close each article of a pool
// is to one query article. `similar` and corpus search ranking use this, so
// the project has one notion of "similar" (features.hpp, similarity.hpp).
#include <vector>

#include "statute/library.hpp"

namespace lawdiff::align {

/// The content score (unit similarities lifted to articles, as align() uses
/// before its hubness correction and position prior, which compare whole
/// acts) of the first article of `query` with each article of `pool`, in
/// [0, 1]. IDF is taken over the units of both, as align() does.
std::vector<double> similarity_to(const statute::Act& query, const statute::Act& pool);

}  // namespace lawdiff::align
