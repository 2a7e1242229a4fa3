// fasttext_vectors dump OUT.txt | convert IN.vec OUT.bin |
// neighbours MODEL.bin OUT.tsv MIN_COS [TOP]: the bridge to
// fastText (Debian package fasttext) for the aligner's vector model.
//
// dump writes the corpus under ../shared (bench/corpus_words.hpp: every
// statute but the dev references' acts, words as the aligner segments
// them) one paragraph per line, words separated by spaces, for
//   fasttext skipgram -input OUT.txt -output M -minCount 2 -minn 1 -maxn 3 …
// (fastText's character n-grams count UTF-8 characters, so minn 1 maxn 3
// gives every word its characters, bigrams and trigrams: a rare word such
// as 算力 gets a vector from 算 and 力).
// convert reads fastText's M.vec (a "count dims" line, then "word v1 … vd"
// lines) and writes the words of two or more characters, not numbers, as the
// aligner's vector model (align/vectors.hpp) for align_eval --vectors.
// neighbours writes word links for align_eval --paraphrase-file (below).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include "align/vectors.hpp"
#include "base/error.hpp"
#include "corpus_words.hpp"
#include "support/fixtures.hpp"
#include "text/utf8.hpp"

using namespace lawdiff;

namespace {

int dump(const char* out_path) {
  const auto shared = statute::testing::shared_dir();
  if (!shared) throw Error("fasttext_vectors", "../shared is absent");
  statute::Library lib({});
  const bench::Corpus c = bench::read_corpus(*shared, lib);
  std::ofstream out(out_path, std::ios::binary);
  bool first = true;
  for (const std::uint32_t t : c.tokens) {
    if (t == bench::kBreak) {
      if (!first) out << '\n';
      first = true;
      continue;
    }
    if (!first) out << ' ';
    out << c.names[t];
    first = false;
  }
  return out ? 0 : 2;
}

int convert(const char* in_path, const char* out_path) {
  std::ifstream in(in_path);
  std::size_t count = 0;
  int dims = 0;
  if (!(in >> count >> dims) || dims <= 0) throw Error(in_path, "not a fastText .vec file");
  std::string line;
  std::getline(in, line);
  std::vector<std::string> words;
  std::vector<float> vectors;
  while (std::getline(in, line)) {
    std::istringstream s(line);
    std::string w;
    s >> w;
    std::vector<float> v(static_cast<std::size_t>(dims));
    for (float& x : v) s >> x;
    if (!s || text::code_point_count(w) < 2 || bench::numeric(w)) continue;
    words.push_back(w);
    vectors.insert(vectors.end(), v.begin(), v.end());
  }
  const std::string bytes = align::detail::WordVectors::serialize(words, vectors, dims);
  std::ofstream(out_path, std::ios::binary) << bytes;
  std::cerr << fmt::format("{} words × {} dims, {} bytes → {}\n", words.size(), dims, bytes.size(), out_path);
  return 0;
}

// Word links of a vector model in the paraphrase model's format
// (align/paraphrases.hpp) for align_eval --paraphrase-file: each word's
// `top` nearest words with cosine ≥ min_cos (top 0: mutual nearest
// neighbours only), each link once. A thresholded soft match: only
// near-synonyms are linked, where an averaged unit vector mixes every word.
int neighbours(const char* in_path, const char* out_path, double min_cos, int top) {
  std::ifstream in(in_path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const align::detail::WordVectors model(bytes.str());
  const int dims = model.dims();
  const std::size_t n = model.size();
  std::vector<float> unit(n * dims);
  for (std::size_t w = 0; w < n; ++w) {
    std::vector<float> v = model.vector(static_cast<int>(w));
    double norm = 0;
    for (float x : v) norm += static_cast<double>(x) * x;
    norm = std::sqrt(std::max(norm, 1e-24));
    for (int d = 0; d < dims; ++d) unit[w * dims + d] = static_cast<float>(v[d] / norm);
  }
  const std::size_t keep = top > 0 ? static_cast<std::size_t>(top) : 1;
  std::vector<std::vector<std::pair<float, int>>> near(n);
  std::vector<std::pair<float, int>> row;
  for (std::size_t a = 0; a < n; ++a) {
    row.clear();
    for (std::size_t b = 0; b < n; ++b) {
      if (a == b) continue;
      float dot = 0;
      for (int d = 0; d < dims; ++d) dot += unit[a * dims + d] * unit[b * dims + d];
      if (dot >= min_cos) row.emplace_back(dot, static_cast<int>(b));
    }
    const std::size_t k = std::min(keep, row.size());
    std::partial_sort(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(k), row.end(), std::greater<>());
    near[a].assign(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(k));
  }
  auto links = [&](std::size_t a, int b) {
    return std::any_of(near[a].begin(), near[a].end(), [&](const auto& x) { return x.second == b; });
  };
  std::ofstream out(out_path, std::ios::binary);
  out << fmt::format("# {} nearest words of {} with cosine >= {:.2f} (bench/fasttext_vectors.cpp)\n",
                     top > 0 ? fmt::format("the {}", top) : std::string("mutual"), in_path, min_cos);
  int kept = 0;
  for (std::size_t a = 0; a < n; ++a)
    for (const auto& [cos, b] : near[a]) {
      const bool mutual = links(static_cast<std::size_t>(b), static_cast<int>(a));
      if (top == 0 && !mutual) continue;
      if (mutual && static_cast<std::size_t>(b) < a) continue;  // written from the other side
      out << fmt::format("{}\t{}\t1\t1\t{:.3f}\n", model.words()[a], model.words()[b], cos);
      ++kept;
    }
  std::cerr << fmt::format("{} links → {}\n", kept, out_path);
  return 0;
}

}  // namespace

int main(int argc, char** argv) try {
  const std::string_view mode = argc > 1 ? argv[1] : "";
  if (mode == "dump" && argc == 3) return dump(argv[2]);
  if (mode == "convert" && argc == 4) return convert(argv[2], argv[3]);
  if (mode == "neighbours" && (argc == 5 || argc == 6))
    return neighbours(argv[2], argv[3], std::stod(argv[4]), argc == 6 ? std::stoi(argv[5]) : 0);
  std::cerr << "usage: fasttext_vectors dump OUT.txt | convert IN.vec OUT.bin | neighbours MODEL.bin OUT.tsv MIN_COS [TOP]\n";
  return 2;
} catch (const Error& e) {
  std::cerr << "fasttext_vectors: " << e.what() << "\n";
  return 2;
}
