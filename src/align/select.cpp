// Pair selection: from the article scores to the reported alignment.
//
// A pair (i, j) is kept when its score clears the partial threshold and is
// close to the best score of i's row or of j's column (ratio rule): this
// keeps many-to-many pairs (one broad article gathering several narrow
// ones) without forcing an article onto its nearest neighbour when every
// score is low. Near-identical pairs are exclusive, so an unchanged,
// renumbered article is aligned 1:1; a pair whose match is all in what its
// A article shares with its best counterpart is dropped (a shadow). Pins and
// forbids override the result.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "base/error.hpp"

#include "align/params.hpp"
#include "align/relations.hpp"
#include "align/similarity.hpp"

namespace lawdiff::align {

std::string_view to_string(Strength s) { return s == Strength::strong ? "strong" : "partial"; }

namespace detail {

namespace {

// Throws when a constraint names an article outside the acts (callers
// normally build constraints with parse_constraint, which checks).
void check_constraints(const Options& o, int na, int nb) {
  for (const auto* list : {&o.pins, &o.forbids}) {
    for (const Constraint& c : *list) {
      if (c.a.article < 0 || c.a.article >= na || c.b.article < 0 || c.b.article >= nb)
        throw Error("alignment constraint", "names an article that is not in the acts");
    }
  }
}

// Whether two units of one article overlap: the whole article overlaps
// every unit, a paragraph its own items, any unit itself.
bool units_overlap(const Unit& u, const Unit& v) {
  const bool u_whole = u.paragraph == 0 && u.item == 0, v_whole = v.paragraph == 0 && v.item == 0;
  if (u_whole || v_whole) return true;
  if (u.item != 0 && v.item != 0) return u.item == v.item;
  return u.paragraph == v.paragraph;  // two paragraphs, or a paragraph and an item
}

// For one article (a row or a column of the matrix) of `n` pairs: its best
// score, and each pair's rival — with `by_unit`, the best score among its
// pairs whose matching unit (`unit_of`) overlaps this pair's; else the best.
// `score(k)` and `unit_of(k)` take the other side's article index k.
template <typename Score, typename UnitOf>
double article_bests(int n, bool by_unit, const std::vector<Unit>& units, Score score, UnitOf unit_of,
                     std::vector<double>& rival) {
  double best = 0;
  for (int k = 0; k < n; ++k) best = std::max(best, score(k));
  rival.assign(n, best);
  if (!by_unit) return best;
  std::vector<int> unit(n);
  std::vector<std::pair<int, double>> unit_best;  // distinct matching unit → best score by it
  for (int k = 0; k < n; ++k) {
    const int u = unit[k] = unit_of(k);
    const auto it = std::find_if(unit_best.begin(), unit_best.end(), [&](const auto& e) { return e.first == u; });
    if (it == unit_best.end()) unit_best.emplace_back(u, score(k));
    else it->second = std::max(it->second, score(k));
  }
  for (int k = 0; k < n; ++k) {
    const Unit& mine = units[unit[k]];
    rival[k] = 0;
    for (const auto& [u, b] : unit_best)
      if (units_overlap(mine, units[u])) rival[k] = std::max(rival[k], b);
  }
  return best;
}

// The paragraph of one side that carries the match, or 0 when none
// dominates: `cos(k)` is paragraph k's cosine with the other side.
template <typename Cos>
int dominant_paragraph(int count, double dominance, Cos cos) {
  if (count < 2) return 0;
  int top = 0;
  double first = -1, second = -1;
  for (int k = 0; k < count; ++k) {
    const double c = cos(k);
    if (c > first) second = first, first = c, top = k;
    else if (c > second) second = c;
  }
  return first > 0 && first >= dominance * std::max(second, 0.0) ? top + 1 : 0;
}

// The unit a pair of article `art` is placed at for rivalry: its matching
// unit `u`, or (Params::carrier_rivals) when `u` is the whole article, the
// paragraph that carries the match, if one dominates (`cos(q)`: paragraph
// q's cosine with the other side's matching unit).
template <typename Cos>
int rivalry_unit(const ActUnits& side, int art, int u, const Params& p, Cos cos) {
  if (!p.carrier_rivals || u != side.whole[art] || side.para_count[art] == 0) return u;
  const int q = dominant_paragraph(side.para_count[art], p.dominance, cos);
  return q > 0 ? side.first_para[art] + q - 1 : u;
}

// The cosine of what unit `u` has beyond unit `other` (raw TF-IDF less
// other's, feature by feature; both sorted by feature id) with unit `v`.
double residual_cosine(const Unit& u, const Unit& other, const Unit& v) {
  double dot = 0, norm = 0;
  std::size_t k = 0, l = 0;
  for (const auto& [f, w] : u.vec) {
    while (k < other.vec.size() && other.vec[k].first < f) ++k;
    const double o = k < other.vec.size() && other.vec[k].first == f ? double(other.vec[k].second) * other.norm : 0.0;
    const double r = double(w) * u.norm - o;
    if (r <= 0) continue;
    norm += r * r;
    while (l < v.vec.size() && v.vec[l].first < f) ++l;
    if (l < v.vec.size() && v.vec[l].first == f) dot += r * v.vec[l].second;
  }
  return norm > 0 ? dot / std::sqrt(norm) : 0.0;
}

// The best cosine of what A article i has beyond B article `beyond` with a
// unit of B article j (its whole, a paragraph or an item).
double residual_match(const Scores& s, int i, int beyond, int j) {
  const ActUnits& ua = s.features.a;
  const ActUnits& ub = s.features.b;
  const Unit& whole = ua.units[ua.whole[i]];
  const Unit& other = ub.units[ub.whole[beyond]];
  double best = residual_cosine(whole, other, ub.units[ub.whole[j]]);
  for (int q = 0; q < ub.para_count[j]; ++q) best = std::max(best, residual_cosine(whole, other, ub.units[ub.first_para[j] + q]));
  for (int q = 0; q < ub.item_count[j]; ++q) best = std::max(best, residual_cosine(whole, other, ub.units[ub.first_item[j] + q]));
  return best;
}

Pair make_pair(const Scores& s, int i, int j, double score, bool strong, const Params& p) {
  const ActUnits& ua = s.features.a;
  const ActUnits& ub = s.features.b;
  Pair pair{{i, 0}, {j, 0}, score, strong ? Strength::strong : Strength::partial, false, Relation::modified};
  pair.b.paragraph = dominant_paragraph(ub.para_count[j], p.dominance,
                                        [&](int q) { return s.unit_cos(ua.whole[i], ub.first_para[j] + q); });
  pair.a.paragraph = dominant_paragraph(ua.para_count[i], p.dominance,
                                        [&](int q) { return s.unit_cos(ua.first_para[i] + q, ub.whole[j]); });
  return pair;
}

// Drops the weaker pairs of any article that has a near-identical
// counterpart: an article keeps only its most similar near-identical pair
// (ties kept). Mirrored provisions (禁止或者限制进口的技术 / …出口的技术) are
// near-identical to each other too, so in a self-comparison article 8 must
// keep 8 ↔ 8 and lose 8 ↔ 28.
void keep_identical_exclusive(const Scores& s, std::vector<Pair>& pairs, const Params& p) {
  std::vector<double> a_best(s.content.rows(), -1), b_best(s.content.cols(), -1);
  auto content = [&](const Pair& x) { return s.content.at(x.a.article, x.b.article); };
  for (const Pair& x : pairs) {
    if (content(x) < p.identical) continue;
    a_best[x.a.article] = std::max(a_best[x.a.article], content(x));
    b_best[x.b.article] = std::max(b_best[x.b.article], content(x));
  }
  constexpr double kTie = 1e-9;
  std::erase_if(pairs, [&](const Pair& x) {
    return content(x) < a_best[x.a.article] - kTie || content(x) < b_best[x.b.article] - kTie;
  });
}

// An article whose title and text are exactly those of its counterpart is
// the same provision: it scores 1 and pairs whole, whatever the weights say
// (a self-comparison or an unchanged article of a new version).
void mark_exact_matches(const statute::Act& a, const statute::Act& b, std::vector<Pair>& pairs) {
  for (Pair& x : pairs) {
    const statute::Article& pa = a.doc.articles[static_cast<std::size_t>(x.a.article)];
    const statute::Article& pb = b.doc.articles[static_cast<std::size_t>(x.b.article)];
    if (pa.title != pb.title || statute::article_text(pa) != statute::article_text(pb)) continue;
    x = {{x.a.article, 0}, {x.b.article, 0}, 1.0, Strength::strong, false, Relation::modified};
  }
}

void apply_pins(const Options& o, std::vector<Pair>& pairs) {
  for (const Constraint& c : o.pins) {
    std::erase_if(pairs, [&](const Pair& x) { return x.a.article == c.a.article && x.b.article == c.b.article; });
    pairs.push_back({c.a, c.b, 1.0, Strength::strong, true, Relation::modified});
  }
}

std::vector<int> unmatched(int n, const std::vector<Pair>& pairs, bool a_side) {
  std::vector<char> seen(n, 0);
  for (const Pair& x : pairs) seen[a_side ? x.a.article : x.b.article] = 1;
  std::vector<int> out;
  for (int k = 0; k < n; ++k)
    if (!seen[k]) out.push_back(k);
  return out;
}

}  // namespace

Shadow shadow_of(const Scores& s, const SimilarityMatrix& m, int i, int j) {
  Shadow out;
  for (int k = 1; k < m.cols(); ++k)
    if (m.at(i, k) > m.at(i, out.top)) out.top = k;
  out.residual = residual_match(s, i, out.top, j);
  return out;
}

bool is_shadow(const Scores& s, const SimilarityMatrix& m, int i, int j, const Params& p) {
  if (p.shadow <= 0) return false;
  const Shadow sh = shadow_of(s, m, i, j);
  return sh.top != j && sh.residual < p.shadow;
}

double citation_term(const Scores& s, const SimilarityMatrix& m, int i, int j, const Params& p) {
  if (s.cites_a.empty() || s.cites_b.empty()) return 0;
  const std::vector<int>& ca = s.cites_a[static_cast<std::size_t>(i)];
  const std::vector<int>& cb = s.cites_b[static_cast<std::size_t>(j)];
  if (p.xref <= 0 || ca.empty() || cb.empty()) return 0;
  double link = 0;
  for (const int x : ca)
    for (const int y : cb) link = std::max(link, m.at(x, y));
  return p.xref * link - (link < p.partial ? p.xref / 2 : 0);
}

SimilarityMatrix selection_scores(const Scores& s, const Options& o, const Params& p) {
  SimilarityMatrix m = s.score;
  auto forbid = [&] {
    for (const Constraint& c : o.forbids) m.at(c.a.article, c.b.article) = -1;
  };
  forbid();
  if (p.xref > 0) {
    const SimilarityMatrix base = m;  // a forbidden pair lifts nothing through it
    for (int i = 0; i < m.rows(); ++i)
      for (int j = 0; j < m.cols(); ++j) m.at(i, j) = base.at(i, j) + citation_term(s, base, i, j, p);
    forbid();
  }
  return m;
}

PairBests::PairBests(const Scores& s, const SimilarityMatrix& m, const Params& p)
    : cols_(m.cols()), cells_(static_cast<std::size_t>(m.rows()) * m.cols()) {
  const int na = m.rows(), nb = m.cols();
  auto cell = [&](int i, int j) -> Bests& { return cells_[static_cast<std::size_t>(i) * nb + j]; };
  std::vector<double> rival;
  const ActUnits& ua = s.features.a;
  const ActUnits& ub = s.features.b;
  auto a_unit = [&](int i, int j) {
    const std::size_t k = static_cast<std::size_t>(i) * nb + j;
    return rivalry_unit(ua, i, s.best_a[k], p, [&](int q) { return s.unit_cos(ua.first_para[i] + q, s.best_b[k]); });
  };
  auto b_unit = [&](int i, int j) {
    const std::size_t k = static_cast<std::size_t>(i) * nb + j;
    return rivalry_unit(ub, j, s.best_b[k], p, [&](int q) { return s.unit_cos(s.best_a[k], ub.first_para[j] + q); });
  };
  for (int i = 0; i < na; ++i) {
    const double best = article_bests(nb, p.unit_rivals, ua.units, [&](int j) { return m.at(i, j); },
                                      [&](int j) { return a_unit(i, j); }, rival);
    for (int j = 0; j < nb; ++j) cell(i, j).row = best, cell(i, j).row_rival = rival[j];
  }
  for (int j = 0; j < nb; ++j) {
    const double best = article_bests(na, p.unit_rivals, ub.units, [&](int i) { return m.at(i, j); },
                                      [&](int i) { return b_unit(i, j); }, rival);
    for (int i = 0; i < na; ++i) cell(i, j).col = best, cell(i, j).col_rival = rival[i];
  }
}

Verdict decide(double v, const Bests& b, const Params& p, double partial, double strong) {
  const bool row_top = v >= b.row, col_top = v >= b.col, mutual = row_top && col_top;
  if (v < (mutual ? std::min(p.mutual_min, partial) : partial)) return Verdict::below_threshold;
  if (v < p.ratio * b.row_rival && !(col_top && v >= p.col_best_min)) return Verdict::below_row;
  if (v < p.col_ratio * b.col_rival && !(p.row_best_exempt && row_top)) return Verdict::below_column;
  return v >= strong || (mutual && v >= p.strong_mutual) ? Verdict::strong : Verdict::partial;
}

Alignment align_with(const statute::Act& a, const statute::Act& b, const Options& options, const Params& p) {
  return select_pairs(a, b, score_acts(a, b, p), options, p);
}

Alignment select_pairs(const statute::Act& a, const statute::Act& b, const Scores& s, const Options& options,
                       const Params& p) {
  const double partial = options.partial_threshold >= 0 ? options.partial_threshold : p.partial;
  const double strong = options.strong_threshold >= 0 ? options.strong_threshold : p.strong;
  check_constraints(options, static_cast<int>(a.doc.articles.size()), static_cast<int>(b.doc.articles.size()));
  const SimilarityMatrix m = selection_scores(s, options, p);
  const PairBests bests(s, m, p);
  std::vector<Pair> pairs;
  for (int i = 0; i < m.rows(); ++i) {
    for (int j = 0; j < m.cols(); ++j) {
      const double v = m.at(i, j);
      const Verdict verdict = decide(v, bests.at(i, j), p, partial, strong);
      if (verdict != Verdict::strong && verdict != Verdict::partial) continue;
      if (v < bests.at(i, j).row && is_shadow(s, m, i, j, p)) continue;  // the row's best is never a shadow
      pairs.push_back(make_pair(s, i, j, v, verdict == Verdict::strong, p));
    }
  }
  keep_identical_exclusive(s, pairs, p);
  mark_exact_matches(a, b, pairs);
  apply_pins(options, pairs);
  assign_relations(a, b, pairs);
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return std::tie(x.a.article, x.b.article, x.a.paragraph, x.b.paragraph) <
           std::tie(y.a.article, y.b.article, y.a.paragraph, y.b.paragraph);
  });
  Alignment out;
  out.unmatched_a = unmatched(m.rows(), pairs, true);
  out.unmatched_b = unmatched(m.cols(), pairs, false);
  out.pairs = std::move(pairs);
  out.similarity = s.score;
  return out;
}

}  // namespace detail

Alignment align(const statute::Act& a, const statute::Act& b, const Options& options) {
  return detail::align_with(a, b, options, detail::Params{});
}

}  // namespace lawdiff::align
