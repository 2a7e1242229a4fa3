#pragma once
// Feature vectors for alignment. Each article of both acts, each of its
// paragraphs when it has more than one, and each of its items (项) when it
// has two or more, becomes a "unit": a sparse vector of
// interned features (ICU words of two or more characters and CJK character
// bigrams, after near-synonyms are folded to one spelling), weighted by
// sublinear term frequency × IDF over the units of both acts, L2-normalised.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "align/corpus_frequencies.hpp"
#include "statute/library.hpp"

namespace lawdiff::align::detail {

/// A sparse vector: (feature id, weight), sorted by feature id.
using SparseVec = std::vector<std::pair<std::uint32_t, float>>;

/// One scored piece of an act: a whole article, one of its paragraphs or
/// one of its items.
struct Unit {
  int article = 0;    // index into Document::articles
  int paragraph = 0;  // 1-based, 0 for the whole article
  SparseVec vec;      // L2-normalised TF-IDF
  float norm = 0;     // L2 norm of the raw TF-IDF vector (raw = vec × norm)
  float mass = 0;     // sum of the raw TF-IDF weights (for containment)
  int item = 0;       // an item unit: its 1-based number in the article; else 0
};

/// The units of one act. Article i's whole-article unit is units[whole[i]];
/// its paragraph units, when it has more than one paragraph, are
/// units[first_para[i] .. first_para[i] + para_count[i]).
struct ActUnits {
  std::vector<Unit> units;
  std::vector<int> whole;
  std::vector<int> first_para;
  std::vector<int> para_count;  // 0 when the article has a single paragraph
  // Its item units (项, every item of every paragraph, without the lead-in),
  // when it has two or more items: units[first_item[i] .. + item_count[i]).
  std::vector<int> first_item;
  std::vector<int> item_count;
  std::vector<SparseVec> title; // article → its 【title】's features (IDF weights), empty if untitled
};

/// Both acts' units over one shared vocabulary.
struct FeatureSpace {
  std::vector<std::string> names;  // feature id → text, for explanations
  std::vector<float> idf;          // feature id → IDF weight (× kind weight)
  std::vector<char> is_bigram;     // feature id → a character bigram, not a word
  ActUnits a;
  ActUnits b;
};

/// Builds the feature space of `a` and `b`. Cost: one ICU segmentation of
/// each paragraph (memoised by text/) plus hashing of its features.
/// `word_weight` and `bigram_weight` scale the two kinds of feature;
/// `idf_power` sharpens IDF (weight = idf^power).
class Paraphrases;
struct FeatureParams {
  float word_weight = 1.0f;
  float bigram_weight = 1.0f;
  float idf_power = 1.0f;
  // IDF mixed with a corpus's, (1 − mix) × the two acts' IDF + mix × the
  // corpus's (the aligner's Params use the compiled-in table at 0.1).
  // Null or 0: the two acts' alone.
  const CorpusFrequencies* corpus = nullptr;
  float corpus_mix = 0.0f;
  // Soft synonyms (paraphrases.hpp): each phrase of the model found in a
  // text (the longest at each word) adds its pairs' features, weighted
  // `paraphrase_weight` × IDF, beside the phrase's own word features or,
  // with `paraphrase_replace`, instead of them (bigrams stay either way).
  // Null or weight 0: none.
  const Paraphrases* paraphrases = nullptr;
  float paraphrase_weight = 1.0f;
  bool paraphrase_replace = false;
};

/// How many paragraphs of a corpus have each feature, keyed as the corpus
/// table's data file keys them (corpus_frequencies.hpp: 'w' or 'b', then
/// the feature's text).
struct CorpusCounts {
  std::unordered_map<std::string, std::uint32_t> df;
  std::uint32_t docs = 0;
};

/// Counts, over every paragraph of `acts`, which features it has. Cost:
/// one segmentation of the whole corpus.
CorpusCounts count_corpus(const std::vector<const statute::Act*>& acts);
FeatureSpace build_features(const statute::Act& a, const statute::Act& b, const FeatureParams& params = {});

/// `text` with near-synonyms folded to one spelling (synonyms.cpp).
std::string fold_synonyms(std::string_view text);

}  // namespace lawdiff::align::detail
