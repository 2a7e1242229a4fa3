#pragma once
// Dense word vectors for the aligner's soft similarity term (similarity.cpp,
// FeatureParams::vectors), built from the corpus by bench/train_vectors.cpp:
// one int8-quantised vector per word (a scale per word), words as the
// aligner's features spell them (ICU words after fold_synonyms).
//
// File format (little-endian): "LDVEC001", u32 word count n, u32 dims d,
// u32 byte length of the vocabulary, the vocabulary (n words, each ended
// by '\n'), n float32 scales, n × d int8 components (vector = scale × q).
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lawdiff::align::detail {

class WordVectors {
 public:
  WordVectors() = default;
  /// Parses a model file's bytes; throws Error when they are not one.
  explicit WordVectors(std::string bytes);
  // Views into bytes_ index the words: neither copied nor moved.
  WordVectors(const WordVectors&) = delete;
  WordVectors& operator=(const WordVectors&) = delete;

  /// The file bytes of `words` with their vectors (row-major, `dims` per word).
  static std::string serialize(const std::vector<std::string>& words, const std::vector<float>& vectors, int dims);

  int dims() const { return dims_; }
  std::size_t size() const { return words_.size(); }
  const std::vector<std::string_view>& words() const { return words_; }
  /// The index of `word`, or −1.
  int find(std::string_view word) const {
    const auto it = index_.find(word);
    return it == index_.end() ? -1 : it->second;
  }
  /// out[0..dims) += weight × vector of word `k`.
  void add_to(int k, float weight, float* out) const {
    const std::int8_t* q = quantised_ + static_cast<std::size_t>(k) * dims_;
    const float s = weight * scales_[k];
    for (int d = 0; d < dims_; ++d) out[d] += s * q[d];
  }
  /// The dequantised vector of word `k`.
  std::vector<float> vector(int k) const {
    std::vector<float> v(dims_, 0.0f);
    add_to(k, 1.0f, v.data());
    return v;
  }

 private:
  std::string bytes_;
  int dims_ = 0;
  std::vector<std::string_view> words_;  // views into bytes_
  std::unordered_map<std::string_view, int> index_;
  std::vector<float> scales_;
  const std::int8_t* quantised_ = nullptr;  // into bytes_
};

}  // namespace lawdiff::align::detail
