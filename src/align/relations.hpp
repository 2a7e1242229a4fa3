#pragma once
// The relation of each aligned pair (same, modified, split, merged,
// partial), read off the final set of pairs.
#include <vector>

#include "align/align.hpp"

namespace lawdiff::align::detail {

/// Sets every pair's relation. A partial pair is `partial`. A strong pair is
/// `split` when its A article has strong pairs with several B articles,
/// else `merged` when its B article has strong pairs with several A
/// articles, else `same` when the two provisions (title and text) are equal
/// after text::fold_letters, else `modified`. Partial pairs do not make an
/// article split or merged: a minor share seen side by side is not a part.
/// `same` is looser than the diff's `identical` (which ignores only the
/// white space text::SpaceMode says, and counts a moved paragraph break):
/// every 1:1 pair the diff finds identical is `same`, and a `same` pair
/// may still show changes (punctuation, a paragraph break).
void assign_relations(const statute::Act& a, const statute::Act& b, std::vector<Pair>& pairs);

}  // namespace lawdiff::align::detail
