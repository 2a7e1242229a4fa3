// The dense word-vector model (see vectors.hpp): read once into memory and
// indexed by word.
#include "align/vectors.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "base/error.hpp"

namespace lawdiff::align::detail {

namespace {

constexpr std::string_view kMagic = "LDVEC001";

std::uint32_t read_u32(std::string_view bytes, std::size_t at) {
  std::uint32_t v = 0;
  std::memcpy(&v, bytes.data() + at, 4);
  return v;
}

void write_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }

}  // namespace

std::string WordVectors::serialize(const std::vector<std::string>& words, const std::vector<float>& vectors, int dims) {
  std::string vocabulary;
  for (const std::string& w : words) vocabulary += w + '\n';
  std::string out(kMagic);
  write_u32(out, static_cast<std::uint32_t>(words.size()));
  write_u32(out, static_cast<std::uint32_t>(dims));
  write_u32(out, static_cast<std::uint32_t>(vocabulary.size()));
  out += vocabulary;
  std::vector<float> scales(words.size());
  std::string q(words.size() * static_cast<std::size_t>(dims), '\0');
  for (std::size_t k = 0; k < words.size(); ++k) {
    const float* v = vectors.data() + k * dims;
    float top = 0;
    for (int d = 0; d < dims; ++d) top = std::max(top, std::abs(v[d]));
    scales[k] = top / 127.0f;
    for (int d = 0; d < dims; ++d)
      q[k * dims + d] = static_cast<char>(top > 0 ? static_cast<std::int8_t>(std::lround(v[d] / scales[k])) : 0);
  }
  out.append(reinterpret_cast<const char*>(scales.data()), scales.size() * sizeof(float));
  out += q;
  return out;
}

WordVectors::WordVectors(std::string bytes) : bytes_(std::move(bytes)) {
  const std::string_view b(bytes_);
  const auto bad = [] { return Error("word vectors", "not a vector model (LDVEC001)"); };
  if (b.size() < 20 || b.substr(0, 8) != kMagic) throw bad();
  const std::uint32_t n = read_u32(b, 8), d = read_u32(b, 12), vocabulary = read_u32(b, 16);
  const std::size_t scales_at = 20 + static_cast<std::size_t>(vocabulary);
  if (d == 0 || d > 4096 || scales_at > b.size() ||
      b.size() - scales_at != static_cast<std::size_t>(n) * 4 + static_cast<std::size_t>(n) * d)
    throw bad();
  dims_ = static_cast<int>(d);
  std::string_view text = b.substr(20, vocabulary);
  for (std::size_t nl; (nl = text.find('\n')) != std::string_view::npos; text.remove_prefix(nl + 1))
    words_.push_back(text.substr(0, nl));
  if (words_.size() != n || !text.empty()) throw bad();
  index_.reserve(n);
  for (std::size_t k = 0; k < n; ++k) index_.emplace(words_[k], static_cast<int>(k));
  scales_.resize(n);
  std::memcpy(scales_.data(), b.data() + scales_at, static_cast<std::size_t>(n) * 4);
  quantised_ = reinterpret_cast<const std::int8_t*>(b.data() + scales_at + static_cast<std::size_t>(n) * 4);
}

}  // namespace lawdiff::align::detail
