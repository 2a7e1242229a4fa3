#pragma once
// Similar provisions across the indexed corpus (立法借鉴, model clauses,
// implementing rules): candidates from the full-text index by the query's
// rarest character trigrams, then ranked by the aligner's similarity.
#include <string>
#include <vector>

#include "corpus/index.hpp"

namespace lawdiff::corpus {

struct SimilarQuery {
  std::string text;                    // the provision's text (or free text)
  std::vector<std::string> exclude;    // act keys left out (the query's own act)
  std::vector<std::string> only;       // non-empty: only these act keys
  std::string work;                    // the query's act's work key: its other versions come first among equals
  std::size_t top = 10;
  double min_score = 0;
};

struct SimilarHit {
  double score = 0;
  std::string act;   // key of the act
  int article = 0;   // index of the article in that act
  std::string text;  // the article's text
  bool same_work = false;  // a version of the query's act
};

/// The best `query.top` articles, best first (among equal scores, other
/// versions of the query's act first, then by act key and article).
/// Cost: one FTS5 query over at most 48 trigrams, then the similarity of
/// at most 400 candidates.
std::vector<SimilarHit> similar(Index& index, const SimilarQuery& query);

}  // namespace lawdiff::corpus
