#pragma once
// Pairing by content: which piece of A (paragraph, item, article) goes with
// which piece of B. An order-preserving alignment (Needleman–Wunsch style
// dynamic programme) that maximises the summed similarity of the pairs it
// keeps, so reordered or inserted paragraphs do not shift every later pair.
// Cost O(n·m) similarity computations, each linear in the texts.
#include <string>
#include <vector>

namespace lawdiff::diff {

/// One pair of positions; -1 on a side means "no counterpart".
struct IndexPair {
  int a = -1;
  int b = -1;
  bool operator==(const IndexPair&) const = default;
};

/// Dice coefficient of the character-bigram multisets of `a` and `b`
/// (single characters for texts of one character), in [0, 1]; 1 for two
/// empty texts.
double similarity(const std::string& a, const std::string& b);

/// Pairs the texts of `a` with those of `b` in order. Pairs whose
/// similarity is below `threshold` are not kept unless they are at the same
/// position in two lists of equal length (a rewritten paragraph in place).
/// Every index of `a` and of `b` appears exactly once, in increasing order
/// on each side; unpaired ones have -1 on the other side.
std::vector<IndexPair> pair_by_content(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                       double threshold = 0.15);

}  // namespace lawdiff::diff
