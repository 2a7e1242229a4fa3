#pragma once
// Scoring an alignment against a reference (gold) alignment, as described in
// tests/eval/README.md. Scoring is at article level: a predicted pair
// sz:9 ↔ gd:4.8 counts as sz:9 ↔ gd:4.
//
// Two reference formats are read (chosen by the header's third column):
//   a<TAB>b<TAB>strength[<TAB>note]            (also sz<TAB>gd<TAB>strength)
//     strong / partial pairs; empty b: an A article with no counterpart;
//     empty a: a B article with no counterpart.
//   old_article<TAB>new_article<TAB>relation[<TAB>note]   (新旧对照)
//     same / modified / split / merged: pairs that must be found (strong);
//     partial: acceptable; deleted (empty new): no counterpart in B;
//     added (empty old): no counterpart in A.
#include <string>
#include <string_view>
#include <vector>

#include "align/align.hpp"

namespace lawdiff::align {

/// One row of a reference file, as bare article keys ("9", "120-1").
struct GoldPair {
  std::string a;         // empty: a B article with no counterpart in A
  std::string b;         // empty: an A article with no counterpart in B
  std::string strength;  // "strong" or "partial"; empty for a row with one side
  std::string relation;  // version references only: same, modified, split, merged,
                         // partial, deleted, added; empty otherwise
};

/// Parses a reference TSV in either format above. Throws lawdiff::Error
/// (exit 2) naming `source` and the line when the header is neither format
/// or a row is malformed.
std::vector<GoldPair> parse_gold(std::string_view text, std::string_view source);

struct Evaluation {
  int predicted = 0;        // article-level pairs whose A article is in the reference
  int correct = 0;          // … that are strong or partial in the reference
  int strong = 0;           // strong pairs in the reference
  int strong_found = 0;     // … that were predicted
  int no_counterpart = 0;   // A articles the reference gives no counterpart
  int no_counterpart_ok = 0;  // … for which nothing was predicted
  int only_b = 0;           // B articles the reference gives no counterpart (added)
  int only_b_ok = 0;        // … that no predicted pair reaches
  int labels_agree = 0;     // correct pairs whose strong/partial label is the reference's
  int correct_strong = 0;   // correct pairs the reference calls strong
  int strong_labels_agree = 0;  // … that are labelled strong (the rest of labels_agree are partial)
  int relations = 0;        // correct pairs the reference gives a relation (version references)
  int relations_agree = 0;  // … whose predicted relation is the reference's
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  double no_counterpart_accuracy = 0;
  double only_b_accuracy = 0;   // only_b_ok / only_b
  double label_agreement = 0;   // labels_agree / correct
  double label_balanced = 0;    // mean of the agreement on the reference's strong and on its partial
                                // pairs (either alone when the other has none): the majority label
                                // alone cannot score well
  double relation_accuracy = 0; // relations_agree / relations
  std::vector<std::string> false_positives;  // "9=4", for inspection
  std::vector<std::string> misses;           // strong pairs not predicted
  std::vector<std::string> wrong_relations;  // "10=26 split→modified": reference → predicted
};

/// Scores `alignment` of acts `a` and `b` against `gold`, limited to the A
/// articles that appear in `gold`. Reference keys that name no article are
/// an error (lawdiff::Error, exit 2).
Evaluation evaluate(const Alignment& alignment, const statute::Act& a, const statute::Act& b,
                    const std::vector<GoldPair>& gold);

}  // namespace lawdiff::align
