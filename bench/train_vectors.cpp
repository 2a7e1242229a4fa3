// train_vectors OUT [DIMS] [POWER_ITERATIONS]: dense word vectors from the
// whole corpus under ../shared (corpus-sample and corpus-dev, every statute
// but the dev references' acts: bench/corpus_words.hpp), written as the
// aligner's vector model (align/vectors.hpp) for align_eval --vectors OUT.
//
// Method (Levy, Goldberg & Dagan 2015, "Improving distributional similarity
// with lessons learned from word embeddings"): the targets are the ICU words
// of two or more characters, not numbers, seen at least 5 times (the 30,000
// most frequent); the contexts are any word seen at least 5 times (30,000
// most frequent) within 5 words either side inside one paragraph. PPMI with
// context-distribution smoothing (α = 0.75), then a truncated SVD of rank
// DIMS (default 160) by randomized range finding (Halko, Martinsson & Tropp
// 2011: DIMS + 16 Gaussian probes, POWER_ITERATIONS (default 3) power
// iterations, each orthonormalised by Cholesky QR twice; the small
// eigenproblem by cyclic Jacobi), vectors U × Σ^0.5. No Eigen: the dense
// parts are a few small loops. Cost: one segmentation of ~45 MB and about a
// dozen sparse × dense products (a minute or two on one core).
// Run it by hand: nice -n 15 build/release/train_vectors /tmp/vectors.bin
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <random>

#include "align/vectors.hpp"
#include "base/error.hpp"
#include "corpus_words.hpp"
#include "support/fixtures.hpp"
#include "text/utf8.hpp"

using namespace lawdiff;
using bench::kBreak;

namespace {

constexpr std::size_t kVocabulary = 30000;
constexpr std::uint64_t kMinFreq = 5;
constexpr int kWindow = 5;
constexpr double kAlpha = 0.75;
constexpr double kEigenPower = 0.5;
constexpr int kOversample = 16;

// A sparse matrix in compressed-row form.
struct Csr {
  std::size_t rows = 0, cols = 0;
  std::vector<std::uint64_t> start;
  std::vector<std::uint32_t> col;
  std::vector<float> value;
};

// A dense row-major matrix.
struct Dense {
  std::size_t rows = 0, cols = 0;
  std::vector<float> v;
  Dense(std::size_t r, std::size_t c) : rows(r), cols(c), v(r * c, 0.0f) {}
  float* row(std::size_t r) { return v.data() + r * cols; }
  const float* row(std::size_t r) const { return v.data() + r * cols; }
};

// M × X.
Dense times(const Csr& m, const Dense& x) {
  Dense y(m.rows, x.cols);
  for (std::size_t r = 0; r < m.rows; ++r) {
    float* out = y.row(r);
    for (std::uint64_t k = m.start[r]; k < m.start[r + 1]; ++k) {
      const float a = m.value[k];
      const float* in = x.row(m.col[k]);
      for (std::size_t d = 0; d < x.cols; ++d) out[d] += a * in[d];
    }
  }
  return y;
}

// Mᵀ × Y.
Dense times_transposed(const Csr& m, const Dense& y) {
  Dense z(m.cols, y.cols);
  for (std::size_t r = 0; r < m.rows; ++r) {
    const float* in = y.row(r);
    for (std::uint64_t k = m.start[r]; k < m.start[r + 1]; ++k) {
      const float a = m.value[k];
      float* out = z.row(m.col[k]);
      for (std::size_t d = 0; d < y.cols; ++d) out[d] += a * in[d];
    }
  }
  return z;
}

// XᵀX, in double.
std::vector<double> gram(const Dense& x) {
  const std::size_t k = x.cols;
  std::vector<double> g(k * k, 0.0);
  for (std::size_t r = 0; r < x.rows; ++r) {
    const float* a = x.row(r);
    for (std::size_t i = 0; i < k; ++i) {
      const double ai = a[i];
      if (ai == 0) continue;
      double* gi = g.data() + i * k;
      for (std::size_t j = i; j < k; ++j) gi[j] += ai * a[j];
    }
  }
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = 0; j < i; ++j) g[i * k + j] = g[j * k + i];
  return g;
}

