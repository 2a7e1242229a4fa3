#pragma once
// Which indexed articles may contain a search pattern: the full-text index
// narrows the corpus to the articles holding every trigram of a literal; the
// caller confirms each match on the text (cite::search), as without an index.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "corpus/index.hpp"

namespace lawdiff::corpus {

/// Provision row ids of the articles that may contain `literal`, limited to
/// the acts with keys `only` when non-empty; latest versions first, then by
/// act key and article. nullopt when the index cannot narrow the search (a
/// pattern of fewer than three characters): the caller then reads every act.
std::optional<std::vector<std::int64_t>> candidate_articles(Index& index, std::string_view literal,
                                                            const std::vector<std::string>& only);

/// Keys of the indexed acts (of `only`, when non-empty) whose text holds
/// `literal` (every act for an empty one), latest versions first. A scan of
/// the stored texts: for what candidate_articles() cannot narrow.
std::vector<std::string> all_act_keys(Index& index, const std::vector<std::string>& only, std::string_view literal);

}  // namespace lawdiff::corpus
