#pragma once
// Whole-act diffs walked along an alignment: each aligned pair diffed,
// articles only in A shown as deleted, only in B as added.
#include <string>
#include <vector>

#include "diff/provision_diff.hpp"
#include "statute/library.hpp"

namespace lawdiff::diff {

/// One aligned pair: an article (or one of its paragraphs, 1-based; 0 for
/// the whole article) of A and its counterpart in B.
struct ProvisionPair {
  const statute::Article* a = nullptr;
  int a_paragraph = 0;
  const statute::Article* b = nullptr;
  int b_paragraph = 0;
  std::string relation;  // the aligner's relation ("modified", "split", …); empty when unknown
};

/// What an aligner says about two acts: the pairs (in A's order) and the
/// articles with no counterpart.
struct ActPairing {
  std::vector<ProvisionPair> pairs;
  std::vector<const statute::Article*> only_a;
  std::vector<const statute::Article*> only_b;
};

/// Diffs `a` against `b` along `pairing`, in reading order: pairs and
/// A-only articles in A's order, each B-only article placed after the pair
/// that precedes it in B. Each pair's diff carries the pair's relation.
/// Throws std::invalid_argument when an article
/// pointer does not belong to its act.
std::vector<ProvisionDiff> diff_acts(const statute::Act& a, const statute::Act& b, const ActPairing& pairing,
                                     const DiffOptions& options);

/// Removes the identical diffs from `diffs` (a whole-act diff that shows
/// changes only, as diff(1) does) and returns how many it removed.
int drop_identical(std::vector<ProvisionDiff>& diffs);

}  // namespace lawdiff::diff
