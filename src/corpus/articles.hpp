#pragma once
// Articles straight from the index, without parsing their whole acts: each
// article's bytes are parsed on their own (a 第N条 line and what follows
// parses as a one-article document). Search hits and similar candidates
// need only these.
#include <cstdint>
#include <string>
#include <vector>

#include "corpus/catalogue.hpp"
#include "statute/library.hpp"

namespace lawdiff::corpus {

/// An act holding only some of its articles.
struct PartialAct {
  VersionRow row;                 // the act in the index
  statute::Act act;               // info as the Library gives it; doc.articles: the loaded ones
  std::vector<int> article_index; // article k of doc is article article_index[k] of the whole act
};

/// The articles with provision row ids `rows`, grouped by act (acts in the
/// order they first appear, articles in document order).
std::vector<PartialAct> load_articles(Index& index, const std::vector<std::int64_t>& rows);

}  // namespace lawdiff::corpus