// Orthonormalises the columns of `x` (Cholesky QR: X = Q R with RᵀR = XᵀX),
// twice, the second pass mending what rounding left.
void orthonormalise(Dense& x) {
  const std::size_t k = x.cols;
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<double> g = gram(x);
    double trace = 0;
    for (std::size_t i = 0; i < k; ++i) trace += g[i * k + i];
    for (std::size_t i = 0; i < k; ++i) g[i * k + i] += 1e-12 * trace;
    // Lower-triangular L with L Lᵀ = G, in place.
    for (std::size_t j = 0; j < k; ++j) {
      double d = g[j * k + j];
      for (std::size_t t = 0; t < j; ++t) d -= g[j * k + t] * g[j * k + t];
      d = std::sqrt(std::max(d, 1e-300));
      g[j * k + j] = d;
      for (std::size_t i = j + 1; i < k; ++i) {
        double s = g[i * k + j];
        for (std::size_t t = 0; t < j; ++t) s -= g[i * k + t] * g[j * k + t];
        g[i * k + j] = s / d;
      }
    }
    // Each row q of Q solves L qᵀ = xᵀ.
    std::vector<double> q(k);
    for (std::size_t r = 0; r < x.rows; ++r) {
      float* a = x.row(r);
      for (std::size_t i = 0; i < k; ++i) {
        double s = a[i];
        for (std::size_t t = 0; t < i; ++t) s -= g[i * k + t] * q[t];
        q[i] = s / g[i * k + i];
      }
      for (std::size_t i = 0; i < k; ++i) a[i] = static_cast<float>(q[i]);
    }
  }
}

