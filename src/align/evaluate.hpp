#pragma once
// Scoring an alignment against a reference (gold) alignment, as described in
// tests/eval/README.md. Scoring is at article level: a predicted pair
// sz:9 ↔ gd:4.8 counts as sz:9 ↔ gd:4.
#include <string>
#include <string_view>
#include <vector>

#include "align/align.hpp"

namespace lawdiff::align {

/// One row of a reference file: A's article key, B's article key (empty when
/// A has no counterpart) and "strong" or "partial".
struct GoldPair {
  std::string a;
  std::string b;
  std::string strength;
};

/// Parses a reference TSV: a header row, then `a<TAB>b<TAB>strength[<TAB>note]`
/// with bare article keys ("9", "120-1"). Throws lawdiff::Error (exit 2)
/// naming `source` and the line when a row is malformed.
std::vector<GoldPair> parse_gold(std::string_view text, std::string_view source);

struct Evaluation {
  int predicted = 0;        // article-level pairs whose A article is in the reference
  int correct = 0;          // … that are strong or partial in the reference
  int strong = 0;           // strong pairs in the reference
  int strong_found = 0;     // … that were predicted
  int no_counterpart = 0;   // A articles the reference gives no counterpart
  int no_counterpart_ok = 0;  // … for which nothing was predicted
  int labels_agree = 0;     // correct pairs whose strong/partial label is the reference's
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  double no_counterpart_accuracy = 0;
  double label_agreement = 0;  // labels_agree / correct
  std::vector<std::string> false_positives;  // "9=4", for inspection
  std::vector<std::string> misses;           // strong pairs not predicted
};

/// Scores `alignment` of acts `a` and `b` against `gold`, limited to the A
/// articles that appear in `gold`. Reference keys that name no article are
/// an error (lawdiff::Error, exit 2).
Evaluation evaluate(const Alignment& alignment, const statute::Act& a, const statute::Act& b,
                    const std::vector<GoldPair>& gold);

}  // namespace lawdiff::align
