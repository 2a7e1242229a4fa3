#pragma once
// Paragraph and item breaks as part of the diff. Pieces (paragraphs, items)
// are first paired by content (pairing.hpp); a merged paragraph then pairs
// with one of its sources and leaves the other unpaired, which would read
// as that text deleted and inserted again. Grouping neighbouring entries
// whose joined texts (pieces joined by '\n') diff far more cheaply turns
// this into one block in which the break itself is deleted or inserted.
#include <string>
#include <vector>

#include "diff/edit.hpp"
#include "diff/pairing.hpp"
#include "text/spacing.hpp"

namespace lawdiff::diff {

/// A run of pieces diffed as one text: A's pieces [a, a + na) against B's
/// [b, b + nb); na or nb may be 0 (a side with nothing).
struct PieceGroup {
  int a = 0, na = 0;
  int b = 0, nb = 0;
  bool operator==(const PieceGroup&) const = default;
};

/// Groups `pairs` (pair_by_content of `ta` with `tb`) in order. Greedy,
/// left to right: the current run takes in the next entry when both have
/// changes and the diff of the joined texts changes fewer than half as many
/// code points (a break counts one) as the two diffs apart, unless the
/// result would be one piece against one piece (pairing's own decision).
/// Cost: one diff_text per entry, one per join tried.
std::vector<PieceGroup> group_breaks(const std::vector<IndexPair>& pairs, const std::vector<std::string>& ta,
                                     const std::vector<std::string>& tb, Granularity g, text::SpaceMode spaces);

/// Pieces [first, first + n) of `t` joined by '\n'.
std::string joined_pieces(const std::vector<std::string>& t, int first, int n);

/// Code points the edits delete or insert (ignored white space not counted).
std::size_t changed_size(const std::vector<Edit>& edits);

}  // namespace lawdiff::diff
