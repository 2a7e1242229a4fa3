#pragma once
// The relation of each aligned pair (same, modified, split, merged,
// partial), read off the final set of pairs.
#include <vector>

#include "align/align.hpp"

namespace lawdiff::align::detail {

/// Sets every pair's relation. A pair is a *part* of its A article when it
/// is strong or its B article has no other pair (that B article is made of
/// this A article, however reworded), and a part of its B article when it
/// is strong or its A article has no other pair. A pair that is a part of
/// neither is `partial`: a minor share seen side by side. Otherwise it is
/// `split` when its A article has parts in several B articles, else
/// `merged` when its B article has parts from several A articles, else
/// `same` when the two articles (title and text, whole even when the pair
/// names a paragraph) are equal after
/// text::fold_letters, else `modified`.
/// `same` is looser than the diff's `identical` (which ignores only the
/// white space text::SpaceMode says, and counts a moved paragraph break):
/// every 1:1 pair the diff finds identical is `same`, and a `same` pair
/// may still show changes (punctuation, a paragraph break).
void assign_relations(const statute::Act& a, const statute::Act& b, std::vector<Pair>& pairs);

}  // namespace lawdiff::align::detail
