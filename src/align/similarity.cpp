// Cosine similarity of every a-unit with every b-unit through an inverted
// index of b's features: each a-unit walks the postings of its own features
// and accumulates into a dense row, so pairs sharing nothing cost nothing.
#include "align/similarity.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "align/citations.hpp"
#include "align/vectors.hpp"

namespace lawdiff::align::detail {

namespace {

// Postings of b's units in compressed-row form: for feature f, the entries
// [start[f], start[f + 1]) of `unit` and `weight`.
struct Postings {
  std::vector<std::uint32_t> start;
  std::vector<std::uint32_t> unit;
  std::vector<float> weight;
};

Postings index_units(const ActUnits& b, std::size_t vocabulary) {
  Postings p;
  p.start.assign(vocabulary + 1, 0);
  for (const Unit& u : b.units) {
    for (const auto& fw : u.vec) ++p.start[fw.first + 1];
  }
  for (std::size_t f = 0; f < vocabulary; ++f) p.start[f + 1] += p.start[f];
  p.unit.resize(p.start[vocabulary]);
  p.weight.resize(p.start[vocabulary]);
  std::vector<std::uint32_t> fill(p.start.begin(), p.start.end() - 1);
  for (std::uint32_t k = 0; k < b.units.size(); ++k) {
    for (const auto& [f, w] : b.units[k].vec) {
      p.unit[fill[f]] = k;
      p.weight[fill[f]++] = w;
    }
  }
  return p;
}

// Unit similarity: (1 − contain) × cosine + contain × containment, where
// containment is the share of the shorter side's raw TF-IDF mass that the
// other side also carries (Σ min(raw_a, raw_b) / mass of the side with the
// smaller mass). Cosine alone is diluted when a long article of one act
// gathers what several short articles of the other say; containment is not.
std::vector<float> unit_similarities(const FeatureSpace& fs, double contain) {
  const std::size_t nb = fs.b.units.size();
  const Postings p = index_units(fs.b, fs.names.size());
  std::vector<float> out(fs.a.units.size() * nb, 0.0f);
  std::vector<float> overlap(nb);
  std::vector<float> bnorm(nb), bmass(nb);
  for (std::size_t k = 0; k < nb; ++k) bnorm[k] = fs.b.units[k].norm, bmass[k] = fs.b.units[k].mass;
  for (std::size_t ua = 0; ua < fs.a.units.size(); ++ua) {
    float* row = out.data() + ua * nb;
    std::fill(overlap.begin(), overlap.end(), 0.0f);
    const float anorm = fs.a.units[ua].norm, amass = fs.a.units[ua].mass;
    for (const auto& [f, w] : fs.a.units[ua].vec) {
      const float raw = w * anorm;
      for (std::uint32_t k = p.start[f]; k < p.start[f + 1]; ++k) {
        const std::uint32_t v = p.unit[k];
        row[v] += w * p.weight[k];
        overlap[v] += std::min(raw, p.weight[k] * bnorm[v]);
      }
    }
    if (contain <= 0) continue;
    for (std::size_t v = 0; v < nb; ++v) {
      const float smaller = std::min(amass, bmass[v]);
      const float c = smaller > 0 ? overlap[v] / smaller : 0.0f;
      row[v] = static_cast<float>((1 - contain) * row[v] + contain * c);
    }
  }
  return out;
}

// Each unit's IDF-weighted mean word vector (its word features' TF-IDF
// weights × their vectors; bigrams and words outside the model add
// nothing), L2-normalised, centred on the mean of both acts' units (mean
// vectors of any two texts are alike: the shared direction says nothing)
// and normalised again; row-major, `dims` per unit.
std::vector<float> unit_vectors(const WordVectors& model, const ActUnits& u, const std::vector<int>& word_of) {
  const int dims = model.dims();
  std::vector<float> out(u.units.size() * static_cast<std::size_t>(dims), 0.0f);
  for (std::size_t k = 0; k < u.units.size(); ++k) {
    float* v = out.data() + k * dims;
    for (const auto& [f, w] : u.units[k].vec)
      if (word_of[f] >= 0) model.add_to(word_of[f], w, v);
  }
  return out;
}

void normalise_rows(std::vector<float>& m, int dims) {
  for (std::size_t r = 0; r * dims < m.size(); ++r) {
    float* v = m.data() + r * dims;
    double n = 0;
    for (int d = 0; d < dims; ++d) n += static_cast<double>(v[d]) * v[d];
    if (n <= 0) continue;
    const auto inv = static_cast<float>(1 / std::sqrt(n));
    for (int d = 0; d < dims; ++d) v[d] *= inv;
  }
}

// The dense term of every unit pair, max(0, dense cosine)^power, a-unit ×
// b-unit, row-major.
std::vector<float> dense_similarities(const FeatureSpace& fs, const WordVectors& model, double power) {
  const int dims = model.dims();
  std::vector<int> word_of(fs.names.size(), -1);
  for (std::size_t f = 0; f < fs.names.size(); ++f)
    if (!fs.is_bigram[f]) word_of[f] = model.find(fs.names[f]);
  std::vector<float> va = unit_vectors(model, fs.a, word_of), vb = unit_vectors(model, fs.b, word_of);
  normalise_rows(va, dims);
  normalise_rows(vb, dims);
  std::vector<double> mean(dims, 0.0);
  const std::size_t n = fs.a.units.size() + fs.b.units.size();
  for (const std::vector<float>* m : {&va, &vb})
    for (std::size_t i = 0; i < m->size(); ++i) mean[i % dims] += (*m)[i] / static_cast<double>(n);
  for (std::vector<float>* m : {&va, &vb}) {
    for (std::size_t i = 0; i < m->size(); ++i) (*m)[i] -= static_cast<float>(mean[i % dims]);
    normalise_rows(*m, dims);
  }
  const std::size_t nb = fs.b.units.size();
  std::vector<float> out(fs.a.units.size() * nb);
  for (std::size_t ua = 0; ua < fs.a.units.size(); ++ua) {
    const float* x = va.data() + ua * dims;
    for (std::size_t ub = 0; ub < nb; ++ub) {
      const float* y = vb.data() + ub * dims;
      float dot = 0;
      for (int d = 0; d < dims; ++d) dot += x[d] * y[d];
      out[ua * nb + ub] = static_cast<float>(std::pow(std::max(0.0f, dot), power));
    }
  }
  return out;
}

// Share of `title`'s IDF mass whose features occur in `unit` (sorted
// vectors); 0 for an untitled article.
double title_coverage(const SparseVec& title, const SparseVec& unit) {
  double total = 0, found = 0;
  std::size_t y = 0;
  for (const auto& [f, w] : title) {
    total += w;
    while (y < unit.size() && unit[y].first < f) ++y;
    if (y < unit.size() && unit[y].first == f) found += w;
  }
  return total > 0 ? found / total : 0;
}

}  // namespace

double title_score(const FeatureSpace& fs, int i, int j) {
  const SparseVec& ta = fs.a.title[i];
  const SparseVec& tb = fs.b.title[j];
  const int sides = !ta.empty() + !tb.empty();
  if (sides == 0) return 0;
  return (title_coverage(ta, fs.b.units[fs.b.whole[j]].vec) + title_coverage(tb, fs.a.units[fs.a.whole[i]].vec)) / sides;
}

namespace {

// Unit indices of an article: its whole unit first, then its paragraphs.
struct UnitRange {
  int whole;
  int first;
  int count;
};

UnitRange units_of(const ActUnits& u, int article) {
  return {u.whole[article], u.first_para[article], u.para_count[article]};
}

// Mean of the k largest values of `v`.
double top_k_mean(std::vector<double>& v, int k) {
  k = std::min<int>(k, static_cast<int>(v.size()));
  if (k <= 0) return 0;
  std::partial_sort(v.begin(), v.begin() + k, v.end(), std::greater<>());
  double sum = 0;
  for (int t = 0; t < k; ++t) sum += v[t];
  return sum / k;
}

// score = content − hub × (r_a(i) + r_b(j)) / 2, where r is an article's
// mean top-k content score on the other side (CSLS hubness reduction).
void apply_hub_correction(Scores& s, const Params& params) {
  const int na = s.content.rows(), nb = s.content.cols();
  std::vector<double> ra(na), rb(nb), buf;
  for (int i = 0; i < na; ++i) {
    buf.clear();
    for (int j = 0; j < nb; ++j) buf.push_back(s.content.at(i, j));
    ra[i] = top_k_mean(buf, params.hub_k);
  }
  for (int j = 0; j < nb; ++j) {
    buf.clear();
    for (int i = 0; i < na; ++i) buf.push_back(s.content.at(i, j));
    rb[j] = top_k_mean(buf, params.hub_k);
  }
  for (int i = 0; i < na; ++i)
    for (int j = 0; j < nb; ++j) s.score.at(i, j) = s.content.at(i, j) - params.hub * (ra[i] + rb[j]) / 2;
}

}  // namespace

double position_factor(int i, int na, int j, int nb, double prior) {
  const double ri = na > 1 ? static_cast<double>(i) / (na - 1) : 0.5;
  const double rj = nb > 1 ? static_cast<double>(j) / (nb - 1) : 0.5;
  return 1.0 - prior * std::abs(ri - rj);
}

Scores score_acts(const statute::Act& a, const statute::Act& b, const Params& params) {
  Scores s{build_features(a, b, params.features), {}, {}, {}, {}, {}, {}, {}};
  if (params.xref > 0) s.cites_a = cited_articles(a), s.cites_b = cited_articles(b);
  s.unit = unit_similarities(s.features, params.contain);
  const bool dense = params.vectors && params.dense > 0;
  const std::vector<float> soft = dense ? dense_similarities(s.features, *params.vectors, params.dense_power) : std::vector<float>{};
  if (dense && !params.dense_articles)
    for (std::size_t k = 0; k < s.unit.size(); ++k)
      s.unit[k] = static_cast<float>((1 - params.dense) * s.unit[k] + params.dense * soft[k]);
  const int na = static_cast<int>(a.doc.articles.size());
  const int nb = static_cast<int>(b.doc.articles.size());
  s.content = SimilarityMatrix(na, nb);
  s.score = SimilarityMatrix(na, nb);
  s.best_a.assign(static_cast<std::size_t>(na) * nb, 0);
  s.best_b.assign(static_cast<std::size_t>(na) * nb, 0);
  for (int i = 0; i < na; ++i) {
    const UnitRange ra = units_of(s.features.a, i);
    for (int j = 0; j < nb; ++j) {
      const UnitRange rb = units_of(s.features.b, j);
      double best = s.unit_cos(ra.whole, rb.whole);
      int bu = ra.whole, bv = rb.whole;
      auto consider = [&](int u, int v, double factor) {
        const double c = s.unit_cos(u, v) * factor;
        if (c > best) best = c, bu = u, bv = v;
      };
      for (int q = rb.first; q < rb.first + rb.count; ++q) consider(ra.whole, q, params.whole_para);
      for (int p = ra.first; p < ra.first + ra.count; ++p) {
        consider(p, rb.whole, params.whole_para);
        for (int q = rb.first; q < rb.first + rb.count; ++q) consider(p, q, params.para_para);
      }
      if (params.item > 0) {
        const ActUnits& fa = s.features.a;
        const ActUnits& fb = s.features.b;
        const int ia = fa.first_item[i], na_items = fa.item_count[i];
        const int ib = fb.first_item[j], nb_items = fb.item_count[j];
        for (int u = ia; u < ia + na_items; ++u) {
          consider(u, rb.whole, params.whole_para * params.item);
          for (int q = rb.first; q < rb.first + rb.count; ++q) consider(u, q, params.para_para * params.item);
          for (int v = ib; v < ib + nb_items; ++v) consider(u, v, params.para_para * params.item);
        }
        for (int v = ib; v < ib + nb_items; ++v) {
          consider(ra.whole, v, params.whole_para * params.item);
          for (int p = ra.first; p < ra.first + ra.count; ++p) consider(p, v, params.para_para * params.item);
        }
      }
      const std::size_t k = static_cast<std::size_t>(i) * nb + j;
      if (dense && params.dense_articles)
        best = (1 - params.dense) * best + params.dense * soft[static_cast<std::size_t>(ra.whole) * s.features.b.units.size() + rb.whole];
      s.content.at(i, j) = best + params.title * title_score(s.features, i, j);
      s.best_a[k] = bu;
      s.best_b[k] = bv;
    }
  }
  apply_hub_correction(s, params);
  for (int i = 0; i < na; ++i)
    for (int j = 0; j < nb; ++j)  // the title term can lift a near-identical pair past 1
      s.score.at(i, j) = std::min(1.0, s.score.at(i, j) * position_factor(i, na, j, nb, params.prior));
  return s;
}

}  // namespace lawdiff::align::detail
