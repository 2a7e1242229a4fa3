// align_pair_features: prints, for every dev pair (tests/support/dev_pairs.hpp),
// one TSV row per candidate article pair (score ≥ 0.02, A article in the
// reference) with the quantities the selection rules see and the
// reference's verdict (2 strong, 1 partial, 0 none); on standard error,
// each pair's count of strong reference pairs. bench/fit_selection.py
// fits a learned selection on it, bench/residual_probe.py tries the two
// residual columns (stop 22) as rules (docs/alignment.md: both measured,
// not kept). res_row: the cosine of what A article i has beyond its row's
// best B article (raw TF-IDF less that article's, feature by feature) with
// the best unit of B article j; −1 for the row's best itself. res_col: the
// same from B article j's side.
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "align_grid.hpp"

using namespace lawdiff;

namespace {

int unit_kind(const align::detail::Unit& u) { return u.item ? 2 : u.paragraph ? 1 : 0; }

using align::detail::SparseVec;

// The raw TF-IDF of `u` less what `other` (raw) also has, feature by
// feature: what of `u` its best counterpart leaves unexplained.
SparseVec residual(const align::detail::Unit& u, const align::detail::Unit& other) {
  SparseVec r;
  std::size_t k = 0;
  for (const auto& [f, w] : u.vec) {
    while (k < other.vec.size() && other.vec[k].first < f) ++k;
    const float raw = w * u.norm;
    const float o = k < other.vec.size() && other.vec[k].first == f ? other.vec[k].second * other.norm : 0.f;
    if (raw > o) r.emplace_back(f, raw - o);
  }
  return r;
}

double cosine(const SparseVec& r, const align::detail::Unit& u) {
  double dot = 0, n = 0;
  std::size_t k = 0;
  for (const auto& [f, w] : r) {
    n += double(w) * w;
    while (k < u.vec.size() && u.vec[k].first < f) ++k;
    if (k < u.vec.size() && u.vec[k].first == f) dot += double(w) * u.vec[k].second;
  }
  return n > 0 ? dot / std::sqrt(n) : 0;
}

// Best cosine of `r` with any unit of article `j` of `side` (whole, paragraphs, items).
double best_unit_cosine(const SparseVec& r, const align::detail::ActUnits& side, int j) {
  double best = cosine(r, side.units[side.whole[j]]);
  for (int k = 0; k < side.para_count[j]; ++k) best = std::max(best, cosine(r, side.units[side.first_para[j] + k]));
  for (int k = 0; k < side.item_count[j]; ++k) best = std::max(best, cosine(r, side.units[side.first_item[j] + k]));
  return best;
}

}  // namespace

int main() {
  statute::Library lib({});
  const auto pairs = bench::load_dev_pairs(lib);
  const align::detail::Params p;
  fmt::print("pair\ti\tj\tgold\tscore\tcontent\ttitle\tpos\trow\tcol\trow_rival\tcol_rival\trank_row\trank_col\tkind_a\tkind_b\tlen_a\tlen_b\tna\tnb\tres_row\tres_col\n");
  for (const bench::Loaded& l : pairs) {
    const auto s = align::detail::score_acts(*l.a, *l.b, p);
    const auto m = align::detail::selection_scores(s, {}, p);
    const align::detail::PairBests bests(s, m, p);
    std::map<std::string, int> ka, kb;
    for (std::size_t i = 0; i < l.a->doc.articles.size(); ++i) ka[statute::article_key(l.a->doc.articles[i])] = static_cast<int>(i);
    for (std::size_t j = 0; j < l.b->doc.articles.size(); ++j) kb[statute::article_key(l.b->doc.articles[j])] = static_cast<int>(j);
    std::map<std::pair<int, int>, int> gold;  // 2 strong, 1 partial
    std::vector<char> in_gold(l.a->doc.articles.size(), 0);
    for (const align::GoldPair& g : l.gold) {
      if (!g.a.empty()) in_gold[ka.at(g.a)] = 1;
      if (!g.a.empty() && !g.b.empty()) gold[{ka.at(g.a), kb.at(g.b)}] = g.strength == "strong" ? 2 : 1;
    }
    const int na = m.rows(), nb = m.cols();
    int strong_total = 0;
    for (const auto& [key, g] : gold) strong_total += g == 2;
    std::cerr << l.name << '\t' << strong_total << '\n';
    // Residuals: each A article less its row best, each B article less its column best.
    std::vector<int> row_top(na, 0), col_top(nb, 0);
    for (int i = 0; i < na; ++i)
      for (int j = 0; j < nb; ++j) {
        if (m.at(i, j) > m.at(i, row_top[i])) row_top[i] = j;
        if (m.at(i, j) > m.at(col_top[j], j)) col_top[j] = i;
      }
    const auto& fa = s.features.a;
    const auto& fb = s.features.b;
    std::vector<SparseVec> res_a(na), res_b(nb);
    for (int i = 0; i < na; ++i) res_a[i] = residual(fa.units[fa.whole[i]], fb.units[fb.whole[row_top[i]]]);
    for (int j = 0; j < nb; ++j) res_b[j] = residual(fb.units[fb.whole[j]], fa.units[fa.whole[col_top[j]]]);
    for (int i = 0; i < na; ++i) {
      if (!in_gold[i]) continue;
      for (int j = 0; j < nb; ++j) {
        const double v = m.at(i, j);
        if (v < 0.02) continue;
        int rr = 0, rc = 0;
        for (int k = 0; k < nb; ++k) rr += m.at(i, k) > v;
        for (int k = 0; k < na; ++k) rc += m.at(k, j) > v;
        const auto b = bests.at(i, j);
        const auto cell = static_cast<std::size_t>(i) * nb + j;
        const auto& ua = s.features.a.units[s.best_a[cell]];
        const auto& ub = s.features.b.units[s.best_b[cell]];
        const auto it = gold.find({i, j});
        fmt::print("{}\t{}\t{}\t{}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.5f}\t{:.5f}\n",
                   l.name, i, j, it == gold.end() ? 0 : it->second, v, s.content.at(i, j),
                   align::detail::title_score(s.features, i, j), align::detail::position_factor(i, na, j, nb, p.prior), b.row,
                   b.col, b.row_rival, b.col_rival, rr, rc, unit_kind(ua), unit_kind(ub),
                   s.features.a.units[s.features.a.whole[i]].mass, s.features.b.units[s.features.b.whole[j]].mass, na, nb,
                   row_top[i] == j ? -1.0 : best_unit_cosine(res_a[i], fb, j),
                   col_top[j] == i ? -1.0 : best_unit_cosine(res_b[j], fa, i));
      }
    }
  }
}
