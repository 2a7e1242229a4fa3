#pragma once
// Alignment of two acts: which provision of A corresponds to which of B.
//
// The public entry point is align(). It scores every paragraph of A against
// every paragraph of B (IDF-weighted cosine mixed with containment, over word
// and character-bigram features, see docs/alignment.md), lifts the scores to
// articles, adds how much of each article's 【title】 the other's text covers,
// corrects for hub articles, applies a small structural prior (relative
// position), and selects many-to-many pairs with a rank rule, so a
// provision with no counterpart stays unmatched instead of being forced onto
// its nearest neighbour. A pair is
// paragraph-precise when one side is a single paragraph of a longer article
// that carries the match (sz:9 ↔ gd:4.8).
//
// Used by `lawdiff align`, and meant for `diff ACT_A ACT_B`, `coverage` and
// `compare`: they walk Alignment::pairs in order and list unmatched_a /
// unmatched_b; a heatmap reads Alignment::similarity.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "statute/library.hpp"

namespace lawdiff::align {

enum class Strength { strong, partial };

/// "strong" or "partial".
std::string_view to_string(Strength s);

/// How a pair's provisions relate (a 新旧对照's vocabulary, for any two acts):
/// same: identical but for white space and punctuation; modified: a strong
/// 1:1 counterpart, reworded; split: one A article over several B articles;
/// merged: several A articles into one B article; partial: a partial pair.
/// Unmatched articles are deleted (A) or added (B); see Alignment.
enum class Relation { same, modified, split, merged, partial };

/// "same", "modified", "split", "merged" or "partial".
std::string_view to_string(Relation r);

/// One provision: an article, or one paragraph (款) of it.
struct Provision {
  int article = -1;   // index into Document::articles
  int paragraph = 0;  // 1-based paragraph, 0 for the whole article
  bool operator==(const Provision&) const = default;
};

/// One aligned pair. Scores are in [0, 1]; pinned pairs score 1.
struct Pair {
  Provision a;
  Provision b;
  double score = 0;
  Strength strength = Strength::partial;
  bool pinned = false;  // from Options::pins, not computed
  Relation relation = Relation::modified;  // read off the whole set of pairs (relations.cpp)
};

/// A researcher's override: `a` corresponds (pin) or must not correspond
/// (forbid) to `b`. A paragraph in a constraint names that paragraph for a
/// pin and its whole article for a forbid (alignment is decided per article).
struct Constraint {
  Provision a;
  Provision b;
};

struct Options {
  // Thresholds on the final article-pair score, one setting for all pairs
  // (chosen on the dev set, see docs/alignment.md). A pair is kept when it
  // clears `partial_threshold` and the mutual-rank rule; it is strong when it
  // clears `strong_threshold` or is the mutual best match above `partial`.
  double strong_threshold = -1;   // < 0: the built-in default
  double partial_threshold = -1;  // < 0: the built-in default
  std::vector<Constraint> pins;
  std::vector<Constraint> forbids;
};

/// Article × article scores, row-major: rows are A's articles, columns B's.
class SimilarityMatrix {
 public:
  SimilarityMatrix() = default;
  SimilarityMatrix(int rows, int cols) : rows_(rows), cols_(cols), v_(static_cast<std::size_t>(rows) * cols) {}
  int rows() const { return rows_; }
  int cols() const { return cols_; }
  double at(int a, int b) const { return v_[static_cast<std::size_t>(a) * cols_ + b]; }
  double& at(int a, int b) { return v_[static_cast<std::size_t>(a) * cols_ + b]; }

 private:
  int rows_ = 0;
  int cols_ = 0;
  std::vector<double> v_;
};

struct Alignment {
  std::vector<Pair> pairs;       // ordered by A's article, then B's article
  std::vector<int> unmatched_a;  // A's article indices with no counterpart
  std::vector<int> unmatched_b;  // B's article indices with no counterpart
  SimilarityMatrix similarity;   // the article scores the pairs were chosen from
};

/// Aligns `a` with `b`. Never throws on well-formed acts (an act with no
/// articles gives an empty alignment). Constraints naming articles or
/// paragraphs that do not exist throw lawdiff::Error (exit 2).
Alignment align(const statute::Act& a, const statute::Act& b, const Options& options = {});

/// One shared feature and what it contributed to a pair's score.
struct Term {
  std::string text;     // the word or character bigram
  double weight = 0;    // its IDF weight
  double contribution = 0;// share of the cosine it accounts for, in [0, 1]
};

/// Why a pair scored as it did.
struct Explanation {
  Provision a;
  Provision b;
  double content = 0;        // best unit similarity lifted to articles, plus the title term
  double title = 0;          // title coverage (0–1) before its weight; 0 when neither is titled
  double prior = 0;          // structural prior (relative position), in [0, 1]
  double citations = 0;      // the citation term (the articles the two cite are paired), 0 when none
  double score = 0;          // the final score align() uses
  Provision best_a;          // the paragraphs that carried the content score
  Provision best_b;
  int best_a_item = 0;       // when an item (项) carried it: its number in best_a's paragraph
  int best_b_item = 0;       // (paragraph 1 for an article of one paragraph); else 0
  std::vector<Term> terms;   // shared features, largest contribution first
  bool aligned = false;      // whether align() reports the pair
  std::string decision;      // one line: why it is or is not aligned
};

/// Explains the pair `a` ↔ `b` as align() with `options` sees it.
Explanation explain(const statute::Act& a, const statute::Act& b, Provision pa, Provision pb,
                    const Options& options = {});

/// "sz:26", "gd:4.8": act id, article key, paragraph when non-zero.
std::string provision_id(const statute::Act& act, Provision p);

/// Parses a provision in the simple short forms: "sz:26", "gd:4.8",
/// "26", "4.8", "120-1", with or without the act's id prefix. Throws
/// lawdiff::Error (exit 2) naming `what` when the text is malformed, names
/// another act, or the article or paragraph does not exist in `act`.
Provision parse_provision(const statute::Act& act, std::string_view text, std::string_view what);

/// Parses "A=B" (a --pin or --forbid value, or a crosswalk line) against the
/// two acts. Throws lawdiff::Error (exit 2) as parse_provision does.
Constraint parse_constraint(const statute::Act& a, const statute::Act& b, std::string_view text);

}  // namespace lawdiff::align