// Eigenvalues and eigenvectors (columns of `vectors`, row-major k × k) of the
// symmetric k × k matrix `a`, by cyclic Jacobi rotations.
void jacobi(std::vector<double> a, std::size_t k, std::vector<double>& values, std::vector<double>& vectors) {
  vectors.assign(k * k, 0.0);
  for (std::size_t i = 0; i < k; ++i) vectors[i * k + i] = 1;
  for (int sweep = 0; sweep < 100; ++sweep) {
    double off = 0, total = 0;
    for (std::size_t i = 0; i < k; ++i)
      for (std::size_t j = 0; j < k; ++j) (i == j ? total : off) += a[i * k + j] * a[i * k + j];
    if (off <= 1e-22 * (total + off)) break;
    for (std::size_t p = 0; p < k; ++p) {
      for (std::size_t q = p + 1; q < k; ++q) {
        const double apq = a[p * k + q];
        if (std::abs(apq) < 1e-300) continue;
        const double theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const double t = (theta >= 0 ? 1 : -1) / (std::abs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(t * t + 1), s = t * c;
        for (std::size_t r = 0; r < k; ++r) {  // A ← A J (columns p, q)
          const double x = a[r * k + p], y = a[r * k + q];
          a[r * k + p] = c * x - s * y, a[r * k + q] = s * x + c * y;
        }
        for (std::size_t r = 0; r < k; ++r) {  // A ← Jᵀ A (rows p, q)
          const double x = a[p * k + r], y = a[q * k + r];
          a[p * k + r] = c * x - s * y, a[q * k + r] = s * x + c * y;
        }
        for (std::size_t r = 0; r < k; ++r) {
          const double x = vectors[r * k + p], y = vectors[r * k + q];
          vectors[r * k + p] = c * x - s * y, vectors[r * k + q] = s * x + c * y;
        }
      }
    }
  }
  values.resize(k);
  for (std::size_t i = 0; i < k; ++i) values[i] = a[i * k + i];
}

// The PPMI matrix of targets × contexts.
Csr ppmi(const bench::Corpus& c, const std::vector<std::uint32_t>& targets, const std::vector<std::uint32_t>& contexts) {
  std::vector<int> row(c.names.size(), -1), col(c.names.size(), -1);
  for (std::size_t k = 0; k < targets.size(); ++k) row[targets[k]] = static_cast<int>(k);
  for (std::size_t k = 0; k < contexts.size(); ++k) col[contexts[k]] = static_cast<int>(k);
  std::vector<std::uint64_t> keys;
  for (std::size_t s = 0; s < c.tokens.size();) {
    std::size_t e = s;
    while (e < c.tokens.size() && c.tokens[e] != kBreak) ++e;
    for (std::size_t i = s; i < e; ++i) {
      const int r = row[c.tokens[i]];
      if (r < 0) continue;
      for (std::size_t j = i > s + kWindow ? i - kWindow : s; j < e && j <= i + kWindow; ++j) {
        if (j == i || col[c.tokens[j]] < 0) continue;
        keys.push_back(static_cast<std::uint64_t>(r) << 32 | static_cast<std::uint32_t>(col[c.tokens[j]]));
      }
    }
    s = e + 1;
  }
  std::sort(keys.begin(), keys.end());
  Csr m;
  m.rows = targets.size(), m.cols = contexts.size();
  std::vector<double> rsum(m.rows, 0), csum(m.cols, 0);
  std::vector<std::uint32_t> rows;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    rows.push_back(static_cast<std::uint32_t>(keys[i] >> 32));
    m.col.push_back(static_cast<std::uint32_t>(keys[i]));
    m.value.push_back(static_cast<float>(j - i));
    rsum[rows.back()] += static_cast<double>(j - i), csum[m.col.back()] += static_cast<double>(j - i);
    i = j;
  }
  std::cerr << fmt::format("{} co-occurrences, {} distinct pairs\n", keys.size(), m.value.size());
  keys = {};
  double z = 0;
  for (double& x : csum) x = std::pow(x, kAlpha), z += x;
  // PMI = log(n × Z / (rsum × csum^α)); only positive cells are kept.
  std::vector<std::uint32_t> kept_col;
  std::vector<float> kept_value;
  m.start.assign(m.rows + 1, 0);
  for (std::size_t k = 0; k < m.value.size(); ++k) {
    const double pmi = std::log(m.value[k] * z / (rsum[rows[k]] * csum[m.col[k]]));
    if (pmi <= 0) continue;
    kept_col.push_back(m.col[k]);
    kept_value.push_back(static_cast<float>(pmi));
    ++m.start[rows[k] + 1];
  }
  for (std::size_t r = 0; r < m.rows; ++r) m.start[r + 1] += m.start[r];
  m.col = std::move(kept_col), m.value = std::move(kept_value);
  std::cerr << fmt::format("PPMI: {} × {}, {} positive cells\n", m.rows, m.cols, m.value.size());
  return m;
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc < 2) {
    std::cerr << "usage: train_vectors OUT [DIMS] [POWER_ITERATIONS]\n";
    return 2;
  }
  const std::size_t dims = argc > 2 ? std::stoul(argv[2]) : 160;
  const int power = argc > 3 ? std::stoi(argv[3]) : 3;
  const auto shared = statute::testing::shared_dir();
  if (!shared) {
    std::cerr << "train_vectors: ../shared is absent\n";
    return 2;
  }
  statute::Library lib({});
  const bench::Corpus c = bench::read_corpus(*shared, lib);
  const auto targets = bench::top_words(c, kVocabulary, [&](std::uint32_t w) {
    return c.freq[w] >= kMinFreq && text::code_point_count(c.names[w]) >= 2 && !bench::numeric(c.names[w]);
  });
  const auto contexts = bench::top_words(c, kVocabulary, [&](std::uint32_t w) { return c.freq[w] >= kMinFreq; });
  const Csr m = ppmi(c, targets, contexts);

  const std::size_t k = dims + kOversample;
  std::mt19937 rng(7);
  std::normal_distribution<float> gauss;
  Dense omega(m.cols, k);
  for (float& x : omega.v) x = gauss(rng);
  Dense y = times(m, omega);
  orthonormalise(y);
  for (int it = 0; it < power; ++it) {
    Dense z = times_transposed(m, y);
    orthonormalise(z);
    y = times(m, z);
    orthonormalise(y);
    std::cerr << fmt::format("power iteration {} done\n", it + 1);
  }
  // M ≈ Y (Yᵀ M) = Y B; B Bᵀ = Zᵀ Z with Z = Mᵀ Y; B Bᵀ = U_b Σ² U_bᵀ, so
  // M ≈ (Y U_b) Σ V_bᵀ.
  const Dense zt = times_transposed(m, y);
  std::vector<double> values, ub;
  jacobi(gram(zt), k, values, ub);
  std::vector<std::size_t> order(k);
  for (std::size_t i = 0; i < k; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return values[a] > values[b]; });
  std::vector<double> weight(dims);
  for (std::size_t d = 0; d < dims; ++d) weight[d] = std::pow(std::sqrt(std::max(values[order[d]], 0.0)), kEigenPower);
  std::cerr << fmt::format("singular values: {:.1f} … {:.1f}\n", std::sqrt(values[order[0]]),
                           std::sqrt(std::max(values[order[dims - 1]], 0.0)));
  std::vector<float> vectors(targets.size() * dims, 0.0f);
  for (std::size_t r = 0; r < targets.size(); ++r) {
    const float* a = y.row(r);
    for (std::size_t d = 0; d < dims; ++d) {
      double s = 0;
      for (std::size_t t = 0; t < k; ++t) s += a[t] * ub[t * k + order[d]];
      vectors[r * dims + d] = static_cast<float>(s * weight[d]);
    }
  }
  std::vector<std::string> words;
  for (const std::uint32_t t : targets) words.push_back(c.names[t]);
  const std::string bytes = align::detail::WordVectors::serialize(words, vectors, static_cast<int>(dims));
  std::ofstream(argv[1], std::ios::binary) << bytes;
  std::cerr << fmt::format("{} words × {} dims, {} bytes → {}\n", words.size(), dims, bytes.size(), argv[1]);

  // A look at the result: the nearest words of a few (cosine, dequantised).
  const align::detail::WordVectors model(bytes);
  auto unit = [&](int w) {
    std::vector<float> v = model.vector(w);
    double n = 0;
    for (float x : v) n += static_cast<double>(x) * x;
    for (float& x : v) x = static_cast<float>(x / std::max(std::sqrt(n), 1e-12));
    return v;
  };
  for (const char* probe : {"数据", "算力", "个人", "扶持", "高等学校", "罚款", "人工智能"}) {
    const int w = model.find(probe);
    if (w < 0) continue;
    const auto a = unit(w);
    std::vector<std::pair<float, int>> near;
    for (std::size_t o = 0; o < model.size(); ++o) {
      if (static_cast<int>(o) == w) continue;
      const auto b = unit(static_cast<int>(o));
      float dot = 0;
      for (std::size_t d = 0; d < dims; ++d) dot += a[d] * b[d];
      near.emplace_back(dot, static_cast<int>(o));
    }
    std::partial_sort(near.begin(), near.begin() + 8, near.end(), std::greater<>());
    std::cerr << probe << ":";
    for (int t = 0; t < 8; ++t) std::cerr << fmt::format(" {}({:.2f})", model.words()[near[t].second], near[t].first);
    std::cerr << "\n";
  }
  return 0;
} catch (const Error& e) {
  std::cerr << "train_vectors: " << e.what() << "\n";
  return 2;
}
