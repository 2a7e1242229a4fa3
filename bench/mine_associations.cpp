// mine_associations [WORDS] [DIMS] [MIN_COS] > FILE: word associations from
// the whole corpus under ../shared (corpus-sample and corpus-dev, every
// statute but the dev references' acts: 反间谍法 and the Beijing/Zhejiang
// digital-economy acts), in the paraphrase model's format (from TAB to), so
// align_eval --paraphrase-file FILE measures them against the same control
// as the mined substitutions (docs/alignment.md).
//
// Method (distributional similarity, Turney & Pantel 2010): the WORDS
// (default 6000) most frequent ICU words of two or more characters, each a
// vector of its PPMI with the DIMS (default 1000) most frequent words within
// two words either side, inside one paragraph; cosine between every two;
// a pair is kept when each is the other's nearest word and their cosine is
// at least MIN_COS (default 0.6): mutual nearest neighbours. Numbers are
// left out (numeric()). Cost: one
// segmentation of ~45 MB and a dense WORDS² × DIMS product (about a minute).
// Run it by hand: nice -n 15 build/release/mine_associations > /tmp/assoc.tsv
#include <fmt/format.h>

#include <cmath>
#include <iostream>

#include "base/error.hpp"
#include "corpus_words.hpp"
#include "support/fixtures.hpp"
#include "text/utf8.hpp"

using namespace lawdiff;
using bench::Corpus;
using bench::kBreak;
using bench::numeric;

int main(int argc, char** argv) try {
  const std::size_t words = argc > 1 ? std::stoul(argv[1]) : 6000, dims = argc > 2 ? std::stoul(argv[2]) : 1000;
  const float min_cos = argc > 3 ? std::stof(argv[3]) : 0.6f;
  const auto shared = statute::testing::shared_dir();
  if (!shared) {
    std::cerr << "mine_associations: ../shared is absent\n";
    return 2;
  }
  statute::Library lib({});
  const Corpus c = bench::read_corpus(*shared, lib);
  const auto targets = bench::top_words(c, words, [&](std::uint32_t w) {
    return text::code_point_count(c.names[w]) >= 2 && !numeric(c.names[w]);
  });
  const auto contexts = bench::top_words(c, dims, [](std::uint32_t) { return true; });
  std::vector<int> row(c.names.size(), -1), col(c.names.size(), -1);
  for (std::size_t k = 0; k < targets.size(); ++k) row[targets[k]] = static_cast<int>(k);
  for (std::size_t k = 0; k < contexts.size(); ++k) col[contexts[k]] = static_cast<int>(k);
  std::vector<float> m(targets.size() * dims, 0.0f);
  for (std::size_t i = 0; i < c.tokens.size(); ++i) {
    if (c.tokens[i] == kBreak || row[c.tokens[i]] < 0) continue;
    for (std::size_t j = i >= 2 ? i - 2 : 0; j <= i + 2 && j < c.tokens.size(); ++j) {
      if (j == i) continue;
      if (c.tokens[j] == kBreak) {
        if (j < i) continue;
        break;
      }
      if (col[c.tokens[j]] >= 0) m[row[c.tokens[i]] * dims + col[c.tokens[j]]] += 1;
    }
  }
  // PPMI, then rows L2-normalised.
  std::vector<double> rsum(targets.size(), 0), csum(dims, 0);
  double total = 0;
  for (std::size_t r = 0; r < targets.size(); ++r)
    for (std::size_t d = 0; d < dims; ++d) rsum[r] += m[r * dims + d], csum[d] += m[r * dims + d], total += m[r * dims + d];
  for (std::size_t r = 0; r < targets.size(); ++r) {
    double norm = 0;
    for (std::size_t d = 0; d < dims; ++d) {
      float& v = m[r * dims + d];
      v = v > 0 ? static_cast<float>(std::max(0.0, std::log(v * total / (rsum[r] * csum[d])))) : 0.0f;
      norm += static_cast<double>(v) * v;
    }
    const float inv = norm > 0 ? static_cast<float>(1 / std::sqrt(norm)) : 0.0f;
    for (std::size_t d = 0; d < dims; ++d) m[r * dims + d] *= inv;
  }
  // Each word's nearest word and cosine.
  std::vector<int> best(targets.size(), -1);
  std::vector<float> best_cos(targets.size(), -1);
  for (std::size_t x = 0; x < targets.size(); ++x) {
    const float* a = &m[x * dims];
    for (std::size_t y = x + 1; y < targets.size(); ++y) {
      const float* b = &m[y * dims];
      float dot = 0;
      for (std::size_t d = 0; d < dims; ++d) dot += a[d] * b[d];
      if (dot > best_cos[x]) best_cos[x] = dot, best[x] = static_cast<int>(y);
      if (dot > best_cos[y]) best_cos[y] = dot, best[y] = static_cast<int>(x);
    }
  }
  fmt::print("# Word associations: mutual nearest neighbours by PPMI context vectors over ../shared\n");
  fmt::print("# (反间谍法 and the Beijing/Zhejiang acts left out); {} words, {} context words, cosine >= {:.2f}.\n", words,
             dims, min_cos);
  fmt::print("# Built by bench/mine_associations.cpp. Columns: from, to.\n");
  int kept = 0;
  for (std::size_t x = 0; x < targets.size(); ++x) {
    const int y = best[x];
    if (y < 0 || static_cast<std::size_t>(y) <= x || best[y] != static_cast<int>(x) || best_cos[x] < min_cos) continue;
    fmt::print("{}\t{}\n", c.names[targets[x]], c.names[targets[y]]);
    std::cerr << fmt::format("{}\t{}\t{:.3f}\n", c.names[targets[x]], c.names[targets[y]], best_cos[x]);
    ++kept;
  }
  std::cerr << kept << " pairs kept\n";
  return 0;
} catch (const Error& e) {
  std::cerr << "mine_associations: " << e.what() << "\n";
  return 2;
}
