#pragma once
// Clean-up of a raw token edit script into a readable redline, after
// diff-match-patch's semantic clean-up (Neil Fraser, "Diff Strategies"):
//  1. changes whose deleted and inserted text share a prefix or suffix give
//     it back to the equalities, when the cut falls on a token boundary of
//     both texts (ICU may segment the same words differently in A and B);
//  2. an equality no longer than the changes on both sides of it is a
//     coincidence ("confetti"): it is folded into the change;
//  3. a pure insertion or deletion that can slide sideways (its text repeats
//     at its edge) is moved to the place with the best boundary score:
//     line ends, then sentence punctuation, then other punctuation, then
//     word boundaries.
// Segments carry byte ranges into A and B, so text is never copied until
// the end and the result always spells A and B exactly.
#include <cstddef>
#include <string_view>
#include <vector>

#include "diff/edit.hpp"

namespace lawdiff::diff {

/// A run of the script as byte ranges: equal runs have equal texts in A and
/// B; a change has a deleted range of A and an inserted range of B (either
/// may be empty, not both).
struct Segment {
  bool equal = true;
  std::size_t a_begin = 0, a_end = 0;
  std::size_t b_begin = 0, b_end = 0;
  bool ignored = false;  // a change of ignored white space only (mark_ignored_space)
};

/// Byte offsets at which a cut is allowed in one text (sorted, 0 and the
/// text's size included).
using Boundaries = std::vector<std::size_t>;

struct CleanupInput {
  std::string_view a, b;
  const Boundaries& a_cuts;  // token boundaries of a
  const Boundaries& b_cuts;
  const Boundaries& a_words;  // ICU word boundaries of a (for scoring)
  const Boundaries& b_words;
};

/// Cleans `segments` (a script spelling A and B, in order) in place.
void cleanup(std::vector<Segment>& segments, const CleanupInput& in);

/// Marks the changes that differ only by white space the masks flag (one
/// byte per byte of A and of B, text::ignored_space_mask) as ignored, after
/// peeling such white space off the ends of the other changes.
void mark_ignored_space(std::vector<Segment>& segments, std::string_view a, std::string_view b,
                        const std::vector<char>& a_mask, const std::vector<char>& b_mask);

/// Merges neighbours of the same kind and drops empty runs.
void merge_segments(std::vector<Segment>& segments);

/// The Edits of a segment script: each change becomes a deletion then an
/// insertion (both flagged ignored for an ignored change).
std::vector<Edit> to_edits(const std::vector<Segment>& segments, std::string_view a, std::string_view b);

}  // namespace lawdiff::diff
