// align_pair_features: prints, for every dev pair (tests/support/dev_pairs.hpp),
// one TSV row per candidate article pair (score ≥ 0.02, A article in the
// reference) with the quantities the selection rules see and the
// reference's verdict (2 strong, 1 partial, 0 none); on standard error,
// each pair's count of strong reference pairs. bench/fit_selection.py
// fits a learned selection on it (docs/alignment.md: measured, not kept).
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "align_grid.hpp"

using namespace lawdiff;

namespace {

int unit_kind(const align::detail::Unit& u) { return u.item ? 2 : u.paragraph ? 1 : 0; }

}  // namespace

int main() {
  statute::Library lib({});
  const auto pairs = bench::load_dev_pairs(lib);
  const align::detail::Params p;
  fmt::print("pair\ti\tj\tgold\tscore\tcontent\ttitle\tpos\trow\tcol\trow_rival\tcol_rival\trank_row\trank_col\tkind_a\tkind_b\tlen_a\tlen_b\tna\tnb\n");
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
        fmt::print("{}\t{}\t{}\t{}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{:.5f}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                   l.name, i, j, it == gold.end() ? 0 : it->second, v, s.content.at(i, j),
                   align::detail::title_score(s.features, i, j), align::detail::position_factor(i, na, j, nb, p.prior), b.row,
                   b.col, b.row_rival, b.col_rival, rr, rc, unit_kind(ua), unit_kind(ub),
                   s.features.a.units[s.features.a.whole[i]].mass, s.features.b.units[s.features.b.whole[j]].mass, na, nb);
      }
    }
  }
}
